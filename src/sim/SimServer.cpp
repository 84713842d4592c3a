#include "SimServer.h"

#include "Clock.h"
#include "Logging.h"
#include "SimJson.h"
#include "SimOAuth.h"
#include "SimRandom.h"
#include "SimWorkspace.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <mutex>

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

bool isKnownVersion(const QByteArray& version)
{
    // 2.16 is the first stable version with team metrics; Preview was called
    // Unstable until April 2026 and both names are still in use.
    return version == "2.16" || version == "Preview" || version == "Unstable";
}

QLoggingCategory::CategoryFilter previousLoggingFilter = nullptr;

// Qt HTTP Server's own debug and info output prints every request with its
// headers, the bearer token included, whatever the logging rules ask for.
void withoutHttpServerRequestLogs(QLoggingCategory* category)
{
    if (previousLoggingFilter)
        previousLoggingFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

SimServer::SimServer(SimWorkspace& workspace, const QString& token, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_token(token)
    , m_oauth(std::make_unique<SimOAuth>(workspace.config().seed))
    , m_http(new QHttpServer(this))
    , m_faults(workspace.config().seed)
    , m_idRng(SimRandom::generator(workspace.config().seed, 4))
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, [] {
        previousLoggingFilter = QLoggingCategory::installFilter(withoutHttpServerRequestLogs);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http->setMissingHandler(
        this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            handle(request, responder);
        });
#else
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, responder);
        });
#endif
}

SimServer::~SimServer()
{
    // Held responders go before the sockets they write to.
    for (auto& [id, pending] : m_pending) {
        QObject::disconnect(pending.gone);
        if (pending.timer)
            m_workspace.clock().cancel(pending.timer);
    }
    m_pending.clear();
}

quint16 SimServer::listen(quint16 port)
{
    if (m_tcp && m_tcp->isListening())
        return m_tcp->serverPort();
    auto* tcp = new SimTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = tcp->errorString();
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port << ':' << m_error;
        delete tcp;
        return 0;
    }
    connect(tcp, &SimTcpServer::accepted, this, &SimServer::connectionAccepted);
    (void)m_http->bind(tcp); // a bool since Qt 6.8, nothing to learn from it here
    m_tcp = tcp;
    m_error.clear();
    return tcp->serverPort();
}

quint16 SimServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void SimServer::addAcceptedToken(const QString& token)
{
    if (!token.isEmpty())
        m_extraTokens.insert(token);
}

void SimServer::removeAcceptedToken(const QString& token)
{
    m_extraTokens.remove(token);
}

void SimServer::setOAuthClient(const QString& clientId, const QString& clientSecret,
                               const QStringList& redirectUris)
{
    m_oauth->setClient(clientId, clientSecret, redirectUris);
}

void SimServer::setOAuthDenyAccess(bool deny)
{
    m_oauth->setDenyAccess(deny);
}

QStringList SimServer::oauthIssuedTokens() const
{
    return m_oauth->issuedTokens();
}

void SimServer::revokeOAuthTokens()
{
    m_oauth->revokeTokens();
}

int SimServer::connectionCount() const
{
    return m_tcp ? m_tcp->acceptedCount() : 0;
}

void SimServer::resetCounters()
{
    m_requestCounts.clear();
    m_totalRequests = 0;
    if (m_tcp)
        m_tcp->resetCount();
}

void SimServer::setFaults(const SimFaults& faults)
{
    const bool wasHanging = m_faults.faults().hang;
    m_faults.setFaults(faults);
    if (wasHanging && !faults.hang) {
        QList<quint64> hanging;
        for (const auto& [id, pending] : m_pending) {
            if (pending.hanging)
                hanging.append(id);
        }
        for (const quint64 id : std::as_const(hanging))
            release(id);
    }
}

void SimServer::setLatency(int milliseconds)
{
    SimFaults f = m_faults.faults();
    f.latencyMs = milliseconds;
    setFaults(f);
}

void SimServer::setHang(bool hang)
{
    SimFaults f = m_faults.faults();
    f.hang = hang;
    setFaults(f);
}

void SimServer::setServerErrorRate(double rate)
{
    SimFaults f = m_faults.faults();
    f.serverErrorRate = rate;
    setFaults(f);
}

void SimServer::setBodyFault(SimBodyFault fault)
{
    SimFaults f = m_faults.faults();
    f.bodyFault = fault;
    setFaults(f);
}

void SimServer::setFaultScope(SimFaultScope scope)
{
    SimFaults f = m_faults.faults();
    f.scope = scope;
    setFaults(f);
}

void SimServer::clearFaults()
{
    setFaults(SimFaults());
    m_faults.startRateLimitBurst(0);
}

void SimServer::startRateLimitBurst(int requests)
{
    m_faults.startRateLimitBurst(requests);
}

int SimServer::hangingReplyCount() const
{
    int n = 0;
    for (const auto& [id, pending] : m_pending)
        n += pending.hanging ? 1 : 0;
    return n;
}

QString SimServer::nextRequestId()
{
    // Random-looking but seeded, so that two runs with one seed answer alike.
    const quint32 a = m_idRng.generate();
    const quint32 b = m_idRng.generate();
    const quint32 c = m_idRng.generate();
    const quint32 d = m_idRng.generate();
    const QUuid uuid(a, quint16(b >> 16), quint16((b & 0x0fff) | 0x4000),
                     uchar(0x80 | ((c >> 24) & 0x3f)), uchar(c >> 16), uchar(c >> 8), uchar(c),
                     uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
    return uuid.toString(QUuid::WithoutBraces);
}

SimReply SimServer::error(int status, const QString& requestId, const QString& code,
                          const QString& message, const QString& field) const
{
    SimReply reply;
    reply.status = status;
    reply.setHeader("Content-Type", kJson);
    reply.body = SimJson::error(requestId, code, message, field);
    return reply;
}

void SimServer::addRateHeaders(SimReply& reply, const SimRateLimiter::Window& window) const
{
    reply.setHeader("X-RateLimit-Limit", QByteArray::number(window.limit));
    reply.setHeader("X-RateLimit-Remaining", QByteArray::number(window.remaining));
    reply.setHeader("X-RateLimit-Reset", QByteArray::number(window.resetAt));
}

void SimServer::handle(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QString path = request.url().path();
    ++m_totalRequests;
    ++m_requestCounts[path];
    Q_EMIT requestReceived(path);

    const QString requestId = nextRequestId();
    bool faultable = false;
    SimReply reply = respond(request, requestId, &faultable);
    const bool inScope = faultable && m_faults.appliesTo(path);
    if (inScope) {
        const QDateTime now = m_workspace.clock().now();
        reply =
            m_faults.apply(std::move(reply), requestId, path, now, m_rateLimiter.peek(now).resetAt);
    }
    reply.setHeader("X-Request-Id", requestId.toLatin1());

    QTcpSocket* socket = SimHttp::socketFor(*m_tcp, request, responder);
    const SimFaults& faults = m_faults.faults();
    if (inScope && (faults.hang || faults.latencyMs > 0)) {
        hold(responder, socket, std::move(reply), path, faults.hang, faults.latencyMs);
        return;
    }
    send(responder, socket, reply, path);
}

SimReply SimServer::respond(const QHttpServerRequest& request, const QString& requestId,
                            bool* faultable)
{
    // The OAuth endpoints are where a client gets a token, so they need none.
    if (auto oauth = routeOAuth(request, requestId))
        return std::move(*oauth);
    if (!tokenAccepted(request.value(QByteArrayLiteral("authorization"))))
        return error(401, requestId, QStringLiteral("unauthorized"),
                     QStringLiteral("Access Token Invalid"));

    const SimRateLimiter::Window window = m_rateLimiter.take(m_workspace.clock().now());
    if (!window.allowed) {
        SimReply reply =
            error(429, requestId, QStringLiteral("rate_limit_exceeded"),
                  QStringLiteral("You have exceeded the rate limit. Please try again later."));
        addRateHeaders(reply, window);
        return reply;
    }

    QByteArray version = request.value(QByteArrayLiteral("intercom-version")).trimmed();
    if (version.isEmpty())
        version = QByteArrayLiteral("2.16");
    SimReply reply;
    if (!isKnownVersion(version)) {
        reply = error(400, requestId, QStringLiteral("intercom_version_invalid"),
                      QStringLiteral("Intercom-Version '%1' is not a supported API version; "
                                     "use 2.16, Preview or Unstable.")
                          .arg(QString::fromLatin1(version.left(40))));
    } else {
        *faultable = true;
        reply = route(request, requestId);
    }
    addRateHeaders(reply, window);
    return reply;
}

bool SimServer::tokenAccepted(const QByteArray& header) const
{
    const QByteArray authorization = header.trimmed();
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return false;
    const QString presented = QString::fromUtf8(authorization.mid(7).trimmed());
    if (presented.isEmpty())
        return false;
    return presented == m_token || m_extraTokens.contains(presented) ||
           m_oauth->acceptsToken(presented);
}

std::optional<SimReply> SimServer::routeOAuth(const QHttpServerRequest& request,
                                              const QString& requestId)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (path == QLatin1String("/oauth") && method == QHttpServerRequest::Method::Get)
        return m_oauth->authorize(QUrlQuery(request.url()), requestId);
    if (path == QLatin1String("/auth/eagle/token") && method == QHttpServerRequest::Method::Post)
        return m_oauth->exchange(request.value(QByteArrayLiteral("content-type")), request.body(),
                                 requestId);
    return std::nullopt;
}

SimReply SimServer::route(const QHttpServerRequest& request, const QString& requestId)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto notFound = [&] {
        return error(404, requestId, QStringLiteral("not_found"),
                     QStringLiteral("Resource Not Found"));
    };
    if (request.method() != QHttpServerRequest::Method::Get)
        return notFound();

    m_workspace.sync();
    SimReply reply;
    reply.setHeader("Content-Type", kJson);
    if (parts == QStringList{QStringLiteral("me")}) {
        reply.body = SimJson::me(m_workspace);
    } else if (parts == QStringList{QStringLiteral("admins")}) {
        reply.body = SimJson::adminList(m_workspace);
    } else if (parts == QStringList{QStringLiteral("away_status_reasons")}) {
        reply.body = SimJson::awayReasonList(m_workspace);
    } else if (parts == QStringList{QStringLiteral("teams")}) {
        reply.body = SimJson::teamList(m_workspace);
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("teams")) {
        const SimTeam* team = m_workspace.team(parts.at(1));
        if (!team)
            return error(404, requestId, QStringLiteral("team_not_found"),
                         QStringLiteral("Team not found"));
        reply.body = SimJson::team(m_workspace, *team);
    } else if (parts.size() == 3 && parts.at(0) == QLatin1String("teams") &&
               parts.at(2) == QLatin1String("metrics")) {
        const auto restricted = [&] {
            return error(403, requestId, QStringLiteral("api_plan_restricted"),
                         QStringLiteral("Real-time monitoring is not enabled for your workspace."));
        };
        if (!m_workspace.realtimeMonitoring())
            return restricted();
        const SimTeam* team = m_workspace.team(parts.at(1));
        if (!team)
            return error(404, requestId, QStringLiteral("team_not_found"),
                         QStringLiteral("Team not found"));
        if (m_workspace.metricsRestricted(team->id))
            return restricted();
        qint64 threshold = 1800;
        const QUrlQuery query(request.url());
        if (query.hasQueryItem(QStringLiteral("idle_threshold"))) {
            bool ok = false;
            threshold = query.queryItemValue(QStringLiteral("idle_threshold")).toLongLong(&ok);
            if (!ok) {
                return error(400, requestId, QStringLiteral("parameter_invalid"),
                             QStringLiteral("idle_threshold must be a whole number of seconds"),
                             QStringLiteral("idle_threshold"));
            }
        }
        reply.body = SimJson::teamMetrics(
            m_workspace.teamMetrics(team->id, SimWorkspace::clampIdleThreshold(threshold)));
    } else {
        return notFound();
    }
    return reply;
}

void SimServer::hold(QHttpServerResponder& responder, QTcpSocket* socket, SimReply reply,
                     const QString& path, bool hanging, int latencyMs)
{
    const quint64 id = m_nextPending++;
    Pending& p = m_pending[id];
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.socket = socket;
    p.watched = socket != nullptr;
    p.reply = std::move(reply);
    p.path = path;
    p.hanging = hanging;
    if (socket) {
        // A client that gives up takes its held reply with it.
        p.gone = connect(socket, &QAbstractSocket::disconnected, this, [this, id] {
            const auto it = m_pending.find(id);
            if (it == m_pending.end())
                return;
            if (it->second.timer)
                m_workspace.clock().cancel(it->second.timer);
            m_pending.erase(it);
        });
    }
    if (!hanging) {
        p.timer = m_workspace.clock().schedule(std::chrono::milliseconds(latencyMs), this,
                                               [this, id] { release(id); });
    }
    qCDebug(lcSim) << (hanging ? "holding" : "delaying") << path;
}

void SimServer::release(quint64 id)
{
    auto node = m_pending.extract(id);
    if (node.empty())
        return;
    Pending& p = node.mapped();
    QObject::disconnect(p.gone);
    const bool connected = p.socket && p.socket->state() == QAbstractSocket::ConnectedState;
    if (connected || !p.watched)
        send(*p.responder, p.socket, p.reply, p.path);
}

void SimServer::send(QHttpServerResponder& responder, QTcpSocket* socket, const SimReply& reply,
                     const QString& path)
{
    if (reply.truncate && socket) {
        SimHttp::writeTruncated(socket, reply);
    } else if (reply.truncate) {
        // No socket to cut (should not happen): half a body that is honest
        // about its length is the closest thing.
        SimReply half = reply;
        half.body = reply.body.left(reply.body.size() / 2);
        SimHttp::write(responder, half);
    } else {
        SimHttp::write(responder, reply);
    }
    qCDebug(lcSim) << reply.status << path;
    Q_EMIT replyWritten(path, reply.status);
}
