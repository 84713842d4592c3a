#include "SimOAuth.h"

#include "SimJson.h"
#include "SimRandom.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

SimReply jsonReply(int status, QByteArray body)
{
    SimReply reply;
    reply.status = status;
    reply.setHeader("Content-Type", kJson);
    reply.body = std::move(body);
    return reply;
}

SimReply errorReply(int status, const QString& requestId, const QString& code,
                    const QString& message)
{
    return jsonReply(status, SimJson::error(requestId, code, message));
}

// Form bodies as browsers and Qt send them, or JSON as some clients do.
QHash<QString, QString> parameters(const QByteArray& contentType, const QByteArray& body)
{
    QHash<QString, QString> values;
    if (contentType.toLower().contains("json")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            values.insert(it.key(), it.value().toString());
        return values;
    }
    QByteArray form = body;
    form.replace('+', ' ');
    const QUrlQuery query(QString::fromUtf8(form));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        values.insert(key, value);
    return values;
}

} // namespace

SimOAuth::SimOAuth(quint64 seed)
    : m_rng(SimRandom::generator(seed, 5))
{}

void SimOAuth::setClient(const QString& clientId, const QString& clientSecret,
                         const QStringList& redirectUris)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_redirectUris = redirectUris;
    m_codes.clear();
}

void SimOAuth::revokeTokens()
{
    m_tokens.clear();
}

QString SimOAuth::randomHex(int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; ++i)
        raw.append(char(m_rng.bounded(256)));
    return QString::fromLatin1(raw.toHex());
}

SimReply SimOAuth::authorize(const QUrlQuery& query, const QString& requestId)
{
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (!isConfigured() || clientId != m_clientId)
        return errorReply(400, requestId, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown client_id"));
    QString redirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (redirectUri.isEmpty() && !m_redirectUris.isEmpty())
        redirectUri = m_redirectUris.first();
    // Never redirect anywhere that was not registered for the app.
    if (!m_redirectUris.contains(redirectUri))
        return errorReply(400, requestId, QStringLiteral("invalid_redirect_uri"),
                          QStringLiteral("The redirect_uri is not registered for this app"));

    QUrl target(redirectUri);
    QUrlQuery back(target);
    if (m_deny) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = randomHex(16);
        m_codes.insert(code, Grant{clientId, redirectUri});
        back.addQueryItem(QStringLiteral("code"), code);
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!state.isEmpty())
        back.addQueryItem(QStringLiteral("state"),
                          QString::fromLatin1(QUrl::toPercentEncoding(state)));
    target.setQuery(back);

    SimReply reply;
    reply.status = 302;
    reply.setHeader("Location", target.toEncoded());
    reply.setHeader("Content-Type", "text/html; charset=utf-8");
    reply.body = QByteArrayLiteral("<html><body>Redirecting</body></html>");
    return reply;
}

SimReply SimOAuth::exchange(const QByteArray& contentType, const QByteArray& body,
                            const QString& requestId)
{
    const QHash<QString, QString> p = parameters(contentType, body);
    for (const QString& name :
         {QStringLiteral("code"), QStringLiteral("client_id"), QStringLiteral("client_secret")}) {
        if (p.value(name).isEmpty())
            return errorReply(400, requestId, QStringLiteral("parameter_not_found"),
                              QStringLiteral("%1 is required").arg(name));
    }
    const bool client = isConfigured() && p.value(QStringLiteral("client_id")) == m_clientId &&
                        p.value(QStringLiteral("client_secret")) == m_clientSecret;
    if (!client)
        return errorReply(401, requestId, QStringLiteral("unauthorized"),
                          QStringLiteral("Invalid client credentials"));
    // A code is good once, and only for the client it was issued to.
    const auto grant = m_codes.constFind(p.value(QStringLiteral("code")));
    if (grant == m_codes.cend() || grant->clientId != m_clientId)
        return errorReply(401, requestId, QStringLiteral("unauthorized"),
                          QStringLiteral("Invalid or expired authorization code"));
    m_codes.erase(grant);

    const QString token = QStringLiteral("sim_oauth_") + randomHex(24);
    m_tokens.insert(token);
    m_issued.append(token);
    return jsonReply(200,
                     QJsonDocument(QJsonObject{
                                       {QStringLiteral("type"), QStringLiteral("token")},
                                       {QStringLiteral("token"), token},
                                       {QStringLiteral("access_token"), token},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                   })
                         .toJson(QJsonDocument::Compact));
}
