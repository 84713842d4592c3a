#!/bin/sh
# Runs a command in a private D-Bus session with a throw-away HOME, so that
# keychain tests never see or touch the keyring of the person running them.
#
#   with-keyring.sh [--secrets | --no-secrets] command [args...]
#
#   --secrets     (default) gnome-keyring-daemon provides the Secret Service,
#                 with a login keyring unlocked by an empty password.
#   --no-secrets  a session bus with no Secret Service and no way to start
#                 one (no service directories), like a desktop without a
#                 keyring.
#
# The command sees FLOORWATCH_KEYRING_MODE=secrets|none. Exit code 77 means
# the tools are missing (CTest reports a skip); set
# FLOORWATCH_KEYCHAIN_REQUIRED=1 (CI) to make that a failure instead.
set -eu

mode=secrets
case "${1:-}" in
--secrets) shift ;;
--no-secrets) mode=none; shift ;;
esac
if [ "$#" -eq 0 ]; then
    echo "usage: $0 [--secrets|--no-secrets] command [args...]" >&2
    exit 2
fi

missing=""
command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus-run-session (package dbus)"
if [ "$mode" = secrets ]; then
    command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring-daemon (package gnome-keyring)"
fi
if [ -n "$missing" ]; then
    echo "keychain test needs:$missing" >&2
    if [ "${FLOORWATCH_KEYCHAIN_REQUIRED:-0}" = 1 ]; then
        exit 1
    fi
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/floorwatch-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
HOME="$tmp/home"
XDG_CONFIG_HOME="$tmp/home/.config"
XDG_DATA_HOME="$tmp/home/.local/share"
XDG_CACHE_HOME="$tmp/home/.cache"
XDG_RUNTIME_DIR="$tmp/run"
FLOORWATCH_KEYRING_MODE="$mode"
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR FLOORWATCH_KEYRING_MODE
# The desktop decides which backend QtKeychain picks; none means the Secret
# Service. The outer session bus must not leak in either.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS || true

status=0
if [ "$mode" = secrets ]; then
    # A single newline is the empty password: the login keyring is created
    # and unlocked without a prompt (an empty stdin makes it ask for one).
    dbus-run-session -- sh -c '
        printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || {
            echo "gnome-keyring-daemon did not start" >&2
            exit 1
        }
        # The daemon forks before it owns its bus name; wait for it (up to
        # 5 s) so that nothing races it through D-Bus activation.
        i=0
        while [ "$i" -lt 50 ] && ! dbus-send --session --print-reply --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
            sleep 0.1
            i=$((i + 1))
        done
        exec "$@"' with-keyring "$@" || status=$?
else
    cat >"$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$tmp/session.conf" -- "$@" || status=$?
fi
exit "$status"
