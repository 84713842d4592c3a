#include "NetworkAccessManager.h"

#include "FloorwatchVersion.h"
#include "Logging.h"

#include <QNetworkRequest>
#include <QSysInfo>

NetworkAccessManager::NetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{
    // TLS errors are never ignored; redirects are checked by the client.
    setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    setAutoDeleteReplies(false);
}

QByteArray NetworkAccessManager::userAgent()
{
    return QByteArrayLiteral("Floorwatch/" FLOORWATCH_VERSION " (") +
           QSysInfo::prettyProductName().toUtf8() + QByteArrayLiteral(") Qt/") + qVersion();
}

QNetworkReply* NetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                   QIODevice* outgoingData)
{
    QNetworkRequest decorated(request);
    decorated.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!decorated.hasRawHeader("X-Request-Id"))
        decorated.setRawHeader("X-Request-Id",
                               QByteArrayLiteral("fw-") + QByteArray::number(m_nextRequestId++));
    if (lcNet().isDebugEnabled()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto names = decorated.rawHeaderList();
        for (const QByteArray& name : names)
            headers.append({name, decorated.rawHeader(name)});
        qCDebug(lcNet).noquote() << "request" << decorated.url().toString()
                                 << Logging::describeHeaders(headers);
    }
    return send(op, decorated, outgoingData);
}

QNetworkReply* NetworkAccessManager::send(Operation op, const QNetworkRequest& request,
                                          QIODevice* outgoingData)
{
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}
