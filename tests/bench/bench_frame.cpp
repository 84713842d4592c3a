// One poll to a presented frame: from the moment a metrics reply's bytes are
// in hand, through parse, the store (join, diff, history), the table model,
// the charts, and the event loop until the dashboard's window has handled
// its update request, which paints and flushes the backing store to the
// screen (offscreen, or an X server such as Xvfb). Between polls a fifth of
// the teammates change, as on a busy floor.
//
// Prints medians of wall time to the first presented frame, of the last
// frame the same poll caused (within 100 ms: queued chart and layout work),
// and of the main thread's CPU time over that span, which is what a loaded
// machine distorts least. Not a pass/fail test.
//
// Left out: reading the reply from the socket, the main window's chrome
// around the dashboard, and the compositor's own work after the flush.

#include "ChartPanel.h"
#include "Clock.h"
#include "DashboardView.h"
#include "MetricsStore.h"
#include "Parsers.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// Teammate i's counts in poll `poll`: a fifth of them move between polls.
QByteArray body(int teammates, int poll)
{
    QByteArray out = R"({"type":"team_metric.list","data":[)";
    for (int i = 0; i < teammates; ++i) {
        const bool moves = i % 5 == poll % 5;
        QRandomGenerator random(quint32(i * 7919 + (moves ? poll : 0)));
        const int open = int(random.bounded(16));
        out += (i ? "," : "") + QByteArray(R"({"admin_id":")") + QByteArray::number(1000 + i) +
               R"(","open":)" + QByteArray::number(open) + R"(,"idle":)" +
               QByteArray::number(open ? int(random.bounded(open + 1)) : 0) + R"(,"snoozed":)" +
               QByteArray::number(int(random.bounded(5))) + "}";
    }
    return out + "]}";
}

Directory directory(int teammates)
{
    Directory d;
    for (int i = 0; i < teammates; ++i) {
        Admin a;
        a.id = QString::number(1000 + i);
        a.name = QStringLiteral("Teammate Number %1").arg(i);
        a.away = i % 11 == 0;
        d.admins.insert(a.id, a);
    }
    Team t;
    t.id = QStringLiteral("1");
    t.name = QStringLiteral("Benchmark team");
    d.teams.insert(t.id, t);
    return d;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Notes when the top-level widget has handled an update request (widgets
// post theirs to it): by then it has painted and flushed its backing store.
class FrameWatch : public QObject
{
public:
    explicit FrameWatch(QWidget* window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }
    int frames = 0;
    qint64 lastFrameEndNs = 0;
    const QElapsedTimer* clock = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_window || event->type() != QEvent::UpdateRequest || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        ++frames;
        if (clock)
            lastFrameEndNs = clock->nsecsElapsed();
        return true;
    }

private:
    QWidget* m_window;
    bool m_inside = false;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    std::printf("platform %s; medians in ms\n", qPrintable(QGuiApplication::platformName()));
    std::printf("%-9s %8s %10s %12s %12s %10s\n", "teammates", "polls", "ingest", "first frame",
                "last frame", "main CPU");
    for (const int n : {200, 2000, 10000}) {
        ManualClock clock;
        MetricsStore store;
        store.setDirectory(directory(n));
        DashboardView view(store, clock);
        view.resize(1280, 800);
        view.show();
        view.setTeam(QStringLiteral("1"));
        FrameWatch watch(&view);
        const int runs = n >= 10000 ? 7 : n >= 2000 ? 15 : 41;
        std::vector<QByteArray> bodies;
        for (int i = 0; i < runs + 1; ++i)
            bodies.push_back(body(n, i));
        std::vector<double> ingest, first, last, cpu;
        for (int i = 0; i <= runs; ++i) {
            // Let the previous poll's frames and anything else settle.
            QDeadlineTimer settle(i == 0 ? 500 : 150);
            while (!settle.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            clock.advance(std::chrono::seconds(15));

            QElapsedTimer t;
            t.start();
            watch.clock = &t;
            const qint64 cpuStart = threadCpuNs();
            const int framesBefore = watch.frames;
            const auto metrics = Parsers::parseTeamMetrics(bodies[size_t(i)]);
            store.ingest(QStringLiteral("1"), metrics.value(), clock.now(), 1800);
            const qint64 ingested = t.nsecsElapsed();
            QDeadlineTimer giveUp(5000);
            while (watch.frames == framesBefore && !giveUp.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            const qint64 firstFrame = watch.lastFrameEndNs;
            const qint64 cpuFirst = threadCpuNs();
            // Work the poll queued (charts, layouts) may need another frame.
            QDeadlineTimer followUps(100);
            int framesSeen = watch.frames;
            qint64 cpuLast = cpuFirst;
            while (!followUps.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                if (watch.frames != framesSeen) {
                    framesSeen = watch.frames;
                    cpuLast = threadCpuNs();
                }
            }
            const qint64 lastFrame = watch.lastFrameEndNs;
            watch.clock = nullptr;
            if (i == 0 || watch.frames == framesBefore)
                continue; // the first one builds everything
            ingest.push_back(double(ingested) / 1e6);
            first.push_back(double(firstFrame) / 1e6);
            last.push_back(double(lastFrame) / 1e6);
            cpu.push_back(double(std::max(cpuFirst, cpuLast) - cpuStart) / 1e6);
        }
        std::printf("%-9d %8zu %10.2f %12.2f %12.2f %10.2f\n", n, first.size(), median(ingest),
                    median(first), median(last), median(cpu));
    }
    std::printf("one 60 Hz frame: 16.67 ms\n");
    return 0;
}
