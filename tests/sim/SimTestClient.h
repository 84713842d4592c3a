#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

// A plain QNetworkAccessManager talking to a SimServer over loopback, the
// way a client would; used while the product's own client is elsewhere.
struct SimResponse
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SimTestClient
{
public:
    SimTestClient(const QUrl& base, const QByteArray& token)
        : m_base(base)
        , m_token(token)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    QNetworkAccessManager& manager() { return m_nam; }
    void setToken(const QByteArray& token) { m_token = token; }

    QNetworkReply* start(const QString& pathAndQuery,
                         const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Accept", "application/json");
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.get(request);
    }

    static SimResponse collect(QNetworkReply* reply, int timeoutMs = 5000)
    {
        SimResponse r;
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(timeoutMs);
        }
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    SimResponse get(const QString& pathAndQuery,
                    const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return collect(start(pathAndQuery, headers));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};
