#include "Clock.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "Pipeline.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kWorkspace = QStringLiteral("acme");
const QString kTeam = QStringLiteral("t1");
constexpr seconds kInterval{15};

struct Counts
{
    int open, idle, snoozed;
    bool away = false;
    QString reason = {};
};

// A poll of team t1 at the clock's time, with one row per entry of `people`.
TeamSnapshot snapshotOf(const QDateTime& at, const QList<std::pair<QString, Counts>>& people,
                        int threshold = 1800)
{
    TeamSnapshot s;
    s.teamId = kTeam;
    s.teamName = QStringLiteral("Support");
    s.fetchedAt = at;
    s.idleThreshold = threshold;
    for (const auto& [id, c] : people) {
        TeammateRow row;
        row.adminId = id;
        row.name = QStringLiteral("Agent %1").arg(id);
        row.known = true;
        row.open = c.open;
        row.idle = c.idle;
        row.snoozed = c.snoozed;
        row.away = c.away;
        if (!c.reason.isEmpty())
            row.awayReason = c.reason;
        s.rows.append(row);
    }
    s.totals = Snapshots::totalsOf(s.rows);
    return s;
}

// Feeds polls to a store the way the pipeline does: each diffed against
// the one before.
class Feeder
{
public:
    Feeder(HistoryStore& store, ManualClock& clock)
        : m_store(store)
        , m_clock(clock)
    {}
    void poll(const QList<std::pair<QString, Counts>>& people, int threshold = 1800)
    {
        TeamSnapshot next = snapshotOf(m_clock.now(), people, threshold);
        m_store.record(kWorkspace, next, diffSnapshots(m_previous, next), kInterval);
        m_previous = next;
    }
    void restart() { m_previous = TeamSnapshot{}; }

private:
    HistoryStore& m_store;
    ManualClock& m_clock;
    TeamSnapshot m_previous;
};

qint64 ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

int userVersion(const QString& path)
{
    int version = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    }

    void recordsChangesAndReadsThemBack()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Disk);
        QVERIFY(store.notice().isEmpty());
        Feeder feed(store, clock);
        const QDateTime start = clock.now();
        feed.poll({{u"1"_s, {3, 1, 0}}, {u"2"_s, {2, 0, 1}}});
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {4, 2, 0}}, {u"2"_s, {2, 0, 1}}});
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {4, 2, 0}}, {u"2"_s, {2, 0, 1, true, u"Lunch"_s}}});

        const HistorySeries totals =
            store.teamTotals(kWorkspace, kTeam, ms(start), ms(clock.now()));
        QCOMPARE(totals.spans.size(), size_t(1));
        QCOMPARE(totals.spans[0].fromMs, ms(start));
        QCOMPARE(totals.spans[0].toMs, ms(clock.now()));
        QCOMPARE(totals.spans[0].idleThreshold, 1800);
        // Only changes are points: the third poll changed nobody's counts.
        QCOMPARE(totals.points.size(), size_t(2));
        QCOMPARE(totals.points[0].open, 5);
        QCOMPARE(totals.points[1].open, 6);
        QCOMPARE(totals.points[1].idle, 2);

        const HistorySeries one =
            store.teammate(kWorkspace, kTeam, u"1"_s, ms(start), ms(clock.now()));
        QCOMPARE(one.points.size(), size_t(2));
        QCOMPARE(one.points[1].msecs, ms(start) + 15000);

        const auto before = store.rowsAt(kWorkspace, kTeam, ms(start) + 20000);
        QVERIFY(before);
        QCOMPARE(before->size(), 2);
        QCOMPARE(before->at(0).open, 4);
        QCOMPARE(before->at(0).name, QStringLiteral("Agent 1"));
        QVERIFY(!before->at(1).away);
        const auto after = store.rowsAt(kWorkspace, kTeam, ms(clock.now()));
        QVERIFY(after->at(1).away);
        QCOMPARE(after->at(1).awayReason, QStringLiteral("Lunch"));
        // Before the first poll nothing is known.
        QVERIFY(!store.rowsAt(kWorkspace, kTeam, ms(start) - 1000));
        QVERIFY(!store.rowsAt(kWorkspace, QStringLiteral("other"), ms(start)));
    }

    void theTeamsNameArrivesLateAndStays()
    {
        // The first polls may come before the directory that names the team.
        ManualClock clock;
        TeamSnapshot nameless = snapshotOf(clock.now(), {{u"1"_s, {3, 1, 0}}});
        nameless.teamName.clear();
        {
            HistoryStore store(clock);
            store.open(m_path);
            store.record(kWorkspace, nameless, diffSnapshots({}, nameless), kInterval);
            QCOMPARE(store.teamName(kWorkspace, kTeam), QString());
            clock.advance(kInterval);
            const TeamSnapshot named = snapshotOf(clock.now(), {{u"1"_s, {3, 1, 0}}});
            store.record(kWorkspace, named, diffSnapshots(nameless, named), kInterval);
            QCOMPARE(store.teamName(kWorkspace, kTeam), u"Support"_s);
        }
        HistoryStore again(clock);
        again.open(m_path);
        clock.advance(kInterval);
        nameless.fetchedAt = clock.now();
        again.record(kWorkspace, nameless, diffSnapshots({}, nameless), kInterval);
        QCOMPARE(again.teamName(kWorkspace, kTeam), u"Support"_s);
        QCOMPARE(again.teamName(kWorkspace, u"other"_s), QString());
    }

    void noWorkspaceYetIsAWorkspaceToo()
    {
        // Before the first sign-in (and in the demo) there is no workspace name.
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        const TeamSnapshot snapshot = snapshotOf(clock.now(), {{u"1"_s, {3, 1, 0}}});
        store.record(QString(), snapshot, diffSnapshots({}, snapshot), kInterval);
        QCOMPARE(store.rowsAt(QString(), kTeam, ms(clock.now()))->size(), 1);
    }

    void aBreakInPollingIsAGap()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        const QDateTime start = clock.now();
        feed.poll({{u"1"_s, {3, 1, 0}}});
        clock.advance(kInterval * 3); // late, but within three intervals
        feed.poll({{u"1"_s, {3, 1, 0}}});
        clock.advance(hours(1));
        feed.poll({{u"1"_s, {3, 1, 0}}}); // the same counts, after an hour away

        const HistorySeries totals =
            store.teamTotals(kWorkspace, kTeam, ms(start), ms(clock.now()));
        QCOMPARE(totals.spans.size(), size_t(2));
        QCOMPARE(totals.spans[0].toMs, ms(start) + 45000);
        QCOMPARE(totals.spans[1].fromMs, ms(clock.now()));
        // A new span records everyone again, even unchanged.
        QCOMPARE(totals.points.size(), size_t(2));
        // The last poll holds for one interval, then nothing is known.
        QVERIFY(store.rowsAt(kWorkspace, kTeam, ms(start) + 60000));
        QVERIFY(!store.rowsAt(kWorkspace, kTeam, ms(start) + 61000));
        QVERIFY(store.rowsAt(kWorkspace, kTeam, ms(clock.now())));
    }

    void aNewThresholdStartsASpan()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        const QDateTime start = clock.now();
        feed.poll({{u"1"_s, {3, 1, 0}}}, 1800);
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {3, 2, 0}}}, 600);
        const HistorySeries totals =
            store.teamTotals(kWorkspace, kTeam, ms(start), ms(clock.now()));
        QCOMPARE(totals.spans.size(), size_t(2));
        QCOMPARE(totals.spans[1].idleThreshold, 600);
    }

    void aRestartContinuesFromTheFile()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        {
            HistoryStore store(clock);
            store.open(m_path);
            Feeder feed(store, clock);
            feed.poll({{u"1"_s, {3, 1, 0}}});
            clock.advance(kInterval);
            feed.poll({{u"1"_s, {5, 1, 0}}});
        }
        clock.advance(seconds(20)); // a quick restart: the span carries on
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        feed.poll({{u"1"_s, {6, 1, 0}}});
        const HistorySeries one =
            store.teammate(kWorkspace, kTeam, u"1"_s, ms(start), ms(clock.now()));
        QCOMPARE(one.spans.size(), size_t(1));
        QCOMPARE(one.points.size(), size_t(3));
        QCOMPARE(one.points.back().open, 6);

        // A read from the middle starts with the value in force there.
        const HistorySeries middle =
            store.teammate(kWorkspace, kTeam, u"1"_s, ms(start) + 5000, ms(clock.now()));
        QCOMPARE(middle.points.front().msecs, ms(start) + 5000);
        QCOMPARE(middle.points.front().open, 3);
    }

    void aTeammateWhoLeftIsNotInThePast()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        const QDateTime start = clock.now();
        feed.poll({{u"1"_s, {3, 1, 0}}, {u"2"_s, {1, 0, 0}}});
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {3, 1, 0}}});
        QCOMPARE(store.rowsAt(kWorkspace, kTeam, ms(start))->size(), 2);
        QCOMPARE(store.rowsAt(kWorkspace, kTeam, ms(clock.now()))->size(), 1);
        QCOMPARE(store.teammate(kWorkspace, kTeam, u"2"_s, ms(start), ms(clock.now()))
                     .points.back()
                     .open,
                 0);
    }

    void detailBecomesMinutesThenGoes()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        const QDateTime start = clock.now();                        // 09:00:00
        const std::pair<QString, Counts> steady{u"9"_s, {5, 0, 0}}; // never changes
        feed.poll({{u"1"_s, {1, 0, 0}}, steady});
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {7, 2, 0}}, steady}); // the minute's peak
        clock.advance(kInterval);
        feed.poll({{u"1"_s, {4, 1, 0, true, u"Break"_s}}, steady}); // and its last value
        clock.advance(seconds(40));
        feed.poll({{u"1"_s, {2, 0, 0}}, steady}); // 09:01:10

        clock.advance(hours(24 * 15)); // past 14 days of detail
        store.maintain();
        const auto atEnd = store.rowsAt(kWorkspace, kTeam, ms(start) + 70000);
        QVERIFY(atEnd);
        QCOMPARE(atEnd->at(0).open, 2);
        // The one who never changed is there too, from the keyframe's minute.
        QCOMPARE(atEnd->size(), 2);
        QCOMPARE(atEnd->at(1).open, 5);
        const auto firstMinute = store.rowsAt(kWorkspace, kTeam, ms(start) + 60000 - 1000);
        QCOMPARE(firstMinute->at(0).open, 4); // the minute's last value
        QVERIFY(firstMinute->at(0).away);
        QCOMPARE(firstMinute->at(0).awayReason, QStringLiteral("Break"));
        const HistorySeries one =
            store.teammate(kWorkspace, kTeam, u"1"_s, ms(start), ms(start) + 120000);
        QCOMPARE(one.points.size(), size_t(2)); // one per minute now
        {
            QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
            QVERIFY(q.exec(QStringLiteral(
                "SELECT open_max, open FROM minutes WHERE series = (SELECT id FROM series WHERE "
                "admin = '1') ORDER BY minute")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 7);
            QCOMPARE(q.value(1).toInt(), 4);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM points")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }

        clock.advance(hours(24 * 400)); // past 13 months
        store.maintain();
        QVERIFY(!store.rowsAt(kWorkspace, kTeam, ms(start) + 70000));
        QVERIFY(store.teamTotals(kWorkspace, kTeam, ms(start), ms(clock.now())).points.empty());
    }

    void theFileStaysUnderItsCap()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        HistoryStore::Limits limits;
        limits.maxBytes = 1024 * 1024;
        store.setLimits(limits);
        Feeder feed(store, clock);
        const QDateTime start = clock.now();
        // Six days of 250 teammates whose counts all move every poll.
        for (int poll = 0; poll < 6 * 24 * 4; ++poll) {
            QList<std::pair<QString, Counts>> people;
            for (int i = 0; i < 250; ++i)
                people.append({QString::number(i), {(poll + i) % 9, (poll * 7 + i) % 5, poll % 3}});
            feed.poll(people);
            clock.advance(minutes(15));
        }
        // The hourly upkeep kept it under the cap as it grew: the oldest
        // went (six days are well inside the detail retention), the newest
        // is still there.
        QVERIFY(store.usedBytes() <= limits.maxBytes);
        QVERIFY(!store.rowsAt(kWorkspace, kTeam, ms(start) + 60000));
        const auto latest = store.rowsAt(kWorkspace, kTeam, ms(clock.now()) - 900000);
        QVERIFY(latest);
        QCOMPARE(latest->size(), 250);
    }

    void aDamagedFileIsSetAside()
    {
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        ManualClock clock;
        HistoryStore store(clock);
        QSignalSpy notices(&store, &HistoryStore::noticeChanged);
        store.open(m_path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Disk);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(store.notice().contains(QStringLiteral("damaged")), qPrintable(store.notice()));
        const QStringList aside =
            QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFile(m_dir->filePath(aside.first())).size(), 8192); // kept as it was
        Feeder feed(store, clock);
        feed.poll({{u"1"_s, {3, 1, 0}}});
        QVERIFY(store.rowsAt(kWorkspace, kTeam, ms(clock.now())));
        QCOMPARE(userVersion(m_path), HistoryStore::kSchemaVersion);
    }

    void anUnwritablePlaceKeepsHistoryInMemory_data()
    {
        QTest::addColumn<QString>("path");
        // Under a file: no directory can be made there, not even by root.
        QTest::newRow("parent is a file") << QStringLiteral("file/history.sqlite");
        // A read-only file system.
        QTest::newRow("read-only") << QStringLiteral("/proc/floorwatch-history.sqlite");
    }
    void anUnwritablePlaceKeepsHistoryInMemory()
    {
        QFETCH(QString, path);
        {
            QFile file(m_dir->filePath(QStringLiteral("file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        if (!path.startsWith(QLatin1Char('/')))
            path = m_dir->filePath(path);
        ManualClock clock;
        HistoryStore store(clock);
        store.open(path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Memory);
        QVERIFY2(store.notice().contains(QStringLiteral("until Floorwatch closes")),
                 qPrintable(store.notice()));
        Feeder feed(store, clock);
        feed.poll({{u"1"_s, {3, 1, 0}}});
        QCOMPARE(store.rowsAt(kWorkspace, kTeam, ms(clock.now()))->at(0).open, 3);
    }

    void aNewerFileIsLeftAlone()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future(x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Memory);
        QVERIFY(store.notice().contains(QStringLiteral("newer version")));
        QCOMPARE(userVersion(m_path), 99);
    }

    void migratesFromEveryEarlierVersion()
    {
        // Version 0 is an empty file (as a new one, or one a crash left
        // before its first table); it is the only earlier version so far.
        {
            QFile(m_path).open(QIODevice::WriteOnly);
        }
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Disk);
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(userVersion(m_path), HistoryStore::kSchemaVersion);
    }

    void twoWritersShareOneFile()
    {
        ManualClock clock;
        HistoryStore window(clock);
        HistoryStore wall(clock);
        window.open(m_path);
        wall.open(m_path);
        Feeder a(window, clock);
        Feeder b(wall, clock);
        const QDateTime start = clock.now();
        for (int i = 0; i < 10; ++i) {
            a.poll({{u"1"_s, {i, 0, 0}}});
            b.poll({{u"1"_s, {i, 0, 0}}});
            clock.advance(kInterval);
        }
        QCOMPARE(window.mode(), HistoryStore::Mode::Disk);
        QCOMPARE(wall.mode(), HistoryStore::Mode::Disk);
        QVERIFY(window.notice().isEmpty() && wall.notice().isEmpty());
        const HistorySeries seen =
            wall.teammate(kWorkspace, kTeam, u"1"_s, ms(start), ms(clock.now()));
        QCOMPARE(seen.points.size(), size_t(10));
    }

    void clearForgetsEverything()
    {
        ManualClock clock;
        HistoryStore store(clock);
        store.open(m_path);
        Feeder feed(store, clock);
        feed.poll({{u"1"_s, {3, 1, 0}}});
        QVERIFY(store.clear());
        QVERIFY(!store.rowsAt(kWorkspace, kTeam, ms(clock.now())));
        feed.restart();
        feed.poll({{u"1"_s, {4, 1, 0}}});
        QCOMPARE(store.rowsAt(kWorkspace, kTeam, ms(clock.now()))->at(0).open, 4);
    }

    void theTrendSurvivesARestartWithAGap()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        const auto metrics = [](int open) {
            return QList<TeamMetric>{{u"1"_s, open, 1, 0}, {u"2"_s, 2, 0, 0}};
        };
        const HistoryContext context{.workspace = [] { return kWorkspace; },
                                     .interval = [] { return kInterval; }};
        {
            HistoryStore history(clock);
            history.open(m_path);
            MetricsStore store;
            connectHistory(store, history, clock, context);
            for (int open = 1; open <= 3; ++open) {
                store.ingest(kTeam, metrics(open), clock.now(), 1800);
                clock.advance(kInterval);
            }
        }
        clock.advance(minutes(30)); // closed for half an hour
        HistoryStore history(clock);
        history.open(m_path);
        MetricsStore store;
        connectHistory(store, history, clock, context);
        store.ingest(kTeam, metrics(7), clock.now(), 1800);

        const auto& points = store.teamHistory(kTeam)->points();
        QCOMPARE(points.size(), size_t(5)); // three before, the gap, one after
        QCOMPARE(points[0].msecs, ms(start));
        QCOMPARE(points[0].open, 3);
        QCOMPARE(points[2].open, 5);
        QVERIFY(!points[2].gap);
        QVERIFY(points[3].gap);
        QCOMPARE(points[3].msecs, ms(start) + 30000); // where polling stopped
        QCOMPARE(points[4].msecs, ms(clock.now()));
        QCOMPARE(points[4].open, 9);
        QVERIFY(!points[4].gap);
    }

    void aQuickRestartLeavesNoGap()
    {
        ManualClock clock;
        const HistoryContext context{.workspace = [] { return kWorkspace; },
                                     .interval = [] { return kInterval; }};
        const QList<TeamMetric> metrics{{u"1"_s, 4, 1, 0}};
        {
            HistoryStore history(clock);
            history.open(m_path);
            MetricsStore store;
            connectHistory(store, history, clock, context);
            store.ingest(kTeam, metrics, clock.now(), 1800);
        }
        clock.advance(seconds(20));
        HistoryStore history(clock);
        history.open(m_path);
        MetricsStore store;
        connectHistory(store, history, clock, context);
        store.ingest(kTeam, metrics, clock.now(), 1800);
        const auto& points = store.teamHistory(kTeam)->points();
        QCOMPARE(points.size(), size_t(1)); // one line, the same counts
        QVERIFY(!points[0].gap);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
