#include "Clock.h"
#include "FakeNetworkAccessManager.h"
#include "IntercomClient.h"
#include "LogCapture.h"
#include "Poller.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>
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
    QHash<QString, FakeResponse> teamResponses; // instead of metricsResponse
    QByteArray admins = kAdmins;
    // When each metrics request started, and for which team.
    QList<std::pair<QString, QDateTime>> starts;

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
            if (path.endsWith(QLatin1String("/metrics"))) {
                const QString team = path.section(QLatin1Char('/'), 2, 2);
                starts.append({team, clock.now()});
                return teamResponses.value(team, metricsResponse);
            }
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
    // The shortest time between two teams' due polls; every team must be
    // waiting for one.
    qint64 closestDuePolls() const
    {
        QList<qint64> due;
        for (const QString& id : poller.teams()) {
            const QDateTime at = poller.state(id).nextPollAt;
            if (!at.isValid())
                return -1;
            due << at.toMSecsSinceEpoch();
        }
        return closestOf(due);
    }
    // The shortest time between metrics requests from starts[from] on.
    qint64 closestStarts(qsizetype from) const
    {
        QList<qint64> at;
        for (qsizetype i = from; i < starts.size(); ++i)
            at << starts[i].second.toMSecsSinceEpoch();
        return closestOf(at);
    }
    static qint64 closestOf(QList<qint64> times)
    {
        std::sort(times.begin(), times.end());
        qint64 closest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < times.size(); ++i)
            closest = std::min(closest, times[i] - times[i - 1]);
        return closest;
    }
    // The three teams polled once, a stagger apart.
    void startThreeTeams()
    {
        poller.setTeams(kThreeTeams);
        for (int i = 0; i < 4; ++i) {
            clock.advance(Poller::kStagger);
            QVERIFY(settle());
        }
        QCOMPARE(metricsRequests(), 3);
    }
    static inline const QList<QString> kThreeTeams{QStringLiteral("42"), QStringLiteral("43"),
                                                   QStringLiteral("44")};
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

    void intervalHasOnlyASafetyFloor()
    {
        // What a user may choose is the settings table's business.
        Fixture f;
        f.poller.setInterval(0s);
        QCOMPARE(f.poller.interval(), 1s);
        f.poller.setInterval(2s);
        QCOMPARE(f.poller.interval(), 2s);
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
        f.clock.advance(Poller::kStagger); // the names do not wait for a hanging poll
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
        // The poll due with the refresh at ten minutes went a stagger later,
        // and so did every one after it.
        QCOMPARE(f.metricsRequests(), 80);
        f.clock.advance(Poller::kStagger);
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

    // Several teams share one connection only if their requests follow each
    // other: no two teams are due within a stagger of each other, whatever
    // sent them all at once.
    void teamsAddedTogetherStartAStaggerApart()
    {
        Fixture f;
        f.startThreeTeams();
        QCOMPARE(f.closestStarts(0), Poller::kStagger.count());
        QCOMPARE(f.closestDuePolls(), Poller::kStagger.count());
    }

    void rateLimitEndsForOneTeamAfterTheOther()
    {
        Fixture f;
        f.startThreeTeams();
        const QDateTime reset = f.clock.now().addSecs(40);
        f.metricsResponse =
            FakeResponse::json(429, errorBody("rate_limit_exceeded"),
                               {{"X-RateLimit-Reset", QByteArray::number(reset.toSecsSinceEpoch())},
                                {"X-RateLimit-Remaining", "0"}});
        f.clock.advance(15s); // all three polls were due: all three are refused
        QVERIFY(f.settle());
        for (const QString& team : Fixture::kThreeTeams) {
            QCOMPARE(f.poller.state(team).phase, PollState::Phase::RateLimited);
            QVERIFY(f.poller.state(team).nextPollAt > reset);
        }
        QVERIFY2(f.closestDuePolls() >= Poller::kStagger.count(),
                 qPrintable(QString::number(f.closestDuePolls())));

        f.metricsResponse = FakeResponse::json(200, kMetrics);
        const qsizetype before = f.starts.size();
        f.clock.advance(45s);
        QCOMPARE(f.starts.size(), before + 3);
        QVERIFY(f.starts[before].second > reset);
        QCOMPARE(f.closestStarts(before), Poller::kStagger.count());
        QVERIFY(f.settle());
        QCOMPARE(f.closestDuePolls(), Poller::kStagger.count());
    }

    void newIdleThresholdPollsOneTeamAfterTheOther()
    {
        Fixture f;
        f.startThreeTeams();
        f.clock.advance(5s);
        const qsizetype before = f.starts.size();
        f.poller.setIdleThreshold(60);
        QCOMPARE(f.starts.size(), before + 1); // the first at once
        f.clock.advance(1s);
        QCOMPARE(f.starts.size(), before + 3);
        QCOMPARE(f.closestStarts(before), Poller::kStagger.count());
        for (qsizetype i = f.network.requests().size() - 3; i < f.network.requests().size(); ++i)
            QCOMPARE(QUrlQuery(f.network.requests()[i].url())
                         .queryItemValue(QStringLiteral("idle_threshold")),
                     QStringLiteral("60"));
        QVERIFY(f.settle());
        QVERIFY(f.closestDuePolls() >= Poller::kStagger.count());
    }

    void retryOfStoppedTeamsPollsOneTeamAfterTheOther()
    {
        Fixture f;
        f.metricsResponse = FakeResponse::json(401, errorBody("unauthorized"));
        f.startThreeTeams();
        for (const QString& team : Fixture::kThreeTeams)
            QCOMPARE(f.poller.state(team).phase, PollState::Phase::Stopped);
        f.metricsResponse = FakeResponse::json(200, kMetrics);
        const qsizetype before = f.starts.size();
        f.poller.retryStopped();
        QCOMPARE(f.starts.size(), before + 1);
        f.clock.advance(1s);
        QCOMPARE(f.starts.size(), before + 3);
        QCOMPARE(f.closestStarts(before), Poller::kStagger.count());
        QVERIFY(f.settle());
        for (const QString& team : Fixture::kThreeTeams)
            QCOMPARE(f.poller.state(team).phase, PollState::Phase::Waiting);
        QCOMPARE(f.closestDuePolls(), Poller::kStagger.count());
    }

    // Hours of polling with what moves due times around: a team failing
    // with jittered backoff and recovering (which calls the others in),
    // teams joining late, the interval changing. Between steps every team
    // waits for a poll, and no two are due within a stagger.
    void teamsStayAStaggerApartOverManyCycles()
    {
        Fixture f;
        f.startThreeTeams();
        const QString flaky = QStringLiteral("43");
        qsizetype failures = 0;
        for (int second = 1; second <= 3 * 3600; ++second) {
            switch (second) {
            case 600:
                f.teamResponses.insert(flaky, FakeResponse::json(503, {}));
                f.teamResponses.insert(QStringLiteral("44"), FakeResponse::json(503, {}));
                break;
            case 1500:
                f.teamResponses.remove(QStringLiteral("44"));
                break;
            case 1800:
                f.poller.setTeams(
                    {QStringLiteral("42"), flaky, QStringLiteral("44"), QStringLiteral("45")});
                break;
            case 2400:
                f.teamResponses.clear();
                break;
            case 3600:
                f.poller.setInterval(20s);
                break;
            case 5400:
                f.poller.setTeams({QStringLiteral("42"), flaky, QStringLiteral("44"),
                                   QStringLiteral("45"), QStringLiteral("46")});
                break;
            }
            f.clock.advance(1s);
            QVERIFY(f.settle());
            failures += f.poller.state(flaky).consecutiveFailures > 0 ? 1 : 0;
            const qint64 closest = f.closestDuePolls();
            QVERIFY2(closest >= Poller::kStagger.count(),
                     qPrintable(QStringLiteral("%1 ms apart at %2 s").arg(closest).arg(second)));
        }
        QVERIFY(failures > 0);
        for (const QString& team : f.poller.teams()) {
            QCOMPARE(f.poller.state(team).phase, PollState::Phase::Waiting);
            QVERIFY(f.poller.state(team).lastSuccessAt.secsTo(f.clock.now()) <= 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
