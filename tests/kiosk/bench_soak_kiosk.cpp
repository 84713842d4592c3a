// Soak: a wall display on the simulator for many simulated hours with a
// manual clock (three teams, a poll every 15 s per team, a rotation every
// 20 s, repaints, and every hour a stretch of 5xx, a 429 burst and a
// revoked token that a new one in the keychain replaces). Prints memory
// (RSS and PSS from /proc/self/smaps_rollup) and CPU time per simulated
// hour at intervals. Figures only, never pass/fail.
//
// What it cannot see: time is a manual clock, so no real timer ever fires
// or wakes the process; the simulator runs in the same process and its CPU
// is counted; painting is offscreen. tests/bench/kiosk_soak.py measures a
// real kiosk process against a separate simulator.
//
//   bench_soak_kiosk [hours]      (default 24; FLOORWATCH_SOAK_HOURS too)

#include "KioskFixture.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace KioskTest;
using namespace std::chrono_literals;

namespace {

struct Memory
{
    double rssMiB = -1;
    double pssMiB = -1;
};

Memory memory()
{
    Memory m;
    QFile file(QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts[0] == "Rss:")
            m.rssMiB = parts[1].toDouble() / 1024.0;
        else if (parts[0] == "Pss:")
            m.pssMiB = parts[1].toDouble() / 1024.0;
    }
    return m;
}

double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0.0;
#endif
}

void drain()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    int hours = qEnvironmentVariableIntValue("FLOORWATCH_SOAK_HOURS");
    if (argc > 1)
        hours = QByteArray(argv[1]).toInt();
    if (hours <= 0)
        hours = 24;

    Fixture f;
    const QString second = QStringLiteral("kiosk-token-2");
    f.workspaceId = f.workspace.app().idCode;
    f.writeToken(f.workspaceId, kToken);
    auto options = f.options();
    options.rotate = 20s;
    options.interval = 15s;
    f.makeSession(options);
    // FLOORWATCH_SOAK_NO_VIEW=1: the session alone, to tell drawing from polling.
    const bool view = !qEnvironmentVariableIsSet("FLOORWATCH_SOAK_NO_VIEW");
    if (view)
        f.makeView(QSize(1920, 1080));
    f.session->start();
    if (!f.waitForData(kTeamA)) {
        std::fprintf(stderr, "no data from the simulator\n");
        return 1;
    }
    drain();

    std::printf("kiosk soak: 3 teams, poll every 15 s, rotate every 20 s, %d simulated hours%s\n",
                hours, view ? ", drawn at 1920x1080" : ", not drawn");
    std::printf("%6s %9s %9s %12s %12s %10s %8s\n", "hour", "RSS MiB", "PSS MiB", "CPU s/sim h",
                "requests", "history", "mode");
    const auto report = [&](int hour, double cpuPerHour) {
        const Memory m = memory();
        int historyPoints = 0;
        for (const QString& team : f.session->teams())
            if (const History* h = f.store.teamHistory(team))
                historyPoints += int(h->points().size());
        std::printf("%6d %9.1f %9.1f %12.3f %12d %10d %8s\n", hour, m.rssMiB, m.pssMiB, cpuPerHour,
                    f.server.totalRequestCount(), historyPoints,
                    f.session->mode() == KioskSession::Mode::Active ? "active" : "other");
        std::fflush(stdout);
    };
    report(0, 0.0);

    QElapsedTimer wall;
    wall.start();
    double cpuMark = cpuSeconds();
    int markHour = 0;
    bool useSecond = false;
    for (int hour = 1; hour <= hours; ++hour) {
        for (int minute = 0; minute < 60; ++minute) {
            // The hour's trouble: 5xx for five minutes, a 429 burst, a
            // revoked token replaced in the keychain a minute later.
            if (minute == 10)
                f.server.setServerErrorRate(1.0);
            if (minute == 15)
                f.server.clearFaults();
            if (minute == 30)
                f.server.startRateLimitBurst(3);
            if (minute == 45) {
                useSecond = !useSecond;
                f.server.setToken(useSecond ? second : kToken);
            }
            if (minute == 46)
                f.writeToken(f.workspaceId, useSecond ? second : kToken);
            for (int s = 0; s < 4; ++s) {
                f.advance(15s, 5s);
                drain();
            }
        }
        if (hour % 2 == 0 || hour == hours) {
            report(hour, (cpuSeconds() - cpuMark) / (hour - markHour));
            cpuMark = cpuSeconds();
            markHour = hour;
        }
    }
    std::printf("%d simulated hours in %.1f s of wall time\n", hours, wall.elapsed() / 1000.0);

    // Between polls: one team on screen, no rotation, polled once an hour;
    // ten minutes of the clock ticking by the second (the once-a-second
    // refresh of the countdown and the rotation line, the pixel shift).
    Fixture calm;
    auto single = calm.options({kTeamA});
    single.interval = 3600s;
    calm.makeSession(single);
    if (view)
        calm.makeView(QSize(1920, 1080));
    calm.session->start();
    calm.waitForData(kTeamA);
    drain();
    const double before = cpuSeconds();
    for (int s = 0; s < 600; ++s) {
        calm.clock.advance(1s);
        drain();
    }
    std::printf("between polls: %.0f microseconds of CPU per second on screen\n"
                "(manual clock, in-process simulator, offscreen: real timers and wake-ups are "
                "not in it; see tests/bench/kiosk_soak.py)\n",
                (cpuSeconds() - before) / 600.0 * 1e6);
    return 0;
}
