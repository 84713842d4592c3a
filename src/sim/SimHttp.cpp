#include "SimHttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

SimTcpServer::SimTcpServer(QObject* parent)
    : QTcpServer(parent)
{}

void SimTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    m_sockets.removeAll(nullptr);
    m_sockets.append(socket);
    addPendingConnection(socket);
    ++m_accepted;
    Q_EMIT accepted(m_accepted);
}

QTcpSocket* SimTcpServer::socketForPeerPort(quint16 port) const
{
    for (const QPointer<QTcpSocket>& socket : m_sockets) {
        if (socket && socket->peerPort() == port)
            return socket;
    }
    return nullptr;
}

namespace SimHttp {

QTcpSocket* socketFor(const SimTcpServer& server, const QHttpServerRequest& request,
                      QHttpServerResponder& responder)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(server)
    Q_UNUSED(request)
    return responder.socket();
#else
    // The responder no longer exposes its socket; all peers are on
    // loopback, so the client's port names the connection.
    Q_UNUSED(responder)
    return server.socketForPeerPort(request.remotePort());
#endif
}

void write(QHttpServerResponder& responder, const SimReply& reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto& [name, value] : reply.headers)
        (void)headers.append(name, value);        // false only for malformed names
    responder.write(reply.body, headers, status); // adds Content-Length
#else
    responder.writeStatusLine(status);
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
#endif
}

void writeTruncated(QTcpSocket* socket, const SimReply& reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray reason = reply.status < 300 ? "OK" : "Error";
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n";
    for (const auto& [name, value] : reply.headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    raw += "Connection: close\r\n\r\n";
    raw += reply.body.left(reply.body.size() / 2);
    socket->write(raw);
    // Close only once every byte has left the socket's buffer: QtHttpServer
    // 6.8 drops what is still buffered when a socket starts closing, which
    // would turn "half a body" into "no reply at all".
    const auto closeWhenFlushed = [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QIODevice::bytesWritten, socket, closeWhenFlushed);
    socket->flush();
    closeWhenFlushed();
}

} // namespace SimHttp
