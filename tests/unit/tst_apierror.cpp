#include "ApiError.h"
#include "UtcDateTime.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void kindFromStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        const QByteArray unauthorized =
            R"({"type":"error.list","request_id":"r-1","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]})";
        const QByteArray restricted =
            R"({"type":"error.list","request_id":"req-456","errors":[{"code":"api_plan_restricted","message":"Real-time monitoring is not enabled for your workspace."}]})";
        const QByteArray notFound =
            R"({"type":"error.list","request_id":"req-789","errors":[{"code":"team_not_found","message":"Team not found"}]})";
        const QByteArray limited =
            R"({"type":"error.list","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit"}]})";
        const QByteArray badVersion =
            R"({"type":"error.list","errors":[{"code":"intercom_version_invalid","message":"Requested version is invalid"}]})";
        QTest::newRow("401") << 401 << unauthorized << ApiError::Kind::Unauthorized
                             << "unauthorized";
        QTest::newRow("403") << 403 << restricted << ApiError::Kind::Forbidden
                             << "api_plan_restricted";
        QTest::newRow("404") << 404 << notFound << ApiError::Kind::NotFound << "team_not_found";
        QTest::newRow("429") << 429 << limited << ApiError::Kind::RateLimited
                             << "rate_limit_exceeded";
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>")
                             << ApiError::Kind::ServerError << "";
        QTest::newRow("503") << 503 << QByteArray() << ApiError::Kind::ServerError << "";
        QTest::newRow("400") << 400 << badVersion << ApiError::Kind::BadRequest
                             << "intercom_version_invalid";
        QTest::newRow("418") << 418 << QByteArray() << ApiError::Kind::BadResponse << "";
    }
    void kindFromStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        const ApiError e = ApiError::fromHttp(status, body);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.code(), code);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY2(!e.userMessage().contains(QLatin1Char('{')), "a message never shows JSON");
    }

    void carriesRequestIdAndServerMessage()
    {
        const ApiError e = ApiError::fromHttp(
            401,
            R"({"type":"error.list","request_id":"abc-123","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]})");
        QCOMPARE(e.requestId(), QStringLiteral("abc-123"));
        QCOMPARE(e.serverMessage(), QStringLiteral("Access Token Invalid"));
    }

    void messagesSayWhatToDo()
    {
        QVERIFY(ApiError::fromHttp(401, {}).userMessage().contains(QLatin1String("Sign in")));
        const ApiError restricted = ApiError::fromHttp(
            403,
            R"({"type":"error.list","errors":[{"code":"api_plan_restricted","message":"x"}]})");
        QVERIFY(restricted.userMessage().contains(QLatin1String("realtime_monitoring")));
        QVERIFY(ApiError::fromHttp(403, {}).userMessage().contains(QLatin1String("read_admins")));
        QVERIFY(
            ApiError::fromHttp(404, {}).userMessage().contains(QLatin1String("Pick another team")));
        ApiError limited = ApiError::fromHttp(429, {});
        limited.withRetryAt(QDateTime(QDate(2026, 1, 5), QTime(9, 43)));
        QVERIFY(limited.userMessage().contains(QLatin1String("09:43:00")));
        ApiError version = ApiError::fromHttp(
            400,
            R"({"type":"error.list","errors":[{"code":"intercom_version_invalid","message":"bad"}]})");
        version.withDetail(QStringLiteral("3.99"));
        QVERIFY(version.userMessage().contains(QLatin1String("3.99")));
        QVERIFY(version.userMessage().contains(QLatin1String("2.16")));
    }

    void resumeTimeShowsADateUnlessToday()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime now = Utc::dateTime(QDate(2026, 1, 5), QTime(17, 6)); // 18:06 in Berlin
        QCOMPARE(ApiError::resumeTime(now.addSecs(300), now, berlin), QStringLiteral("18:11:00"));
        // 23:30 UTC is already tomorrow in Berlin.
        QCOMPARE(ApiError::resumeTime(now.addSecs(6 * 3600 + 24 * 60), now, berlin),
                 QStringLiteral("2026-01-06 00:30:00"));
        QCOMPARE(ApiError::resumeTime(now.addDays(30), now, berlin),
                 QStringLiteral("2026-02-04 18:06:00"));

        ApiError limited = ApiError::fromHttp(429, {});
        limited.withRetryAt(QDateTime::currentDateTimeUtc().addDays(30));
        QVERIFY2(limited.userMessage().contains(
                     limited.retryAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))),
                 qPrintable(limited.userMessage()));
    }

    void transientKinds()
    {
        QVERIFY(ApiError(ApiError::Kind::Timeout, {}).isTransient());
        QVERIFY(ApiError(ApiError::Kind::ServerError, {}).isTransient());
        QVERIFY(ApiError(ApiError::Kind::Network, {}).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::Unauthorized, {}).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::Forbidden, {}).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::NotFound, {}).isTransient());
        QVERIFY(!ApiError(ApiError::Kind::BadConfiguration, {}).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
