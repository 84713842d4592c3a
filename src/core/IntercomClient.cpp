#include "IntercomClient.h"

#include "Clock.h"
#include "Logging.h"
#include "Parsers.h"
#include "UtcDateTime.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

void ApiCall::abort()
{
    m_handler = nullptr;
    if (auto* client = qobject_cast<IntercomClient*>(parent()))
        client->finish(this, ApiError(ApiError::Kind::Network, QStringLiteral("aborted")));
}

IntercomClient::IntercomClient(QNetworkAccessManager* network, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

ApiCall* IntercomClient::me(QObject* context, Handler<Me> handler)
{
    return getParsed(QStringLiteral("/me"), {}, context, &Parsers::parseMe, std::move(handler));
}

ApiCall* IntercomClient::teams(QObject* context, Handler<QList<Team>> handler)
{
    return getParsed(QStringLiteral("/teams"), {}, context, &Parsers::parseTeams,
                     std::move(handler), Body::Directory);
}

ApiCall* IntercomClient::team(const QString& teamId, QObject* context, Handler<Team> handler)
{
    return getParsed(QStringLiteral("/teams/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(teamId)),
                     {}, context, &Parsers::parseTeam, std::move(handler), Body::Directory);
}

ApiCall* IntercomClient::admins(QObject* context, Handler<QList<Admin>> handler)
{
    return getParsed(QStringLiteral("/admins"), {}, context, &Parsers::parseAdmins,
                     std::move(handler), Body::Directory);
}

ApiCall* IntercomClient::awayReasons(QObject* context, Handler<QList<AwayReason>> handler)
{
    return getParsed(QStringLiteral("/away_status_reasons"), {}, context,
                     &Parsers::parseAwayReasons, std::move(handler), Body::Directory);
}

ApiCall* IntercomClient::teamMetrics(const QString& teamId, int idleThreshold, QObject* context,
                                     Handler<QList<TeamMetric>> handler)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("idle_threshold"),
                       QString::number(ApiConfig::clampIdleThreshold(idleThreshold)));
    return getParsed(QStringLiteral("/teams/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(teamId)) +
                         QStringLiteral("/metrics"),
                     query, context, &Parsers::parseTeamMetrics, std::move(handler));
}

template <typename T>
ApiCall* IntercomClient::getParsed(const QString& path, const QUrlQuery& query, QObject* context,
                                   Result<T> (*parse)(const QByteArray&), Handler<T> handler,
                                   Body body)
{
    const QPointer<QObject> guard(context);
    return get(path, query, body,
               [guard, parse, handler = std::move(handler)](Result<QByteArray> raw) {
                   if (!guard)
                       return;
                   if (!raw.ok())
                       handler(raw.error());
                   else
                       handler(parse(raw.value()));
               });
}

ApiCall* IntercomClient::get(const QString& path, const QUrlQuery& query, Body body,
                             std::function<void(Result<QByteArray>)> done)
{
    auto* call = new ApiCall(this);
    call->m_handler = std::move(done);
    call->m_maxBodyBytes =
        body == Body::Directory ? m_config.maxDirectoryBodyBytes : m_config.maxBodyBytes;
    ++m_inFlight;

    // Configuration problems are reported like any other failure, but before
    // a single byte leaves the machine.
    std::optional<ApiError> refused;
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.host().isEmpty())
        refused = ApiError(ApiError::Kind::BadConfiguration, tr("No Intercom API address is set."));
    else if (const auto valid = ApiConfig::validateBaseUrl(m_config.baseUrl.toString()); !valid)
        refused = valid.error();
    else if (m_token.isEmpty())
        refused =
            ApiError(ApiError::Kind::BadConfiguration, tr("No Intercom access token is set."));
    else if (const QString problem = ApiConfig::tokenProblem(m_token); !problem.isEmpty())
        refused = ApiError(ApiError::Kind::BadConfiguration, problem);
    else if (const QString problem = ApiConfig::versionProblem(m_config.apiVersion);
             !problem.isEmpty())
        refused = ApiError(ApiError::Kind::BadConfiguration, problem);

    if (refused) {
        QMetaObject::invokeMethod(
            call, [this, call, error = *refused] { finish(call, error); }, Qt::QueuedConnection);
        return call;
    }

    QUrl url = m_config.baseUrl;
    // The path pieces are percent-encoded already (a team id's "/" is
    // "%2F"): set as decoded text, each "%" would be encoded a second time.
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(query);
    start(call, url);
    return call;
}

ApiCall* IntercomClient::postForm(const QUrl& url, const QUrlQuery& form, QObject* context,
                                  Handler<QByteArray> handler)
{
    auto* call = new ApiCall(this);
    const QPointer<QObject> guard(context);
    call->m_handler = [guard, handler = std::move(handler)](Result<QByteArray> result) {
        if (guard)
            handler(result);
    };
    call->m_maxBodyBytes = m_config.maxBodyBytes;
    ++m_inFlight;
    if (const auto valid = ApiConfig::validateBaseUrl(url.toString()); !valid) {
        QMetaObject::invokeMethod(
            call, [this, call, error = valid.error()] { finish(call, error); },
            Qt::QueuedConnection);
        return call;
    }

    // Encoded field by field: QUrlQuery leaves "+" alone, which a form
    // decoder would turn into a space.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request = guardedRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    call->m_url = url;
    watch(call, m_network->post(request, body));
    qCDebug(lcApi).noquote() << "POST" << url.path() << Logging::describeForm(form);
    return call;
}

QNetworkRequest IntercomClient::guardedRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_config.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

void IntercomClient::start(ApiCall* call, const QUrl& url)
{
    QNetworkRequest request = guardedRequest(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Intercom-Version", m_config.apiVersion.toUtf8());
    call->m_url = url;
    watch(call, m_network->get(request));
    qCDebug(lcApi) << "GET" << url.path();
}

// The guards every request shares, whatever its method.
void IntercomClient::watch(ApiCall* call, QNetworkReply* reply)
{
    call->m_reply = reply;

    const qint64 cap = call->m_maxBodyBytes;
    const auto failOversize = [this, call] { finish(call, oversize(call)); };
    connect(reply, &QNetworkReply::metaDataChanged, call, [reply, cap, failOversize] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            failOversize();
    });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [reply, cap, failOversize](qint64 received, qint64 total) {
                if (received > cap || total > cap || reply->bytesAvailable() > cap)
                    failOversize();
            });
    connect(reply, &QNetworkReply::redirected, call, [this, call, reply](const QUrl& target) {
        if (redirectAllowed(call->m_url, target)) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "refused redirect to" << target.toDisplayString(QUrl::RemoveQuery);
        finish(call, ApiError(ApiError::Kind::BadResponse,
                              tr("the server redirected to %1, which is not the same secure host")
                                  .arg(target.toDisplayString(QUrl::RemoveUserInfo |
                                                              QUrl::RemoveQuery))));
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, call, [](const QList<QSslError>& errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError.
        for (const QSslError& e : errors)
            qCWarning(lcNet) << "TLS error:" << e.errorString();
    });
#endif
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });

    call->m_deadlineTimer = m_clock.schedule(m_config.deadline, call, [this, call] {
        finish(
            call,
            ApiError(ApiError::Kind::Timeout,
                     tr("no complete answer within %1 s").arg(m_config.deadline.count() / 1000)));
    });
}

ApiError IntercomClient::oversize(const ApiCall* call) const
{
    return ApiError(
        ApiError::Kind::BadResponse,
        tr("the response is larger than %1 MiB").arg(call->m_maxBodyBytes / (1024 * 1024)));
}

bool IntercomClient::redirectAllowed(const QUrl& base, const QUrl& target)
{
    if (target.host().compare(base.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (target.scheme() == QLatin1String("https"))
        return true;
    // Plain http only where it was already accepted: loopback, same scheme.
    return target.scheme() == base.scheme() && ApiConfig::isLoopbackHost(target.host());
}

void IntercomClient::onReplyFinished(ApiCall* call)
{
    QNetworkReply* reply = call->m_reply;
    if (call->m_done || !reply)
        return;
    readRateLimit(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromUtf8(reply->rawHeader("X-Request-Id"));

    // A transfer that broke off (even after the headers arrived) is a
    // network failure; HTTP error statuses are handled below.
    if (status == 0 || (reply->error() != QNetworkReply::NoError &&
                        reply->error() < QNetworkReply::ContentAccessDenied)) {
        finish(call, networkError(reply));
        return;
    }
    // QIODevice::read(n) sets aside n bytes before reading: with the
    // directory's cap that was 64 MiB for every /admins. What arrived was
    // already held to the cap while it downloaded; check it, then take it.
    if (reply->bytesAvailable() > call->m_maxBodyBytes) {
        finish(call, oversize(call));
        return;
    }
    const QByteArray body = reply->readAll();
    if (body.size() > call->m_maxBodyBytes) {
        finish(call, oversize(call));
        return;
    }
    if (status >= 200 && status < 300) {
        if (const QString compression = unrequestedCompression(reply, body);
            !compression.isEmpty()) {
            finish(call, ApiError(ApiError::Kind::BadResponse,
                                  tr("the body is compressed (%1) though no such compression "
                                     "was asked for")
                                      .arg(compression))
                             .withHttpStatus(status));
            return;
        }
        finish(call, body);
        return;
    }
    ApiError error = ApiError::fromHttp(status, body);
    if (error.requestId().isEmpty() && !requestId.isEmpty())
        error.withServerError(error.code(), error.serverMessage(), requestId);
    if (status >= 300 && status < 400)
        error = ApiError(ApiError::Kind::BadResponse,
                         tr("the server answered with a redirect (HTTP %1) that was not followed")
                             .arg(status))
                    .withHttpStatus(status);
    if (error.kind() == ApiError::Kind::RateLimited) {
        // No Retry-After: wait for the window's reset, or one whole window.
        const QDateTime now = m_clock.now();
        QDateTime at = m_rateLimit.resetAt;
        if (!at.isValid() || at < now)
            at = now.addSecs(10);
        // Intercom's windows are 10 s long: a reset further away than the
        // longest backoff is a server bug, not a reason to go dark for it.
        const QDateTime latest = now.addSecs(kLongestRateLimitPause.count());
        if (at > latest) {
            qCWarning(lcApi).noquote()
                << "implausible X-RateLimit-Reset" << m_rateLimit.resetAt.toString(Qt::ISODate)
                << "- pausing only until" << latest.toString(Qt::ISODate);
            at = latest;
        }
        error.withRetryAt(at);
    }
    if (error.kind() == ApiError::Kind::BadRequest)
        error.withDetail(m_config.apiVersion);
    finish(call, error);
}

ApiError IntercomClient::networkError(QNetworkReply* reply) const
{
    using E = QNetworkReply::NetworkError;
    const E code = reply->error();
    ApiError::Kind kind = ApiError::Kind::Network;
    switch (code) {
    case E::TimeoutError:
    case E::OperationCanceledError: // raised by the transfer timeout
        kind = ApiError::Kind::Timeout;
        break;
    case E::SslHandshakeFailedError:
        kind = ApiError::Kind::Tls;
        break;
    case E::ProtocolFailure:
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        kind = ApiError::Kind::BadResponse;
        break;
    default:
        break;
    }
    return ApiError(kind, reply->errorString());
}

QString IntercomClient::unrequestedCompression(QNetworkReply* reply, const QByteArray& body)
{
    // Qt asks for and undoes the encodings it knows; one it does not know
    // arrives still encoded, and so does a compressed body sent without
    // saying so. Either would otherwise be reported as a JSON syntax error.
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    static const QList<QByteArray> decoded = {"", "identity", "gzip", "deflate", "br", "zstd"};
    if (!decoded.contains(encoding))
        return QString::fromLatin1(encoding.left(32));
    if (body.startsWith("\x1f\x8b"))
        return QStringLiteral("gzip");
    if (body.startsWith("\x28\xb5\x2f\xfd"))
        return QStringLiteral("zstd");
    return QString();
}

void IntercomClient::readRateLimit(QNetworkReply* reply)
{
    if (!reply->hasRawHeader("X-RateLimit-Reset") && !reply->hasRawHeader("X-RateLimit-Remaining"))
        return;
    bool ok = false;
    RateLimitStatus status;
    status.limit = reply->rawHeader("X-RateLimit-Limit").toInt(&ok);
    if (!ok)
        status.limit = -1;
    status.remaining = reply->rawHeader("X-RateLimit-Remaining").toInt(&ok);
    if (!ok)
        status.remaining = -1;
    const qint64 reset = reply->rawHeader("X-RateLimit-Reset").toLongLong(&ok);
    if (ok && reset > 0)
        status.resetAt = Utc::fromSecsSinceEpoch(reset);
    m_rateLimit = status;
}

void IntercomClient::finish(ApiCall* call, Result<QByteArray> result)
{
    if (call->m_done)
        return;
    call->m_done = true;
    --m_inFlight;
    m_clock.cancel(call->m_deadlineTimer);
    if (QNetworkReply* reply = call->m_reply) {
        reply->disconnect(call);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (!result.ok())
        qCInfo(lcApi).noquote() << "request failed:" << ApiError::kindName(result.error().kind())
                                << result.error().httpStatus() << result.error().detail();
    auto handler = std::move(call->m_handler);
    call->deleteLater();
    if (handler)
        handler(std::move(result));
}
