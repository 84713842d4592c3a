#include "OAuthSignIn.h"

#include "ApiConfig.h"
#include "Logging.h"
#include "OAuthCallback.h"
#include "OAuthRedirectListener.h"
#include "OAuthTokenExchange.h"
#include "TokenStore.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QUrlQuery>

namespace {

// The flow asks its reply handler for the redirect URI; this one names the
// address registered at Intercom instead of running a server of its own.
class FixedRedirectHandler final : public QOAuthOobReplyHandler
{
public:
    FixedRedirectHandler(QString redirectUri, QObject* parent)
        : QOAuthOobReplyHandler(parent)
        , m_redirectUri(std::move(redirectUri))
    {}
    QString callback() const override { return m_redirectUri; }

private:
    QString m_redirectUri;
};

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager* network, Clock& clock, TokenStore* secrets,
                         QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_listener(new OAuthRedirectListener(clock, this))
    , m_exchange(new OAuthTokenExchange(network, clock, this))
{
    connect(m_listener, &OAuthRedirectListener::codeReceived, this, &OAuthSignIn::exchange);
    connect(m_listener, &OAuthRedirectListener::rejected, this, &OAuthSignIn::callbackRejected);
    connect(m_listener, &OAuthRedirectListener::denied, this, &OAuthSignIn::fail);
    connect(m_exchange, &OAuthTokenExchange::succeeded, this, &OAuthSignIn::succeed);
    connect(m_exchange, &OAuthTokenExchange::failed, this, &OAuthSignIn::fail);
}

OAuthSignIn::~OAuthSignIn()
{
    reset();
}

bool OAuthSignIn::isListening() const
{
    return m_listener->isListening();
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_redirectUri.isEmpty() ? m_config.redirectUri : m_redirectUri;
}

std::optional<QString> OAuthSignIn::start()
{
    reset();
    if (m_config.clientId.trimmed().isEmpty())
        return tr("No OAuth client id is set. Enter the client id of your organisation's "
                  "Intercom app in the settings.");
    const QUrl& redirect = m_config.redirectUri;
    const bool https = redirect.scheme() == QLatin1String("https") && !redirect.host().isEmpty();
    if (!redirect.isValid() || (!https && !isLoopbackRedirect(redirect)))
        return tr("The OAuth redirect address \"%1\" cannot be used: Intercom needs an https "
                  "address, or http://127.0.0.1:PORT/\u2026 for Floorwatch to receive it itself.")
            .arg(redirect.toDisplayString());
    for (const QUrl& url : {m_config.authorizationUrl, m_config.tokenUrl}) {
        if (const auto valid = ApiConfig::validateBaseUrl(url.toString()); !valid)
            return valid.error().userMessage();
    }

    const QString state = OAuthCallback::newState();
    m_redirectUri = redirect;
    if (isLoopbackRedirect(redirect)) {
        if (auto error = m_listener->listen(redirect, state)) {
            reset();
            return error;
        }
        m_redirectUri = m_listener->redirectUri(); // with the port it got
    }
    m_state = state;
    m_phase = Phase::Waiting;
    ++m_attempt;

    auto* flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    flow->setReplyHandler(
        new FixedRedirectHandler(m_redirectUri.toString(QUrl::FullyEncoded), flow));
    flow->setAuthorizationUrl(m_config.authorizationUrl);
    flow->setAccessTokenUrl(m_config.tokenUrl);
    flow->setClientIdentifier(m_config.clientId.trimmed());
    flow->setState(m_state);
    flow->setModifyParametersFunction(
        [](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            // Intercom sets an app's permissions on the app, not per request.
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization)
                parameters->remove(QStringLiteral("scope"));
        });
    m_flow = flow;
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::authorizeUrlReady);
    qCInfo(lcApp) << "OAuth sign-in started; redirect to" << m_redirectUri.toDisplayString();
    // Only builds the authorization URL: the answer comes back through the
    // listener or the pasted address, never through the flow.
    flow->grant();
    return std::nullopt;
}

void OAuthSignIn::cancel()
{
    reset();
}

void OAuthSignIn::reset()
{
    m_phase = Phase::Idle;
    m_state.clear();
    m_redirectUri.clear();
    m_listener->close();
    m_exchange->cancel();
    if (m_flow)
        m_flow->deleteLater();
}

std::optional<QString> OAuthSignIn::completeFromRedirectUrl(const QUrl& pasted)
{
    if (!pasted.isValid() || !pasted.hasQuery())
        return tr("This is not the address Intercom sent you to: it has no code. Copy the "
                  "whole address from the browser's address bar after you allowed access.");
    if (m_phase == Phase::Idle)
        return tr("No sign-in with Intercom is in progress. Start it again, then use the "
                  "address you are sent to.");
    if (m_phase == Phase::Exchanging)
        return tr("This sign-in is already being completed.");
    const OAuthCallback callback = OAuthCallback::check(QUrlQuery(pasted), m_state);
    switch (callback.verdict) {
    case OAuthCallback::Verdict::Code:
        exchange(callback.code);
        return std::nullopt;
    case OAuthCallback::Verdict::Denied:
        fail(callback.message);
        return callback.message;
    case OAuthCallback::Verdict::Refused:
        break;
    }
    return callback.message;
}

void OAuthSignIn::exchange(const QString& code)
{
    m_phase = Phase::Exchanging;
    m_listener->close();
    emit exchangeStarted();
    if (!m_clientSecret.isEmpty()) {
        m_exchange->start(m_config, code, m_clientSecret);
        return;
    }
    if (!m_secrets) {
        fail(tr("The OAuth client secret is not set. Enter it in the settings."));
        return;
    }
    const quint64 attempt = m_attempt;
    m_secrets->read(TokenStore::kOAuthClientSecretAccount, this,
                    [this, attempt, code](const StoreResult<QString>& secret) {
                        if (attempt != m_attempt || m_phase != Phase::Exchanging)
                            return;
                        if (!secret) {
                            fail(tr("The OAuth client secret could not be read from the "
                                    "keychain. %1")
                                     .arg(secret.error().message));
                            return;
                        }
                        m_exchange->start(m_config, code, secret.value());
                    });
}

void OAuthSignIn::succeed(const QString& token)
{
    qCInfo(lcApp) << "OAuth sign-in received an access token";
    reset();
    emit accessTokenReceived(token);
}

void OAuthSignIn::fail(const QString& message)
{
    qCInfo(lcApp) << "OAuth sign-in did not finish";
    reset();
    emit failed(message);
}
