#include "OAuthRedirectListener.h"

#include "Clock.h"
#include "OAuthCallback.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <chrono>

namespace {

constexpr qint64 kMaxRequestLine = 8192;
constexpr std::chrono::seconds kIdleConnection{30};

QByteArray page(int status, const QString& message)
{
    const QByteArray html = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                              "<title>Floorwatch</title></head><body><p>") +
                            message.toHtmlEscaped().toUtf8() +
                            QByteArrayLiteral("</p></body></html>");
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
           "Content-Length: " +
           QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html;
}

void respond(QTcpSocket* socket, int status, const QString& message)
{
    socket->write(page(status, message));
    socket->disconnectFromHost();
}

} // namespace

OAuthRedirectListener::OAuthRedirectListener(Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

OAuthRedirectListener::~OAuthRedirectListener()
{
    close();
}

bool OAuthRedirectListener::isListening() const
{
    return m_server && m_server->isListening();
}

std::optional<QString> OAuthRedirectListener::listen(const QUrl& redirectUri, const QString& state)
{
    close();
    const QString host = redirectUri.host();
    QHostAddress address(host);
    if (address.isNull() && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    const int port = redirectUri.port(80);
    // Never reachable from another machine, whatever the address says.
    if (redirectUri.scheme() != QLatin1String("http") || !address.isLoopback())
        return tr("Floorwatch receives the sign-in only at a loopback address such as "
                  "http://127.0.0.1:PORT/\u2026, not at %1.")
            .arg(redirectUri.toDisplayString());
    auto* server = new QTcpServer(this);
    if (!server->listen(address, quint16(port))) {
        const QString why = server->errorString();
        delete server;
        return tr("Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that "
                  "uses this port, or paste the address instead.")
            .arg(host)
            .arg(port)
            .arg(why);
    }
    connect(server, &QTcpServer::newConnection, this, &OAuthRedirectListener::onConnection);
    m_server = server;
    m_state = state;
    m_redirectUri = redirectUri;
    if (port == 0)
        m_redirectUri.setPort(server->serverPort());
    return std::nullopt;
}

void OAuthRedirectListener::close()
{
    m_state.clear();
    if (QTcpServer* server = m_server) {
        m_server = nullptr;
        server->close();
        server->deleteLater(); // with any connection that was still idle
    }
}

void OAuthRedirectListener::onConnection()
{
    QTcpServer* server = m_server;
    if (!server)
        return;
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onSocketData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_clock.schedule(kIdleConnection, socket, [socket] { socket->abort(); });
    }
}

void OAuthRedirectListener::onSocketData(QTcpSocket* socket)
{
    if (socket->property("answered").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestLine) {
            socket->setProperty("answered", true);
            respond(socket, 400, tr("Floorwatch could not read this request."));
        }
        return;
    }
    socket->setProperty("answered", true);
    // Only the request line matters: GET /path?query HTTP/1.1
    const QList<QByteArray> parts = socket->readLine(kMaxRequestLine).trimmed().split(' ');
    const QUrl target = parts.size() == 3 ? QUrl::fromEncoded(parts.at(1)) : QUrl();
    if (parts.value(0) != "GET" || !target.isValid()) {
        respond(socket, 400, tr("Floorwatch could not read this request."));
        return;
    }
    const QString expectedPath =
        m_redirectUri.path().isEmpty() ? QStringLiteral("/") : m_redirectUri.path();
    if (target.path() != expectedPath || !isListening()) {
        // Browsers ask for /favicon.ico and the like; that is no answer.
        respond(socket, 404, tr("Not found."));
        return;
    }
    const OAuthCallback callback = OAuthCallback::check(QUrlQuery(target), m_state);
    if (callback.verdict == OAuthCallback::Verdict::Refused) {
        respond(socket, 400, callback.message);
        emit rejected(callback.message);
        return;
    }
    // The answer leaves after the server is closed, so the socket must
    // outlive it.
    socket->setParent(this);
    close();
    if (callback.verdict == OAuthCallback::Verdict::Denied) {
        respond(socket, 400, callback.message);
        emit denied(callback.message);
        return;
    }
    respond(socket, 200,
            tr("Floorwatch received the authorization from Intercom. You can close this tab "
               "and return to Floorwatch."));
    emit codeReceived(callback.code);
}
