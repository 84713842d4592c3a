// The real client and poller against the real simulator over loopback.

#include "SimPipeline.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QString kToken = QStringLiteral("integration-token");

struct Fixture : SimPipeline
{
    QList<QString> teamIds;

    explicit Fixture(SimConfig config = {})
        : SimPipeline(kToken, config)
    {
        for (const SimTeam& t : workspace.teams())
            teamIds << t.id;
    }

    QString metricsPath(const QString& team) const
    {
        return QStringLiteral("/teams/%1/metrics").arg(team);
    }
    PollState state(const QString& team) const { return poller.state(team); }
    bool waitFor(const QString& team, PollState::Phase phase)
    {
        return QTest::qWaitFor([&] { return poller.state(team).phase == phase; }, 10000);
    }
    void advanceToNextPoll(const QString& team)
    {
        clock.advance(std::chrono::milliseconds(
            std::max<qint64>(0, clock.now().msecsTo(poller.state(team).nextPollAt))));
    }
    // Start polling one team and wait for its first good snapshot.
    void startWithGoodData(const QString& team)
    {
        poller.setTeams({team});
        QVERIFY(waitFor(team, PollState::Phase::Waiting));
        QVERIFY(store.latest(team));
        QVERIFY(QTest::qWaitFor([this] { return store.directory().fetchedAt.isValid(); }));
    }
};

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void onePollPerTeamPerIntervalOnReusedConnections()
    {
        Fixture f;
        const QList<QString> teams = f.teamIds.mid(0, 3);
        f.poller.setTeams(teams);
        f.clock.advance(1s); // the staggered first polls
        QVERIFY(f.settle());
        QTRY_VERIFY(f.store.directory().fetchedAt.isValid());
        const int warmConnections = f.server.connectionCount();
        QVERIFY(warmConnections >= 1);
        f.server.resetCounters();

        for (int i = 0; i < 20; ++i) {
            f.clock.advance(15s);
            QVERIFY(f.settle());
        }
        for (const QString& team : teams)
            QCOMPARE(f.server.requestCount(f.metricsPath(team)), 20);
        QCOMPARE(f.server.connectionCount(), 0); // nothing new: kept-alive connections reused
        QCOMPARE(f.server.totalRequestCount(), 60);
    }

    // In real time: a SystemClock behind the poller, the client and the
    // simulator; three teams for twenty intervals, and a new idle threshold
    // half-way, which re-polls every team. Requests that follow each other
    // share one kept-alive connection; two that overlap need a second.
    void threeTeamsShareOneConnectionInRealTime()
    {
        SystemClock clock;
        SimWorkspace workspace(SimConfig{}, clock);
        SimServer server(workspace, kToken);
        QVERIFY(server.listen(0) != 0);
        NetworkAccessManager network;
        IntercomClient client(&network, clock);
        ApiConfig api;
        api.baseUrl = server.baseUrl();
        client.setConfig(api);
        client.setToken(kToken);
        Poller poller(client, clock);
        poller.setInterval(1s);
        QSignalSpy received(&poller, &Poller::metricsReceived);
        QList<QString> teams;
        for (const SimTeam& t : workspace.teams().mid(0, 3))
            teams << t.id;

        poller.setTeams(teams);
        QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 3 * 10, 20000);
        poller.setIdleThreshold(600);
        QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 3 * 21, 20000);
        for (const QString& team : teams)
            QVERIFY(server.requestCount(QStringLiteral("/teams/%1/metrics").arg(team)) >= 21);
        QCOMPARE(server.requestCount(QStringLiteral("/admins")), 1);
        QCOMPARE(server.connectionCount(), 1);
    }

    void singleTeamUsesOneConnectionFromStart()
    {
        Fixture f;
        f.poller.setTeams({f.teamIds.first()});
        QVERIFY(f.settle());
        f.server.resetCounters();
        for (int i = 0; i < 10; ++i) {
            f.clock.advance(15s);
            QVERIFY(f.settle());
        }
        QCOMPARE(f.server.requestCount(f.metricsPath(f.teamIds.first())), 10);
        QCOMPARE(f.server.connectionCount(), 0);
    }

    void snapshotJoinsNamesAndAddsUp()
    {
        Fixture f;
        f.startWithGoodData(f.teamIds.first());
        QTRY_VERIFY(f.store.latest(f.teamIds.first())->rows.first().known);
        const TeamSnapshot* s = f.store.latest(f.teamIds.first());
        QCOMPARE(s->teamName, f.workspace.teams().first().name);
        QCOMPARE(s->totals, Snapshots::totalsOf(s->rows));
        QVERIFY(s->totals.open > 0);
        for (const TeammateRow& row : s->rows)
            QVERIFY(row.idle <= row.open);
    }

    // 20,000 teammates make /admins several MiB, more than a metrics reply
    // may be: the directory still arrives, and every name with it.
    void largeWorkspaceNamesArrive()
    {
        SimConfig config;
        config.teams = 1;
        config.agentsPerTeam = 20000;
        config.startTimeOfDay = QTime(0, 1);
        Fixture f(config);
        f.startWithGoodData(f.teamIds.first());
        QVERIFY(f.store.directory().admins.size() > 20000);
        QTRY_VERIFY(f.store.latest(f.teamIds.first())->rows.size() == 20000);
        const TeamSnapshot* s = f.store.latest(f.teamIds.first());
        for (const TeammateRow& row : s->rows)
            QVERIFY2(row.known && !row.name.isEmpty(), qPrintable(row.adminId));
    }

    void wrongTokenStops()
    {
        Fixture f;
        f.client.setToken(QStringLiteral("wrong"));
        f.poller.setTeams({f.teamIds.first()});
        QVERIFY(f.waitFor(f.teamIds.first(), PollState::Phase::Stopped));
        QCOMPARE(f.state(f.teamIds.first()).lastError->kind(), ApiError::Kind::Unauthorized);
        f.clock.advance(10min);
        QCOMPARE(f.server.requestCount(f.metricsPath(f.teamIds.first())), 1);
    }

    void unknownTeamStops()
    {
        Fixture f;
        f.poller.setTeams({QStringLiteral("999")});
        QVERIFY(f.waitFor(QStringLiteral("999"), PollState::Phase::Stopped));
        QCOMPARE(f.state(QStringLiteral("999")).lastError->code(),
                 QStringLiteral("team_not_found"));
    }

    void restrictedTeamStopsWhileOthersKeepPolling()
    {
        SimConfig config;
        config.restrictedTeamIds = {QStringLiteral("5017692")};
        Fixture f(config);
        f.poller.setTeams({QStringLiteral("5017691"), QStringLiteral("5017692")});
        f.clock.advance(1s);
        QVERIFY(f.waitFor(QStringLiteral("5017692"), PollState::Phase::Stopped));
        QCOMPARE(f.state(QStringLiteral("5017692")).lastError->kind(), ApiError::Kind::Forbidden);
        QCOMPARE(f.state(QStringLiteral("5017692")).lastError->code(),
                 QStringLiteral("api_plan_restricted"));
        QVERIFY(f.state(QStringLiteral("5017692"))
                    .lastError->userMessage()
                    .contains(QLatin1String("Real-time monitoring")));
        QVERIFY(f.settle());
        f.clock.advance(15s);
        QVERIFY(f.settle());
        QCOMPARE(f.server.requestCount(f.metricsPath(QStringLiteral("5017691"))), 2);
        QCOMPARE(f.server.requestCount(f.metricsPath(QStringLiteral("5017692"))), 1);
    }

    void unknownApiVersionIsABadRequest()
    {
        Fixture f;
        ApiConfig api = f.client.config();
        api.apiVersion = QStringLiteral("9.99");
        f.client.setConfig(api);
        f.poller.setTeams({f.teamIds.first()});
        QVERIFY(f.waitFor(f.teamIds.first(), PollState::Phase::Stopped));
        const ApiError e = *f.state(f.teamIds.first()).lastError;
        QCOMPARE(e.kind(), ApiError::Kind::BadRequest);
        QVERIFY(e.userMessage().contains(QLatin1String("9.99")));
    }

    void previewAndUnstableVersionsWork()
    {
        for (const QString& version : {QStringLiteral("Preview"), QStringLiteral("Unstable")}) {
            Fixture f;
            ApiConfig api = f.client.config();
            api.apiVersion = version;
            f.client.setConfig(api);
            f.startWithGoodData(f.teamIds.first());
        }
    }

    // Each transient fault: the right error, backoff, last good data kept,
    // recovery once the fault is switched off.
    void transientFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("5xx") << 0 << ApiError::Kind::ServerError;
        QTest::newRow("truncated body") << 1 << ApiError::Kind::Network;
        QTest::newRow("malformed json") << 2 << ApiError::Kind::BadResponse;
        QTest::newRow("html 502") << 3 << ApiError::Kind::ServerError;
        QTest::newRow("html 200") << 4 << ApiError::Kind::BadResponse;
        QTest::newRow("redirect to http") << 5 << ApiError::Kind::BadResponse;
        QTest::newRow("hang") << 6 << ApiError::Kind::Timeout;
        QTest::newRow("latency past the deadline") << 7 << ApiError::Kind::Timeout;
    }
    void transientFaults()
    {
        QFETCH(int, fault);
        QFETCH(ApiError::Kind, kind);
        Fixture f;
        const QString team = f.teamIds.first();
        f.startWithGoodData(team);
        const TeamSnapshot good = *f.store.latest(team);

        SimFaults faults;
        faults.scope = SimFaultScope::MetricsOnly;
        switch (fault) {
        case 0:
            faults.serverErrorRate = 1.0;
            break;
        case 1:
            faults.bodyFault = SimBodyFault::Truncated;
            break;
        case 2:
            faults.bodyFault = SimBodyFault::MalformedJson;
            break;
        case 3:
            faults.bodyFault = SimBodyFault::HtmlErrorPage;
            break;
        case 4:
            faults.bodyFault = SimBodyFault::HtmlOkPage;
            break;
        case 5:
            faults.bodyFault = SimBodyFault::RedirectToHttp;
            break;
        case 6:
            faults.hang = true;
            break;
        case 7:
            faults.latencyMs = 45000;
            break;
        }
        f.server.setFaults(faults);
        f.advanceToNextPoll(team);
        if (fault >= 6) {
            QTRY_COMPARE(f.server.pendingReplyCount(), 1);
            f.clock.advance(30s); // the client's deadline
        }
        QVERIFY(f.waitFor(team, PollState::Phase::BackingOff));
        const PollState failed = f.state(team);
        QCOMPARE(failed.lastError->kind(), kind);
        QCOMPARE(failed.consecutiveFailures, 1);
        QVERIFY(failed.lastError->isTransient());
        // The last good snapshot is still what the store shows.
        QCOMPARE(f.store.latest(team)->fetchedAt, good.fetchedAt);
        QCOMPARE(f.store.latest(team)->totals, good.totals);

        // A second failure waits longer on average; then the fault goes away.
        f.advanceToNextPoll(team);
        if (fault >= 6) {
            QTRY_VERIFY(f.server.pendingReplyCount() >= 1);
            f.clock.advance(30s);
        }
        QTRY_COMPARE(f.state(team).consecutiveFailures, 2);
        f.server.clearFaults();
        f.advanceToNextPoll(team);
        QVERIFY(f.waitFor(team, PollState::Phase::Waiting));
        QVERIFY(!f.state(team).lastError);
        QVERIFY(f.store.latest(team)->fetchedAt > good.fetchedAt);
        QCOMPARE(f.clock.now().msecsTo(f.state(team).nextPollAt), 15000);
    }

    // What can be promised after an outage is not "every team fresh within
    // an interval of the server's return": nothing tells the client the
    // server is back but a poll, and the first poll comes when the shortest
    // remaining backoff ends. After a few failures every wait is jittered
    // up to interval * 2^(failures-1), capped at five minutes, so that poll
    // may well be more than an interval away (polling sooner is what
    // backoff exists to avoid). What is promised: that first poll succeeds,
    // and every other team follows within a stagger each, instead of
    // waiting out its own backoff.
    void afterAnOutageEveryTeamFollowsTheFirstPollAStaggerApart()
    {
        Fixture f;
        QVERIFY(f.teamIds.size() >= 4);
        const QList<QString> teams = f.teamIds.mid(0, 4);
        f.poller.setInterval(5s);
        f.poller.setTeams(teams);
        const milliseconds step = Poller::kStagger;
        const auto advance = [&f, step] {
            f.clock.advance(step);
            return f.settle();
        };
        for (int i = 0; i < 8; ++i)
            QVERIFY(advance());
        for (const QString& team : teams)
            QVERIFY(f.store.latest(team));

        SimFaults outage;
        outage.serverErrorRate = 1.0;
        f.server.setFaults(outage);
        const QDateTime down = f.clock.now();
        while (down.msecsTo(f.clock.now()) < 60000)
            QVERIFY(advance());
        QDateTime firstDue;
        for (const QString& team : teams) {
            const PollState state = f.state(team);
            QVERIFY(state.consecutiveFailures > 0);
            QCOMPARE(state.phase, PollState::Phase::BackingOff);
            if (!firstDue.isValid() || state.nextPollAt < firstDue)
                firstDue = state.nextPollAt;
        }

        f.server.clearFaults();
        const QDateTime back = f.clock.now();
        const auto freshCount = [&] {
            return std::count_if(teams.cbegin(), teams.cend(), [&](const QString& team) {
                return f.store.latest(team)->fetchedAt > back;
            });
        };
        qint64 firstFresh = -1;
        while (freshCount() < teams.size() && back.msecsTo(f.clock.now()) < 10 * 60000) {
            QVERIFY(advance());
            if (firstFresh < 0 && freshCount() > 0)
                firstFresh = back.msecsTo(f.clock.now());
        }
        const qint64 recovery = back.msecsTo(f.clock.now());
        const qint64 firstPoll = back.msecsTo(firstDue);
        qInfo("server back -> first poll due %lld ms, first team fresh %lld ms, every team "
              "fresh %lld ms (4 teams, 5 s)",
              firstPoll, firstFresh, recovery);
        // Fresh data is seen at the end of the step in which it arrives.
        QVERIFY(firstFresh >= 0);
        QVERIFY2(firstFresh <= firstPoll + step.count(), qPrintable(QString::number(firstFresh)));
        const qint64 followers = Poller::kStagger.count() * (teams.size() - 1);
        QVERIFY2(recovery <= firstPoll + followers + step.count(),
                 qPrintable(QString::number(recovery)));
    }

    void rateLimitBurstWaitsForTheWindowReset()
    {
        Fixture f;
        const QString team = f.teamIds.first();
        f.startWithGoodData(team);
        f.server.startRateLimitBurst(1);
        f.advanceToNextPoll(team);
        QVERIFY(f.waitFor(team, PollState::Phase::RateLimited));
        const PollState limited = f.state(team);
        QCOMPARE(limited.lastError->kind(), ApiError::Kind::RateLimited);
        const QDateTime reset = limited.lastError->retryAt();
        QVERIFY(reset > f.clock.now());
        QVERIFY(f.clock.now().secsTo(reset) <= 10); // a 10-second window
        const int before = f.server.requestCount(f.metricsPath(team));
        f.clock.advance(std::chrono::milliseconds(f.clock.now().msecsTo(reset)));
        QCOMPARE(f.server.requestCount(f.metricsPath(team)), before); // never earlier
        f.clock.advance(1s);
        QVERIFY(f.waitFor(team, PollState::Phase::Waiting));
        QCOMPARE(f.server.requestCount(f.metricsPath(team)), before + 1);
    }

    void budgetExceededGives429()
    {
        Fixture f;
        f.server.setRateLimitPerMinute(12); // two requests per 10-second window
        const QString team = f.teamIds.first();
        f.poller.setTeams({team});
        // The directory chain plus the first poll already use up the window.
        QTRY_VERIFY(f.state(team).phase == PollState::Phase::RateLimited ||
                    f.store.directory().fetchedAt.isValid());
        f.poller.setInterval(5s);
        for (int i = 0; i < 6 && f.state(team).phase != PollState::Phase::RateLimited; ++i) {
            f.advanceToNextPoll(team);
            QVERIFY(f.settle());
        }
        QCOMPARE(f.state(team).phase, PollState::Phase::RateLimited);
        QVERIFY(f.client.rateLimit().limit > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
