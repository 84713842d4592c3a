# What a Linux desktop expects next to the programs: the desktop entry,
# AppStream metadata, manual pages, and the Debian documentation files
# (copyright, changelog). Text is configured from the one version and the
# one changelog; compressed files are made at build time.

set(linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(linux_out ${PROJECT_BINARY_DIR}/packaging/linux)
set(doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/${FLOORWATCH_PACKAGE_NAME})

configure_file(${linux_dir}/${FLOORWATCH_APP_ID}.desktop.in
    ${linux_out}/${FLOORWATCH_APP_ID}.desktop @ONLY)
configure_file(${linux_dir}/${FLOORWATCH_APP_ID}.metainfo.xml.in
    ${linux_out}/${FLOORWATCH_APP_ID}.metainfo.xml @ONLY)
install(FILES ${linux_out}/${FLOORWATCH_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${linux_out}/${FLOORWATCH_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
# For the validation tests under tests/packaging.
set(FLOORWATCH_DESKTOP_FILE ${linux_out}/${FLOORWATCH_APP_ID}.desktop)
set(FLOORWATCH_METAINFO_FILE ${linux_out}/${FLOORWATCH_APP_ID}.metainfo.xml)

# Debian policy wants the copyright file in the machine-readable format;
# the licence text itself is read from LICENSE so it exists only once.
string(REGEX REPLACE "^MIT License\n\n[^\n]*\n\n" "" license_body "${FLOORWATCH_LICENSE_TEXT}")
string(STRIP "${license_body}" license_body)
string(REGEX REPLACE "\n\n" "\n.\n" license_body "${license_body}")
string(REGEX REPLACE "\n" "\n " license_body "${license_body}")
set(FLOORWATCH_LICENSE_BODY " ${license_body}")
configure_file(${linux_dir}/copyright.in ${linux_out}/copyright @ONLY)
install(FILES ${linux_out}/copyright DESTINATION ${doc_dir})

file(WRITE ${linux_out}/changelog.Debian.in "${FLOORWATCH_DEBIAN_CHANGELOG}")
configure_file(${linux_out}/changelog.Debian.in ${linux_out}/changelog.Debian COPYONLY)
configure_file(${linux_dir}/floorwatch.1.in ${linux_out}/floorwatch.1 @ONLY)
configure_file(${linux_dir}/floorwatch-sim.1.in ${linux_out}/floorwatch-sim.1 @ONLY)

# gzip -9n: best compression without a name or time stamp, so that the same
# sources give the same package bytes (Debian policy 12.3 and lintian).
find_program(FLOORWATCH_GZIP gzip REQUIRED)
set(compressed "")
foreach(file changelog.Debian floorwatch.1 floorwatch-sim.1)
    add_custom_command(OUTPUT ${linux_out}/${file}.gz
        COMMAND ${FLOORWATCH_GZIP} -9nkf ${linux_out}/${file}
        DEPENDS ${linux_out}/${file}
        COMMENT "Compressing ${file}"
        VERBATIM)
    list(APPEND compressed ${linux_out}/${file}.gz)
endforeach()
add_custom_target(floorwatch_linux_docs ALL DEPENDS ${compressed})
install(FILES ${linux_out}/changelog.Debian.gz DESTINATION ${doc_dir})
install(FILES ${linux_out}/floorwatch.1.gz ${linux_out}/floorwatch-sim.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Every override in this file carries the reason it is justified.
install(FILES ${linux_dir}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides
    RENAME ${FLOORWATCH_PACKAGE_NAME})
