// One poll to pixels: a metrics body for N teammates goes through parse,
// the store (join, diff, history), the table model, the charts and a repaint
// of the dashboard, as when a poll lands. Prints medians for 200 and 2,000
// teammates next to the 16.7 ms of one 60 Hz frame; not a pass/fail test.

#include "ChartPanel.h"
#include "Clock.h"
#include "DashboardView.h"
#include "MetricsStore.h"
#include "Parsers.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray body(int teammates, QRandomGenerator& random)
{
    QByteArray out = R"({"type":"team_metric.list","data":[)";
    for (int i = 0; i < teammates; ++i) {
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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    std::printf("%-10s %12s %12s %12s %12s\n", "teammates", "ingest (ms)", "views (ms)",
                "paint (ms)", "total (ms)");
    for (const int n : {200, 2000}) {
        ManualClock clock;
        MetricsStore store;
        store.setDirectory(directory(n));
        DashboardView view(store, clock);
        view.resize(1280, 800);
        view.show();
        view.setTeam(QStringLiteral("1"));
        QRandomGenerator random(42);
        // Prepared bodies, so generating them is not measured.
        std::vector<QByteArray> bodies;
        const int runs = n >= 2000 ? 15 : 41;
        for (int i = 0; i < runs + 1; ++i)
            bodies.push_back(body(n, random));
        std::vector<double> ingest, views, paint, total;
        for (int i = 0; i <= runs; ++i) {
            clock.advance(std::chrono::seconds(15));
            QElapsedTimer t;
            t.start();
            const auto metrics = Parsers::parseTeamMetrics(bodies[size_t(i)]);
            const qint64 parsed = t.nsecsElapsed();
            // The store's signal drives the model, the header and the charts.
            store.ingest(QStringLiteral("1"), metrics.value(), clock.now(), 1800);
            const qint64 updated = t.nsecsElapsed();
            // grab() renders the whole widget tree, as a repaint would.
            const QPixmap frame = view.grab();
            const qint64 painted = t.nsecsElapsed();
            if (i == 0 || frame.isNull())
                continue; // the first one builds everything
            ingest.push_back(double(parsed) / 1e6);
            views.push_back(double(updated - parsed) / 1e6);
            paint.push_back(double(painted - updated) / 1e6);
            total.push_back(double(painted) / 1e6);
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::printf("%-10d %12.2f %12.2f %12.2f %12.2f\n", n, median(ingest), median(views),
                    median(paint), median(total));
    }
    std::printf("one 60 Hz frame: 16.67 ms\n");
    return 0;
}
