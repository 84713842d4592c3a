// "Sign in with Intercom" end to end against the simulator: the test plays
// the browser, following the authorization URL itself, then either pastes
// the address it was sent to or lets the loopback listener take it.

#include "Clock.h"
#include "InMemoryTokenStore.h"
#include "LogCapture.h"
#include "NetworkAccessManager.h"
#include "OAuthSignIn.h"
#include "SignInFlow.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString kApiToken = QStringLiteral("tok_oauth_api_1");
const QString kClientId = QStringLiteral("fw-client-42");
const QString kClientSecret = QStringLiteral("sec_8d1f0b77");
const QUrl kHttpsRedirect(QStringLiteral("https://floorwatch.example.com/oauth/callback"));

struct BrowserAnswer
{
    int status = 0;
    QUrl location;
    QByteArray body;
};

struct Fixture
{
    ManualClock clock;
    SimWorkspace workspace{SimConfig{}, clock};
    SimServer server{workspace, kApiToken};
    NetworkAccessManager network;
    QNetworkAccessManager browser; // stands in for the system browser
    InMemoryTokenStore secrets;
    OAuthSignIn signIn{&network, clock, &secrets};
    QSignalSpy urls{&signIn, &OAuthSignIn::authorizeUrlReady};
    QSignalSpy tokens{&signIn, &OAuthSignIn::accessTokenReceived};
    QSignalSpy failures{&signIn, &OAuthSignIn::failed};
    QSignalSpy rejections{&signIn, &OAuthSignIn::callbackRejected};

    explicit Fixture(const QUrl& redirect = kHttpsRedirect, const QString& secret = kClientSecret)
    {
        if (server.listen(0) == 0)
            qFatal("simulator did not start");
        OAuthConfig config;
        config.clientId = kClientId;
        config.redirectUri = redirect;
        config.authorizationUrl = server.baseUrl().resolved(QUrl(QStringLiteral("/oauth")));
        config.tokenUrl = OAuthSignIn::tokenUrlFor(server.baseUrl());
        signIn.setConfig(config);
        bool stored = false;
        secrets.write(TokenStore::kOAuthClientSecretAccount, secret, nullptr,
                      [&](const std::optional<TokenStoreError>& e) { stored = !e; });
        if (!QTest::qWaitFor([&] { return stored; }, 5000))
            qFatal("secret not stored");
    }

    // Starts the sign-in and registers the redirect URI it will use.
    QUrl start()
    {
        const auto refused = signIn.start();
        if (refused)
            qWarning("%s", qPrintable(*refused));
        server.setOAuthClient(kClientId, kClientSecret,
                              {kHttpsRedirect.toString(), signIn.redirectUri().toString()});
        return urls.isEmpty() ? QUrl() : urls.last().at(0).toUrl();
    }

    BrowserAnswer open(const QUrl& url, bool follow)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             follow ? QNetworkRequest::NoLessSafeRedirectPolicy
                                    : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = browser.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("browser request did not finish");
        BrowserAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        answer.body = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    int tokenRequests() const { return server.requestCount(QStringLiteral("/auth/eagle/token")); }
};

QUrl withQueryItem(QUrl url, const QString& key, const QString& value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    if (!value.isNull())
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

private slots:
    void authorizationUrlCarriesClientAndState()
    {
        Fixture f;
        const QUrl url = f.start();
        QVERIFY(url.isValid());
        QCOMPARE(url.path(), QStringLiteral("/oauth"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kClientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 kHttpsRedirect.toString());
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 32);
        QVERIFY(!query.hasQueryItem(QStringLiteral("client_secret")));
        // Each attempt has its own state.
        const QUrl again = f.start();
        QVERIFY(QUrlQuery(again).queryItemValue(QStringLiteral("state")) !=
                query.queryItemValue(QStringLiteral("state")));
        QVERIFY(OAuthConfig().authorizationUrl ==
                QUrl(QStringLiteral("https://app.intercom.com/oauth")));
    }

    void pastedAddressCompletesTheSignIn()
    {
        Fixture f;
        const BrowserAnswer approved = f.open(f.start(), false);
        QCOMPARE(approved.status, 302);
        QCOMPARE(approved.location.host(), kHttpsRedirect.host());
        QCOMPARE(approved.location.path(), kHttpsRedirect.path());

        QVERIFY(!f.signIn.completeFromRedirectUrl(approved.location));
        QTRY_COMPARE(f.tokens.count(), 1);
        const QString token = f.tokens.first().at(0).toString();
        QCOMPARE(f.server.oauthIssuedTokens(), QStringList{token});
        QCOMPARE(f.tokenRequests(), 1);
        QVERIFY(f.failures.isEmpty());
        QVERIFY(!f.signIn.isActive());

        // The caller then checks and stores it like a pasted token.
        InMemoryTokenStore store;
        SignInFlow flow(&f.network, f.clock, store);
        flow.setCustomBaseUrl(f.server.baseUrl());
        std::optional<Result<SignInResult>> checked;
        flow.verify(token, nullptr, [&](const Result<SignInResult>& r) { checked = r; });
        QTRY_VERIFY(checked.has_value());
        QVERIFY(checked->ok());
        QCOMPARE(checked->value().me.app.idCode, f.workspace.app().idCode);
    }

    void wrongStateIsRejected()
    {
        Fixture f;
        const BrowserAnswer approved = f.open(f.start(), false);
        QCOMPARE(approved.status, 302);

        const auto forged = f.signIn.completeFromRedirectUrl(
            withQueryItem(approved.location, QStringLiteral("state"), QStringLiteral("forged")));
        QVERIFY(forged);
        QVERIFY2(forged->contains(QLatin1String("state")), qPrintable(*forged));
        const auto stateless = f.signIn.completeFromRedirectUrl(
            withQueryItem(approved.location, QStringLiteral("state"), QString()));
        QVERIFY(stateless);
        const auto codeless = f.signIn.completeFromRedirectUrl(
            withQueryItem(approved.location, QStringLiteral("code"), QString()));
        QVERIFY(codeless);
        QVERIFY(f.signIn.completeFromRedirectUrl(QUrl(QStringLiteral("https://example.com/"))));
        QCOMPARE(f.tokenRequests(), 0);
        QVERIFY(f.tokens.isEmpty());

        // The attempt goes on: the right address still works.
        QVERIFY(f.signIn.isActive());
        QVERIFY(!f.signIn.completeFromRedirectUrl(approved.location));
        QTRY_COMPARE(f.tokens.count(), 1);
    }

    void addressFromAnEarlierAttemptIsRejected()
    {
        Fixture f;
        const BrowserAnswer first = f.open(f.start(), false);
        f.start(); // the user clicked again
        QVERIFY(f.signIn.completeFromRedirectUrl(first.location));
        QCOMPARE(f.tokenRequests(), 0);
    }

    void nothingToCompleteWithoutAnAttempt()
    {
        Fixture f;
        const auto refused = f.signIn.completeFromRedirectUrl(
            QUrl(QStringLiteral("https://floorwatch.example.com/oauth/callback?code=a&state=b")));
        QVERIFY(refused);
        QCOMPARE(f.tokenRequests(), 0);
    }

    void loopbackRedirectCompletesByItself()
    {
        Fixture f(QUrl(QStringLiteral("http://127.0.0.1:0/floorwatch/callback")));
        const QUrl url = f.start();
        QVERIFY(f.signIn.isListening());
        const QUrl redirect = f.signIn.redirectUri();
        QVERIFY(redirect.port() > 0);
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 redirect.toString());

        const BrowserAnswer page = f.open(url, true); // follows the 302 to the listener
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("close this tab"), page.body.constData());
        QTRY_COMPARE(f.tokens.count(), 1);
        QCOMPARE(f.tokens.first().at(0).toString(), f.server.oauthIssuedTokens().value(0));
        QVERIFY(!f.signIn.isListening());
    }

    void loopbackRejectsWrongStateAndStrayRequests()
    {
        Fixture f(QUrl(QStringLiteral("http://127.0.0.1:0/cb")));
        const QUrl url = f.start();
        QUrl base = f.signIn.redirectUri();

        const BrowserAnswer favicon =
            f.open(base.resolved(QUrl(QStringLiteral("/favicon.ico"))), false);
        QCOMPARE(favicon.status, 404);

        QUrl forged = base;
        forged.setQuery(QStringLiteral("code=stolen&state=forged"));
        const BrowserAnswer refused = f.open(forged, false);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("state"));
        QCOMPARE(f.rejections.count(), 1);
        QCOMPARE(f.tokenRequests(), 0);
        QVERIFY(f.signIn.isListening());

        const BrowserAnswer page = f.open(url, true);
        QCOMPARE(page.status, 200);
        QTRY_COMPARE(f.tokens.count(), 1);
        QVERIFY(f.failures.isEmpty());
    }

    void busyLoopbackPortIsExplained()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        Fixture f(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(squatter.serverPort())));
        const auto refused = f.signIn.start();
        QVERIFY(refused);
        QVERIFY(refused->contains(QString::number(squatter.serverPort())));
        QVERIFY(!f.signIn.isActive());
    }

    void wrongSecretFailsClearly()
    {
        Fixture f(kHttpsRedirect, QStringLiteral("not-the-secret"));
        const BrowserAnswer approved = f.open(f.start(), false);
        QVERIFY(!f.signIn.completeFromRedirectUrl(approved.location));
        QTRY_COMPARE(f.failures.count(), 1);
        const QString message = f.failures.first().at(0).toString();
        QVERIFY2(message.contains(QLatin1String("client secret")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("not-the-secret")));
        QVERIFY(f.tokens.isEmpty());
        QVERIFY(f.server.oauthIssuedTokens().isEmpty());
    }

    void missingSecretFailsClearly()
    {
        Fixture f;
        bool removed = false;
        f.secrets.remove(TokenStore::kOAuthClientSecretAccount, nullptr,
                         [&](const std::optional<TokenStoreError>&) { removed = true; });
        QTRY_VERIFY(removed);
        const BrowserAnswer approved = f.open(f.start(), false);
        QVERIFY(!f.signIn.completeFromRedirectUrl(approved.location));
        QTRY_COMPARE(f.failures.count(), 1);
        QVERIFY(f.failures.first().at(0).toString().contains(QLatin1String("client secret")));
        QCOMPARE(f.tokenRequests(), 0);
    }

    void deniedAccessEndsTheAttempt()
    {
        Fixture f;
        f.server.setOAuthDenyAccess(true);
        const BrowserAnswer denied = f.open(f.start(), false);
        QCOMPARE(denied.status, 302);
        QVERIFY(f.signIn.completeFromRedirectUrl(denied.location));
        QCOMPARE(f.failures.count(), 1);
        QVERIFY(f.failures.first().at(0).toString().contains(QLatin1String("access_denied")));
        QVERIFY(!f.signIn.isActive());
    }

    void simulatorChecksClientRedirectCodeAndSecret()
    {
        Fixture f;
        const QUrl url = f.start();
        QCOMPARE(
            f.open(withQueryItem(url, QStringLiteral("client_id"), QStringLiteral("other")), false)
                .status,
            400);
        QCOMPARE(f.open(withQueryItem(url, QStringLiteral("redirect_uri"),
                                      QStringLiteral("https://evil.example/cb")),
                        false)
                     .status,
                 400);
        const BrowserAnswer approved = f.open(url, false);
        const QString code = QUrlQuery(approved.location).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        const auto post = [&](const QByteArray& contentType, const QByteArray& body) {
            QNetworkRequest request(OAuthSignIn::tokenUrlFor(f.server.baseUrl()));
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            QNetworkReply* reply = f.browser.post(request, body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                qFatal("token request did not finish");
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            reply->deleteLater();
            return std::make_pair(status, data);
        };
        const QByteArray json = "application/json";
        const auto body = [&](const QString& secret) {
            return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                             {QStringLiteral("client_id"), kClientId},
                                             {QStringLiteral("client_secret"), secret}})
                .toJson();
        };
        QCOMPARE(post(json, body(QStringLiteral("wrong"))).first, 401);
        const auto granted = post(json, body(kClientSecret));
        QCOMPARE(granted.first, 200);
        const QJsonObject object = QJsonDocument::fromJson(granted.second).object();
        QCOMPARE(object.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(object.value(QLatin1String("token")), object.value(QLatin1String("access_token")));
        // A code is good once.
        const auto reused = post(json, body(kClientSecret));
        QCOMPARE(reused.first, 401);
        QVERIFY(reused.second.contains("error.list"));
    }

    void tokenAndSecretAreNeverLogged()
    {
        LogCapture log;
        QLoggingCategory::setFilterRules(
            QStringLiteral("floorwatch.*.debug=true\nqt.networkauth*.debug=true"));
        QString token;
        {
            Fixture f(QUrl(QStringLiteral("http://127.0.0.1:0/cb")));
            QCOMPARE(f.open(f.start(), true).status, 200);
            QTRY_COMPARE(f.tokens.count(), 1);
            token = f.tokens.first().at(0).toString();
        }
        QVERIFY(!token.isEmpty());
        QVERIFY(!log.lines().isEmpty());
        QVERIFY(!log.joined().contains(token));
        QVERIFY(!log.joined().contains(kClientSecret));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
