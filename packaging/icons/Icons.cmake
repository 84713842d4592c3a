# The application icon in every form the platforms want, made at build time
# from the one source, resources/icons/floorwatch.svg. Rasters and icon
# containers are build outputs and never go into the repository.
#
#   Linux          PNGs for the hicolor theme, rasterised by rsvg-convert
#                  (Debian package librsvg2-bin), plus the SVG itself.
#   Windows/macOS  floorwatch.ico and floorwatch.icns, written by
#                  floorwatch_icontool (IconTool.cpp, Qt Svg): those systems
#                  get no extra image tool, only the Qt that builds the app.
#
# Sets FLOORWATCH_ICON_NAME, and FLOORWATCH_ICO / FLOORWATCH_ICNS when the
# containers are built.

set(FLOORWATCH_ICON_SOURCE ${PROJECT_SOURCE_DIR}/resources/icons/floorwatch.svg)
# Named after the desktop file, as the AppStream and freedesktop.org
# specifications recommend.
set(FLOORWATCH_ICON_NAME io.github.floorwatch.Floorwatch)
set(FLOORWATCH_ICON_DIR ${PROJECT_BINARY_DIR}/icons)

if(UNIX AND NOT APPLE)
    find_program(FLOORWATCH_RSVG_CONVERT rsvg-convert)
    if(NOT FLOORWATCH_RSVG_CONVERT)
        # Packages are made from Release builds; there a missing icon is an
        # error, elsewhere it only costs the installed PNG icons.
        if(CMAKE_BUILD_TYPE STREQUAL "Release")
            message(FATAL_ERROR "rsvg-convert not found: install librsvg2-bin (see .ci/deps)")
        endif()
        message(WARNING "rsvg-convert not found (librsvg2-bin): PNG icons are not built or installed")
    else()
        set(pngs "")
        foreach(size 16 22 24 32 48 64 128 256 512)
            set(dir ${FLOORWATCH_ICON_DIR}/hicolor/${size}x${size}/apps)
            set(png ${dir}/${FLOORWATCH_ICON_NAME}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                COMMAND ${FLOORWATCH_RSVG_CONVERT} --width=${size} --height=${size}
                        --output=${png} ${FLOORWATCH_ICON_SOURCE}
                DEPENDS ${FLOORWATCH_ICON_SOURCE}
                COMMENT "Rendering the ${size} px icon"
                VERBATIM)
            list(APPEND pngs ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(floorwatch_icons ALL DEPENDS ${pngs})
    endif()
    install(FILES ${FLOORWATCH_ICON_SOURCE}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
        RENAME ${FLOORWATCH_ICON_NAME}.svg)
endif()

if(WIN32 OR APPLE)
    set(containers_by_default ON)
else()
    set(containers_by_default OFF)
endif()
option(FLOORWATCH_ICON_CONTAINERS "Build floorwatch.ico and floorwatch.icns (needs Qt Svg)"
    ${containers_by_default})

if(FLOORWATCH_ICON_CONTAINERS)
    find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
    add_executable(floorwatch_icontool ${CMAKE_CURRENT_LIST_DIR}/IconTool.cpp)
    target_link_libraries(floorwatch_icontool PRIVATE floorwatch_options Qt6::Gui Qt6::Svg)
    if(WIN32)
        # The tool runs during the build, before anything is deployed: give
        # it its Qt DLLs so it does not depend on PATH.
        add_custom_command(TARGET floorwatch_icontool POST_BUILD
            COMMAND ${CMAKE_COMMAND} -E copy_if_different
                    $<TARGET_RUNTIME_DLLS:floorwatch_icontool> $<TARGET_FILE_DIR:floorwatch_icontool>
            COMMAND_EXPAND_LISTS)
    endif()
    set(FLOORWATCH_ICO ${FLOORWATCH_ICON_DIR}/floorwatch.ico)
    set(FLOORWATCH_ICNS ${FLOORWATCH_ICON_DIR}/floorwatch.icns)
    add_custom_command(OUTPUT ${FLOORWATCH_ICO} ${FLOORWATCH_ICNS}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${FLOORWATCH_ICON_DIR}
        COMMAND floorwatch_icontool ${FLOORWATCH_ICON_SOURCE} ${FLOORWATCH_ICO} ${FLOORWATCH_ICNS}
        DEPENDS floorwatch_icontool ${FLOORWATCH_ICON_SOURCE}
        COMMENT "Writing floorwatch.ico and floorwatch.icns"
        VERBATIM)
    add_custom_target(floorwatch_icon_containers ALL DEPENDS ${FLOORWATCH_ICO} ${FLOORWATCH_ICNS})
endif()
