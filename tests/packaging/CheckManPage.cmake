# Compares a program's --help with its manual page: every option the
# program offers must be documented, and the page must not describe options
# that no longer exist.
#
#   cmake -DPROGRAM=<exe> -DMAN_PAGE=<configured page> -DSOURCE=<page source> -P CheckManPage.cmake

cmake_minimum_required(VERSION 3.22)

execute_process(COMMAND ${PROGRAM} --help
    OUTPUT_VARIABLE help
    ERROR_VARIABLE help_errors
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${result}): ${help_errors}")
endif()

# QCommandLineParser lists each option on a line of its own, two spaces in;
# wrapped descriptions are indented further and are skipped.
string(REPLACE ";" "," help "${help}")
string(REPLACE "\n" ";" help_lines "${help}")
set(offered "")
foreach(line IN LISTS help_lines)
    if(line MATCHES "^  (-[A-Za-z], )?--([a-z][a-z0-9-]*)")
        list(APPEND offered "${CMAKE_MATCH_2}")
    endif()
endforeach()
if(NOT offered)
    message(FATAL_ERROR "no options found in the output of ${PROGRAM} --help")
endif()

# An option is documented where it heads an entry: the line after ".TP".
# Mentions elsewhere (examples, cross-references) do not count. In roff a
# literal hyphen is "\-".
file(READ ${MAN_PAGE} page)
string(REPLACE "\\-" "-" page "${page}")
string(REPLACE ";" "," page "${page}")
string(REPLACE "\n" ";" page_lines "${page}")
set(documented "")
set(after_tp FALSE)
foreach(line IN LISTS page_lines)
    if(after_tp)
        string(REGEX MATCHALL "--[a-z][a-z0-9-]*" options "${line}")
        foreach(option IN LISTS options)
            string(SUBSTRING "${option}" 2 -1 name)
            list(APPEND documented "${name}")
        endforeach()
    endif()
    if(line STREQUAL ".TP")
        set(after_tp TRUE)
    else()
        set(after_tp FALSE)
    endif()
endforeach()
list(REMOVE_DUPLICATES documented)

set(missing "")
foreach(name IN LISTS offered)
    if(NOT name IN_LIST documented)
        list(APPEND missing "--${name}")
    endif()
endforeach()
set(stale "")
foreach(name IN LISTS documented)
    if(NOT name IN_LIST offered)
        list(APPEND stale "--${name}")
    endif()
endforeach()

if(missing OR stale)
    set(text "")
    if(missing)
        list(JOIN missing ", " missing)
        string(APPEND text "\n  offered by --help but not documented: ${missing}")
    endif()
    if(stale)
        list(JOIN stale ", " stale)
        string(APPEND text "\n  documented but not offered by --help: ${stale}")
    endif()
    message(FATAL_ERROR "${SOURCE} is out of step with the program:${text}\n"
        "Update the manual page (an entry under OPTIONS) so that it describes what the program does.")
endif()
list(LENGTH offered count)
message(STATUS "${SOURCE}: all ${count} options documented")
