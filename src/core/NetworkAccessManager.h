#pragma once

#include <QNetworkAccessManager>

// The one network manager of the process: every request leaves through
// createRequest(), which adds the User-Agent and a request id and logs the
// request with its secrets redacted. Tests override send() to fake replies
// behind the same decoration.
class NetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit NetworkAccessManager(QObject* parent = nullptr);

    static QByteArray userAgent();

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;
    virtual QNetworkReply* send(Operation op, const QNetworkRequest& request,
                                QIODevice* outgoingData);

private:
    quint64 m_nextRequestId = 1;
};
