#pragma once

#include "SimReply.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// Accepts connections for QHttpServer and counts them; it also keeps the
// sockets so that a reply can be cut short at the TCP level.
class SimTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    explicit SimTcpServer(QObject* parent = nullptr);
    int acceptedCount() const { return m_accepted; }
    void resetCount() { m_accepted = 0; }
    QTcpSocket* socketForPeerPort(quint16 port) const;

Q_SIGNALS:
    void accepted(int total);

protected:
    void incomingConnection(qintptr handle) override;

private:
    int m_accepted = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

// What differs between the QtHttpServer versions the project builds with
// (6.4 has raw header writes and a socket accessor; 6.8 takes QHttpHeaders).
namespace SimHttp {

QTcpSocket* socketFor(const SimTcpServer& server, const QHttpServerRequest& request,
                      QHttpServerResponder& responder);
void write(QHttpServerResponder& responder, const SimReply& reply);
// The reply as raw bytes, its body cut in half, written straight to the
// socket, which then closes.
void writeTruncated(QTcpSocket* socket, const SimReply& reply);

} // namespace SimHttp
