#include "Clock.h"
#include "SimServer.h"
#include "SimTestClient.h"
#include "SimWorkspace.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kMetrics = QStringLiteral("/teams/5017691/metrics");

QString errorCode(const SimResponse& r)
{
    return r.json()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

// Each fault does what it says, and only where it is told to.
class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latencyHoldsTheReplyForClockTime();
    void hangingKeepsOtherConnectionsServed();
    void clientGivingUpDropsTheHeldReply();
    void serverErrorsAtARate();
    void serverErrorsAreDeterministic();
    void rateLimitBurst();
    void periodicRateLimitBursts();
    void truncatedBodyOnTheWire();
    void truncatedBodyIsAnErrorForClients();
    void truncatedBodyBytesReceived_data();
    void truncatedBodyBytesReceived();
    void malformedJson();
    void htmlPages();
    void redirectToHttp();
    void metricsOnlyScope();
    void faultsNeverHideAuthErrors();

private:
    SimResponse rawGet(const QByteArray& path, QByteArray* announcedLength);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SimWorkspace> m_workspace;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimTestClient> m_client;
};

void TestSimFaults::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_workspace = std::make_unique<SimWorkspace>(SimConfig(), *m_clock);
    m_server = std::make_unique<SimServer>(*m_workspace, QStringLiteral("tok"));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SimTestClient>(m_server->baseUrl(), "tok");
}

void TestSimFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_workspace.reset();
    m_clock.reset();
}

void TestSimFaults::latencyHoldsTheReplyForClockTime()
{
    m_server->setLatency(5000);
    QNetworkReply* reply = m_client->start(kMetrics);
    QTRY_COMPARE(m_server->pendingReplyCount(), 1);
    QVERIFY(!reply->isFinished());
    m_clock->advance(4900ms);
    QCOMPARE(m_server->pendingReplyCount(), 1);
    m_clock->advance(100ms);
    QCOMPARE(m_server->pendingReplyCount(), 0);
    const SimResponse r = SimTestClient::collect(reply);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("team_metric.list"));

    m_server->setLatency(0);
    QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::hangingKeepsOtherConnectionsServed()
{
    m_server->setFaultScope(SimFaultScope::MetricsOnly);
    m_server->setHang(true);
    QNetworkReply* held = m_client->start(kMetrics);
    QTRY_COMPARE(m_server->hangingReplyCount(), 1);

    // The client opens another connection; the server answers it.
    const SimResponse other = m_client->get(QStringLiteral("/me"));
    QCOMPARE(other.status, 200);
    QVERIFY(!held->isFinished());
    QCOMPARE(m_server->connectionCount(), 2);

    m_clock->advance(1h); // time does not release a hang
    QCOMPARE(m_server->hangingReplyCount(), 1);
    m_server->setHang(false);
    QCOMPARE(m_server->hangingReplyCount(), 0);
    QCOMPARE(SimTestClient::collect(held).status, 200);
}

void TestSimFaults::clientGivingUpDropsTheHeldReply()
{
    m_server->setHang(true);
    QNetworkReply* held = m_client->start(kMetrics);
    QTRY_COMPARE(m_server->hangingReplyCount(), 1);
    held->abort();
    held->deleteLater();
    QTRY_COMPARE(m_server->pendingReplyCount(), 0);
    m_server->setHang(false);
    QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::serverErrorsAtARate()
{
    m_server->setServerErrorRate(1.0);
    QSet<int> statuses;
    for (int i = 0; i < 24; ++i) {
        const SimResponse r = m_client->get(kMetrics);
        QVERIFY2(r.status >= 500 && r.status <= 504 && r.status != 501,
                 qPrintable(QString::number(r.status)));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
        if (r.status == 500 || r.status == 503)
            QVERIFY(!errorCode(r).isEmpty());
        statuses.insert(r.status);
    }
    QCOMPARE(statuses.size(), 4);

    m_server->setServerErrorRate(0.5);
    int failures = 0;
    for (int i = 0; i < 60; ++i)
        failures += m_client->get(kMetrics).status >= 500 ? 1 : 0;
    QVERIFY2(failures > 15 && failures < 45, qPrintable(QString::number(failures)));

    m_server->setServerErrorRate(0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::serverErrorsAreDeterministic()
{
    const auto sequence = [](quint64 seed) {
        ManualClock clock;
        SimConfig config;
        config.seed = seed;
        config.teams = 1;
        config.agentsPerTeam = 4;
        SimWorkspace workspace(config, clock);
        SimServer server(workspace, QStringLiteral("tok"));
        server.listen();
        server.setServerErrorRate(0.3);
        SimTestClient client(server.baseUrl(), "tok");
        QList<int> statuses;
        for (int i = 0; i < 30; ++i)
            statuses.append(client.get(QStringLiteral("/me")).status);
        return statuses;
    };
    const QList<int> first = sequence(7);
    QCOMPARE(sequence(7), first);
    QVERIFY(sequence(8) != first);
}

void TestSimFaults::rateLimitBurst()
{
    m_server->startRateLimitBurst(3);
    const qint64 windowEnd = m_clock->now().toSecsSinceEpoch() / 10 * 10 + 10;
    for (int i = 0; i < 3; ++i) {
        const SimResponse r = m_client->get(kMetrics);
        QCOMPARE(r.status, 429);
        QCOMPARE(errorCode(r), QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), windowEnd);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("10000"));
    }
    QCOMPARE(m_server->rateLimitBurstRemaining(), 0);
    QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::periodicRateLimitBursts()
{
    SimFaults faults;
    faults.rateLimitBurstEverySeconds = 60;
    faults.rateLimitBurstLength = 2;
    m_server->setFaults(faults);
    QCOMPARE(m_client->get(kMetrics).status, 200); // starts the period
    m_clock->advance(59s);
    QCOMPARE(m_client->get(kMetrics).status, 200);
    m_clock->advance(1s);
    QCOMPARE(m_client->get(kMetrics).status, 429);
    QCOMPARE(m_client->get(kMetrics).status, 429);
    QCOMPARE(m_client->get(kMetrics).status, 200);
    m_clock->advance(60s);
    QCOMPARE(m_client->get(kMetrics).status, 429);
}

SimResponse TestSimFaults::rawGet(const QByteArray& path, QByteArray* announcedLength)
{
    // Below QNetworkAccessManager, to see exactly what crosses the wire.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    SimResponse r;
    if (!socket.waitForConnected(5000))
        return r;
    socket.write("GET " + path +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok\r\n\r\n");
    QByteArray raw;
    r.finished = QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    raw += socket.readAll();
    const qsizetype split = raw.indexOf("\r\n\r\n");
    if (split < 0)
        return r;
    const QList<QByteArray> lines = raw.left(split).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.body = raw.mid(split + 4);
    *announcedLength = r.header("Content-Length");
    return r;
}

void TestSimFaults::truncatedBodyOnTheWire()
{
    const QByteArray whole = m_client->get(QStringLiteral("/teams")).body;
    m_server->setBodyFault(SimBodyFault::Truncated);
    QByteArray announced;
    const SimResponse r = rawGet("/teams", &announced);
    QVERIFY(r.finished); // the server closed the connection
    QCOMPARE(r.status, 200);
    QCOMPARE(announced.toLongLong(), whole.size());
    QCOMPARE(r.body, whole.left(whole.size() / 2));
}

void TestSimFaults::truncatedBodyIsAnErrorForClients()
{
    m_server->setBodyFault(SimBodyFault::Truncated);
    const SimResponse r = m_client->get(kMetrics);
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    m_server->setBodyFault(SimBodyFault::None);
    QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::truncatedBodyBytesReceived_data()
{
    QTest::addColumn<int>("agentsPerTeam");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("small body") << 12 << QByteArrayLiteral("/teams");
    // Half of this body is more than one write to the socket takes.
    QTest::newRow("large body") << 1500 << QByteArrayLiteral("/admins");
}

void TestSimFaults::truncatedBodyBytesReceived()
{
    // Every byte as it arrives on a plain socket, on every Qt version: the
    // status line and headers announcing the whole body, then exactly its
    // first half, then the end of the connection.
    QFETCH(int, agentsPerTeam);
    QFETCH(QByteArray, path);
    SimConfig config;
    config.agentsPerTeam = agentsPerTeam;
    ManualClock clock;
    SimWorkspace workspace(config, clock);
    SimServer server(workspace, QStringLiteral("tok"));
    QVERIFY(server.listen() != 0);
    SimTestClient client(server.baseUrl(), "tok");
    const QByteArray whole = client.get(QString::fromLatin1(path)).body;
    QVERIFY(whole.size() > 100);
    server.setBodyFault(SimBodyFault::Truncated);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + path +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok\r\n\r\n");
    QByteArray received;
    const bool closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    received += socket.readAll();
    QVERIFY2(closed, "the server kept the connection open");

    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY2(headEnd > 0, received.left(200).constData());
    const QByteArray head = received.left(headEnd + 2).toLower();
    QVERIFY2(head.startsWith("http/1.1 200 "), head.constData());
    QVERIFY2(head.contains("\r\ncontent-length: " + QByteArray::number(whole.size()) + "\r\n"),
             head.constData());
    QVERIFY2(head.contains("\r\ncontent-type: application/json"), head.constData());
    QVERIFY2(head.contains("\r\nx-request-id: "), head.constData());
    QVERIFY2(head.contains("\r\nconnection: close\r\n"), head.constData());
    const QByteArray body = received.mid(headEnd + 4);
    QCOMPARE(body.size(), whole.size() / 2);
    QVERIFY(body == whole.left(whole.size() / 2));
}

void TestSimFaults::malformedJson()
{
    m_server->setBodyFault(SimBodyFault::MalformedJson);
    for (const QString& path : {kMetrics, QStringLiteral("/admins"), QStringLiteral("/teams/1")}) {
        const SimResponse r = m_client->get(path);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }
    QCOMPARE(m_client->get(kMetrics).status, 200);
}

void TestSimFaults::htmlPages()
{
    m_server->setBodyFault(SimBodyFault::HtmlErrorPage);
    SimResponse r = m_client->get(kMetrics);
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));

    m_server->setBodyFault(SimBodyFault::HtmlOkPage);
    r = m_client->get(kMetrics);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
}

void TestSimFaults::redirectToHttp()
{
    m_server->setBodyFault(SimBodyFault::RedirectToHttp);
    const SimResponse r = m_client->get(kMetrics + QStringLiteral("?idle_threshold=60"));
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("Location"), QByteArray("http://example.invalid/teams/5017691/metrics"));
}

void TestSimFaults::metricsOnlyScope()
{
    SimFaults faults;
    faults.serverErrorRate = 1.0;
    faults.scope = SimFaultScope::MetricsOnly;
    m_server->setFaults(faults);
    QCOMPARE(m_server->faults().scope, SimFaultScope::MetricsOnly);
    for (const QString& path :
         {QStringLiteral("/me"), QStringLiteral("/teams"), QStringLiteral("/admins"),
          QStringLiteral("/away_status_reasons"), QStringLiteral("/teams/5017691")})
        QCOMPARE(m_client->get(path).status, 200);
    QVERIFY(m_client->get(kMetrics).status >= 500);

    m_server->setFaultScope(SimFaultScope::AllApiPaths);
    QVERIFY(m_client->get(QStringLiteral("/me")).status >= 500);
    m_server->clearFaults();
    QCOMPARE(m_client->get(QStringLiteral("/me")).status, 200);
}

void TestSimFaults::faultsNeverHideAuthErrors()
{
    m_server->setServerErrorRate(1.0);
    m_server->setHang(true);
    m_server->startRateLimitBurst(5);
    m_client->setToken("wrong");
    QCOMPARE(m_client->get(kMetrics).status, 401);
    m_client->setToken("tok");
    QCOMPARE(m_client->get(kMetrics, {{"Intercom-Version", "1.0"}}).status, 400);
    QCOMPARE(m_server->pendingReplyCount(), 0);
    QCOMPARE(m_server->rateLimitBurstRemaining(), 5);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
