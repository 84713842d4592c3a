#include "Clock.h"
#include "HistoryStore.h"
#include "OutputFormat.h"
#include "ShiftReport.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QtTest>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kWorkspace = QStringLiteral("acme");
const QString kTeam = QStringLiteral("t1");
constexpr seconds kInterval{60};
constexpr qint64 kMinute = 60 * 1000;

struct Person
{
    QString id;
    int open = 0;
    int idle = 0;
    bool away = false;
    QString reason = {};
};

// Polls team t1 once a minute from the clock's time, for `minutes` minutes
// and one poll more (the span then covers exactly `minutes`); `who` says
// who is on the team, and how, at each minute.
void pollFor(HistoryStore& store, ManualClock& clock, int minutes,
             const std::function<QList<Person>(int minute)>& who)
{
    TeamSnapshot previous; // a new span starts from scratch, as after a restart
    for (int m = 0; m <= minutes; ++m) {
        TeamSnapshot s;
        s.teamId = kTeam;
        s.teamName = QStringLiteral("Billing");
        s.fetchedAt = clock.now();
        s.idleThreshold = 1800;
        for (const Person& p : who(m)) {
            TeammateRow row;
            row.adminId = p.id;
            row.name = QStringLiteral("Agent %1").arg(p.id);
            row.known = true;
            row.open = p.open;
            row.idle = p.idle;
            row.away = p.away;
            if (!p.reason.isEmpty())
                row.awayReason = p.reason;
            s.rows.append(row);
        }
        s.totals = Snapshots::totalsOf(s.rows);
        store.record(kWorkspace, s, diffSnapshots(previous, s), kInterval);
        previous = s;
        if (m < minutes)
            clock.advance(kInterval);
    }
}

QDateTime utc(int day, int hour, int minute)
{
    return Utc::dateTime(QDate(2026, 1, day), QTime(hour, minute));
}

void advanceTo(ManualClock& clock, const QDateTime& at)
{
    clock.advance(milliseconds(clock.now().msecsTo(at)));
}

TeamThresholds thresholds()
{
    TeamThresholds t;
    t.openWarning = 3;
    t.openCritical = 5;
    t.idleWarning = 1;
    t.idleCritical = 2;
    return t;
}

const ShiftReport::Teammate* find(const ShiftReport& r, const QString& id)
{
    for (const ShiftReport::Teammate& t : r.teammates)
        if (t.adminId == id)
            return &t;
    return nullptr;
}

} // namespace

class TestShiftReport : public QObject
{
    Q_OBJECT

private:
    // The history of 5 January 2026 in UTC+1, written as the pipeline
    // would: 23:50-00:10 local (half of it the day before), 09:00-10:00,
    // nothing 10:00-11:00, 11:00-11:30, and 00:30-00:50 the next day.
    //  a: open 2, from 09:20 4 (warning), from 09:40 6 (critical), 6 after the gap
    //  b: open 1 idle 1 (idle warning) until 09:30, then away: Lunch until
    //     09:50, then Break; back and idle 0 after the gap
    //  c: open 3 (warning) until 09:10, then leaves the team
    //  e: there until 10:00, gone after the gap (left while not polled)
    void writeDay(HistoryStore& store, ManualClock& clock)
    {
        pollFor(store, clock, 20, [](int) { return QList<Person>{{u"a"_s}, {u"b"_s}}; });
        advanceTo(clock, utc(5, 8, 0));
        pollFor(store, clock, 60, [](int m) {
            QList<Person> people;
            people.append({u"a"_s, m < 20 ? 2 : m < 40 ? 4 : 6});
            if (m < 30)
                people.append({u"b"_s, 1, 1});
            else
                people.append({u"b"_s, 1, 0, true, m < 50 ? u"Lunch"_s : u"Break"_s});
            if (m < 10)
                people.append({u"c"_s, 3});
            people.append({u"e"_s});
            return people;
        });
        clock.advance(hours(1));
        pollFor(store, clock, 30, [](int) { return QList<Person>{{u"a"_s, 6}, {u"b"_s}}; });
        advanceTo(clock, utc(5, 23, 30));
        pollFor(store, clock, 20, [](int) { return QList<Person>{{u"a"_s, 50}, {u"b"_s}}; });
    }

private slots:
    void countsPolledTimeOnlyAndFollowsWhoLeaves()
    {
        ManualClock clock(utc(4, 22, 50));
        HistoryStore store(clock);
        store.open(QString()); // in memory
        writeDay(store, clock);

        const QTimeZone zone(3600);
        const ShiftReport r =
            ShiftReport::compute(store, kWorkspace, kTeam, QDate(2026, 1, 5), thresholds(), zone);
        QVERIFY(!r.empty());
        QCOMPARE(r.teamName, QStringLiteral("Billing"));
        QCOMPARE(r.fromMs, utc(4, 23, 0).toMSecsSinceEpoch());
        QCOMPARE(r.toMs, utc(5, 23, 0).toMSecsSinceEpoch());
        QCOMPARE(r.spans.size(), size_t(3));
        // 10 minutes after midnight, an hour, half an hour; not the gap, not
        // the day before or after.
        QCOMPARE(r.polledMs, 100 * kMinute);
        QCOMPARE(r.idleThresholdSeconds(), 1800);

        // Team totals: 6 at the start of the shift, 7 once a is at 6.
        QVERIFY(r.peakOpen);
        QCOMPARE(r.peakOpen->value, 7);
        QCOMPARE(r.peakOpen->atMs, utc(5, 8, 40).toMSecsSinceEpoch());
        QVERIFY(r.peakIdle);
        QCOMPARE(r.peakIdle->value, 1);
        QCOMPARE(r.peakIdle->atMs, utc(5, 8, 0).toMSecsSinceEpoch());

        QCOMPARE(r.teammates.size(), size_t(4));
        // Most time at critical first.
        QCOMPARE(r.teammates.front().adminId, u"a"_s);
        const ShiftReport::Teammate* a = find(r, u"a"_s);
        QCOMPARE(a->name, u"Agent a"_s);
        QCOMPARE(a->presentMs, 100 * kMinute);
        QCOMPARE(a->openWarningMs, 20 * kMinute);
        QCOMPARE(a->openCriticalMs, 50 * kMinute); // 20 before the gap, 30 after
        QCOMPARE(a->idleWarningMs, 0);
        QCOMPARE(a->peakOpen.value, 6);
        QCOMPARE(a->peakOpen.atMs, utc(5, 8, 40).toMSecsSinceEpoch());
        QVERIFY(!a->left);

        const ShiftReport::Teammate* b = find(r, u"b"_s);
        QCOMPARE(b->presentMs, 100 * kMinute);
        QCOMPARE(b->idleWarningMs, 30 * kMinute);
        QCOMPARE(b->idleCriticalMs, 0);
        QCOMPARE(b->openWarningMs, 0);
        QCOMPARE(b->awayMs, 30 * kMinute);
        QCOMPARE(b->awayReasons.size(), size_t(2));
        QCOMPARE(b->awayReasons[0].reason, u"Lunch"_s);
        QCOMPARE(b->awayReasons[0].ms, 20 * kMinute);
        QCOMPARE(b->awayReasons[1].reason, u"Break"_s);
        QCOMPARE(b->awayReasons[1].ms, 10 * kMinute);

        const ShiftReport::Teammate* c = find(r, u"c"_s);
        QCOMPARE(c->presentMs, 10 * kMinute);
        QCOMPARE(c->openWarningMs, 10 * kMinute);
        QVERIFY(c->left);
        QCOMPARE(c->leftAtMs, std::optional(utc(5, 8, 10).toMSecsSinceEpoch()));

        // Gone after the gap: not counted through it, and no time to say.
        const ShiftReport::Teammate* e = find(r, u"e"_s);
        QCOMPARE(e->presentMs, 60 * kMinute);
        QVERIFY(e->left);
        QVERIFY(!e->leftAtMs);

        // The trend, hour by hour of the local day.
        QCOMPARE(r.hours.size(), size_t(24));
        QCOMPARE(r.hours[0].polledMs, 10 * kMinute);
        QCOMPARE(r.hours[0].maxOpen, std::optional(0));
        QCOMPARE(r.hours[9].polledMs, 60 * kMinute);
        QCOMPARE(r.hours[9].maxOpen, std::optional(7));
        // 6 for 10 min, 3 for 10, 5 for 20, 7 for 20: 5.5 on average.
        QCOMPARE(r.hours[9].meanOpen, std::optional(5.5));
        QCOMPARE(r.hours[10].polledMs, 0);
        QVERIFY(!r.hours[10].maxOpen);
        QVERIFY(!r.hours[10].meanOpen);
        QCOMPARE(r.hours[11].polledMs, 30 * kMinute);
        QCOMPARE(r.hours[11].meanOpen, std::optional(6.0));
        QCOMPARE(r.hours[23].polledMs, 0);
    }

    void theSameDayInAnotherZoneIsAnotherStretch()
    {
        ManualClock clock(utc(4, 22, 50));
        HistoryStore store(clock);
        store.open(QString());
        writeDay(store, clock);
        // In UTC, 5 January holds the shift and the polls at 23:30, but
        // not the ones around 23:00 of the 4th.
        const ShiftReport r = ShiftReport::compute(store, kWorkspace, kTeam, QDate(2026, 1, 5),
                                                   thresholds(), QTimeZone(0));
        QCOMPARE(r.polledMs, (60 + 30 + 20) * kMinute);
        QCOMPARE(r.peakOpen->value, 50);
    }

    void nothingKeptIsEmpty()
    {
        ManualClock clock(utc(4, 22, 50));
        HistoryStore store(clock);
        store.open(QString());
        writeDay(store, clock);
        QVERIFY(ShiftReport::compute(store, kWorkspace, kTeam, QDate(2026, 1, 7), thresholds(),
                                     QTimeZone(0))
                    .empty());
        QVERIFY(ShiftReport::compute(store, kWorkspace, u"other"_s, QDate(2026, 1, 5), thresholds(),
                                     QTimeZone(0))
                    .empty());
        QVERIFY(ShiftReport::compute(store, u"elsewhere"_s, kTeam, QDate(2026, 1, 5), thresholds(),
                                     QTimeZone(0))
                    .empty());
    }

    void csvHasOneRowOfEachKind()
    {
        ManualClock clock(utc(4, 22, 50));
        HistoryStore store(clock);
        store.open(QString());
        writeDay(store, clock);
        const ShiftReport r = ShiftReport::compute(store, kWorkspace, kTeam, QDate(2026, 1, 5),
                                                   thresholds(), QTimeZone(3600));
        const QStringList lines = QString::fromUtf8(OutputFormat::shiftReport(r))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(','));
        QCOMPARE(header.first(), u"kind"_s);
        const auto cell = [&](const QString& line, const QString& column) {
            return line.split(QLatin1Char(',')).value(header.indexOf(column));
        };
        // team, 4 teammates, 2 away reasons, 24 hours
        QCOMPARE(lines.size(), 1 + 1 + 4 + 2 + 24);
        const QString team = lines.at(1);
        QCOMPARE(cell(team, u"kind"_s), u"team"_s);
        QCOMPARE(cell(team, u"date"_s), u"2026-01-05"_s);
        QCOMPARE(cell(team, u"team_name"_s), u"Billing"_s);
        QCOMPARE(cell(team, u"polled_min"_s), u"100.0"_s);
        QCOMPARE(cell(team, u"peak_open"_s), u"7"_s);
        QCOMPARE(cell(team, u"peak_open_at"_s), u"2026-01-05T09:40:00+01:00"_s);
        QCOMPARE(cell(team, u"threshold_open_critical"_s), u"5"_s);
        QCOMPARE(cell(team, u"idle_threshold_s"_s), u"1800"_s);
        const QString a = lines.at(2);
        QCOMPARE(cell(a, u"kind"_s), u"teammate"_s);
        QCOMPARE(cell(a, u"open_critical_min"_s), u"50.0"_s);
        QCOMPARE(cell(a, u"left"_s), u"false"_s);
        QVERIFY(lines.contains(
            u"away,2026-01-05,t1,Billing,,,b,Agent b,Lunch,,,,,,,20.0,,,,,,,,,,,,,"_s));
        QCOMPARE(cell(lines.at(1 + 1 + 4 + 2 + 10), u"kind"_s), u"hour"_s);
        QCOMPARE(cell(lines.at(1 + 1 + 4 + 2 + 10), u"from"_s), u"2026-01-05T10:00:00+01:00"_s);
        QCOMPARE(cell(lines.at(1 + 1 + 4 + 2 + 10), u"polled_min"_s), u"0.0"_s);
        QCOMPARE(cell(lines.at(1 + 1 + 4 + 2 + 10), u"mean_open"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestShiftReport)
#include "tst_shiftreport.moc"
