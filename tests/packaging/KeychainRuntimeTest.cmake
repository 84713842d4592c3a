# Configures and installs keychain_alias/ twice: the alias passed straight to
# install(IMPORTED_RUNTIME_ARTIFACTS) must fail as on Windows, and
# floorwatch_install_keychain_runtime() must install the library.
#
#   cmake -DKEYCHAIN_RUNTIME=<KeychainRuntime.cmake> -DPROJECT_DIR=<keychain_alias>
#         -DWORK_DIR=<dir> -P KeychainRuntimeTest.cmake

cmake_minimum_required(VERSION 3.22)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(library ${WORK_DIR}/libqt6keychain.so.1)
file(WRITE ${library} "not a real library")

execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${PROJECT_DIR} -B ${WORK_DIR}/direct -DDIRECT_CALL=ON
            -DFAKE_LIBRARY=${library}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "install(IMPORTED_RUNTIME_ARTIFACTS) accepted the alias; "
                        "the test no longer reproduces the problem:\n${output}")
endif()
if(NOT output MATCHES "[Aa]lias")
    message(FATAL_ERROR "configuring with the alias failed for another reason:\n${output}")
endif()
message(STATUS "the alias is refused, as expected")

execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${PROJECT_DIR} -B ${WORK_DIR}/resolved
            -DKEYCHAIN_RUNTIME=${KEYCHAIN_RUNTIME} -DFAKE_LIBRARY=${library}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring with floorwatch_install_keychain_runtime failed:\n${output}")
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} --install ${WORK_DIR}/resolved --prefix ${WORK_DIR}/prefix
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "installing failed:\n${output}")
endif()
if(NOT EXISTS ${WORK_DIR}/prefix/bin/libqt6keychain.so.1)
    message(FATAL_ERROR "the library was not installed:\n${output}")
endif()
message(STATUS "the library is installed through the real target")
