#pragma once

#include "NetworkAccessManager.h"

#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>

#include <functional>

// What a faked request answers.
struct FakeResponse
{
    enum class Mode
    {
        Respond,
        Hang,
        Fail,
        Redirect
    };
    Mode mode = Mode::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QUrl redirectTo;
    int delayMs = 0;

    static FakeResponse json(int status, QByteArray body,
                             QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse hang();
    static FakeResponse fail(QNetworkReply::NetworkError error);
    // Redirects; if the client allows it, the reply then answers `then`.
    static FakeResponse redirect(QUrl to, const FakeResponse& then);
    FakeResponse& after(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

// Fakes the network at the manager, behind the product's own request
// decoration (User-Agent, request id, redacted logging).
class FakeNetworkAccessManager : public NetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const QNetworkRequest&)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers every request with the same response.
    void respondWith(const FakeResponse& response);

    const QList<QNetworkRequest>& requests() const { return m_requests; }
    // What each request sent as its body (empty for a GET), in order.
    const QList<QByteArray>& bodies() const { return m_bodies; }
    int requestCount() const { return int(m_requests.size()); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply* send(Operation op, const QNetworkRequest& request,
                        QIODevice* outgoingData) override;

private:
    friend class FakeReply;
    Handler m_handler;
    QList<QNetworkRequest> m_requests;
    QList<QByteArray> m_bodies;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
