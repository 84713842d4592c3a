#!/bin/sh
# hdiutil with retries, for CPack's DragNDrop generator
# (CPACK_COMMAND_HDIUTIL in packaging/Packaging.cmake). On hosted macOS
# runners "hdiutil create" fails now and then with "Resource busy" while
# another process holds the new image (actions/runner-images#7522); the same
# command a few seconds later works. Output is passed through unchanged:
# CPack reads the mount point from "hdiutil attach".
#
#   FLOORWATCH_HDIUTIL           the real hdiutil (default /usr/bin/hdiutil)
#   FLOORWATCH_HDIUTIL_ATTEMPTS  tries in all (default 5)
#   FLOORWATCH_HDIUTIL_DELAY     seconds between tries (default 5)
set -u

real=${FLOORWATCH_HDIUTIL:-/usr/bin/hdiutil}
attempts=${FLOORWATCH_HDIUTIL_ATTEMPTS:-5}
delay=${FLOORWATCH_HDIUTIL_DELAY:-5}

attempt=1
while :; do
    "$real" "$@"
    status=$?
    [ "$status" -eq 0 ] && exit 0
    if [ "$attempt" -ge "$attempts" ]; then
        echo "hdiutil ${1:-}: failed $attempt times, giving up (exit $status)" >&2
        exit "$status"
    fi
    echo "hdiutil ${1:-}: failed (exit $status), try $attempt of $attempts; again in ${delay} s" >&2
    sleep "$delay"
    attempt=$((attempt + 1))
done
