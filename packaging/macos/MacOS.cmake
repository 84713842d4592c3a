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

# Xcode 26's macOS SDK no longer has the AGL framework, but Qt's
# FindWrapOpenGL.cmake up to 6.8.3 still links it (QTBUG-137687, fixed in Qt
# 6.8.4 and 6.9.2): remove it from the OpenGL wrapper target. With an SDK
# that still has AGL, or a Qt with the fix, there is nothing to remove.
if(TARGET WrapOpenGL::WrapOpenGL)
    get_target_property(gl_libraries WrapOpenGL::WrapOpenGL INTERFACE_LINK_LIBRARIES)
    if(gl_libraries)
        set(without_agl ${gl_libraries})
        list(FILTER without_agl EXCLUDE REGEX "(^|[/ ])AGL($|\\.framework)")
        if(NOT without_agl STREQUAL gl_libraries)
            message(STATUS "Not linking AGL (QTBUG-137687)")
            set_target_properties(WrapOpenGL::WrapOpenGL PROPERTIES
                INTERFACE_LINK_LIBRARIES "${without_agl}")
        endif()
    endif()
endif()
