#pragma once

#include "Clock.h"
#include "OAuthConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class OAuthRedirectListener;
class OAuthTokenExchange;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class TokenStore;

// "Sign in with Intercom" for an organisation that registered its own
// Intercom app: the flow of one attempt. QOAuth2AuthorizationCodeFlow builds
// the authorization request (client_id, redirect_uri, response_type,
// state); the state is ours and is checked (OAuthCallback) before a code is
// used. The redirect comes back pasted by the user or through an
// OAuthRedirectListener; the code is exchanged by an OAuthTokenExchange
// rather than by the Qt flow, whose exchange in Qt 6.4 has no deadline and
// drops HTTP errors without a word. Intercom has no PKCE and no refresh
// token.
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

    static QUrl tokenUrlFor(const QUrl& apiBaseUrl) { return OAuthConfig::tokenUrlFor(apiBaseUrl); }
    static bool isLoopbackRedirect(const QUrl& redirectUri)
    {
        return OAuthConfig::isLoopbackRedirect(redirectUri);
    }

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

    void exchange(const QString& code);
    void succeed(const QString& token);
    void fail(const QString& message);
    void reset();

    QNetworkAccessManager* m_network;
    QPointer<TokenStore> m_secrets;
    OAuthConfig m_config;
    QString m_clientSecret;
    OAuthRedirectListener* m_listener;
    OAuthTokenExchange* m_exchange;

    Phase m_phase = Phase::Idle;
    quint64 m_attempt = 0;
    QString m_state;
    QUrl m_redirectUri;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
};
