#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Everything that can go wrong talking to Intercom, one kind per thing the
// user has to do differently about it.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Unauthorized,     // 401: the token is invalid or revoked -> sign in again
        Forbidden,        // 403: feature not enabled / scope missing -> ask an admin
        NotFound,         // 404: team gone -> pick another
        RateLimited,      // 429: wait until the reset time
        ServerError,      // 5xx: Intercom trouble -> retry later
        Network,          // DNS, refused, unreachable -> retry
        Timeout,          // no answer in time -> retry
        Tls,              // certificate or handshake failure -> fix the network path
        BadResponse,      // malformed, wrong shape, oversized, refused redirect
        BadRequest,       // 400: the request was rejected (e.g. unknown API version)
        BadConfiguration, // refused before any connection was made
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }             // error.list code
    QString serverMessage() const { return m_message; } // error.list message
    QString requestId() const { return m_requestId; }
    QString detail() const { return m_detail; }     // what we found wrong
    QDateTime retryAt() const { return m_retryAt; } // 429: X-RateLimit-Reset

    ApiError& withHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }
    ApiError& withServerError(QString code, QString message, QString requestId);
    ApiError& withRetryAt(QDateTime at)
    {
        m_retryAt = std::move(at);
        return *this;
    }
    ApiError& withDetail(QString detail);

    // Transient errors fix themselves: the poller backs off and retries.
    bool isTransient() const;

    // One clear sentence for a person, with what to do; never raw JSON.
    QString userMessage() const;
    // Stable identifier for logs and scripts, e.g. "unauthorized".
    static QString kindName(Kind kind);
    // When a pause ends, as every view shows it: the time of day in `zone`
    // when that is the same day as `now` there, with the date otherwise.
    static QString resumeTime(const QDateTime& at, const QDateTime& now, const QTimeZone& zone);

    // Maps an HTTP error status and error.list body to the right kind.
    static ApiError fromHttp(int status, const QByteArray& body);

private:
    Kind m_kind = Kind::BadResponse;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_requestId;
    QString m_detail;
    QDateTime m_retryAt;
};
