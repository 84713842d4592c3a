# Install script, run after Qt's deploy script on Windows and macOS: keeps
# the SQLite SQL driver and removes every other one. windeployqt and
# macdeployqt copy all SQL driver plug-ins of the Qt installation as soon as
# Qt Sql is linked; the others (PostgreSQL, MySQL, ODBC, ...) need client
# libraries that are not shipped, and Floorwatch only uses SQLite. Qt's
# "SQL Database Drivers" page lists each driver's client library.
# tests/packaging/KeepSqliteDriverTest.cmake checks it.

set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
file(GLOB_RECURSE drivers LIST_DIRECTORIES false "${root}/*")
list(FILTER drivers INCLUDE REGEX "/sqldrivers/[^/]+$")
foreach(driver IN LISTS drivers)
    get_filename_component(name "${driver}" NAME)
    if(NOT name MATCHES "^(lib)?qsqlite(d|_debug)?\\.(dll|dylib|so)$")
        file(REMOVE "${driver}")
        message(STATUS "Removed the SQL driver ${name}: Floorwatch uses SQLite only")
    endif()
endforeach()
