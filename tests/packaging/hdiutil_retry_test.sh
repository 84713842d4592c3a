#!/bin/sh
# packaging/macos/hdiutil-retry.sh against a stand-in for hdiutil that fails
# a given number of times with "Resource busy", as hosted runners do.
#
#   sh hdiutil_retry_test.sh <hdiutil-retry.sh> <work dir>
set -eu
wrapper=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
cat >"$work/hdiutil" <<'STUB'
#!/bin/sh
count=$(cat "$STUB_COUNT" 2>/dev/null || echo 0)
count=$((count + 1))
echo "$count" >"$STUB_COUNT"
if [ "$count" -le "$STUB_FAILURES" ]; then
    echo "hdiutil: create failed - Resource busy" >&2
    exit 16
fi
echo "/dev/disk4 Apple_HFS /Volumes/Floorwatch $*"
STUB
chmod +x "$work/hdiutil"
export FLOORWATCH_HDIUTIL="$work/hdiutil" FLOORWATCH_HDIUTIL_DELAY=0 FLOORWATCH_HDIUTIL_ATTEMPTS=4
export STUB_COUNT="$work/count"

# Three failures, then success: the output is hdiutil's own, untouched.
rm -f "$STUB_COUNT"
out=$(STUB_FAILURES=3 sh "$wrapper" attach image.dmg 2>/dev/null)
[ "$out" = "/dev/disk4 Apple_HFS /Volumes/Floorwatch attach image.dmg" ] || {
    echo "unexpected output: $out" >&2
    exit 1
}
[ "$(cat "$STUB_COUNT")" = 4 ] || { echo "expected 4 calls, got $(cat "$STUB_COUNT")" >&2; exit 1; }

# Never succeeds: gives up after the set number of tries with hdiutil's code.
rm -f "$STUB_COUNT"
status=0
STUB_FAILURES=100 sh "$wrapper" create -ov image.dmg >/dev/null 2>&1 || status=$?
[ "$status" = 16 ] || { echo "expected exit 16, got $status" >&2; exit 1; }
[ "$(cat "$STUB_COUNT")" = 4 ] || { echo "expected 4 calls, got $(cat "$STUB_COUNT")" >&2; exit 1; }

# Success at once: one call.
rm -f "$STUB_COUNT"
STUB_FAILURES=0 sh "$wrapper" detach /Volumes/Floorwatch >/dev/null
[ "$(cat "$STUB_COUNT")" = 1 ] || { echo "expected 1 call" >&2; exit 1; }
echo "hdiutil-retry.sh: retries transient failures, passes output through, gives up"
