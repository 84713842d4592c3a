#include "OAuthTokenExchange.h"

#include "IntercomClient.h"
#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>

OAuthTokenExchange::OAuthTokenExchange(QNetworkAccessManager* network, Clock& clock,
                                       QObject* parent)
    : QObject(parent)
    , m_client(new IntercomClient(network, clock, this))
{}

OAuthTokenExchange::~OAuthTokenExchange()
{
    cancel();
}

void OAuthTokenExchange::cancel()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->abort();
    }
}

std::optional<QString> OAuthTokenExchange::tokenFrom(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        token = object.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

void OAuthTokenExchange::start(const OAuthConfig& config, const QString& code,
                               const QString& clientSecret)
{
    cancel();
    // The exchange's own limits; the client has no base URL or token of its
    // own, as postForm needs neither.
    ApiConfig limits;
    limits.deadline = config.deadline;
    limits.transferTimeout = std::min(limits.transferTimeout, config.deadline);
    limits.maxBodyBytes = kMaxReplyBytes;
    m_client->setConfig(limits);

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("client_id"), config.clientId.trimmed());
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
    m_call = m_client->postForm(config.tokenUrl, form, this, [this](const Result<QByteArray>& r) {
        m_call = nullptr;
        if (r.ok()) {
            if (const auto token = tokenFrom(r.value()))
                emit succeeded(*token);
            else
                emit failed(tr("Intercom's answer had no access token; the sign-in did not "
                               "finish."));
            return;
        }
        const ApiError& error = r.error();
        const int status = error.httpStatus();
        if (status == 400 || status == 401 || status == 403) {
            qCWarning(lcApp) << "OAuth token exchange refused: HTTP" << status << error.code();
            emit failed(tr("Intercom refused to finish the sign-in (%1): the client id or "
                           "client secret is wrong, or the code was already used. Check the "
                           "app's settings and sign in again.")
                            .arg(error.serverMessage().isEmpty() ? QString::number(status)
                                                                 : error.serverMessage()));
            return;
        }
        switch (error.kind()) {
        case ApiError::Kind::Timeout:
            emit failed(tr("Intercom did not answer in time while finishing the sign-in. Try "
                           "again."));
            return;
        case ApiError::Kind::Network:
        case ApiError::Kind::Tls:
            emit failed(tr("Could not reach Intercom to finish the sign-in (%1). Check the "
                           "network connection and try again.")
                            .arg(error.detail()));
            return;
        default:
            emit failed(error.userMessage());
            return;
        }
    });
}
