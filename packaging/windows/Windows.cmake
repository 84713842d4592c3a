# Windows: floorwatch.exe as a GUI program with icon and version resource,
# Qt deployed next to it by windeployqt (through Qt's deploy script), the
# MSVC runtime and QtKeychain's DLL beside it; CPack makes the NSIS
# installer (and an MSI where WiX is installed). Settings are in
# packaging/Packaging.cmake.

set(windows_out ${PROJECT_BINARY_DIR}/packaging/windows)

# No console window when started from the Start menu; ParentConsole.cpp
# gives --print, --help and --version their output back in a terminal.
# A GUI-subsystem program cannot serve scripts, though: cmd does not wait for
# it, its exit code is lost and it has no standard input for --sign-in. So
# floorwatch-cli.exe (src/app/CMakeLists.txt, the same sources) is built for
# the console subsystem and installed beside it ("/SUBSYSTEM", Microsoft's
# linker documentation).
set_target_properties(floorwatch PROPERTIES WIN32_EXECUTABLE ON)
target_sources(floorwatch PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ParentConsole.cpp)

# Version resources from project(VERSION): Explorer's Details tab, and what
# inventory tools read. The application icon is in floorwatch.exe's.
string(REPLACE "\\" "/" ico_path "${FLOORWATCH_ICO}")
foreach(program floorwatch floorwatch-cli floorwatch-sim)
    set(FLOORWATCH_RC_NAME ${program})
    if(program STREQUAL "floorwatch")
        set(FLOORWATCH_RC_DESCRIPTION "Floorwatch")
        set(FLOORWATCH_RC_ICON "IDI_ICON1 ICON \"${ico_path}\"")
    elseif(program STREQUAL "floorwatch-cli")
        set(FLOORWATCH_RC_DESCRIPTION "Floorwatch for the command line")
        set(FLOORWATCH_RC_ICON "IDI_ICON1 ICON \"${ico_path}\"")
    else()
        set(FLOORWATCH_RC_DESCRIPTION "Floorwatch simulated Intercom workspace")
        set(FLOORWATCH_RC_ICON "")
    endif()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/Version.rc.in ${windows_out}/${program}.rc @ONLY)
    target_sources(${program} PRIVATE ${windows_out}/${program}.rc)
endforeach()
# The .ico is made during the build; the resource compiler needs it first.
foreach(program floorwatch floorwatch-cli)
    add_dependencies(${program} floorwatch_icon_containers)
    set_source_files_properties(${windows_out}/${program}.rc
        TARGET_DIRECTORY ${program}
        PROPERTIES OBJECT_DEPENDS ${FLOORWATCH_ICO})
endforeach()

install(TARGETS floorwatch floorwatch-cli floorwatch-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# QtKeychain is not part of Qt, so windeployqt does not copy it.
find_package(Qt6Keychain REQUIRED)
if(TARGET Qt6Keychain::Qt6Keychain)
    set(keychain_target Qt6Keychain::Qt6Keychain)
else()
    set(keychain_target qt6keychain)
endif()
include(${CMAKE_CURRENT_LIST_DIR}/KeychainRuntime.cmake)
floorwatch_install_keychain_runtime(${keychain_target} DESTINATION ${CMAKE_INSTALL_BINDIR})

# The MSVC runtime DLLs beside the programs, so nothing else has to be
# installed first (windeployqt is told not to add vc_redist below).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# Qt's DLLs and plugins (platform, styles, image formats, TLS backends);
# floorwatch-sim uses a subset of floorwatch's. OUTPUT_SCRIPT exists from
# Qt 6.5; installers are built with Qt 6.8 LTS. Declared last: it must run
# after the programs and DLLs above are installed.
if(Qt6_VERSION VERSION_LESS 6.5 OR NOT COMMAND qt_generate_deploy_app_script)
    message(FATAL_ERROR "The Windows installer needs Qt 6.5 or later (qt_generate_deploy_app_script)")
endif()
qt_generate_deploy_app_script(TARGET floorwatch
    OUTPUT_SCRIPT floorwatch_deploy_script
    NO_COMPILER_RUNTIME
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${floorwatch_deploy_script})
# Then drop every SQL driver but SQLite's.
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/../KeepSqliteDriver.cmake)
