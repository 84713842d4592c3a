#pragma once

#include "SimFaults.h"
#include "SimHttp.h"
#include "SimRateLimiter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class SimOAuth;
class SimWorkspace;

// Intercom's REST API in front of a SimWorkspace, on 127.0.0.1 only:
// GET /me, /teams, /teams/{id}, /teams/{id}/metrics, /admins and
// /away_status_reasons (plus OAuth's GET /oauth and POST /auth/eagle/token),
// with bearer-token checks, Intercom-Version checks,
// 10-second-window rate limiting, error.list bodies, and faults on demand.
// Keep-alive is on (QHttpServer's default); requests and accepted TCP
// connections are counted so tests can assert how a client uses the wire.
class SimServer : public QObject
{
    Q_OBJECT
public:
    SimServer(SimWorkspace& workspace, const QString& token, QObject* parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0 on
    // failure (see errorString()).
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_error; }

    SimWorkspace& workspace() const { return m_workspace; }
    void setToken(const QString& token) { m_token = token; }
    // More tokens the API accepts besides the main one: another workspace's
    // admin, a second private app.
    void addAcceptedToken(const QString& token);
    void removeAcceptedToken(const QString& token);

    // OAuth for an organisation's own Intercom app: GET /oauth and
    // POST /auth/eagle/token (see SimOAuth.h). Tokens issued there are
    // accepted by every other endpoint.
    void setOAuthClient(const QString& clientId, const QString& clientSecret,
                        const QStringList& redirectUris);
    void setOAuthDenyAccess(bool deny);
    QStringList oauthIssuedTokens() const;
    void revokeOAuthTokens();
    void setRateLimitPerMinute(int perMinute) { m_rateLimiter.setPerMinute(perMinute); }
    int rateLimitPerMinute() const { return m_rateLimiter.perMinute(); }

    // Faults, switchable at any time; see SimFaults.h for what each does.
    void setFaults(const SimFaults& faults);
    SimFaults faults() const { return m_faults.faults(); }
    void setLatency(int milliseconds);
    // Switching hanging off answers the requests held so far.
    void setHang(bool hang);
    void setServerErrorRate(double rate);
    void setBodyFault(SimBodyFault fault);
    void setFaultScope(SimFaultScope scope);
    void clearFaults();
    // The next `requests` faultable requests get 429 rate_limit_exceeded.
    void startRateLimitBurst(int requests);
    int rateLimitBurstRemaining() const { return m_faults.rateLimitBurstRemaining(); }
    // Replies held back by latency or hanging, not yet written.
    int pendingReplyCount() const { return int(m_pending.size()); }
    int hangingReplyCount() const;

    // Requests by URL path (no query), all of them: faulty, refused or not.
    int requestCount(const QString& path) const { return m_requestCounts.value(path); }
    QHash<QString, int> requestCounts() const { return m_requestCounts; }
    int totalRequestCount() const { return m_totalRequests; }
    // TCP connections accepted since listen() or the last reset.
    int connectionCount() const;
    void resetCounters();

Q_SIGNALS:
    void requestReceived(const QString& path);
    void connectionAccepted(int total);
    void replyWritten(const QString& path, int status);

private:
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        bool watched = false; // there was a socket to watch
        SimReply reply;
        QString path;
        bool hanging = false;
        quint64 timer = 0;
        QMetaObject::Connection gone;
    };

    void handle(const QHttpServerRequest& request, QHttpServerResponder& responder);
    SimReply respond(const QHttpServerRequest& request, const QString& requestId, bool* faultable);
    std::optional<SimReply> routeOAuth(const QHttpServerRequest& request, const QString& requestId);
    bool tokenAccepted(const QByteArray& authorization) const;
    SimReply route(const QHttpServerRequest& request, const QString& requestId);
    void hold(QHttpServerResponder& responder, QTcpSocket* socket, SimReply reply,
              const QString& path, bool hanging, int latencyMs);
    void release(quint64 id);
    void send(QHttpServerResponder& responder, QTcpSocket* socket, const SimReply& reply,
              const QString& path);
    QString nextRequestId();
    SimReply error(int status, const QString& requestId, const QString& code,
                   const QString& message, const QString& field = {}) const;
    void addRateHeaders(SimReply& reply, const SimRateLimiter::Window& window) const;

    SimWorkspace& m_workspace;
    QString m_token;
    QSet<QString> m_extraTokens;
    std::unique_ptr<SimOAuth> m_oauth;
    QString m_error;
    QHttpServer* m_http = nullptr;
    QPointer<SimTcpServer> m_tcp;

    SimRateLimiter m_rateLimiter;
    SimFaultInjector m_faults;
    QRandomGenerator m_idRng;

    std::map<quint64, Pending> m_pending;
    quint64 m_nextPending = 1;

    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
};
