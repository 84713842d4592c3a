#pragma once

#include "EffectiveConfig.h"
#include "OAuthSignIn.h"
#include "SignInFlow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Clock;
class IntercomClient;
class MainWindow;
class Poller;
class QNetworkAccessManager;
class Settings;
class SignInDialog;
class TokenStore;

// Where the window gets its access token: FLOORWATCH_ACCESS_TOKEN for
// headless use, else the keychain entry of the last workspace, else the
// sign-in dialog. Also brings the dialog back when Intercom refuses the
// token, and signs out.
class SignInController : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QNetworkAccessManager& network;
        Clock& clock;
        TokenStore& tokens;
        Settings& settings;
        IntercomClient& client;
        Poller& poller;
        MainWindow& window;
        // The effective configuration as the stores say now.
        std::function<Result<EffectiveConfig>()> config;
    };

    explicit SignInController(Services services, QObject* parent = nullptr);

    void start(const QString& environmentToken, const QString& firstTeam);
    void showSignIn(const QString& why = {});
    void signOut();
    // The region of the workspace whose token is in use, when known.
    QString workspaceRegion() const { return m_workspaceRegion; }

private:
    void useToken(const QString& token, const QString& workspaceRegion);
    void openWindowOnce();

    Services m_s;
    SignInFlow m_flow;
    OAuthSignIn m_oauth;
    QPointer<SignInDialog> m_dialog;
    QString m_firstTeam;
    QString m_workspaceRegion;
    bool m_windowStarted = false;
};
