#include "Clock.h"
#include "FakeNetworkAccessManager.h"
#include "LogCapture.h"
#include "OAuthTokenExchange.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString kCode = QStringLiteral("code_5f2e91a0");
const QString kSecret = QStringLiteral("sec+ret/8d1f&0b77=");
const QString kToken = QStringLiteral("tok_exchanged_c0ffee");
const QUrl kTokenUrl(QStringLiteral("https://api.intercom.io/auth/eagle/token"));

struct Fixture
{
    ManualClock clock;
    FakeNetworkAccessManager network;
    OAuthTokenExchange exchange{&network, clock};
    QSignalSpy tokens{&exchange, &OAuthTokenExchange::succeeded};
    QSignalSpy failures{&exchange, &OAuthTokenExchange::failed};

    void start()
    {
        OAuthConfig config;
        config.clientId = QStringLiteral(" fw-client-42 ");
        config.tokenUrl = kTokenUrl;
        exchange.start(config, kCode, kSecret);
    }

    QString failure() const
    {
        return failures.isEmpty() ? QString() : failures.first().at(0).toString();
    }
};

QByteArray tokenBody()
{
    return R"({"type":"token","token_type":"Bearer","access_token":")" + kToken.toUtf8() + "\"}";
}

} // namespace

class TestOAuthTokenExchange : public QObject
{
    Q_OBJECT

private slots:
    void postsTheFormWithoutABearerToken()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, tokenBody()));
        f.start();
        QTRY_COMPARE(f.tokens.count(), 1);
        QCOMPARE(f.tokens.first().at(0).toString(), kToken);
        QVERIFY(f.failures.isEmpty());
        QVERIFY(!f.exchange.isRunning());

        QCOMPARE(f.network.requestCount(), 1);
        const QNetworkRequest& request = f.network.requests().first();
        QCOMPARE(request.url(), kTokenUrl);
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(!request.hasRawHeader("Intercom-Version"));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(request.transferTimeout() > 0);
        // Every field percent-encoded, so "+", "&" and "=" in the secret
        // reach the server as they are.
        QCOMPARE(f.network.bodies().first(),
                 QByteArray("code=code_5f2e91a0&client_id=fw-client-42&"
                            "client_secret=sec%2Bret%2F8d1f%260b77%3D"));
    }

    void hangingExchangeTimesOutOnTheClock()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::hang());
        f.start();
        QCOMPARE(f.network.inFlight(), 1);
        f.clock.advance(29s);
        QVERIFY(f.failures.isEmpty());
        f.clock.advance(1s);
        QCOMPARE(f.failures.count(), 1);
        QVERIFY2(f.failure().contains(QLatin1String("did not answer in time")),
                 qPrintable(f.failure()));
        QVERIFY(f.tokens.isEmpty());
        QCOMPARE(f.network.inFlight(), 0); // aborted, not left dangling
        QVERIFY(!f.exchange.isRunning());
    }

    void deadlineComesFromTheConfig()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::hang());
        OAuthConfig config;
        config.clientId = QStringLiteral("fw-client-42");
        config.deadline = 5s;
        f.exchange.start(config, kCode, kSecret);
        f.clock.advance(4999ms);
        QVERIFY(f.failures.isEmpty());
        f.clock.advance(1ms);
        QCOMPARE(f.failures.count(), 1);
        QCOMPARE(f.network.requests().first().transferTimeout(), 5000);
    }

    void oversizeAnswerIsRefused()
    {
        Fixture f;
        QByteArray huge = tokenBody();
        huge.insert(1, QByteArray(OAuthTokenExchange::kMaxReplyBytes, ' '));
        f.network.respondWith(FakeResponse::json(200, huge));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY2(f.failure().contains(QLatin1String("larger than 1 MiB")), qPrintable(f.failure()));
        QVERIFY(f.tokens.isEmpty());
    }

    void answerJustUnderTheCapIsRead()
    {
        Fixture f;
        QByteArray body = tokenBody();
        body.insert(1, QByteArray(OAuthTokenExchange::kMaxReplyBytes - body.size(), ' '));
        f.network.respondWith(FakeResponse::json(200, body));
        f.start();
        QTRY_COMPARE(f.tokens.count(), 1);
    }

    void redirectToHttpIsRefused()
    {
        Fixture f;
        f.network.respondWith(
            FakeResponse::redirect(QUrl(QStringLiteral("http://api.intercom.io/auth/eagle/token")),
                                   FakeResponse::json(200, tokenBody())));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY2(f.failure().contains(QLatin1String("http://api.intercom.io")),
                 qPrintable(f.failure()));
        QVERIFY(f.tokens.isEmpty());
        QCOMPARE(f.network.inFlight(), 0);
    }

    void redirectToAnotherHostIsRefused()
    {
        Fixture f;
        f.network.respondWith(
            FakeResponse::redirect(QUrl(QStringLiteral("https://tokens.example.com/collect")),
                                   FakeResponse::json(200, tokenBody())));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY(f.tokens.isEmpty());
    }

    void redirectOnTheSameSecureHostIsFollowed()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::redirect(
            QUrl(QStringLiteral("https://api.intercom.io/v2/auth/eagle/token")),
            FakeResponse::json(200, tokenBody())));
        f.start();
        QTRY_COMPARE(f.tokens.count(), 1);
    }

    void refusedCodeOrSecretIsExplained()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(
            401,
            R"({"type":"error.list","errors":[{"code":"unauthorized","message":"Bad secret"}]})"));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY2(f.failure().contains(QLatin1String("client secret")), qPrintable(f.failure()));
        QVERIFY(f.failure().contains(QLatin1String("Bad secret")));
        QVERIFY(!f.failure().contains(kSecret));
    }

    void unreachableServerIsExplained()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::fail(QNetworkReply::ConnectionRefusedError));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY2(f.failure().contains(QLatin1String("Could not reach Intercom")),
                 qPrintable(f.failure()));
    }

    void answerWithoutATokenFails()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::json(200, R"({"type":"token"})"));
        f.start();
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY(f.failure().contains(QLatin1String("no access token")));
    }

    void refusedTokenAddressMakesNoRequest()
    {
        Fixture f;
        OAuthConfig config;
        config.clientId = QStringLiteral("fw-client-42");
        config.tokenUrl = QUrl(QStringLiteral("http://api.intercom.io/auth/eagle/token"));
        f.exchange.start(config, kCode, kSecret);
        QTRY_COMPARE(f.failures.count(), 1);
        QCOMPARE(f.network.requestCount(), 0);
    }

    void cancelDropsTheRequestSilently()
    {
        Fixture f;
        f.network.respondWith(FakeResponse::hang());
        f.start();
        QVERIFY(f.exchange.isRunning());
        f.exchange.cancel();
        QVERIFY(!f.exchange.isRunning());
        QCOMPARE(f.network.inFlight(), 0);
        f.clock.advance(60s);
        QVERIFY(f.failures.isEmpty());
        QVERIFY(f.tokens.isEmpty());
    }

    void tokenFromTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::newRow("access_token") << QByteArray(R"({"access_token":"a","token":"b"})") << "a";
        QTest::newRow("token") << QByteArray(R"({"token":"b"})") << "b";
        QTest::newRow("empty") << QByteArray(R"({"access_token":""})") << "";
        QTest::newRow("number") << QByteArray(R"({"access_token":12})") << "";
        QTest::newRow("not an object") << QByteArray(R"(["access_token"])") << "";
        QTest::newRow("not JSON") << QByteArray("access_token=a") << "";
    }
    void tokenFromTheAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QCOMPARE(OAuthTokenExchange::tokenFrom(body).value_or(QString()), token);
    }

    void secretCodeAndTokenAreNeverLogged()
    {
        LogCapture logs;
        {
            Fixture f;
            f.network.respondWith(FakeResponse::json(200, tokenBody()));
            f.start();
            QTRY_COMPARE(f.tokens.count(), 1);
        }
        const QString joined = logs.joined();
        // The request is logged, with its secret fields redacted.
        QVERIFY2(joined.contains(QLatin1String("client_id=fw-client-42")), qPrintable(joined));
        QVERIFY(joined.contains(QLatin1String("client_secret=<redacted>")));
        QVERIFY(!joined.contains(kSecret));
        QVERIFY(!joined.contains(QLatin1String("sec%2Bret")));
        QVERIFY(!joined.contains(kCode));
        QVERIFY(!joined.contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestOAuthTokenExchange)
#include "tst_oauthtokenexchange.moc"
