#pragma once

#include "ApiConfig.h"
#include "ApiTypes.h"
#include "Result.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class Clock;
class QNetworkAccessManager;

// One request in flight. Owned by the client and deleted once finished; hold
// it in a QPointer. abort() drops the request without calling its handler.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    void abort();

private:
    friend class IntercomClient;
    explicit ApiCall(QObject* parent)
        : QObject(parent)
    {}

    QPointer<QNetworkReply> m_reply;
    QUrl m_url; // as asked for: redirects are judged against it
    quint64 m_deadlineTimer = 0;
    qint64 m_maxBodyBytes = 0;
    bool m_done = false;
    std::function<void(Result<QByteArray>)> m_handler;
};

struct RateLimitStatus
{
    int limit = -1;
    int remaining = -1;
    QDateTime resetAt;
};

// Asynchronous access to the Intercom REST API. Every call returns at once;
// its handler runs later on the event loop with a value or an ApiError.
class IntercomClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Handler = std::function<void(const Result<T>&)>;

    // The longest a 429 pauses, whatever its X-RateLimit-Reset says: the
    // poller's backoff cap.
    static constexpr std::chrono::seconds kLongestRateLimitPause{5 * 60};

    IntercomClient(QNetworkAccessManager* network, Clock& clock, QObject* parent = nullptr);

    void setConfig(ApiConfig config) { m_config = std::move(config); }
    const ApiConfig& config() const { return m_config; }
    void setToken(QString token) { m_token = std::move(token); }
    bool hasToken() const { return !m_token.isEmpty(); }

    ApiCall* me(QObject* context, Handler<Me> handler);
    ApiCall* teams(QObject* context, Handler<QList<Team>> handler);
    ApiCall* team(const QString& teamId, QObject* context, Handler<Team> handler);
    ApiCall* admins(QObject* context, Handler<QList<Admin>> handler);
    ApiCall* awayReasons(QObject* context, Handler<QList<AwayReason>> handler);
    // idleThreshold is clamped to 1–86400 before it is sent.
    ApiCall* teamMetrics(const QString& teamId, int idleThreshold, QObject* context,
                         Handler<QList<TeamMetric>> handler);

    // POSTs `form` as application/x-www-form-urlencoded to `url` (https, or
    // http to a loopback address) and hands back the raw body. It carries
    // no Authorization or Intercom-Version header: it is for the requests
    // that obtain a token, such as OAuth's code exchange. Everything else
    // is as for every API call: transfer timeout and deadline from config(),
    // its body cap, same-host redirects only, fatal TLS errors, and a log
    // line with the secret fields redacted (Logging::isSecretField).
    ApiCall* postForm(const QUrl& url, const QUrlQuery& form, QObject* context,
                      Handler<QByteArray> handler);

    int callsInFlight() const { return m_inFlight; }
    const RateLimitStatus& rateLimit() const { return m_rateLimit; }

private:
    friend class ApiCall;

    // Which body-size cap of the configuration a call gets.
    enum class Body
    {
        Metrics,
        Directory
    };
    template <typename T>
    ApiCall* getParsed(const QString& path, const QUrlQuery& query, QObject* context,
                       Result<T> (*parse)(const QByteArray&), Handler<T> handler,
                       Body body = Body::Metrics);
    ApiCall* get(const QString& path, const QUrlQuery& query, Body body,
                 std::function<void(Result<QByteArray>)> done);
    ApiError oversize(const ApiCall* call) const;
    void start(ApiCall* call, const QUrl& url);
    QNetworkRequest guardedRequest(const QUrl& url) const;
    void watch(ApiCall* call, QNetworkReply* reply);
    void finish(ApiCall* call, Result<QByteArray> result);
    void onReplyFinished(ApiCall* call);
    ApiError networkError(QNetworkReply* reply) const;
    static QString unrequestedCompression(QNetworkReply* reply, const QByteArray& body);
    void readRateLimit(QNetworkReply* reply);
    static bool redirectAllowed(const QUrl& base, const QUrl& target);

    QNetworkAccessManager* m_network;
    Clock& m_clock;
    ApiConfig m_config;
    QString m_token;
    RateLimitStatus m_rateLimit;
    int m_inFlight = 0;
};
