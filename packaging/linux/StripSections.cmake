# CPack pre-build script (Linux): CPACK_STRIP_FILES has stripped the staged
# programs of their symbols; this also drops the .comment and .note sections
# (compiler version strings, no use at run time), as Debian's dh_strip does.
# The .note.* sections (build id, ABI tag) stay.

file(GLOB_RECURSE staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*")
foreach(path IN LISTS staged)
    if(IS_SYMLINK "${path}")
        continue()
    endif()
    file(READ "${path}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46") # ELF
        continue()
    endif()
    execute_process(
        COMMAND "${CPACK_FLOORWATCH_STRIP}" --remove-section=.comment --remove-section=.note "${path}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${path} (${result})")
    endif()
endforeach()
