#!/usr/bin/env python3
"""Start-up benchmark: exec of `floorwatch --demo` to the first frame with
data painted and flushed, for the window and the kiosk, medians of N runs.

The end point is the line "first frame with data presented" that floorwatch
writes on floorwatch.app (debug) once that frame has been handled by the
window; the start point is taken just before exec. Each run gets its own
empty settings (HOME and XDG folders in a temporary directory).

Left out: the time for the line to reach this script through a pipe
(microseconds), and a compositor's work after the flush. Under
QT_QPA_PLATFORM=offscreen (the default here) no real screen is involved;
set QT_QPA_PLATFORM=xcb with DISPLAY (e.g. under Xvfb) to include X.

    tests/bench/startup.py build/release/src/app/floorwatch [--runs 10]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MARK = b"first frame with data presented"


def one_run(binary, extra, timeout):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(
            HOME=home,
            XDG_CONFIG_HOME=os.path.join(home, "config"),
            XDG_DATA_HOME=os.path.join(home, "data"),
            XDG_CACHE_HOME=os.path.join(home, "cache"),
            QT_LOGGING_RULES="floorwatch.app.debug=true",
            QT_FORCE_STDERR_LOGGING="1",
            FLOORWATCH_ACCESS_TOKEN="",
        )
        start = time.monotonic()
        proc = subprocess.Popen([binary, "--demo", *extra], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = start + timeout
            for line in proc.stderr:
                if MARK in line:
                    return (time.monotonic() - start) * 1000.0
                if time.monotonic() > deadline:
                    break
            return None
        finally:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    modes = {
        "window": ["--window-size", "1280x800"],
        "kiosk": ["--kiosk", "--window-size", "1920x1080"],
    }
    print("exec -> first frame with data, ms (platform %s, load %s)" % (
        os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        " ".join(f"{x:.2f}" for x in os.getloadavg())))
    print("%-7s %5s %8s %8s %8s %8s" % ("mode", "runs", "median", "min", "p90", "max"))
    failed = False
    for mode, extra in modes.items():
        times = []
        for _ in range(args.runs):
            t = one_run(args.binary, extra, args.timeout)
            if t is None:
                failed = True
                print(f"{mode}: no first frame within {args.timeout} s", file=sys.stderr)
            else:
                times.append(t)
        if not times:
            continue
        times.sort()
        p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
        print("%-7s %5d %8.1f %8.1f %8.1f %8.1f" % (mode, len(times), statistics.median(times),
                                                    times[0], p90, times[-1]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
