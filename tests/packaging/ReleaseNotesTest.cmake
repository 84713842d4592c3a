# Tests packaging/ReleaseNotes.cmake on a changelog of its own: dates and
# weekdays, wrapping, escaping, and the refusal of a version mismatch.
#
#   cmake -DRELEASE_NOTES=<ReleaseNotes.cmake> -DWORK_DIR=<dir> -P ReleaseNotesTest.cmake

cmake_minimum_required(VERSION 3.22)

include(${RELEASE_NOTES})

function(expect_equal actual expected what)
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${what}:\n--- expected\n${expected}\n--- actual\n${actual}")
    endif()
endfunction()

# Weekdays against dates whose day is known.
foreach(case "2026;11;21;6" "2024;2;29;4" "2000;1;1;6" "2023;3;1;3" "1999;12;31;5")
    list(GET case 0 y)
    list(GET case 1 m)
    list(GET case 2 d)
    list(GET case 3 expected)
    _floorwatch_weekday(weekday ${y} ${m} ${d})
    expect_equal("${weekday}" "${expected}" "weekday of ${y}-${m}-${d}")
endforeach()

set(changelog ${WORK_DIR}/CHANGELOG.test.md)
file(WRITE ${changelog} [[
# Test changelog

Anything before the first release is ignored, even - this.

## 1.2.0 (2025-01-06)

- Short item.
- A long item that keeps going well past the width of a Debian changelog
  line, so that it has to wrap; it has a semicolon, [brackets] & <angles>.
- `--flag` stays as written.

## 1.1.0 (2024-02-29)

- Older release.
]])

floorwatch_read_changelog(${changelog} VERSION 1.2.0 PACKAGE pkg
    MAINTAINER "A B <a@b.invalid>" DEBIAN_REVISION 1)

expect_equal("${FLOORWATCH_RELEASE_DATE}" "2025-01-06" "release date")
expect_equal("${FLOORWATCH_DEBIAN_CHANGELOG}" [[pkg (1.2.0-1) unstable; urgency=medium

  * Short item.
  * A long item that keeps going well past the width of a Debian changelog
    line, so that it has to wrap; it has a semicolon, [brackets] & <angles>.
  * `--flag` stays as written.

 -- A B <a@b.invalid>  Mon, 06 Jan 2025 12:00:00 +0000

pkg (1.1.0-1) unstable; urgency=medium

  * Older release.

 -- A B <a@b.invalid>  Thu, 29 Feb 2024 12:00:00 +0000
]] "Debian changelog")

string(FIND "${FLOORWATCH_APPSTREAM_RELEASES}" [[<release version="1.2.0" date="2025-01-06">]] at)
if(at EQUAL -1)
    message(FATAL_ERROR "no 1.2.0 release element:\n${FLOORWATCH_APPSTREAM_RELEASES}")
endif()
foreach(fragment
        [[<li>A long item that keeps going well past the width of a Debian changelog line, so that it has to wrap; it has a semicolon, [brackets] &amp; &lt;angles&gt;.</li>]]
        [[<li><code>--flag</code> stays as written.</li>]]
        [[<release version="1.1.0" date="2024-02-29">]])
    string(FIND "${FLOORWATCH_APPSTREAM_RELEASES}" "${fragment}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "missing from the AppStream releases: ${fragment}\n${FLOORWATCH_APPSTREAM_RELEASES}")
    endif()
endforeach()

# Every line of the Debian changelog fits in 80 columns.
string(REPLACE "\n" ";" lines "${FLOORWATCH_DEBIAN_CHANGELOG}")
foreach(line IN LISTS lines)
    string(LENGTH "${line}" length)
    if(length GREATER 80 AND NOT line MATCHES "^ -- ")
        message(FATAL_ERROR "changelog line longer than 80 columns: ${line}")
    endif()
endforeach()

# A version without release notes must stop the build. A child CMake shows
# whether floorwatch_read_changelog fails.
file(WRITE ${WORK_DIR}/mismatch.cmake
    "include(${RELEASE_NOTES})\n"
    "floorwatch_read_changelog(${changelog} VERSION 9.9.9 PACKAGE pkg MAINTAINER \"A <a@b.invalid>\" DEBIAN_REVISION 1)\n")
execute_process(COMMAND ${CMAKE_COMMAND} -P ${WORK_DIR}/mismatch.cmake
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
# CMake wraps its messages; compare with the line breaks folded.
string(REGEX REPLACE "[ \n]+" " " errors "${errors}")
if(result EQUAL 0 OR NOT errors MATCHES "the newest release is 1\\.2\\.0")
    message(FATAL_ERROR "a version without release notes was accepted (${result}): ${errors}")
endif()
message(STATUS "release notes: all checks passed")
