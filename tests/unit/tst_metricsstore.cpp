#include "MetricsStore.h"
#include "UtcDateTime.h"

#include "SnapshotDiff.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime kStart = Utc::dateTime(QDate(2026, 1, 5), QTime(9, 0));

Directory directory()
{
    Directory d;
    d.admins.insert(QStringLiteral("1"), Admin{QStringLiteral("1"),
                                               QStringLiteral("Ana Souza"),
                                               {},
                                               QStringLiteral("Support Engineer"),
                                               false,
                                               {},
                                               {},
                                               {}});
    d.admins.insert(QStringLiteral("2"), Admin{QStringLiteral("2"),
                                               QStringLiteral("Kenji Watanabe"),
                                               {},
                                               {},
                                               true,
                                               QStringLiteral("9"),
                                               {},
                                               {}});
    d.awayReasons.insert(QStringLiteral("9"),
                         AwayReason{QStringLiteral("9"), QStringLiteral("Lunch"), {}, true});
    Team team;
    team.id = QStringLiteral("42");
    team.name = QStringLiteral("Support EMEA");
    team.assignmentLimit = 8;
    d.teams.insert(team.id, team);
    return d;
}

TeamMetric m(const char* id, int open, int idle, int snoozed)
{
    return TeamMetric{QString::fromLatin1(id), open, idle, snoozed};
}

} // namespace

class TestMetricsStore : public QObject
{
    Q_OBJECT

private slots:
    void joinsNamesAwayStateAndTeam()
    {
        MetricsStore store;
        store.setDirectory(directory());
        store.ingest(QStringLiteral("42"), {m("1", 5, 2, 1), m("2", 0, 0, 3), m("3", 1, 0, 0)},
                     kStart, 1800);
        const TeamSnapshot* s = store.latest(QStringLiteral("42"));
        QVERIFY(s);
        QCOMPARE(s->teamName, QStringLiteral("Support EMEA"));
        QCOMPARE(s->assignmentLimit, std::optional<int>(8));
        QCOMPARE(s->rows.size(), 3);
        QCOMPARE(s->rows[0].name, QStringLiteral("Ana Souza"));
        QVERIFY(!s->rows[0].away);
        QVERIFY(s->rows[1].away);
        QCOMPARE(s->rows[1].awayReason,
                 std::optional<QString>(QStringLiteral("Lunch"))); // deleted reasons still name it
        QVERIFY(!s->rows[2].known);
        QVERIFY(s->rows[2].name.contains(QLatin1String("3")));
        QCOMPARE(s->totals, (Totals{6, 2, 4}));
        // Teammates not in the directory count as active.
        QCOMPARE(s->activeCount, 2);
        QCOMPARE(s->awayCount, 1);
        QCOMPARE(s->idleThreshold, 1800);
        QCOMPARE(s->fetchedAt, kStart);
    }

    void diffMatchesByAdminId()
    {
        MetricsStore store;
        QSignalSpy updated(&store, &MetricsStore::snapshotUpdated);
        store.ingest(QStringLiteral("42"), {m("1", 5, 2, 1), m("2", 1, 0, 0), m("3", 0, 0, 0)},
                     kStart, 1800);
        const SnapshotDiff diff =
            store.ingest(QStringLiteral("42"), {m("3", 0, 0, 0), m("1", 6, 2, 1), m("4", 2, 0, 0)},
                         kStart.addSecs(15), 1800);
        QCOMPARE(diff.added, QList<QString>{QStringLiteral("4")});
        QCOMPARE(diff.removed, QList<QString>{QStringLiteral("2")});
        QCOMPARE(diff.countsChanged, QList<QString>{QStringLiteral("1")});
        QVERIFY(diff.otherChanged.isEmpty());
        QCOMPARE(updated.count(), 2);
    }

    void directoryChangeRejoinsAndReportsPresence()
    {
        MetricsStore store;
        store.ingest(QStringLiteral("42"), {m("1", 1, 0, 0)}, kStart, 1800);
        QVERIFY(!store.latest(QStringLiteral("42"))->rows[0].known);
        QSignalSpy updated(&store, &MetricsStore::snapshotUpdated);
        store.setDirectory(directory());
        QCOMPARE(updated.count(), 1);
        const auto diff = updated.first().at(1).value<SnapshotDiff>();
        QCOMPARE(diff.otherChanged, QList<QString>{QStringLiteral("1")});
        QCOMPARE(store.latest(QStringLiteral("42"))->rows[0].name, QStringLiteral("Ana Souza"));
        QCOMPARE(store.latest(QStringLiteral("42"))->fetchedAt, kStart); // still honest about age
    }

    void directoryChangedComesAfterTheSnapshotsAreRejoined()
    {
        MetricsStore store;
        store.ingest(QStringLiteral("42"), {m("1", 1, 0, 0), m("2", 0, 0, 0)}, kStart, 1800);
        QCOMPARE(store.latest(QStringLiteral("42"))->awayCount, 0);
        int heard = 0;
        connect(&store, &MetricsStore::directoryChanged, this, [&] {
            ++heard;
            // Whoever listens reads the new directory and snapshots joined with it.
            QCOMPARE(store.directory().teams.value(QStringLiteral("42")).name,
                     QStringLiteral("Support EMEA"));
            const TeamSnapshot* s = store.latest(QStringLiteral("42"));
            QCOMPARE(s->rows[0].name, QStringLiteral("Ana Souza"));
            QCOMPARE(s->awayCount, 1);
            QCOMPARE(s->activeCount, 1);
        });
        store.setDirectory(directory());
        QCOMPARE(heard, 1);
    }

    void aBreakInPollingIsAGapInTheTrends()
    {
        // The laptop slept for ten minutes: the trends are cut there, not
        // bridged with the count from before.
        MetricsStore store;
        store.setPollInterval(std::chrono::seconds(15));
        store.ingest(QStringLiteral("42"), {m("1", 3, 0, 0)}, kStart, 1800);
        store.ingest(QStringLiteral("42"), {m("1", 4, 0, 0)}, kStart.addSecs(15), 1800);
        store.ingest(QStringLiteral("42"), {m("1", 4, 0, 0)}, kStart.addSecs(15 + 600), 1800);
        for (const History* h :
             {store.teamHistory(QStringLiteral("42")),
              store.teammateHistory(QStringLiteral("42"), QStringLiteral("1"))}) {
            const auto& points = h->points();
            QCOMPARE(points.size(), size_t(4));
            QVERIFY(points[2].gap);
            QCOMPARE(points[2].msecs, kStart.addSecs(15).toMSecsSinceEpoch());
            QVERIFY(!points[3].gap);
            QCOMPARE(points[3].open, 4); // the same count, after the gap
        }
        // Late by less than three intervals: one line.
        store.ingest(QStringLiteral("42"), {m("1", 5, 0, 0)}, kStart.addSecs(15 + 600 + 40), 1800);
        QVERIFY(!store.teamHistory(QStringLiteral("42"))->points().back().gap);
        QCOMPARE(store.teamHistory(QStringLiteral("42"))->points().size(), size_t(5));
    }

    void historyKeepsChangesOnlyWithinTheWindow()
    {
        MetricsStore store;
        store.setHistoryWindow(std::chrono::hours(8));
        QDateTime t = kStart;
        // Ten hours of polls every 15 s; the count changes every minute.
        for (int i = 0; i < 10 * 240; ++i) {
            store.ingest(QStringLiteral("42"), {m("1", (i / 4) % 7, 0, 0)}, t, 1800);
            t = t.addSecs(15);
        }
        const History* h = store.teamHistory(QStringLiteral("42"));
        QVERIFY(h);
        const auto& points = h->points();
        // One point per change over 8 hours, plus the one at the window's edge.
        QVERIFY(points.size() >= 8 * 60 && points.size() <= 8 * 60 + 2);
        QVERIFY(points.front().msecs < points.back().msecs - 8LL * 3600 * 1000);
        QVERIFY(points[1].msecs >= points.back().msecs - 8LL * 3600 * 1000);
        const History* mine = store.teammateHistory(QStringLiteral("42"), QStringLiteral("1"));
        QVERIFY(mine);
        QCOMPARE(mine->points().size(), points.size());
    }

    void steadyCountsCostNoMemory()
    {
        MetricsStore store;
        QDateTime t = kStart;
        for (int i = 0; i < 1000; ++i) {
            store.ingest(QStringLiteral("42"), {m("1", 3, 1, 0), m("2", 2, 0, 0)}, t, 1800);
            t = t.addSecs(15);
        }
        QCOMPARE(store.teamHistory(QStringLiteral("42"))->points().size(), size_t(1));
        QCOMPARE(store.teammateHistory(QStringLiteral("42"), QStringLiteral("2"))->points().size(),
                 size_t(1));
    }

    void leaverHistoryEndsAtZero()
    {
        MetricsStore store;
        store.ingest(QStringLiteral("42"), {m("1", 3, 1, 0), m("2", 2, 0, 0)}, kStart, 1800);
        store.ingest(QStringLiteral("42"), {m("1", 3, 1, 0)}, kStart.addSecs(15), 1800);
        const auto& points =
            store.teammateHistory(QStringLiteral("42"), QStringLiteral("2"))->points();
        QCOMPARE(points.size(), size_t(2));
        QCOMPARE(points.back().open, 0);
    }

    // The store moves its snapshot on in place; what it holds and what it
    // reports must be what a fresh join and a diff would give, whatever
    // the polls do: teammates joining, leaving, reordered, counts moving.
    void ingestAgreesWithJoinAndDiff()
    {
        MetricsStore store;
        Directory d = directory();
        for (int i = 3; i < 40; i += 3)
            d.admins.insert(QString::number(i), Admin{QString::number(i),
                                                      QStringLiteral("Teammate %1").arg(i),
                                                      {},
                                                      {},
                                                      i % 2 == 0,
                                                      {},
                                                      {},
                                                      {}});
        store.setDirectory(d);
        QRandomGenerator random(7);
        TeamSnapshot previous;
        QDateTime t = kStart;
        for (int poll = 0; poll < 300; ++poll) {
            QList<TeamMetric> metrics;
            for (int id = 1; id < 40; ++id) {
                // Mostly the same people in the same order; sometimes not.
                if (poll % 7 == 3 && random.bounded(4) == 0)
                    continue;
                metrics.append(TeamMetric{QString::number(id), int(random.bounded(3)),
                                          int(random.bounded(2)), int(random.bounded(2))});
            }
            if (poll % 11 == 5)
                std::shuffle(metrics.begin(), metrics.end(), random);
            t = t.addSecs(15);
            const SnapshotDiff diff = store.ingest(QStringLiteral("42"), metrics, t, 1800);
            const TeamSnapshot expected =
                Snapshots::join(QStringLiteral("42"), metrics, d, t, 1800);
            const SnapshotDiff expectedDiff = diffSnapshots(previous, expected);
            previous = expected;
            const TeamSnapshot* s = store.latest(QStringLiteral("42"));
            QVERIFY(s);
            QCOMPARE(s->teamName, expected.teamName);
            QCOMPARE(s->fetchedAt, expected.fetchedAt);
            QCOMPARE(s->totals, expected.totals);
            QCOMPARE(s->awayCount, expected.awayCount);
            QCOMPARE(s->activeCount, expected.activeCount);
            QCOMPARE(s->rows.size(), expected.rows.size());
            for (qsizetype i = 0; i < s->rows.size(); ++i) {
                const TeammateRow& a = s->rows[i];
                const TeammateRow& b = expected.rows[i];
                QCOMPARE(a.adminId, b.adminId);
                QVERIFY(a.sameCounts(b));
                QVERIFY(a.samePresence(b));
            }
            QCOMPARE(diff.added, expectedDiff.added);
            QCOMPARE(diff.removed, expectedDiff.removed);
            QCOMPARE(diff.countsChanged, expectedDiff.countsChanged);
            QCOMPARE(diff.otherChanged, expectedDiff.otherChanged);
        }
    }

    // The wall draws no teammate's trend: it keeps no teammate history.
    void noTeammateHistoryWithoutABudget()
    {
        MetricsStore store;
        store.setTeammateHistoryBudget(0);
        store.ingest(QStringLiteral("42"), {m("1", 3, 1, 0)}, kStart, 1800);
        store.ingest(QStringLiteral("42"), {m("1", 4, 1, 0)}, kStart.addSecs(15), 1800);
        QCOMPARE(store.teammateHistory(QStringLiteral("42"), QStringLiteral("1")), nullptr);
        QCOMPARE(store.teamHistory(QStringLiteral("42"))->points().size(), size_t(2));
    }

    // However long it runs and however many teammates move, a team's
    // teammate histories stay within their budget of bytes.
    void teammateHistoryIsBoundedByBytes()
    {
        MetricsStore store;
        const qsizetype budget = 100 * qsizetype(sizeof(HistoryPoint));
        store.setTeammateHistoryBudget(budget);
        QDateTime t = kStart;
        for (int poll = 0; poll < 500; ++poll) {
            QList<TeamMetric> metrics;
            for (int id = 1; id <= 10; ++id)
                metrics.append(TeamMetric{QString::number(id), poll % 13 + id, 0, 0});
            store.ingest(QStringLiteral("42"), metrics, t, 1800);
            t = t.addSecs(15);
        }
        size_t total = 0;
        for (int id = 1; id <= 10; ++id) {
            const History* h = store.teammateHistory(QStringLiteral("42"), QString::number(id));
            QVERIFY(h);
            QCOMPARE(h->points().back().open, 499 % 13 + id);
            total += h->points().size();
        }
        QVERIFY2(total * sizeof(HistoryPoint) <= size_t(budget),
                 QByteArray::number(qulonglong(total)));
    }

    // Only teammates whose counts moved get a point.
    void onlyMovedTeammatesGetAPoint()
    {
        MetricsStore store;
        store.ingest(QStringLiteral("42"), {m("1", 3, 1, 0), m("2", 2, 0, 0)}, kStart, 1800);
        store.ingest(QStringLiteral("42"), {m("1", 4, 1, 0), m("2", 2, 0, 0)}, kStart.addSecs(15),
                     1800);
        QCOMPARE(store.teammateHistory(QStringLiteral("42"), QStringLiteral("1"))->points().size(),
                 size_t(2));
        QCOMPARE(store.teammateHistory(QStringLiteral("42"), QStringLiteral("2"))->points().size(),
                 size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
