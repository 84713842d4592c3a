#include "MetricsStore.h"
#include "UtcDateTime.h"

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
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
