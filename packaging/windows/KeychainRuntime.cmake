# floorwatch_install_keychain_runtime(<target> DESTINATION <dir>)
#
# Installs QtKeychain's DLL beside the programs (windeployqt copies Qt's own
# libraries only). QtKeychain's package configuration makes
# Qt6Keychain::Qt6Keychain an ALIAS of the imported target qt6keychain
# (QtKeychainConfig.cmake.in, 0.14 and later), and
# install(IMPORTED_RUNTIME_ARTIFACTS) refuses alias names, so the real
# target is looked up first. A static QtKeychain installs nothing.
# tests/packaging/KeychainRuntimeTest.cmake checks this on Linux.
function(floorwatch_install_keychain_runtime target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "DESTINATION" "")
    if(NOT arg_DESTINATION)
        message(FATAL_ERROR "floorwatch_install_keychain_runtime: DESTINATION is required")
    endif()
    get_target_property(real ${target} ALIASED_TARGET)
    if(NOT real)
        set(real ${target})
    endif()
    get_target_property(type ${real} TYPE)
    if(type STREQUAL "SHARED_LIBRARY")
        # RUNTIME is the DLL on Windows; LIBRARY is the same file elsewhere,
        # which is what the Linux test sees.
        install(IMPORTED_RUNTIME_ARTIFACTS ${real}
            RUNTIME DESTINATION ${arg_DESTINATION}
            LIBRARY DESTINATION ${arg_DESTINATION})
    endif()
endfunction()
