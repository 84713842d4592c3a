#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class Clock;
class QTcpServer;
class QTcpSocket;

// Receives OAuth's redirect when it is registered as
// http://127.0.0.1:PORT/path: listens on that loopback address only, reads
// one request line per connection, checks the redirect's state with
// OAuthCallback and answers the browser with a short page. It stops
// listening once a code with the right state has arrived; requests for
// other paths (a favicon) and refused redirects leave it listening.
class OAuthRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit OAuthRedirectListener(Clock& clock, QObject* parent = nullptr);
    ~OAuthRedirectListener() override;

    // Listens at `redirectUri` (a loopback http address; port 0 picks a
    // free one) for a redirect carrying `state`. Returns why it cannot, for
    // a person.
    std::optional<QString> listen(const QUrl& redirectUri, const QString& state);
    void close();
    bool isListening() const;
    // The address listened at, with the port filled in.
    QUrl redirectUri() const { return m_redirectUri; }

signals:
    // The state matched; the listener has stopped.
    void codeReceived(const QString& code);
    // A redirect that is not this attempt's, or incomplete; still listening.
    void rejected(const QString& message);
    // The user or Intercom said no; the listener has stopped.
    void denied(const QString& message);

private:
    void onConnection();
    void onSocketData(QTcpSocket* socket);

    Clock& m_clock;
    QPointer<QTcpServer> m_server;
    QUrl m_redirectUri;
    QString m_state;
};
