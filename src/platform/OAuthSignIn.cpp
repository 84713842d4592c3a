#include "OAuthSignIn.h"

#include "ApiConfig.h"
#include "ApiError.h"
#include "Logging.h"
#include "TokenStore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

constexpr qint64 kMaxTokenReplyBytes = 1024 * 1024;
constexpr qint64 kMaxRequestLine = 8192;
constexpr std::chrono::seconds kLoopbackIdle{30};

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

bool sameSecret(const QString& a, const QString& b)
{
    // Compared in full whatever the content, so the time taken says nothing.
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= x.at(i) ^ y.at(i);
    return diff == 0;
}

QByteArray page(int status, const QString& message)
{
    const QByteArray html = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                              "<title>Floorwatch</title></head><body><p>") +
                            message.toHtmlEscaped().toUtf8() +
                            QByteArrayLiteral("</p></body></html>");
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
           "Content-Length: " +
           QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html;
}

void respond(QTcpSocket* socket, int status, const QString& message)
{
    socket->write(page(status, message));
    socket->disconnectFromHost();
}

QByteArray formField(const char* name, const QString& value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager* network, Clock& clock, TokenStore* secrets,
                         QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_secrets(secrets)
{}

OAuthSignIn::~OAuthSignIn()
{
    reset();
}

QUrl OAuthSignIn::tokenUrlFor(const QUrl& apiBaseUrl)
{
    QUrl url = apiBaseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/auth/eagle/token"));
    return url;
}

bool OAuthSignIn::isLoopbackRedirect(const QUrl& redirectUri)
{
    return redirectUri.scheme() == QLatin1String("http") &&
           ApiConfig::isLoopbackHost(redirectUri.host());
}

bool OAuthSignIn::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_redirectUri.isEmpty() ? m_config.redirectUri : m_redirectUri;
}

QString OAuthSignIn::randomState()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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

    m_redirectUri = redirect;
    if (isLoopbackRedirect(redirect)) {
        if (auto error = startListening()) {
            reset();
            return error;
        }
    }
    m_state = randomState();
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
    stopListening();
    if (m_flow)
        m_flow->deleteLater();
    if (QObject* exchange = m_exchange) {
        m_exchange = nullptr;
        delete exchange; // takes its reply down with it
    }
}

std::optional<QString> OAuthSignIn::startListening()
{
    const QString host = m_redirectUri.host();
    QHostAddress address(host);
    if (address.isNull())
        address = QHostAddress(QHostAddress::LocalHost); // "localhost"
    const int port = m_redirectUri.port(80);
    auto* server = new QTcpServer(this);
    if (!server->listen(address, quint16(port))) {
        const QString why = server->errorString();
        delete server;
        return tr("Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that "
                  "uses this port, or paste the address instead.")
            .arg(host)
            .arg(port)
            .arg(why);
    }
    connect(server, &QTcpServer::newConnection, this, &OAuthSignIn::onConnection);
    m_listener = server;
    if (port == 0)
        m_redirectUri.setPort(server->serverPort());
    return std::nullopt;
}

void OAuthSignIn::stopListening()
{
    if (QTcpServer* server = m_listener) {
        m_listener = nullptr;
        server->close();
        server->deleteLater(); // with any connection that was still idle
    }
}

void OAuthSignIn::onConnection()
{
    QTcpServer* server = m_listener;
    if (!server)
        return;
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onSocketData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_clock.schedule(kLoopbackIdle, socket, [socket] { socket->abort(); });
    }
}

void OAuthSignIn::onSocketData(QTcpSocket* socket)
{
    if (socket->property("answered").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestLine) {
            socket->setProperty("answered", true);
            respond(socket, 400, tr("Floorwatch could not read this request."));
        }
        return;
    }
    socket->setProperty("answered", true);
    // Only the request line matters: GET /path?query HTTP/1.1
    const QList<QByteArray> parts = socket->readLine(kMaxRequestLine).trimmed().split(' ');
    const QUrl target = parts.size() == 3 ? QUrl::fromEncoded(parts.at(1)) : QUrl();
    if (parts.value(0) != "GET" || !target.isValid()) {
        respond(socket, 400, tr("Floorwatch could not read this request."));
        return;
    }
    const QString expectedPath =
        m_redirectUri.path().isEmpty() ? QStringLiteral("/") : m_redirectUri.path();
    if (target.path() != expectedPath) {
        // Browsers ask for /favicon.ico and the like; that is no answer.
        respond(socket, 404, tr("Not found."));
        return;
    }
    // The answer leaves before the listener is closed, so the socket must
    // outlive it.
    socket->setParent(this);
    const CallbackOutcome outcome = acceptCallback(QUrlQuery(target));
    if (outcome.accepted) {
        respond(socket, 200,
                tr("Floorwatch received the authorization from Intercom. You can close this "
                   "tab and return to Floorwatch."));
        return;
    }
    respond(socket, 400, outcome.message);
    if (outcome.attemptOver)
        fail(outcome.message);
    else
        emit callbackRejected(outcome.message);
}

std::optional<QString> OAuthSignIn::completeFromRedirectUrl(const QUrl& pasted)
{
    if (!pasted.isValid() || !pasted.hasQuery())
        return tr("This is not the address Intercom sent you to: it has no code. Copy the "
                  "whole address from the browser's address bar after you allowed access.");
    const CallbackOutcome outcome = acceptCallback(QUrlQuery(pasted));
    if (outcome.accepted)
        return std::nullopt;
    if (outcome.attemptOver)
        fail(outcome.message);
    return outcome.message;
}

OAuthSignIn::CallbackOutcome OAuthSignIn::acceptCallback(const QUrlQuery& query)
{
    if (m_phase == Phase::Idle)
        return {false, false,
                tr("No sign-in with Intercom is in progress. Start it again, then use the "
                   "address you are sent to.")};
    if (m_phase == Phase::Exchanging)
        return {false, false, tr("This sign-in is already being completed.")};
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty())
        return {false, false,
                tr("The address has no \"state\", so Floorwatch cannot tell that it belongs to "
                   "this sign-in. Copy the whole address from the browser's address bar.")};
    if (!sameSecret(state, m_state)) {
        qCWarning(lcApp) << "OAuth redirect refused: state does not match";
        return {false, false,
                tr("This address does not belong to the sign-in Floorwatch started (its state "
                   "does not match), so it was refused. If you started signing in more than "
                   "once, use the address from the last attempt.")};
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty())
        return {false, true,
                tr("Intercom did not give Floorwatch access (%1). Start again and allow access, "
                   "or ask an Intercom admin to install the app.")
                    .arg(error)};
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return {false, false,
                tr("The address has no authorization code. Copy the whole address from the "
                   "browser's address bar after you allowed access.")};
    exchange(code);
    return {true, false, {}};
}

void OAuthSignIn::exchange(const QString& code)
{
    m_phase = Phase::Exchanging;
    stopListening();
    emit exchangeStarted();
    if (!m_clientSecret.isEmpty()) {
        sendExchange(code, m_clientSecret);
        return;
    }
    if (!m_secrets) {
        fail(tr("The OAuth client secret is not set. Enter it in the settings."));
        return;
    }
    const quint64 attempt = m_attempt;
    m_secrets->read(
        TokenStore::kOAuthClientSecretAccount, this,
        [this, attempt, code](const StoreResult<QString>& secret) {
            if (attempt != m_attempt || m_phase != Phase::Exchanging)
                return;
            if (!secret) {
                fail(tr("The OAuth client secret could not be read from the keychain. %1")
                         .arg(secret.error().message));
                return;
            }
            sendExchange(code, secret.value());
        });
}

void OAuthSignIn::sendExchange(const QString& code, const QString& secret)
{
    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_config.deadline.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    const QByteArray body = formField("code", code) + '&' +
                            formField("client_id", m_config.clientId.trimmed()) + '&' +
                            formField("client_secret", secret);

    // The context owns the reply's connections and deadline; deleting it
    // abandons the exchange.
    auto* context = new QObject(this);
    m_exchange = context;
    QNetworkReply* reply = m_network->post(request, body);
    const QPointer<QNetworkReply> guard(reply);
    connect(context, &QObject::destroyed, reply, [guard] {
        if (guard) {
            guard->abort();
            guard->deleteLater();
        }
    });
    const auto finishWith = [this, context](const std::optional<QString>& token,
                                            const QString& error) {
        if (m_exchange != context)
            return;
        m_exchange = nullptr;
        context->deleteLater();
        if (token)
            succeed(*token);
        else
            fail(error);
    };
    connect(reply, &QNetworkReply::redirected, context, [finishWith](const QUrl& to) {
        finishWith(std::nullopt, tr("Intercom's token address redirected to %1; the sign-in was "
                                    "stopped there. Check the API address in the settings.")
                                     .arg(to.toDisplayString(QUrl::RemoveQuery)));
    });
    m_clock.schedule(m_config.deadline, context, [finishWith] {
        finishWith(std::nullopt, tr("Intercom did not answer in time while finishing the "
                                    "sign-in. Try again."));
    });
    connect(reply, &QNetworkReply::finished, context, [reply, finishWith] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->read(kMaxTokenReplyBytes + 1);
        if (status == 0) {
            finishWith(std::nullopt, tr("Could not reach Intercom to finish the sign-in (%1). "
                                        "Check the network connection and try again.")
                                         .arg(reply->errorString()));
            return;
        }
        if (status < 200 || status >= 300) {
            const ApiError error = ApiError::fromHttp(status, data);
            qCWarning(lcApp) << "OAuth token exchange refused: HTTP" << status << error.code();
            if (status == 400 || status == 401 || status == 403)
                finishWith(std::nullopt,
                           tr("Intercom refused to finish the sign-in (%1): the client id or "
                              "client secret is wrong, or the code was already used. Check the "
                              "app's settings and sign in again.")
                               .arg(error.serverMessage().isEmpty() ? QString::number(status)
                                                                    : error.serverMessage()));
            else
                finishWith(std::nullopt, error.userMessage());
            return;
        }
        const QJsonObject object = data.size() > kMaxTokenReplyBytes
                                       ? QJsonObject()
                                       : QJsonDocument::fromJson(data).object();
        QString token = object.value(QLatin1String("access_token")).toString();
        if (token.isEmpty())
            token = object.value(QLatin1String("token")).toString();
        if (token.isEmpty()) {
            finishWith(std::nullopt,
                       tr("Intercom's answer had no access token; the sign-in did not finish."));
            return;
        }
        finishWith(token, {});
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
