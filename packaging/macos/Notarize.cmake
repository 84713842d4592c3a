# CPack post-build script (macOS): runs once the .dmg exists.
#
# With FLOORWATCH_CODESIGN_IDENTITY the disk image is signed too. Then, when
# notarisation credentials are given, it is sent to Apple's notary service,
# waited for, and the ticket is stapled so that Gatekeeper accepts it
# offline. Credentials, by preference:
#   FLOORWATCH_NOTARY_KEYCHAIN_PROFILE  a profile saved with
#                                       `xcrun notarytool store-credentials`
#   FLOORWATCH_NOTARY_KEY, FLOORWATCH_NOTARY_KEY_ID, FLOORWATCH_NOTARY_ISSUER
#                                       an App Store Connect API key: the .p8
#                                       file's path, its id, the issuer id
# No password is ever put on a command line.

set(identity "$ENV{FLOORWATCH_CODESIGN_IDENTITY}")
set(profile "$ENV{FLOORWATCH_NOTARY_KEYCHAIN_PROFILE}")
set(key "$ENV{FLOORWATCH_NOTARY_KEY}")
set(key_id "$ENV{FLOORWATCH_NOTARY_KEY_ID}")
set(issuer "$ENV{FLOORWATCH_NOTARY_ISSUER}")

if(profile)
    set(credentials --keychain-profile "${profile}")
elseif(key AND key_id AND issuer)
    set(credentials --key "${key}" --key-id "${key_id}" --issuer "${issuer}")
else()
    set(credentials "")
endif()

if(credentials AND NOT identity)
    message(FATAL_ERROR "Notarisation needs a Developer ID signature: set FLOORWATCH_CODESIGN_IDENTITY too")
endif()

foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "\\.dmg$")
        continue()
    endif()
    if(identity)
        message(STATUS "Signing ${package}")
        execute_process(COMMAND codesign --force --timestamp --sign "${identity}" "${package}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "codesign of ${package} failed (${result})")
        endif()
    endif()
    if(NOT credentials)
        message(STATUS "No notarisation credentials: ${package} is not notarised")
        continue()
    endif()
    message(STATUS "Notarising ${package} (this waits for Apple's answer)")
    execute_process(
        COMMAND xcrun notarytool submit "${package}" ${credentials} --wait --output-format json
        RESULT_VARIABLE result
        OUTPUT_VARIABLE answer)
    # The exit code alone does not say "Accepted": read the verdict.
    set(status "")
    set(submission "")
    if(answer)
        string(JSON status ERROR_VARIABLE json_error GET "${answer}" status)
        string(JSON submission ERROR_VARIABLE json_error GET "${answer}" id)
    endif()
    if(NOT result EQUAL 0 OR NOT status STREQUAL "Accepted")
        message(FATAL_ERROR "notarisation of ${package} ended with \"${status}\" (exit ${result}); "
            "`xcrun notarytool log ${submission}` tells why")
    endif()
    execute_process(COMMAND xcrun stapler staple "${package}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "stapling the notarisation ticket to ${package} failed (${result})")
    endif()
endforeach()
