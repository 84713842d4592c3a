#include "Clock.h"
#include "SimServer.h"
#include "SimTestClient.h"
#include "SimWorkspace.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

class TestSimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopback();
    void busyPortFails();
    void missingOrWrongTokenIs401_data();
    void missingOrWrongTokenIs401();
    void versions_data();
    void versions();
    void unknownTeamIs404();
    void unknownPathAndMethodAre404();
    void restrictedTeamIs403();
    void workspaceWithoutMonitoringIs403();
    void idleThresholdIsClampedAndDefaulted();
    void badIdleThresholdIs400();
    void rateLimitWindow();
    void requestIdsAreUniqueUuids();
    void countsRequestsAndReusesConnection();
    void separateClientsAreSeparateConnections();
    void timeMovesBetweenPolls();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SimWorkspace> m_workspace;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimTestClient> m_client;
};

void TestSimServer::init()
{
    m_clock = std::make_unique<ManualClock>();
    SimConfig config;
    config.speed = 30;
    m_workspace = std::make_unique<SimWorkspace>(config, *m_clock);
    m_server = std::make_unique<SimServer>(*m_workspace, QStringLiteral("tok"));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SimTestClient>(m_server->baseUrl(), "tok");
}

void TestSimServer::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_workspace.reset();
    m_clock.reset();
}

void TestSimServer::listensOnLoopback()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    QCOMPARE(m_server->listen(), m_server->port()); // already listening: same port
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
}

void TestSimServer::busyPortFails()
{
    SimServer second(*m_workspace, QStringLiteral("tok"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("cannot listen on 127.0.0.1")));
    QCOMPARE(second.listen(m_server->port()), quint16(0));
    QVERIFY(!second.errorString().isEmpty());
}

void TestSimServer::missingOrWrongTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong") << QByteArray("Bearer nope");
    QTest::newRow("prefix of the token") << QByteArray("Bearer to");
    QTest::newRow("not bearer") << QByteArray("Basic dG9rOg==");
    QTest::newRow("bare token") << QByteArray("tok");
}

void TestSimServer::missingOrWrongTokenIs401()
{
    QFETCH(QByteArray, authorization);
    m_client->setToken({});
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString& path : {QStringLiteral("/me"), QStringLiteral("/teams/5017691/metrics"),
                                QStringLiteral("/nowhere")}) {
        const SimResponse r = m_client->get(path, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("error.list"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unauthorized"));
        QVERIFY(r.header("X-RateLimit-Limit").isEmpty()); // only authenticated replies count
    }
    // The scheme is case-insensitive, as HTTP says.
    QCOMPARE(m_client->get(QStringLiteral("/me"), {{"Authorization", "bearer tok"}}).status, 200);
}

void TestSimServer::versions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("default") << QByteArray() << 200;
    QTest::newRow("2.16") << QByteArray("2.16") << 200;
    QTest::newRow("Preview") << QByteArray("Preview") << 200;
    QTest::newRow("Unstable") << QByteArray("Unstable") << 200;
    QTest::newRow("2.15") << QByteArray("2.15") << 400;
    QTest::newRow("3.0") << QByteArray("3.0") << 400;
    QTest::newRow("nonsense") << QByteArray("latest") << 400;
}

void TestSimServer::versions()
{
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!version.isEmpty())
        headers.append({"Intercom-Version", version});
    const SimResponse r = m_client->get(QStringLiteral("/teams/5017691/metrics"), headers);
    QCOMPARE(r.status, status);
    QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
    if (status == 400) {
        const QJsonObject e = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(),
                 QStringLiteral("intercom_version_invalid"));
        QVERIFY(
            e.value(QStringLiteral("message")).toString().contains(QString::fromLatin1(version)));
    } else {
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("team_metric.list"));
    }
}

void TestSimServer::unknownTeamIs404()
{
    for (const QString& path : {QStringLiteral("/teams/999"), QStringLiteral("/teams/999/metrics"),
                                QStringLiteral("/teams/abc/metrics?idle_threshold=60")}) {
        const SimResponse r = m_client->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("team_not_found"));
    }
    QCOMPARE(m_client->get(QStringLiteral("/teams/5017691")).status, 200);
}

void TestSimServer::unknownPathAndMethodAre404()
{
    QCOMPARE(m_client->get(QStringLiteral("/conversations")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/teams/5017691/metrics/extra")).status, 404);
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/teams"))));
    request.setRawHeader("Authorization", "Bearer tok");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const SimResponse r =
        SimTestClient::collect(m_client->manager().post(request, QByteArray("{}")));
    QCOMPARE(r.status, 404);
}

void TestSimServer::restrictedTeamIs403()
{
    const QString team = QStringLiteral("5017692");
    m_workspace->setMetricsRestricted(team, true);
    SimResponse r = m_client->get(QStringLiteral("/teams/%1/metrics").arg(team));
    QCOMPARE(r.status, 403);
    const QJsonObject e = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("api_plan_restricted"));
    QCOMPARE(e.value(QStringLiteral("message")).toString(),
             QStringLiteral("Real-time monitoring is not enabled for your workspace."));
    QCOMPARE(m_client->get(QStringLiteral("/teams/%1").arg(team)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/teams/5017691/metrics")).status, 200);
    m_workspace->setMetricsRestricted(team, false);
    QCOMPARE(m_client->get(QStringLiteral("/teams/%1/metrics").arg(team)).status, 200);

    // The same from the configuration, as --restricted-team does.
    SimConfig config;
    config.restrictedTeamIds = {QStringLiteral("5017691")};
    SimWorkspace other(config, *m_clock);
    QVERIFY(other.metricsRestricted(QStringLiteral("5017691")));
    QVERIFY(!other.metricsRestricted(QStringLiteral("5017692")));
}

void TestSimServer::workspaceWithoutMonitoringIs403()
{
    m_workspace->setRealtimeMonitoring(false);
    for (const SimTeam& team : m_workspace->teams())
        QCOMPARE(m_client->get(QStringLiteral("/teams/%1/metrics").arg(team.id)).status, 403);
    QCOMPARE(m_client->get(QStringLiteral("/teams")).status, 200);
}

void TestSimServer::idleThresholdIsClampedAndDefaulted()
{
    const auto body = [this](const QString& query) {
        const SimResponse r = m_client->get(QStringLiteral("/teams/5017691/metrics") + query);
        return r.status == 200 ? r.body : QByteArray();
    };
    const QByteArray byDefault = body({});
    QVERIFY(!byDefault.isEmpty());
    QCOMPARE(body(QStringLiteral("?idle_threshold=1800")), byDefault);
    QCOMPARE(body(QStringLiteral("?idle_threshold=0")), body(QStringLiteral("?idle_threshold=1")));
    QCOMPARE(body(QStringLiteral("?idle_threshold=-30")),
             body(QStringLiteral("?idle_threshold=1")));
    QCOMPARE(body(QStringLiteral("?idle_threshold=999999999")),
             body(QStringLiteral("?idle_threshold=86400")));
    // A smaller threshold never shows fewer idle conversations.
    const QJsonArray loose = QJsonDocument::fromJson(body(QStringLiteral("?idle_threshold=86400")))
                                 .object()
                                 .value(QStringLiteral("data"))
                                 .toArray();
    const QJsonArray strict = QJsonDocument::fromJson(body(QStringLiteral("?idle_threshold=1")))
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toArray();
    QCOMPARE(loose.size(), strict.size());
    int moreIdle = 0;
    for (qsizetype i = 0; i < loose.size(); ++i) {
        const int a = strict.at(i).toObject().value(QStringLiteral("idle")).toInt();
        const int b = loose.at(i).toObject().value(QStringLiteral("idle")).toInt();
        QVERIFY(a >= b);
        moreIdle += a > b ? 1 : 0;
    }
    QVERIFY(moreIdle > 0);
}

void TestSimServer::badIdleThresholdIs400()
{
    const SimResponse r =
        m_client->get(QStringLiteral("/teams/5017691/metrics?idle_threshold=soon"));
    QCOMPARE(r.status, 400);
    const QJsonObject e = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("parameter_invalid"));
    QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("idle_threshold"));
}

void TestSimServer::rateLimitWindow()
{
    m_server->setRateLimitPerMinute(60); // 10 per 10-second window
    QCOMPARE(m_server->rateLimitPerMinute(), 60);
    m_clock->advance(3s); // into the window that started at 09:00:00
    const qint64 windowEnd = m_clock->now().toSecsSinceEpoch() / 10 * 10 + 10;
    for (int i = 0; i < 10; ++i) {
        const SimResponse r = m_client->get(QStringLiteral("/teams/5017691/metrics"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("60"));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 9 - i);
        QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), windowEnd);
    }
    const SimResponse limited = m_client->get(QStringLiteral("/me"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(limited.header("X-RateLimit-Reset").toLongLong(), windowEnd);
    QVERIFY(limited.header("Retry-After").isEmpty()); // Intercom sends none

    m_clock->advance(6s); // still the same window
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 429);
    m_clock->advance(1s); // the next one
    const SimResponse again = m_client->get(QStringLiteral("/me"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-RateLimit-Remaining").toInt(), 9);
    QCOMPARE(again.header("X-RateLimit-Reset").toLongLong(), windowEnd + 10);
}

void TestSimServer::requestIdsAreUniqueUuids()
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QByteArray> seen;
    m_client->setToken("bad");
    for (int i = 0; i < 5; ++i) {
        const SimResponse r = m_client->get(QStringLiteral("/admins"));
        const QByteArray id = r.header("X-Request-Id");
        QVERIFY2(uuid.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QCOMPARE(r.json().value(QStringLiteral("request_id")).toString().toLatin1(), id);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
    }
    m_client->setToken("tok");
    QVERIFY(!m_client->get(QStringLiteral("/me")).header("X-Request-Id").isEmpty());
}

void TestSimServer::countsRequestsAndReusesConnection()
{
    QSignalSpy accepted(m_server.get(), &SimServer::connectionAccepted);
    for (int i = 0; i < 5; ++i) {
        for (const SimTeam& team : m_workspace->teams())
            QCOMPARE(
                m_client->get(QStringLiteral("/teams/%1/metrics?idle_threshold=900").arg(team.id))
                    .status,
                200);
        m_clock->advance(10s);
    }
    for (const SimTeam& team : m_workspace->teams())
        QCOMPARE(m_server->requestCount(QStringLiteral("/teams/%1/metrics").arg(team.id)), 5);
    QCOMPARE(m_server->totalRequestCount(), 20);
    QCOMPARE(m_server->requestCounts().size(), 4);
    QCOMPARE(m_server->connectionCount(), 1); // keep-alive
    QCOMPARE(accepted.count(), 1);

    m_server->resetCounters();
    QCOMPARE(m_server->totalRequestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_client->get(QStringLiteral("/teams")).status, 200);
    QCOMPARE(m_server->requestCount(QStringLiteral("/teams")), 1);
    QCOMPARE(m_server->connectionCount(), 0); // still the same connection
}

void TestSimServer::separateClientsAreSeparateConnections()
{
    SimTestClient other(m_server->baseUrl(), "tok");
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(other.get(QStringLiteral("/me")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
    QCOMPARE(m_server->connectionCount(), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("/me")), 3);
}

void TestSimServer::timeMovesBetweenPolls()
{
    const QString path = QStringLiteral("/teams/5017691/metrics");
    const QByteArray first = m_client->get(path).body;
    QCOMPARE(m_client->get(path).body, first); // no clock time, no change
    m_clock->advance(2min);                    // an hour at speed 30
    const QByteArray later = m_client->get(path).body;
    QVERIFY(later != first);
    QCOMPARE(m_workspace->simulatedTimeOfDay(), QTime(11, 30));
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
