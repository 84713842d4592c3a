// Measures what one poll costs before anything is drawn: parse + validate +
// join with the directory + diff against the previous snapshot, next to a
// bare QJsonDocument::fromJson of the same bytes, in the same run. Prints
// medians and their ratio; it is a measurement, not a pass/fail test.

#include "Parsers.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray metricsBody(int teammates, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray body = R"({"type":"team_metric.list","data":[)";
    for (int i = 0; i < teammates; ++i) {
        if (i)
            body += ',';
        const int open = int(random.bounded(25));
        body += R"({"type":"team_metric","admin_id":")" + QByteArray::number(100000 + i) +
                R"(","open":)" + QByteArray::number(open) + R"(,"idle":)" +
                QByteArray::number(open ? int(random.bounded(open + 1)) : 0) + R"(,"snoozed":)" +
                QByteArray::number(int(random.bounded(6))) + '}';
    }
    return body + "]}";
}

Directory directoryFor(int teammates)
{
    Directory d;
    for (int i = 0; i < teammates; ++i) {
        Admin a;
        a.id = QString::number(100000 + i);
        a.name = QStringLiteral("Teammate %1").arg(i);
        a.away = i % 9 == 0;
        d.admins.insert(a.id, a);
    }
    return d;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("%-10s %14s %14s %8s\n", "teammates", "ingest (us)", "fromJson (us)", "ratio");
    for (const int n : {10, 100, 1000, 10000}) {
        const QByteArray previousBody = metricsBody(n, 1);
        const QByteArray body = metricsBody(n, 2);
        const Directory directory = directoryFor(n);
        const auto previousMetrics = Parsers::parseTeamMetrics(previousBody);
        const TeamSnapshot previous =
            Snapshots::join(QStringLiteral("1"), previousMetrics.value(), directory,
                            QDateTime::currentDateTimeUtc(), 1800);
        const int runs = n >= 10000 ? 21 : n >= 1000 ? 51 : 201;
        std::vector<double> ingest, bare;
        qsizetype sink = 0;
        // Interleaved, so that both see the same machine noise.
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            bare.push_back(double(timer.nsecsElapsed()) / 1000.0);
            sink += doc.object().size();

            timer.restart();
            const auto metrics = Parsers::parseTeamMetrics(body);
            const TeamSnapshot next =
                Snapshots::join(QStringLiteral("1"), metrics.value(), directory,
                                QDateTime::currentDateTimeUtc(), 1800);
            const SnapshotDiff diff = diffSnapshots(previous, next);
            ingest.push_back(double(timer.nsecsElapsed()) / 1000.0);
            sink += diff.countsChanged.size();
        }
        const double i = median(ingest), b = median(bare);
        std::printf("%-10d %14.1f %14.1f %8.2f\n", n, i, b, i / b);
        if (sink < 0)
            return 1;
    }
    return 0;
}
