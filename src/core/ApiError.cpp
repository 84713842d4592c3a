#include "ApiError.h"

#include "ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Everything an ApiError carries may quote the server, and ends up printed,
// logged or shown: it is made inert here, where it enters.
ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(ServerText::inert(detail, 2 * ServerText::kMaxLength))
{}

ApiError& ApiError::withServerError(QString code, QString message, QString requestId)
{
    m_code = ServerText::inert(code);
    m_message = ServerText::inert(message);
    m_requestId = ServerText::inert(requestId);
    return *this;
}

ApiError& ApiError::withDetail(QString detail)
{
    m_detail = ServerText::inert(detail, 2 * ServerText::kMaxLength);
    return *this;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::fromHttp(int status, const QByteArray& body)
{
    QString code, message, requestId;
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    if (obj.value(QLatin1String("type")).toString() == QLatin1String("error.list")) {
        requestId = obj.value(QLatin1String("request_id")).toString();
        const QJsonObject first = obj.value(QLatin1String("errors")).toArray().first().toObject();
        code = first.value(QLatin1String("code")).toString();
        message = first.value(QLatin1String("message")).toString();
    }

    Kind kind;
    if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status >= 500)
        kind = Kind::ServerError;
    else if (status == 400)
        kind = Kind::BadRequest;
    else
        kind = Kind::BadResponse;

    ApiError e(kind, QString());
    e.withHttpStatus(status).withServerError(code, message, requestId);
    if (kind == Kind::BadResponse)
        e.withDetail(tr("unexpected HTTP status %1").arg(status));
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::BadConfiguration:
        return QStringLiteral("bad_configuration");
    }
    return QString();
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Unauthorized:
        return tr("Intercom did not accept the access token: it is invalid or has been revoked. "
                  "Sign in again with a valid token.");
    case Kind::Forbidden:
        if (m_code == QLatin1String("api_plan_restricted"))
            return tr("Real-time monitoring is not enabled for this Intercom workspace. Ask an "
                      "Intercom admin to enable the realtime_monitoring feature.");
        return tr("Intercom refused access (%1). Ask an Intercom admin to give the app the "
                  "read_admins scope and to enable real-time monitoring.")
            .arg(m_message.isEmpty() ? m_code : m_message);
    case Kind::NotFound:
        return tr("Intercom does not know this team; it may have been deleted. Pick another team.");
    case Kind::RateLimited:
        return m_retryAt.isValid() ? tr("Intercom's rate limit was reached; paused until %1.")
                                         .arg(resumeTime(m_retryAt, QDateTime::currentDateTimeUtc(),
                                                         QTimeZone::systemTimeZone()))
                                   : tr("Intercom's rate limit was reached; paused for a moment.");
    case Kind::ServerError:
        return tr("Intercom had a server error (HTTP %1); retrying later.").arg(m_httpStatus);
    case Kind::Network:
        return tr("Could not reach Intercom (%1); check the network connection.").arg(m_detail);
    case Kind::Timeout:
        return tr("Intercom did not answer in time; retrying.");
    case Kind::Tls:
        return tr("The secure connection to Intercom failed (%1). Check the system clock, proxy "
                  "and certificates.")
            .arg(m_detail);
    case Kind::BadResponse:
        return tr("Intercom sent a response Floorwatch cannot use: %1.").arg(m_detail);
    case Kind::BadRequest:
        if (m_code.contains(QLatin1String("version")) ||
            m_message.contains(QLatin1String("ersion")))
            return tr("Intercom does not accept the API version %1. Choose 2.16 (stable) or "
                      "Preview.")
                .arg(m_detail.isEmpty() ? tr("that was sent") : m_detail);
        return tr("Intercom rejected the request (%1).")
            .arg(m_message.isEmpty() ? m_code : m_message);
    case Kind::BadConfiguration:
        return m_detail;
    }
    return m_detail;
}

QString ApiError::resumeTime(const QDateTime& at, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime local = at.toTimeZone(zone);
    if (local.date() == now.toTimeZone(zone).date())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
