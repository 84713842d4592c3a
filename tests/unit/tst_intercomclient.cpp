#include "Clock.h"
#include "FakeNetworkAccessManager.h"
#include "IntercomClient.h"
#include "LogCapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QByteArray kMetrics =
    R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":"123","open":5,"idle":2,"snoozed":1}]})";
const QString kToken = QStringLiteral("dG9rOmV4YW1wbGUtc2VjcmV0LXRva2Vu");

struct Fixture
{
    ManualClock clock;
    FakeNetworkAccessManager network;
    IntercomClient client{&network, clock};

    Fixture()
    {
        ApiConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.intercom.io"));
        client.setConfig(config);
        client.setToken(kToken);
    }

    // Runs a metrics call to completion and returns its result.
    Result<QList<TeamMetric>> metrics(int threshold = 1800)
    {
        std::optional<Result<QList<TeamMetric>>> out;
        QObject context;
        client.teamMetrics(QStringLiteral("42"), threshold, &context,
                           [&](const Result<QList<TeamMetric>>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            return ApiError(ApiError::Kind::Network, QStringLiteral("test: no answer"));
        return *out;
    }
};

QByteArray errorBody(const char* code)
{
    return QByteArray(R"({"type":"error.list","request_id":"req-1","errors":[{"code":")") + code +
           R"(","message":"m"}]})";
}

} // namespace

class TestIntercomClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheHeadersIntercomNeeds()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, kMetrics));
        QVERIFY(f.metrics().ok());
        QCOMPARE(f.network.requestCount(), 1);
        const QNetworkRequest& r = f.network.requests().first();
        QCOMPARE(r.rawHeader("Authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(r.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(r.rawHeader("Intercom-Version"), QByteArray("2.16"));
        QVERIFY(r.header(QNetworkRequest::UserAgentHeader)
                    .toString()
                    .startsWith(QLatin1String("Floorwatch/")));
        QCOMPARE(r.url().toString(),
                 QStringLiteral("https://api.intercom.io/teams/42/metrics?idle_threshold=1800"));
    }

    void userChosenVersionIsSent()
    {
        Fixture f;
        ApiConfig config = f.client.config();
        config.apiVersion = QStringLiteral("Preview");
        f.client.setConfig(config);
        f.network.respondWith(FakeResponse::json(200, kMetrics));
        QVERIFY(f.metrics().ok());
        QCOMPARE(f.network.requests().first().rawHeader("Intercom-Version"), QByteArray("Preview"));
    }

    void baseUrlPathIsKept()
    {
        Fixture f;
        ApiConfig config = f.client.config();
        config.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/intercom/"));
        f.client.setConfig(config);
        f.network.respondWith(FakeResponse::json(200, kMetrics));
        QVERIFY(f.metrics().ok());
        QCOMPARE(f.network.requests().first().url().path(),
                 QStringLiteral("/intercom/teams/42/metrics"));
    }

    void idleThresholdIsClamped_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<QString>("sent");
        QTest::newRow("0 -> 1") << 0 << "1";
        QTest::newRow("negative -> 1") << -30 << "1";
        QTest::newRow("100000 -> 86400") << 100000 << "86400";
        QTest::newRow("60") << 60 << "60";
    }
    void idleThresholdIsClamped()
    {
        QFETCH(int, asked);
        QFETCH(QString, sent);
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, kMetrics));
        QVERIFY(f.metrics(asked).ok());
        QCOMPARE(QUrlQuery(f.network.requests().first().url())
                     .queryItemValue(QStringLiteral("idle_threshold")),
                 sent);
    }

    void errorKindFromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("401") << 401 << errorBody("unauthorized") << ApiError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << errorBody("api_plan_restricted")
                             << ApiError::Kind::Forbidden;
        QTest::newRow("404") << 404 << errorBody("team_not_found") << ApiError::Kind::NotFound;
        QTest::newRow("429") << 429 << errorBody("rate_limit_exceeded")
                             << ApiError::Kind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error")
                             << ApiError::Kind::ServerError;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>")
                                  << ApiError::Kind::ServerError;
        QTest::newRow("400 version")
            << 400 << errorBody("intercom_version_invalid") << ApiError::Kind::BadRequest;
        QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>")
                                  << ApiError::Kind::BadResponse;
        QTest::newRow("200 empty") << 200 << QByteArray() << ApiError::Kind::BadResponse;
    }
    void errorKindFromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        Fixture f;
        f.network.respondWith(FakeResponse::json(status, body));
        const auto result = f.metrics();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), kind);
        if (status >= 400 && body.startsWith('{'))
            QCOMPARE(result.error().requestId(), QStringLiteral("req-1"));
    }

    void networkErrors_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError
                                 << ApiError::Kind::Network;
        QTest::newRow("dns") << QNetworkReply::HostNotFoundError << ApiError::Kind::Network;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ApiError::Kind::Network;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << ApiError::Kind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ApiError::Kind::Tls;
    }
    void networkErrors()
    {
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(ApiError::Kind, kind);
        Fixture f;
        f.network.respondWith(FakeResponse::fail(error));
        const auto result = f.metrics();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), kind);
    }

    void rateLimitResetIsRead()
    {
        Fixture f;
        const qint64 reset = f.clock.now().toSecsSinceEpoch() + 42;
        f.network.respondWith(
            FakeResponse::json(429, errorBody("rate_limit_exceeded"),
                               {{"X-RateLimit-Limit", "1000"},
                                {"X-RateLimit-Remaining", "0"},
                                {"X-RateLimit-Reset", QByteArray::number(reset)}}));
        const auto result = f.metrics();
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        QCOMPARE(result.error().retryAt().toSecsSinceEpoch(), reset);
        QCOMPARE(f.client.rateLimit().remaining, 0);
        QCOMPARE(f.client.rateLimit().limit, 1000);
    }

    void rateLimitWithoutResetWaitsAWindow()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(429, errorBody("rate_limit_exceeded")));
        const auto result = f.metrics();
        QCOMPARE(result.error().retryAt(), f.clock.now().addSecs(10));
    }

    void hangingReplyTimesOutAndIsAborted()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::hang());
        std::optional<Result<QList<TeamMetric>>> out;
        QObject context;
        f.client.teamMetrics(QStringLiteral("42"), 1800, &context, [&](const auto& r) { out = r; });
        QCOMPARE(f.network.inFlight(), 1);
        f.clock.advance(29s);
        QVERIFY(!out);
        f.clock.advance(1s);
        QVERIFY(out);
        QCOMPARE(out->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(f.network.inFlight(), 0); // aborted, not left dangling
        QCOMPARE(f.client.callsInFlight(), 0);
    }

    void redirectToHttpIsRefused()
    {
        Fixture f;
        f.network.respondWith(
            FakeResponse::redirect(QUrl(QStringLiteral("http://api.intercom.io/teams/42/metrics")),
                                   FakeResponse::json(200, kMetrics)));
        const auto result = f.metrics();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().detail().contains(QLatin1String("http://api.intercom.io")));
        QCOMPARE(f.network.inFlight(), 0);
    }

    void redirectToOtherHostIsRefused()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::redirect(
            QUrl(QStringLiteral("https://evil.example.com/x")), FakeResponse::json(200, kMetrics)));
        QCOMPARE(f.metrics().error().kind(), ApiError::Kind::BadResponse);
    }

    void redirectOnSameSecureHostIsFollowed()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::redirect(
            QUrl(QStringLiteral("https://api.intercom.io/v2/teams/42/metrics")),
            FakeResponse::json(200, kMetrics)));
        const auto result = f.metrics();
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 1);
    }

    void oversizeBodyIsRejected()
    {
        Fixture f;
        QByteArray huge = R"({"type":"team_metric.list","data":[)";
        huge += QByteArray(5 * 1024 * 1024, ' ');
        huge += "]}";
        f.network.respondWith(FakeResponse::json(200, huge));
        const auto result = f.metrics();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY(result.error().detail().contains(QLatin1String("larger than 4 MiB")));
    }

    void bodyJustUnderTheCapIsAccepted()
    {
        Fixture f;
        QByteArray body = kMetrics;
        body.insert(1, QByteArray(4 * 1024 * 1024 - body.size() - 10, ' '));
        f.network.respondWith(FakeResponse::json(200, body));
        QVERIFY(f.metrics().ok());
    }

    // The directory comes in one body for the whole workspace: /admins of
    // a large one is bigger than any metrics reply, and is read.
    void directoryBodiesMayBeLargerThanMetrics()
    {
        Fixture f;
        QJsonArray admins;
        for (int i = 0; i < 20000; ++i) {
            admins.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("admin")},
                {QStringLiteral("id"), QString::number(1000 + i)},
                {QStringLiteral("name"), QStringLiteral("Teammate Number %1").arg(i)},
                {QStringLiteral("email"), QStringLiteral("teammate%1@example.com").arg(i)},
                {QStringLiteral("job_title"), QStringLiteral("Support Engineer")},
                {QStringLiteral("away_mode_enabled"), false},
                {QStringLiteral("away_mode_reassign"), false},
                {QStringLiteral("has_inbox_seat"), true},
                {QStringLiteral("team_ids"), QJsonArray{42}},
                {QStringLiteral("avatar"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("avatar")},
                             {QStringLiteral("image_url"),
                              QStringLiteral("https://example.com/avatars/%1.png").arg(i)}}}});
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("admin.list")},
                                      {QStringLiteral("admins"), admins}})
                .toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > 5 * 1024 * 1024);
        f.network.respondWith(FakeResponse::json(200, body));
        std::optional<Result<QList<Admin>>> out;
        QObject context;
        f.client.admins(&context, [&](const Result<QList<Admin>>& r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().detail()));
        QCOMPARE(out->value().size(), 20000);
        QCOMPARE(out->value().last().name, QStringLiteral("Teammate Number 19999"));
    }

    void directoryBodiesAreStillCapped()
    {
        Fixture f;
        ApiConfig config = f.client.config();
        config.maxDirectoryBodyBytes = 6 * 1024 * 1024;
        f.client.setConfig(config);
        QByteArray huge = R"({"type":"admin.list","admins":[)";
        huge += QByteArray(7 * 1024 * 1024, ' ');
        huge += "]}";
        f.network.respondWith(FakeResponse::json(200, huge));
        std::optional<Result<QList<Admin>>> out;
        QObject context;
        f.client.admins(&context, [&](const Result<QList<Admin>>& r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok());
        QVERIFY(out->error().detail().contains(QLatin1String("larger than 6 MiB")));
    }

    void refusedBaseUrlMakesNoRequest()
    {
        Fixture f;
        ApiConfig config = f.client.config();
        config.baseUrl = QUrl(QStringLiteral("http://example.com"));
        f.client.setConfig(config);
        const auto result = f.metrics();
        QCOMPARE(result.error().kind(), ApiError::Kind::BadConfiguration);
        QCOMPARE(f.network.requestCount(), 0);
    }

    void missingTokenMakesNoRequest()
    {
        Fixture f;
        f.client.setToken(QString());
        QCOMPARE(f.metrics().error().kind(), ApiError::Kind::BadConfiguration);
        QCOMPARE(f.network.requestCount(), 0);
    }

    void abortedCallNeverCallsBack()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, kMetrics).after(20));
        bool called = false;
        QObject context;
        QPointer<ApiCall> call = f.client.teamMetrics(QStringLiteral("42"), 1800, &context,
                                                      [&](const auto&) { called = true; });
        call->abort();
        QTRY_VERIFY(call.isNull()); // deleted once done
        // A later call with the same delay answers after the aborted one
        // would have: by then a stray callback would have run.
        bool later = false;
        f.client.teamMetrics(QStringLiteral("42"), 1800, &context,
                             [&](const auto&) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
        QCOMPARE(f.client.callsInFlight(), 0);
    }

    void authorizationNeverLogged()
    {
        LogCapture logs;
        Fixture f;
        f.network.respondWith(FakeResponse::json(401, errorBody("unauthorized")));
        QCOMPARE(f.metrics().error().kind(), ApiError::Kind::Unauthorized);
        QVERIFY2(logs.joined().contains(QLatin1String("<redacted>")), qPrintable(logs.joined()));
        // Qt 6.7 and later keep header names in lower case.
        QVERIFY(
            logs.joined().contains(QLatin1String("Intercom-Version: 2.16"), Qt::CaseInsensitive));
        QVERIFY(!logs.joined().contains(kToken));
    }

    void everyEndpointHasItsPath()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(500, {}));
        QObject context;
        int done = 0;
        const auto count = [&](const auto&) { ++done; };
        f.client.me(&context, count);
        f.client.teams(&context, count);
        f.client.team(QStringLiteral("7"), &context, count);
        f.client.admins(&context, count);
        f.client.awayReasons(&context, count);
        QTRY_COMPARE(done, 5);
        QStringList paths;
        for (const QNetworkRequest& r : f.network.requests())
            paths << r.url().path();
        QCOMPARE(paths, (QStringList{QStringLiteral("/me"), QStringLiteral("/teams"),
                                     QStringLiteral("/teams/7"), QStringLiteral("/admins"),
                                     QStringLiteral("/away_status_reasons")}));
    }

    void teamIdsAreEncodedOnce()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, R"({"type":"team_metric.list","data":[]})"));
        QObject context;
        bool done = false;
        f.client.teamMetrics(QStringLiteral("a/b c%"), 1800, &context,
                             [&](const Result<QList<TeamMetric>>&) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(f.network.requests().first().url().path(QUrl::FullyEncoded),
                 QStringLiteral("/teams/a%2Fb%20c%25/metrics"));
    }

    void unrequestedCompressionIsNamed()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, QByteArray("\x1f\x8b\x08\x00\x00\x00", 6)));
        auto result = f.metrics();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(result.error().detail().contains(QLatin1String("compressed (gzip)")),
                 qPrintable(result.error().detail()));
        f.network.respondWith(
            FakeResponse::json(200, "\x0b\x80{}", {{"Content-Encoding", "x-lzma"}}));
        result = f.metrics();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().detail().contains(QLatin1String("compressed (x-lzma)")),
                 qPrintable(result.error().detail()));
    }
};

QTEST_GUILESS_MAIN(TestIntercomClient)
#include "tst_intercomclient.moc"
