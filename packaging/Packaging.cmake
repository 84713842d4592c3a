# Installation and packages, for every platform. Included once from the
# top-level CMakeLists.txt after the programs are defined. The platform
# details live in packaging/<platform>/; every CPack setting lives here.
#
#   cmake --preset release && cmake --build --preset release --target package
#
# makes, on Linux, build/release/floorwatch_<version>-1_<arch>.deb and
# build/release/floorwatch-<version>-linux-<arch>.tar.gz. See
# packaging/README.md for Windows and macOS.

include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/ReleaseNotes.cmake)

# Names every platform agrees on: the reverse-DNS id names the desktop
# entry, the AppStream component, the icons and the macOS bundle.
set(FLOORWATCH_PACKAGE_NAME floorwatch)
set(FLOORWATCH_APP_ID io.github.floorwatch.Floorwatch)
set(FLOORWATCH_VENDOR "The Floorwatch developers")
# The project has no mailing address yet: the reserved .invalid domain
# marks the placeholder (it can never reach anyone by mistake). Whoever
# publishes packages sets their own with -DFLOORWATCH_PACKAGE_MAINTAINER=.
set(FLOORWATCH_PACKAGE_MAINTAINER "The Floorwatch developers <maintainers@floorwatch.invalid>"
    CACHE STRING "Maintainer named in the Debian package and its changelog: \"Name <mail>\"")
set(FLOORWATCH_DEBIAN_REVISION 1)

floorwatch_read_changelog(${CMAKE_CURRENT_LIST_DIR}/CHANGELOG.md
    VERSION ${PROJECT_VERSION}
    PACKAGE ${FLOORWATCH_PACKAGE_NAME}
    MAINTAINER "${FLOORWATCH_PACKAGE_MAINTAINER}"
    DEBIAN_REVISION ${FLOORWATCH_DEBIAN_REVISION})

# Who holds the copyright, for the Debian copyright file, the Windows
# version resource and the macOS bundle: read from LICENSE, its one home.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE FLOORWATCH_LICENSE_TEXT)
if(NOT FLOORWATCH_LICENSE_TEXT MATCHES "Copyright \\(c\\) ([^\n]+)")
    message(FATAL_ERROR "LICENSE has no \"Copyright (c) ...\" line")
endif()
set(FLOORWATCH_COPYRIGHT_HOLDER "${CMAKE_MATCH_1}")

# Directories the packages create are 0755 whatever the umask of the build.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

include(${CMAKE_CURRENT_LIST_DIR}/icons/Icons.cmake)

if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Hardening.cmake)
    install(TARGETS floorwatch floorwatch-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

# --- CPack: common --------------------------------------------------------

set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME ${FLOORWATCH_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "${FLOORWATCH_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${FLOORWATCH_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Floorwatch")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
# Windows' and macOS' installers want a .txt licence.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)
set(CPACK_PACKAGE_DESCRIPTION
"Floorwatch shows support supervisors, live, how loaded each teammate is on
Intercom: for every teammate of a team, how many conversations are open,
idle (open and waiting for a reply longer than a threshold) and snoozed. It
polls Intercom's real-time team metrics endpoint, joins the counts with
names and away status, and shows them in a table and charts with a trend
over the shift, on a laptop or on an office wall display.

The access token is kept in the system keychain (Secret Service) and never
written to disk. 'floorwatch --print' fetches a team once and prints it as
a table, JSON or CSV for scripts. 'floorwatch --demo' and the floorwatch-sim
server provide a simulated Intercom workspace on this computer, to try
Floorwatch without an account.")

if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(floorwatch_arch x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
    set(floorwatch_arch arm64)
else()
    string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" floorwatch_arch)
endif()

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/")

# --- CPack: per platform --------------------------------------------------

if(APPLE)
    if(CMAKE_OSX_ARCHITECTURES MATCHES ";")
        set(floorwatch_arch universal)
    endif()
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "Floorwatch-${PROJECT_VERSION}-macos-${floorwatch_arch}")
    set(CPACK_DMG_VOLUME_NAME "Floorwatch ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
    # hdiutil with retries: "Resource busy" on hosted runners
    # (macos/hdiutil-retry.sh).
    set(CPACK_COMMAND_HDIUTIL ${CMAKE_CURRENT_LIST_DIR}/macos/hdiutil-retry.sh)
    # Signing and notarisation run only when their environment variables
    # are set (packaging/macos/README.md).
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/macos/Sign.cmake)
    set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/macos/Notarize.cmake)
    set(CPACK_FLOORWATCH_BUNDLE_NAME "Floorwatch.app")
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    # An MSI for deployment through group policy or Intune, where WiX is
    # installed.
    find_program(FLOORWATCH_WIX_CANDLE candle)
    if(FLOORWATCH_WIX_CANDLE)
        list(APPEND CPACK_GENERATOR WIX)
    endif()
    set(CPACK_PACKAGE_FILE_NAME "Floorwatch-${PROJECT_VERSION}-windows-${floorwatch_arch}")
    set(CPACK_PACKAGE_EXECUTABLES floorwatch Floorwatch)
    # A fixed key, not one per version: a new version finds and replaces
    # the old one instead of installing beside it.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Floorwatch)
    set(CPACK_NSIS_PACKAGE_NAME Floorwatch)
    set(CPACK_NSIS_DISPLAY_NAME Floorwatch)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_ICON ${FLOORWATCH_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${FLOORWATCH_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\floorwatch.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN floorwatch.exe)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${FLOORWATCH_PACKAGE_MAINTAINER}")
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_BRANDING_TEXT "Floorwatch ${PROJECT_VERSION}")
    set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
    # Fixed for the life of the product: Windows Installer recognises every
    # Floorwatch MSI as the same product and upgrades in place. Never change.
    set(CPACK_WIX_UPGRADE_GUID "BA0BAB91-0292-4302-9D33-787B63E345E8")
    set(CPACK_WIX_PRODUCT_ICON ${FLOORWATCH_ICO})
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Floorwatch)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGE_FILE_NAME "${FLOORWATCH_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${floorwatch_arch}")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${FLOORWATCH_DEBIAN_REVISION})
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FLOORWATCH_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # Libraries the binaries link come from dpkg-shlibdeps. Loaded only at
    # run time, and so named here: libsecret-1-0, which QtKeychain dlopen()s
    # to reach the Secret Service. The Qt plugins the installed program
    # loads (QT_DEBUG_PLUGINS=1, window and --print) come with packages that
    # shlibdeps already names: the xcb platform plugin, compose input
    # context and gif/ico/jpeg image formats with libqt6gui6, the TLS
    # backends (and, through them, libssl3) with libqt6network6. The
    # program draws no SVG and writes PNG with QtGui's built-in writer.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
    # A keychain to keep the token in (without one Floorwatch asks for the
    # token every run), and native Wayland instead of XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/linux/StripSections.cmake)
    set(CPACK_FLOORWATCH_STRIP ${CMAKE_STRIP})
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
endif()

include(CPack)
