#!/usr/bin/env python3
"""What a real kiosk process spends: CPU between polls and memory (PSS) over
N minutes of real time, against the simulator as a separate process so that
the simulator's own work is not counted.

It starts floorwatch-sim on a free loopback port, then `floorwatch --kiosk`
with the simulator's teams, and samples the kiosk once a second:
- CPU from /proc/PID/task/*/schedstat (nanoseconds on a CPU, every thread);
  "between polls" is the median of the one-second samples (most seconds have
  no poll in them), "overall" is the total over the run, per real hour too;
- PSS from /proc/PID/smaps_rollup, first after the warm-up, last and largest.

Left out: the X server or compositor (QT_QPA_PLATFORM=offscreen by default;
set QT_QPA_PLATFORM=xcb with DISPLAY to draw to a real or virtual screen),
and the first --warmup seconds (start-up, first data).

    tests/bench/kiosk_soak.py build/release/src/app/floorwatch \
        build/release/src/simapp/floorwatch-sim --minutes 10
"""

import argparse
import glob
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

TOKEN = "soak-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ns(pid):
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that just ended
    return total


def pss_kib(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def teams(port, wanted, timeout):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/teams",
                                     headers={"Authorization": f"Bearer {TOKEN}",
                                              "Accept": "application/json"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(request, timeout=2) as reply:
                body = json.load(reply)
                return [t["id"] for t in body["teams"]][:wanted]
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the simulator did not answer")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("floorwatch")
    parser.add_argument("simulator")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--warmup", type=float, default=20)
    parser.add_argument("--interval", type=int, default=15, help="poll interval, seconds")
    parser.add_argument("--teams", type=int, default=1)
    parser.add_argument("--agents-per-team", type=int, default=12)
    parser.add_argument("--start-time", default="10:30",
                        help="simulated time of day the simulator starts at; it first runs "
                             "the day up to it, which takes a while for large workspaces")
    parser.add_argument("--speed", default="1",
                        help="simulated seconds per second: counts change faster")
    parser.add_argument("--sim-timeout", type=float, default=300,
                        help="seconds to wait for the simulator to answer")
    args = parser.parse_args()

    port = free_port()
    sim = subprocess.Popen([args.simulator, "--port", str(port), "--token", TOKEN,
                            "--teams", str(max(args.teams, 1)),
                            "--agents-per-team", str(args.agents_per_team),
                            "--start-time", args.start_time, "--speed", args.speed],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kiosk = None
    try:
        ids = teams(port, args.teams, args.sim_timeout)
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                       XDG_DATA_HOME=os.path.join(home, "data"),
                       XDG_CACHE_HOME=os.path.join(home, "cache"),
                       FLOORWATCH_ACCESS_TOKEN=TOKEN)
            command = [args.floorwatch, "--kiosk", "--window-size", "1920x1080",
                       "--api-base-url", f"http://127.0.0.1:{port}",
                       "--interval", str(args.interval)]
            for team in ids:
                command += ["--team", str(team)]
            kiosk = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            time.sleep(args.warmup)
            if kiosk.poll() is not None:
                raise SystemExit(f"the kiosk exited with {kiosk.returncode}")
            per_second = []
            pss = []
            start_cpu, start = cpu_ns(kiosk.pid), time.monotonic()
            last_cpu, last = start_cpu, start
            end = start + args.minutes * 60
            while time.monotonic() < end and kiosk.poll() is None:
                time.sleep(1)
                now, cpu = time.monotonic(), cpu_ns(kiosk.pid)
                per_second.append((cpu - last_cpu) / (now - last) / 1000.0)  # us per s
                last_cpu, last = cpu, now
                if len(per_second) % 10 == 1:
                    pss.append(pss_kib(kiosk.pid))
            pss.append(pss_kib(kiosk.pid))
            seconds = last - start
            overall = (last_cpu - start_cpu) / seconds / 1000.0
    finally:
        for proc in (kiosk, sim):
            if proc and proc.poll() is None:
                proc.terminate()
                proc.wait(10)

    print("kiosk, %d team(s) of %d, poll every %d s, simulator speed %s, %.1f min after %.0f s "
          "warm-up, load %s" % (
        len(ids), args.agents_per_team, args.interval, args.speed, seconds / 60, args.warmup,
        " ".join(f"{x:.2f}" for x in os.getloadavg())))
    print("CPU between polls (median of 1 s samples): %8.1f us/s = %.3f %% of a core" % (
        statistics.median(per_second), statistics.median(per_second) / 1e4))
    print("CPU overall:                               %8.1f us/s = %.3f %% of a core, %.2f s per hour" % (
        overall, overall / 1e4, overall * 3600 / 1e6))
    print("PSS: first %.1f MiB, last %.1f MiB, largest %.1f MiB (%d samples)" % (
        pss[0] / 1024, pss[-1] / 1024, max(pss) / 1024, len(pss)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
