// Measures what one poll costs before anything is drawn: parse + validate,
// then the store's ingest (join with the directory, diff against the
// previous snapshot, history), next to a bare QJsonDocument::fromJson of the
// same bytes, in the same run and interleaved so that all see the same
// machine noise. The parts are timed on their own too: join and diff from
// scratch (Snapshots::join, diffSnapshots) and both in one pass in place
// (advanceSnapshot, what the store does on a poll). Between two polls a fifth of the teammates
// change, as on a busy floor. Prints medians and ratios; it is a measurement, not a pass/fail test.
//
// Left out: reading the reply from the socket, the views (bench_frame has
// them), and the first poll of a team, which joins every row.

#include "MetricsStore.h"
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

// Teammate i's counts in poll `poll`: a fifth of them move between polls.
QByteArray metricsBody(int teammates, int poll)
{
    QByteArray body = R"({"type":"team_metric.list","data":[)";
    for (int i = 0; i < teammates; ++i) {
        if (i)
            body += ',';
        const bool moves = i % 5 == poll % 5;
        QRandomGenerator random(quint32(i * 7919 + (moves ? poll : 0)));
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

double elapsedUs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("medians in microseconds; ingest = parse + MetricsStore::ingest\n");
    std::printf("%-9s %9s %9s %9s %9s %9s %9s %9s %6s %6s %6s\n", "teammates", "fromJson", "parse",
                "join", "diff", "advance", "store", "ingest", "ratio", "j+d/p", "adv/p");
    for (const int n : {10, 100, 1000, 10000}) {
        constexpr int kBodies = 5;
        std::vector<QByteArray> bodies;
        for (int p = 0; p < kBodies; ++p)
            bodies.push_back(metricsBody(n, p));
        const Directory directory = directoryFor(n);
        MetricsStore store;
        store.setDirectory(directory);
        QDateTime at = QDateTime::currentDateTimeUtc();
        const QString team = QStringLiteral("1");
        store.ingest(team, Parsers::parseTeamMetrics(bodies.back()).value(), at, 1800);
        TeamSnapshot previous = Snapshots::join(
            team, Parsers::parseTeamMetrics(bodies.back()).value(), directory, at, 1800);
        const int runs = n >= 10000 ? 31 : n >= 1000 ? 101 : 301;
        std::vector<double> bare, parse, join, diff, advance, stored, ingest;
        TeamSnapshot inPlace = previous;
        qsizetype sink = 0;
        for (int r = 0; r < runs; ++r) {
            const QByteArray& body = bodies[size_t(r % kBodies)];
            at = at.addSecs(15);
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            bare.push_back(elapsedUs(timer));
            sink += doc.object().size();

            // The parts one by one, as the old path did them.
            timer.restart();
            const auto parsed = Parsers::parseTeamMetrics(body);
            parse.push_back(elapsedUs(timer));
            timer.restart();
            TeamSnapshot next = Snapshots::join(team, parsed.value(), directory, at, 1800);
            join.push_back(elapsedUs(timer));
            timer.restart();
            const SnapshotDiff d = diffSnapshots(previous, next);
            diff.push_back(elapsedUs(timer));
            sink += d.countsChanged.size();
            previous = std::move(next);
            timer.restart();
            const SnapshotDiff a = advanceSnapshot(inPlace, parsed.value(), directory, at, 1800);
            advance.push_back(elapsedUs(timer));
            sink += a.countsChanged.size();

            // The whole of it, as a poll lands in the product.
            timer.restart();
            const auto metrics = Parsers::parseTeamMetrics(body);
            const qint64 parsedAt = timer.nsecsElapsed();
            const SnapshotDiff s = store.ingest(team, metrics.value(), at, 1800);
            ingest.push_back(elapsedUs(timer));
            stored.push_back(double(timer.nsecsElapsed() - parsedAt) / 1000.0);
            sink += s.countsChanged.size();
        }
        const double b = median(bare), p = median(parse), j = median(join), d = median(diff),
                     a = median(advance), s = median(stored), i = median(ingest);
        std::printf("%-9d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %6.2f %6.2f %6.2f\n", n, b, p,
                    j, d, a, s, i, i / b, (j + d) / p, a / p);
        if (sink < 0)
            return 1;
    }
    std::printf("ratio = ingest / fromJson; j+d/p = (join + diff) / parse; "
                "adv/p = advance / parse\n");
    return 0;
}
