#include "Clock.h"
#include "FakeNetworkAccessManager.h"
#include "IntercomClient.h"
#include "LogCapture.h"
#include "Poller.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace std::chrono_literals;

namespace {

const QByteArray kMetrics =
    R"({"type":"team_metric.list","data":[{"admin_id":"1","open":3,"idle":1,"snoozed":0}]})";
const QByteArray kMetricsWithNewcomer =
    R"({"type":"team_metric.list","data":[{"admin_id":"1","open":3,"idle":1,"snoozed":0},{"admin_id":"2","open":1,"idle":0,"snoozed":0}]})";
const QByteArray kAdmins = R"({"type":"admin.list","admins":[{"id":"1","name":"Ana Souza"}]})";
const QByteArray kReasons = R"({"type":"list","data":[]})";
const QByteArray kTeams =
    R"({"type":"team.list","teams":[{"id":"42","name":"Support"},{"id":"43","name":"Billing"}]})";

QByteArray errorBody(const char* code)
{
    return QByteArray(R"({"type":"error.list","errors":[{"code":")") + code + R"("}]})";
}

struct Fixture
{
    ManualClock clock;
    FakeNetworkAccessManager network;
    IntercomClient client{&network, clock};
    Poller poller{client, clock};
    FakeResponse metricsResponse = FakeResponse::json(200, kMetrics);
    QByteArray admins = kAdmins;

    explicit Fixture(std::chrono::milliseconds deadline = 30s)
    {
        ApiConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.intercom.io"));
        config.deadline = deadline;
        client.setConfig(config);
        client.setToken(QStringLiteral("t"));
        poller.setJitterSeed(7);
        network.setHandler([this](const QNetworkRequest& r) {
            const QString path = r.url().path();
            if (path.endsWith(QLatin1String("/metrics")))
                return metricsResponse;
            if (path == QLatin1String("/admins"))
                return FakeResponse::json(200, admins);
            if (path == QLatin1String("/away_status_reasons"))
                return FakeResponse::json(200, kReasons);
            return FakeResponse::json(200, kTeams);
        });
    }

    int count(const QString& suffix) const
    {
        int n = 0;
        for (const QNetworkRequest& r : network.requests())
            n += r.url().path().endsWith(suffix) ? 1 : 0;
        return n;
    }
    int metricsRequests() const { return count(QStringLiteral("/metrics")); }
    // Lets the fake replies (queued on the event loop) arrive.
    bool settle()
    {
        return QTest::qWaitFor([this] {
            for (const QString& id : poller.teams())
                if (poller.state(id).phase == PollState::Phase::Polling)
                    return false;
            return network.inFlight() == 0;
        });
    }
    qint64 msToNextPoll(const QString& team) const
    {
        return clock.now().msecsTo(poller.state(team).nextPollAt);
    }
};

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void pollsOncePerInterval()
    {
        Fixture f;
        QSignalSpy received(&f.poller, &Poller::metricsReceived);
        f.poller.setTeams({QStringLiteral("42")});
        QCOMPARE(f.metricsRequests(), 1); // at once, not after the first interval
        QVERIFY(f.settle());
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("42"));
        QCOMPARE(received.first().at(3).toInt(), 1800);
        f.clock.advance(14900ms);
        QCOMPARE(f.metricsRequests(), 1);
        f.clock.advance(100ms);
        QCOMPARE(f.metricsRequests(), 2);
        QVERIFY(f.settle());
        f.clock.advance(15s);
        QCOMPARE(f.metricsRequests(), 3);
    }

    void intervalHasAMinimum()
    {
        Fixture f;
        f.poller.setInterval(1s);
        QCOMPARE(f.poller.interval(), 5s);
        f.poller.setInterval(60s);
        QCOMPARE(f.poller.interval(), 60s);
    }

    void thousandTicksWhileHangingKeepOneRequest()
    {
        Fixture f(1h); // the deadline is far away: the request just hangs
        f.metricsResponse = FakeResponse::hang();
        f.poller.setTeams({QStringLiteral("42")});
        for (int tick = 0; tick < 1000; ++tick)
            f.clock.advance(1s);
        QCOMPARE(f.metricsRequests(), 1);
        QTRY_COMPARE(f.network.inFlight(), 1); // the directory calls are done; metrics hang
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Polling);
    }

    void hangingReplyTimesOutAndNextPollIsScheduled()
    {
        Fixture f;
        f.metricsResponse = FakeResponse::hang();
        f.poller.setTeams({QStringLiteral("42")});
        QTRY_COMPARE(f.count(QStringLiteral("/teams")), 1); // the directory chain is done
        QTRY_COMPARE(f.network.inFlight(), 1);
        f.clock.advance(30s);
        const PollState state = f.poller.state(QStringLiteral("42"));
        QCOMPARE(state.phase, PollState::Phase::BackingOff);
        QCOMPARE(state.lastError->kind(), ApiError::Kind::Timeout);
        QCOMPARE(f.network.inFlight(), 0); // the hanging reply was aborted
        QVERIFY(state.nextPollAt.isValid());
        f.metricsResponse = FakeResponse::json(200, kMetrics);
        f.clock.advance(std::chrono::milliseconds(f.msToNextPoll(QStringLiteral("42"))));
        QCOMPARE(f.metricsRequests(), 2);
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Waiting);
    }

    void rateLimitWaitsForTheReset()
    {
        Fixture f;
        const QDateTime reset = f.clock.now().addSecs(40);
        f.metricsResponse =
            FakeResponse::json(429, errorBody("rate_limit_exceeded"),
                               {{"X-RateLimit-Reset", QByteArray::number(reset.toSecsSinceEpoch())},
                                {"X-RateLimit-Remaining", "0"}});
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::RateLimited);
        f.metricsResponse = FakeResponse::json(200, kMetrics);
        // Another team added while paused must wait too: the limit is per app.
        f.poller.setTeams({QStringLiteral("42"), QStringLiteral("43")});
        QCOMPARE(f.poller.state(QStringLiteral("43")).phase, PollState::Phase::RateLimited);
        f.clock.advance(40s); // exactly the reset second: still paused
        QCOMPARE(f.metricsRequests(), 1);
        f.poller.pollNow(QStringLiteral("42")); // not even on demand
        QCOMPARE(f.metricsRequests(), 1);
        f.clock.advance(1s);
        QCOMPARE(f.metricsRequests(), 3);
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Waiting);
    }

    void rateLimitResetFarAheadPausesNoLongerThanTheBackoffCap()
    {
        Fixture f;
        LogCapture log;
        const QDateTime reset = f.clock.now().addDays(30);
        f.metricsResponse =
            FakeResponse::json(429, errorBody("rate_limit_exceeded"),
                               {{"X-RateLimit-Reset", QByteArray::number(reset.toSecsSinceEpoch())},
                                {"X-RateLimit-Remaining", "0"}});
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        const PollState paused = f.poller.state(QStringLiteral("42"));
        QCOMPARE(paused.phase, PollState::Phase::RateLimited);
        QVERIFY(paused.lastError->retryAt() <= f.clock.now().addSecs(5 * 60));
        QVERIFY2(log.joined().contains(QLatin1String("implausible X-RateLimit-Reset")),
                 qPrintable(log.joined()));
        f.metricsResponse = FakeResponse::json(200, kMetrics);
        f.clock.advance(5min + 1s);
        QCOMPARE(f.metricsRequests(), 2);
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Waiting);
    }

    void backoffGrowsWithJitterAndResetsAfterSuccess()
    {
        Fixture f;
        f.metricsResponse = FakeResponse::json(503, {});
        f.poller.setTeams({QStringLiteral("42")});
        QList<qint64> delays;
        for (int failure = 1; failure <= 8; ++failure) {
            QVERIFY(f.settle());
            const PollState s = f.poller.state(QStringLiteral("42"));
            QCOMPARE(s.phase, PollState::Phase::BackingOff);
            QCOMPARE(s.consecutiveFailures, failure);
            const qint64 ms = f.msToNextPoll(QStringLiteral("42"));
            const qint64 ceiling = std::min<qint64>(15000LL << (failure - 1), 300000);
            QVERIFY2(ms >= 1000 && ms <= ceiling, qPrintable(QString::number(ms)));
            delays << ms;
            if (failure == 8)
                f.metricsResponse = FakeResponse::json(200, kMetrics);
            f.clock.advance(std::chrono::milliseconds(ms));
        }
        // Jitter: not simply the ceilings; growth: late waits exceed early ones.
        QVERIFY(delays[5] + delays[6] + delays[7] > delays[0] + delays[1] + delays[2]);
        QVERIFY(delays[7] != 300000 || delays[6] != 300000 || delays[5] != 300000);
        QCOMPARE(std::set<qint64>(delays.begin(), delays.end()).size(), size_t(delays.size()));

        QVERIFY(f.settle());
        const PollState ok = f.poller.state(QStringLiteral("42"));
        QCOMPARE(ok.phase, PollState::Phase::Waiting);
        QCOMPARE(ok.consecutiveFailures, 0);
        QCOMPARE(f.msToNextPoll(QStringLiteral("42")), 15000);
    }

    void jitterDependsOnTheSeed()
    {
        QList<qint64> first[2];
        for (int run = 0; run < 2; ++run) {
            Fixture f;
            f.poller.setJitterSeed(run + 100);
            f.metricsResponse = FakeResponse::json(500, {});
            f.poller.setTeams({QStringLiteral("42")});
            for (int i = 0; i < 4; ++i) {
                QVERIFY(f.settle());
                first[run] << f.msToNextPoll(QStringLiteral("42"));
                f.clock.advance(std::chrono::milliseconds(first[run].last()));
            }
        }
        QVERIFY(first[0] != first[1]);
    }

    void stopsOnErrorsThatNeedTheUser_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("401") << 401 << QByteArray("unauthorized");
        QTest::newRow("403") << 403 << QByteArray("api_plan_restricted");
        QTest::newRow("404") << 404 << QByteArray("team_not_found");
        QTest::newRow("400") << 400 << QByteArray("intercom_version_invalid");
    }
    void stopsOnErrorsThatNeedTheUser()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        Fixture f;
        f.metricsResponse = FakeResponse::json(status, errorBody(code));
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Stopped);
        QCOMPARE(f.poller.state(QStringLiteral("42")).lastError->code(), QString::fromLatin1(code));
        f.clock.advance(1h);
        QCOMPARE(f.metricsRequests(), 1);
        // "Retry" resumes it.
        f.metricsResponse = FakeResponse::json(200, kMetrics);
        f.poller.pollNow(QStringLiteral("42"));
        QCOMPARE(f.metricsRequests(), 2);
        QVERIFY(f.settle());
        QCOMPARE(f.poller.state(QStringLiteral("42")).phase, PollState::Phase::Waiting);
        QVERIFY(!f.poller.state(QStringLiteral("42")).lastError);
    }

    void newIdleThresholdPollsAtOnce()
    {
        Fixture f;
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        QSignalSpy received(&f.poller, &Poller::metricsReceived);
        f.poller.setIdleThreshold(60);
        QCOMPARE(f.metricsRequests(), 2);
        QCOMPARE(QUrlQuery(f.network.requests().last().url())
                     .queryItemValue(QStringLiteral("idle_threshold")),
                 QStringLiteral("60"));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().at(3).toInt(), 60);
        // Values come checked from the settings table; the request itself
        // is clamped by the client, as Intercom would.
        f.poller.setIdleThreshold(500000);
        QCOMPARE(QUrlQuery(f.network.requests().last().url())
                     .queryItemValue(QStringLiteral("idle_threshold")),
                 QStringLiteral("86400"));
    }

    void removedTeamStopsPolling()
    {
        Fixture f;
        f.poller.setTeams({QStringLiteral("42"), QStringLiteral("43")});
        QVERIFY(f.settle());
        f.poller.setTeams({QStringLiteral("43")});
        f.clock.advance(1s); // 43 started 250 ms after 42
        QVERIFY(f.settle());
        f.clock.advance(15s);
        QCOMPARE(f.count(QStringLiteral("/teams/42/metrics")), 1);
        QCOMPARE(f.count(QStringLiteral("/teams/43/metrics")), 2);
    }

    void directoryRefreshesSlowly()
    {
        Fixture f;
        QSignalSpy directories(&f.poller, &Poller::directoryReceived);
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        QCOMPARE(directories.count(), 1);
        const auto directory = directories.first().first().value<Directory>();
        QCOMPARE(directory.admins.value(QStringLiteral("1")).name, QStringLiteral("Ana Souza"));
        QCOMPARE(directory.teams.value(QStringLiteral("43")).name, QStringLiteral("Billing"));
        for (int i = 0; i < 20 * 4; ++i) { // 20 minutes of polls
            f.clock.advance(15s);
            QVERIFY(f.settle());
        }
        QCOMPARE(f.count(QStringLiteral("/admins")), 3);
        QCOMPARE(f.count(QStringLiteral("/away_status_reasons")), 3);
        QCOMPARE(f.metricsRequests(), 81);
    }

    void unknownTeammateRefreshesDirectoryAtOnce()
    {
        Fixture f;
        f.poller.setTeams({QStringLiteral("42")});
        QVERIFY(f.settle());
        QCOMPARE(f.count(QStringLiteral("/admins")), 1);
        f.metricsResponse = FakeResponse::json(200, kMetricsWithNewcomer);
        f.admins =
            R"({"type":"admin.list","admins":[{"id":"1","name":"Ana Souza"},{"id":"2","name":"Kenji Watanabe"}]})";
        f.clock.advance(60s);
        QVERIFY(f.settle());
        QCOMPARE(f.count(QStringLiteral("/admins")), 2);
        // Known now: no further refresh before the ten minutes are up.
        f.clock.advance(60s);
        QVERIFY(f.settle());
        QCOMPARE(f.count(QStringLiteral("/admins")), 2);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
