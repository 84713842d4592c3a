# CPack pre-build script (macOS): runs after Floorwatch.app is staged and
# deployed, before the disk image is made.
#
# With FLOORWATCH_CODESIGN_IDENTITY set (a "Developer ID Application: ..."
# identity in the keychain), the bundle is signed with the hardened runtime
# and a secure time stamp, as notarisation requires. Without it the bundle
# gets an ad-hoc signature: macdeployqt rewrote the binaries, and Apple
# silicon runs no binary whose signature does not match.

find_program(CODESIGN codesign REQUIRED)

set(bundle "")
foreach(root IN ITEMS "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" "${CPACK_TEMPORARY_DIRECTORY}")
    if(root AND EXISTS "${root}/${CPACK_FLOORWATCH_BUNDLE_NAME}")
        set(bundle "${root}/${CPACK_FLOORWATCH_BUNDLE_NAME}")
        break()
    endif()
endforeach()
if(NOT bundle)
    message(FATAL_ERROR "Sign.cmake: ${CPACK_FLOORWATCH_BUNDLE_NAME} not found in the staging directory")
endif()

set(identity "$ENV{FLOORWATCH_CODESIGN_IDENTITY}")
if(identity)
    message(STATUS "Signing ${bundle} as \"${identity}\"")
    set(options --options runtime --timestamp)
else()
    message(STATUS "FLOORWATCH_CODESIGN_IDENTITY is not set: ad-hoc signature only")
    set(identity "-")
    set(options "")
endif()

# --deep signs the frameworks and plugins macdeployqt copied in, inside out.
execute_process(
    COMMAND ${CODESIGN} --force --deep ${options} --sign "${identity}" "${bundle}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "codesign failed (${result})")
endif()
execute_process(COMMAND ${CODESIGN} --verify --deep --strict --verbose=2 "${bundle}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the signature of ${bundle} does not verify")
endif()
