#include "Clock.h"
#include "SimJson.h"
#include "SimWorkspace.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <chrono>

using namespace std::chrono_literals;

namespace {

// Every body the server would send at this moment, in one string.
QByteArray everything(const SimWorkspace& ws)
{
    QByteArray out = SimJson::me(ws) + SimJson::teamList(ws) + SimJson::adminList(ws) +
                     SimJson::awayReasonList(ws);
    for (const SimTeam& team : ws.teams()) {
        out += SimJson::team(ws, team);
        for (const int threshold : {1, 300, 1800, 86400})
            out += SimJson::teamMetrics(ws.teamMetrics(team.id, threshold));
    }
    return out;
}

int median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class TestSimWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBodies();
    void differentSeedsDiffer();
    void simulatedTimeFollowsSpeed();
    void namesAreUniqueAndVaried();
    void namesStayUniqueAtScale();
    void teamsAndAdminsAreConsistent();
    void deletedAwayReasonStillReferenced();
    void startsBusyAndVaried();
    void idleNeverShrinksWithSmallerThreshold();
    void thresholdIsClamped();
    void assignmentsRespectAwayAndLimits();
    void runsForDaysWithFlatState();
};

void TestSimWorkspace::sameSeedSameBodies()
{
    SimConfig config;
    config.seed = 42;
    config.speed = 60;
    ManualClock clockA;
    ManualClock clockB;
    SimWorkspace a(config, clockA);
    SimWorkspace b(config, clockB);
    QCOMPARE(everything(a), everything(b));
    // Looking more often must not change what is seen: a is synced every
    // step, b only at the end of each round.
    for (int round = 0; round < 4; ++round) {
        for (int step = 0; step < 10; ++step) {
            clockA.advance(7s);
            a.sync();
        }
        clockB.advance(70s);
        b.sync();
        QCOMPARE(a.simulatedMsecs(), b.simulatedMsecs());
        QCOMPARE(everything(a), everything(b));
    }
}

void TestSimWorkspace::differentSeedsDiffer()
{
    ManualClock clock;
    SimConfig one;
    one.seed = 1;
    SimConfig two;
    two.seed = 2;
    SimWorkspace a(one, clock);
    SimWorkspace b(two, clock);
    QVERIFY(SimJson::adminList(a) != SimJson::adminList(b));
    QVERIFY(a.admins().constFirst().name != b.admins().constFirst().name);
}

void TestSimWorkspace::simulatedTimeFollowsSpeed()
{
    ManualClock clock;
    SimConfig config;
    config.speed = 30;
    config.startTimeOfDay = QTime(9, 15);
    SimWorkspace ws(config, clock);
    QCOMPARE(ws.simulatedTimeOfDay(), QTime(9, 15));
    clock.advance(60s);
    QCOMPARE(ws.simulatedTimeOfDay(), QTime(9, 15)); // nothing moves until asked
    ws.sync();
    QCOMPARE(ws.simulatedTimeOfDay(), QTime(9, 45));
    clock.advance(std::chrono::hours(1)); // 30 simulated hours
    ws.sync();
    QCOMPARE(ws.simulatedDay(), 1);
    QCOMPARE(ws.simulatedTimeOfDay(), QTime(15, 45));
}

void TestSimWorkspace::namesAreUniqueAndVaried()
{
    ManualClock clock;
    SimConfig config;
    config.teams = 8;
    config.agentsPerTeam = 25;
    SimWorkspace ws(config, clock);
    QCOMPARE(ws.admins().size(), 200);

    QSet<QString> names, emails, ids, firsts, cultures;
    int nonAscii = 0;
    QList<const SimAdmin*> everyone;
    everyone.append(&ws.supervisor());
    for (const SimAdmin& a : ws.admins())
        everyone.append(&a);
    static const QRegularExpression email(
        QStringLiteral("^[a-z0-9]+\\.[a-z0-9]+[0-9]*@[a-z0-9]+\\.example$"));
    for (const SimAdmin* a : std::as_const(everyone)) {
        QVERIFY2(!names.contains(a->name), qPrintable(a->name));
        QVERIFY2(!emails.contains(a->email), qPrintable(a->email));
        QVERIFY(!ids.contains(a->id));
        QVERIFY2(email.match(a->email).hasMatch(), qPrintable(a->email));
        QVERIFY(a->id.toLongLong() > 0);
        QVERIFY(!a->jobTitle.isEmpty());
        names.insert(a->name);
        emails.insert(a->email);
        ids.insert(a->id);
        firsts.insert(a->name.section(QLatin1Char(' '), 0, 0));
        cultures.insert(a->culture);
        if (std::any_of(a->name.cbegin(), a->name.cend(),
                        [](QChar c) { return c.unicode() > 127; }))
            ++nonAscii;
    }
    QVERIFY2(cultures.size() >= 15, qPrintable(QString::number(cultures.size())));
    QVERIFY(firsts.size() >= 100);
    QVERIFY(nonAscii >= 20);

    // Each team is a mix, not one culture.
    for (const SimTeam& team : ws.teams()) {
        QSet<QString> inTeam;
        for (const int m : team.members)
            inTeam.insert(ws.admins().at(m).culture);
        QVERIFY(inTeam.size() >= 10);
    }
    QSet<QString> titles;
    for (const SimAdmin& a : ws.admins())
        titles.insert(a.jobTitle);
    QVERIFY(titles.size() >= 10);
}

void TestSimWorkspace::namesStayUniqueAtScale()
{
    ManualClock clock;
    SimConfig config;
    config.teams = 10;
    config.agentsPerTeam = 200;
    config.startTimeOfDay = QTime(0, 1); // no need to simulate a morning here
    SimWorkspace ws(config, clock);
    QSet<QString> names, emails;
    for (const SimAdmin& a : ws.admins()) {
        names.insert(a.name);
        emails.insert(a.email);
    }
    QCOMPARE(names.size(), 2000);
    QCOMPARE(emails.size(), 2000);
}

void TestSimWorkspace::teamsAndAdminsAreConsistent()
{
    ManualClock clock;
    SimWorkspace ws(SimConfig(), clock);
    QCOMPARE(ws.teams().size(), 4);
    bool roundRobin = false, balanced = false;
    QSet<QString> teamIds;
    for (const SimTeam& team : ws.teams()) {
        QVERIFY(team.id.toLongLong() > 0);
        QVERIFY(!teamIds.contains(team.id));
        teamIds.insert(team.id);
        QVERIFY(!team.name.isEmpty());
        QVERIFY(team.members.size() >= 12);
        if (team.distribution == SimDistribution::LoadBalanced) {
            balanced = true;
            QVERIFY(team.assignmentLimit > 0);
        } else {
            roundRobin = true;
        }
        for (const int m : team.members)
            QVERIFY(ws.admins().at(m).teams.contains(int(&team - ws.teams().constData())));
    }
    QVERIFY(roundRobin && balanced);
    // The supervisor who owns the token watches, and is in no team's metrics.
    QVERIFY(ws.adminIndex(ws.supervisor().id) < 0);
    // One teammate covers two teams, as happens in real workspaces.
    const auto twoTeams = std::count_if(ws.admins().cbegin(), ws.admins().cend(),
                                        [](const SimAdmin& a) { return a.teams.size() == 2; });
    QCOMPARE(twoTeams, 1);
}

void TestSimWorkspace::deletedAwayReasonStillReferenced()
{
    ManualClock clock;
    SimWorkspace ws(SimConfig(), clock);
    int deleted = -1;
    for (int i = 0; i < ws.awayReasons().size(); ++i) {
        if (ws.awayReasons().at(i).deleted) {
            QCOMPARE(deleted, -1);
            deleted = i;
        }
    }
    QVERIFY(deleted >= 0);
    bool referenced = false;
    int awayWithReason = 0;
    for (int i = 0; i < ws.admins().size(); ++i) {
        if (ws.awayReasonIndex(i) == deleted) {
            referenced = true;
            QVERIFY(ws.isAway(i));
        }
        awayWithReason += ws.awayReasonIndex(i) >= 0 ? 1 : 0;
    }
    QVERIFY(referenced);
    QVERIFY(awayWithReason >= 2);
}

void TestSimWorkspace::startsBusyAndVaried()
{
    ManualClock clock;
    SimWorkspace ws(SimConfig(), clock); // the defaults the demo uses
    QList<int> open;
    int withIdle = 0;
    int zero = 0;
    for (const SimTeam& team : ws.teams()) {
        for (const SimMetric& m : ws.teamMetrics(team.id, 1800)) {
            open.append(m.open);
            withIdle += m.idle > 0 ? 1 : 0;
            zero += m.open == 0 ? 1 : 0;
        }
    }
    const int typical = median(open);
    const auto overloaded = std::count_if(open.cbegin(), open.cend(),
                                          [typical](int o) { return o >= 10 && o >= 2 * typical; });
    QVERIFY2(typical >= 3, qPrintable(QString::number(typical)));
    QVERIFY(zero >= 1);
    QVERIFY2(withIdle >= 3, qPrintable(QString::number(withIdle)));
    QVERIFY2(overloaded >= 2, qPrintable(QString::number(overloaded)));
    QVERIFY(ws.stats().conversationsCreated > 300);
}

void TestSimWorkspace::idleNeverShrinksWithSmallerThreshold()
{
    ManualClock clock;
    SimConfig config;
    config.speed = 60;
    config.startTimeOfDay = QTime(7, 0);
    SimWorkspace ws(config, clock);
    const int thresholds[] = {1, 30, 60, 300, 600, 1200, 1800, 3600, 7200, 86400};
    bool dependsOnThreshold = false;
    // Every 7 simulated minutes for 14 hours.
    for (int moment = 0; moment < 120; ++moment) {
        clock.advance(7s);
        ws.sync();
        for (const SimTeam& team : ws.teams()) {
            QList<QList<SimMetric>> byThreshold;
            for (const int t : thresholds)
                byThreshold.append(ws.teamMetrics(team.id, t));
            for (qsizetype member = 0; member < team.members.size(); ++member) {
                for (qsizetype k = 0; k < byThreshold.size(); ++k) {
                    const SimMetric& m = byThreshold.at(k).at(member);
                    QVERIFY(m.open >= 0 && m.snoozed >= 0 && m.idle >= 0);
                    QVERIFY(m.idle <= m.open);
                    if (k > 0) {
                        const SimMetric& smaller = byThreshold.at(k - 1).at(member);
                        QVERIFY2(smaller.idle >= m.idle,
                                 qPrintable(QStringLiteral("%1 at %2: %3 idle at %4 s, %5 at %6 s")
                                                .arg(m.adminId, ws.simulatedTimeOfDay().toString())
                                                .arg(smaller.idle)
                                                .arg(thresholds[k - 1])
                                                .arg(m.idle)
                                                .arg(thresholds[k])));
                        QCOMPARE(smaller.open, m.open);
                        QCOMPARE(smaller.snoozed, m.snoozed);
                        dependsOnThreshold = dependsOnThreshold || smaller.idle > m.idle;
                    }
                }
            }
        }
    }
    QVERIFY(dependsOnThreshold);
}

void TestSimWorkspace::thresholdIsClamped()
{
    ManualClock clock;
    SimWorkspace ws(SimConfig(), clock);
    const QString team = ws.teams().constFirst().id;
    const auto idle = [&](int threshold) {
        return SimJson::teamMetrics(ws.teamMetrics(team, threshold));
    };
    QCOMPARE(idle(0), idle(1));
    QCOMPARE(idle(-5), idle(1));
    QCOMPARE(idle(10000000), idle(86400));
    QCOMPARE(SimWorkspace::clampIdleThreshold(1800), 1800);
}

void TestSimWorkspace::assignmentsRespectAwayAndLimits()
{
    ManualClock clock;
    SimConfig config;
    config.speed = 120;
    config.startTimeOfDay = QTime(6, 0);
    SimWorkspace ws(config, clock);
    int assignments = 0;
    int whileSomeoneAway = 0;
    int atFullBalancedTeam = 0;
    ws.setAssignmentObserver([&](const SimAssignment& a) {
        ++assignments;
        QVERIFY2(!ws.isAway(a.adminId), qPrintable(a.adminId));
        const SimTeam* team = ws.team(a.teamId);
        QVERIFY(team);
        bool someoneAway = false;
        bool someoneFull = false;
        for (const int m : team->members) {
            someoneAway = someoneAway || ws.isAway(m);
            if (team->distribution == SimDistribution::LoadBalanced)
                someoneFull = someoneFull ||
                              ws.openCount(a.teamId, ws.admins().at(m).id) >= team->assignmentLimit;
        }
        whileSomeoneAway += someoneAway ? 1 : 0;
        atFullBalancedTeam += someoneFull ? 1 : 0;
        if (team->distribution == SimDistribution::LoadBalanced)
            QVERIFY(ws.openCount(a.teamId, a.adminId) < team->assignmentLimit);
    });
    // A full simulated working day, 06:00 to 20:00.
    for (int i = 0; i < 84; ++i) {
        clock.advance(5s);
        ws.sync();
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(assignments > 500);
    QVERIFY(whileSomeoneAway > 50);   // the away rule was really tested
    QVERIFY(atFullBalancedTeam > 10); // and so was the limit
}

void TestSimWorkspace::runsForDaysWithFlatState()
{
    ManualClock clock;
    SimConfig config;
    config.speed = 3600;
    SimWorkspace ws(config, clock);
    int mostOpen = 0;
    for (int hour = 0; hour < 72; ++hour) {
        clock.advance(1s);
        ws.sync();
        const SimStats s = ws.stats();
        QCOMPARE(s.conversationsCreated - s.conversationsClosed,
                 qint64(s.open + s.snoozed + s.unassigned));
        mostOpen = std::max(mostOpen, s.open + s.unassigned);
    }
    QCOMPARE(ws.simulatedDay(), 3);
    QVERIFY(ws.stats().conversationsClosed > 3000);
    QVERIFY2(mostOpen < 1500, qPrintable(QString::number(mostOpen)));
}

QTEST_GUILESS_MAIN(TestSimWorkspace)
#include "tst_simworkspace.moc"
