# CPack pre-build script (macOS): runs after Floorwatch.app is staged and
# deployed, before the disk image is made.
#
# With FLOORWATCH_CODESIGN_IDENTITY set (a "Developer ID Application: ..."
# identity in the keychain), the bundle is signed with the hardened runtime
# and a secure time stamp, as notarisation requires. Without it the bundle
# gets an ad-hoc signature: macdeployqt rewrote the binaries, and Apple
# silicon runs no binary whose signature does not match.

find_program(CODESIGN codesign REQUIRED)

set(bundle "")
foreach(root IN ITEMS "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" "${CPACK_TEMPORARY_DIRECTORY}")
    if(root AND EXISTS "${root}/${CPACK_FLOORWATCH_BUNDLE_NAME}")
        set(bundle "${root}/${CPACK_FLOORWATCH_BUNDLE_NAME}")
        break()
    endif()
endforeach()
if(NOT bundle)
    message(FATAL_ERROR "Sign.cmake: ${CPACK_FLOORWATCH_BUNDLE_NAME} not found in the staging directory")
endif()

set(identity "$ENV{FLOORWATCH_CODESIGN_IDENTITY}")
if(identity)
    message(STATUS "Signing ${bundle} as \"${identity}\"")
    set(options --options runtime --timestamp)
else()
    message(STATUS "FLOORWATCH_CODESIGN_IDENTITY is not set: ad-hoc signature only")
    set(identity "-")
    set(options "")
endif()

# Inside out and one item at a time, never with --deep: --deep gives every
# nested item the options of the outer one and is a known cause of
# notarisation and launch failures ("--deep Considered Harmful", Apple
# Developer Forums thread 129980; "Creating distribution-signed code for
# macOS"). The nested code is what macdeployqt put into the bundle: Qt's
# frameworks and any dylibs in Contents/Frameworks, and the plug-ins.
function(floorwatch_codesign item)
    execute_process(
        COMMAND ${CODESIGN} --force ${options} --sign "${identity}" "${item}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign of ${item} failed (${result})")
    endif()
endfunction()

file(GLOB_RECURSE plugins LIST_DIRECTORIES false "${bundle}/Contents/PlugIns/*.dylib")
file(GLOB libraries LIST_DIRECTORIES false "${bundle}/Contents/Frameworks/*.dylib")
file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
list(LENGTH plugins plugin_count)
list(LENGTH frameworks framework_count)
message(STATUS "Signing ${plugin_count} plug-ins and ${framework_count} frameworks, then the app")
foreach(item IN LISTS plugins libraries frameworks)
    floorwatch_codesign("${item}")
endforeach()
# Last the app itself: its executable, and the seal over everything above.
floorwatch_codesign("${bundle}")

# Verifying may look deep: it checks, it signs nothing.
execute_process(COMMAND ${CODESIGN} --verify --deep --strict --verbose=2 "${bundle}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the signature of ${bundle} does not verify")
endif()
