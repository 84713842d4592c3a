// What the history costs, at 200 and 2,000 teammates polled every 15 s
// with a fifth of them changing per poll (each moves every fifth poll): the write of one poll (one
// transaction, on a real file in WAL mode), the file's growth over an
// 8-hour shift, loading the shift's team trend at start (what the window
// and the wall do before the first poll answers), and reading the table
// as it was at one past moment. Prints medians (and the 95th percentile of
// the writes, which catches SQLite's checkpoints); a measurement, not a
// pass/fail test.
//
// Left out: drawing the trend or the past table (bench_frame measures
// drawing), and the hourly upkeep (retention has nothing to do in a shift).
//
// bench_history [--quick]   --quick: 200 teammates, one hour (for ctest)

#include "Clock.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "Pipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std::chrono;

namespace {

const QString kTeam = QStringLiteral("t1");

QList<TeamMetric> metricsFor(int teammates, int poll)
{
    QList<TeamMetric> out;
    out.reserve(teammates);
    for (int i = 0; i < teammates; ++i) {
        // Each teammate moves every fifth poll and holds in between: a
        // fifth of the rows change from one poll to the next.
        const int lastMove = poll - ((poll - i) % 5 + 5) % 5;
        QRandomGenerator random(quint32(i * 7919 + lastMove * 104729));
        const int open = int(random.bounded(25));
        out.append({QString::number(100000 + i), open, open ? int(random.bounded(open + 1)) : 0,
                    int(random.bounded(6))});
    }
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * 95 / 100)];
}

void run(int teammates, int polls)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    ManualClock clock;
    const qint64 start = clock.now().toMSecsSinceEpoch();
    const HistoryContext context{.workspace = [] { return QStringLiteral("w"); },
                                 .interval = [] { return seconds(15); }};
    std::vector<double> writes;
    {
        HistoryStore history(clock);
        history.open(path);
        MetricsStore store;
        // Timed around the store's own signal: only the history's write.
        QElapsedTimer timer;
        QObject::connect(&store, &MetricsStore::snapshotUpdated, &history,
                         [&timer] { timer.start(); });
        connectHistory(store, history, clock, context);
        QObject::connect(&store, &MetricsStore::snapshotUpdated, &history,
                         [&timer, &writes] { writes.push_back(timer.nsecsElapsed() / 1e6); });
        for (int poll = 0; poll < polls; ++poll) {
            store.ingest(kTeam, metricsFor(teammates, poll), clock.now(), 1800);
            clock.advance(seconds(15));
        }
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;

    // The next start: the shift's trend, and one past moment.
    HistoryStore history(clock);
    history.open(path);
    std::vector<double> loads, moments;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        MetricsStore store;
        const HistorySeries shift =
            history.teamTotals(QStringLiteral("w"), kTeam, start, clock.now().toMSecsSinceEpoch());
        std::vector<HistoryPoint> points(shift.points.begin(), shift.points.end());
        store.seedTeamHistory(kTeam, points);
        loads.push_back(timer.nsecsElapsed() / 1e6);

        const qint64 at = start + (clock.now().toMSecsSinceEpoch() - start) * (i + 1) / 9;
        timer.start();
        const auto rows = history.rowsAt(QStringLiteral("w"), kTeam, at);
        moments.push_back(timer.nsecsElapsed() / 1e6);
        if (!rows || rows->size() != teammates)
            std::printf("  (a past moment came back with %lld rows)\n",
                        rows ? qlonglong(rows->size()) : -1LL);
    }
    std::printf("%6d teammates, %5d polls (%4.1f h): write per poll median %.3f ms, p95 %.3f ms; "
                "file %.2f MB; load the shift %.2f ms; one past moment %.2f ms\n",
                teammates, polls, polls * 15 / 3600.0, median(writes), percentile95(writes),
                megabytes, median(loads), median(moments));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    std::printf("bench_history (%s build): medians of 7 loads and lookups\n",
#ifdef NDEBUG
                "optimised"
#else
                "debug"
#endif
    );
    constexpr int kShift = 8 * 3600 / 15;
    if (quick) {
        run(200, 3600 / 15);
        return 0;
    }
    run(200, kShift);
    run(2000, kShift);
    return 0;
}
