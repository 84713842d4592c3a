#pragma once

#include "Clock.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QTcpServer;
class QTcpSocket;
class QUrlQuery;
class TokenStore;

struct OAuthConfig
{
    QString clientId;
    // As registered with the app at Intercom: an https address whose final
    // page the user copies back, or http://127.0.0.1:PORT/path, where
    // Floorwatch listens and completes by itself. Port 0 picks a free port
    // (see OAuthSignIn::redirectUri()), useful only with a test server.
    QUrl redirectUri;
    QUrl authorizationUrl = QUrl(QStringLiteral("https://app.intercom.com/oauth"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://api.intercom.io/auth/eagle/token"));
    std::chrono::milliseconds deadline{30000}; // for the token exchange
};

// "Sign in with Intercom" for an organisation that registered its own
// Intercom app. QOAuth2AuthorizationCodeFlow builds the authorization
// request (client_id, redirect_uri, response_type, state); the state is ours
// and is checked before a code is used. The code is exchanged here rather
// than by the flow: Qt 6.4's exchange has no deadline and drops HTTP errors
// without a word. Intercom has no PKCE and no refresh token.
//
// The token comes out through accessTokenReceived(); the caller checks it
// with GET /me and stores it like a pasted one. Nothing here logs it.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    // The client secret is read from `secrets` under
    // TokenStore::kOAuthClientSecretAccount when the code is exchanged;
    // `secrets` may be null when it is set with setClientSecret().
    OAuthSignIn(QNetworkAccessManager* network, Clock& clock, TokenStore* secrets,
                QObject* parent = nullptr);
    ~OAuthSignIn() override;

    void setConfig(const OAuthConfig& config) { m_config = config; }
    const OAuthConfig& config() const { return m_config; }
    // Overrides the secret in the TokenStore (e.g. for this run only).
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }

    static QUrl tokenUrlFor(const QUrl& apiBaseUrl);
    static bool isLoopbackRedirect(const QUrl& redirectUri);

    // Starts a new attempt (dropping any other): a fresh state, the loopback
    // listener when the redirect URI asks for one, then authorizeUrlReady().
    // Returns why it could not start, for a person.
    std::optional<QString> start();
    // The address the browser ended on, pasted by the user. Returns why it
    // was refused; the attempt then goes on and another address may be tried.
    std::optional<QString> completeFromRedirectUrl(const QUrl& pasted);
    void cancel();

    bool isActive() const { return m_phase != Phase::Idle; }
    bool isExchanging() const { return m_phase == Phase::Exchanging; }
    bool isListening() const;
    // The redirect URI actually sent, with the listening port filled in.
    QUrl redirectUri() const;

signals:
    void authorizeUrlReady(const QUrl& url);
    void exchangeStarted();
    void accessTokenReceived(const QString& token);
    // The attempt is over without a token.
    void failed(const QString& message);
    // A redirect reached the loopback listener but was refused; the attempt
    // goes on.
    void callbackRejected(const QString& message);

private:
    enum class Phase
    {
        Idle,
        Waiting,
        Exchanging
    };
    struct CallbackOutcome
    {
        bool accepted = false;
        bool attemptOver = false;
        QString message;
    };

    std::optional<QString> startListening();
    void stopListening();
    void onConnection();
    void onSocketData(QTcpSocket* socket);
    CallbackOutcome acceptCallback(const QUrlQuery& query);
    void exchange(const QString& code);
    void sendExchange(const QString& code, const QString& secret);
    void succeed(const QString& token);
    void fail(const QString& message);
    void reset();
    static QString randomState();

    QNetworkAccessManager* m_network;
    Clock& m_clock;
    QPointer<TokenStore> m_secrets;
    OAuthConfig m_config;
    QString m_clientSecret;

    Phase m_phase = Phase::Idle;
    quint64 m_attempt = 0;
    QString m_state;
    QUrl m_redirectUri;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QTcpServer> m_listener;
    QPointer<QObject> m_exchange; // the token request's context, gone when it is done
};
