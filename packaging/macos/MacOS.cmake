# macOS: Floorwatch.app with its own Info.plist and icon, Qt copied into the
# bundle by macdeployqt (through Qt's deploy script), packed by CPack's
# DragNDrop generator into a .dmg; signing and notarisation in Sign.cmake
# and Notarize.cmake. Only the app is shipped: `floorwatch --demo` has the
# simulator built in, and floorwatch-sim is a developer tool here.

set_target_properties(floorwatch PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Floorwatch
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${FLOORWATCH_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Floorwatch
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE floorwatch.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright (c) ${FLOORWATCH_COPYRIGHT_HOLDER}")
add_dependencies(floorwatch floorwatch_icon_containers)

install(TARGETS floorwatch BUNDLE DESTINATION .)
install(FILES ${FLOORWATCH_ICNS} DESTINATION Floorwatch.app/Contents/Resources)

# Qt's deploy script runs macdeployqt on the installed bundle: frameworks,
# plugins (cocoa, styles, TLS) and rpaths. Its OUTPUT_SCRIPT form exists
# from Qt 6.5; installers are built with Qt 6.8 LTS.
if(Qt6_VERSION VERSION_LESS 6.5 OR NOT COMMAND qt_generate_deploy_app_script)
    message(FATAL_ERROR "The macOS bundle needs Qt 6.5 or later (qt_generate_deploy_app_script)")
endif()
qt_generate_deploy_app_script(TARGET floorwatch
    OUTPUT_SCRIPT floorwatch_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${floorwatch_deploy_script})
# Then drop every SQL driver but SQLite's, before the bundle is signed.
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/../KeepSqliteDriver.cmake)

# No AGL with Xcode 26 SDKs (QTBUG-137687): see DropAgl.cmake.
include(${CMAKE_CURRENT_LIST_DIR}/DropAgl.cmake)
floorwatch_drop_agl(WrapOpenGL::WrapOpenGL)
