#pragma once

#include "ExitCode.h"
#include "SignInFlow.h"

#include <QObject>

#include <functional>

class Clock;
class QNetworkAccessManager;
class Settings;
class TokenStore;

// `floorwatch --sign-in`, once the token has been read: checked with
// GET /me, kept in the keychain under the workspace, and the workspace
// written to the user's settings, so that a wall display on this machine
// picks the token up by itself. Nothing is stored when any step fails. The
// token is never printed or logged.
class SignInCommand : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QNetworkAccessManager& network;
        Clock& clock;
        TokenStore& tokens;
        Settings& settings;
    };
    struct Outcome
    {
        ExitCode code = ExitCode::Ok;
        QString message; // one or two sentences for standard output or error
    };
    using Done = std::function<void(const Outcome&)>;

    explicit SignInCommand(Services services, QObject* parent = nullptr);

    // A fixed API address (the simulator, a proxy); else the regions are tried.
    void setCustomBaseUrl(const QUrl& url);
    // Only this region's host is tried.
    void setRegionUrl(const QUrl& url);
    void setApiVersion(const QString& version);

    void run(const QString& token, Done done);

private:
    Services m_s;
    SignInFlow m_flow;
};
