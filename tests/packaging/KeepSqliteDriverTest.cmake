# Runs packaging/KeepSqliteDriver.cmake on install trees shaped like the
# Windows and macOS ones after deployment: only the SQLite driver remains.
#
#   cmake -DSCRIPT=<KeepSqliteDriver.cmake> -DWORK_DIR=<dir> -P KeepSqliteDriverTest.cmake

cmake_minimum_required(VERSION 3.22)

function(check prefix drivers_dir keep)
    set(all ${ARGN})
    file(REMOVE_RECURSE ${prefix})
    foreach(file IN LISTS all keep)
        file(WRITE ${prefix}/${drivers_dir}/${file} "plug-in")
    endforeach()
    file(WRITE ${prefix}/${drivers_dir}/../platforms/qwindows.dll "not a SQL driver")
    execute_process(
        COMMAND ${CMAKE_COMMAND} -DCMAKE_INSTALL_PREFIX=${prefix} -P ${SCRIPT}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${SCRIPT} failed:\n${output}")
    endif()
    file(GLOB left RELATIVE ${prefix}/${drivers_dir} ${prefix}/${drivers_dir}/*)
    if(NOT left STREQUAL keep)
        message(FATAL_ERROR "${drivers_dir}: expected only ${keep}, found: ${left}")
    endif()
    if(NOT EXISTS ${prefix}/${drivers_dir}/../platforms/qwindows.dll)
        message(FATAL_ERROR "a plug-in of another type was removed")
    endif()
endfunction()

check(${WORK_DIR}/windows plugins/sqldrivers qsqlite.dll
    qsqlpsql.dll qsqlodbc.dll qsqlmysql.dll qsqlmimer.dll qsqlibase.dll qsqloci.dll)
check(${WORK_DIR}/macos Floorwatch.app/Contents/PlugIns/sqldrivers libqsqlite.dylib
    libqsqlpsql.dylib libqsqlodbc.dylib libqsqlmimer.dylib)
message(STATUS "only the SQLite driver is left, on both layouts")
