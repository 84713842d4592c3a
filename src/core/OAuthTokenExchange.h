#pragma once

#include "OAuthConfig.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiCall;
class Clock;
class IntercomClient;
class QNetworkAccessManager;

// OAuth's last step: the code from the consent page, with the app's client
// id and secret, is exchanged for an access token at the token address.
// The request goes through IntercomClient::postForm, the guarded path of
// every API call (transfer timeout, the config's deadline on the injected
// clock, a body cap, same-host https redirects only, fatal TLS errors,
// secrets redacted from the log), and carries no bearer token. Nothing here
// logs the code, the secret or the token.
class OAuthTokenExchange : public QObject
{
    Q_OBJECT

public:
    // Far more than a token answer needs; it is read whole.
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    OAuthTokenExchange(QNetworkAccessManager* network, Clock& clock, QObject* parent = nullptr);
    ~OAuthTokenExchange() override;

    // Starts the exchange, dropping one still running. The answer comes
    // through succeeded() or failed(), never from within this call.
    void start(const OAuthConfig& config, const QString& code, const QString& clientSecret);
    // Drops the running exchange without a signal.
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // The access token in a token answer: "access_token", else "token".
    static std::optional<QString> tokenFrom(const QByteArray& body);

signals:
    void succeeded(const QString& token);
    void failed(const QString& message);

private:
    IntercomClient* m_client;
    QPointer<ApiCall> m_call;
};
