#include "SignInController.h"

#include "ApiConfig.h"
#include "ConfigChange.h"
#include "Console.h"
#include "IntercomClient.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Poller.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "StoredToken.h"
#include "TokenStore.h"

#include <QStatusBar>

#include <cstdio>

SignInController::SignInController(Services services, QObject* parent)
    : QObject(parent)
    , m_s(std::move(services))
    , m_flow(&services.network, services.clock, services.tokens)
    , m_oauth(&services.network, services.clock, &services.tokens)
{
    connect(&m_s.window, &MainWindow::signInRequested, this, [this] { showSignIn(); });
    connect(&m_s.window, &MainWindow::signOutRequested, this, &SignInController::signOut);
}

void SignInController::start(const QString& environmentToken, const QString& firstTeam)
{
    m_firstTeam = firstTeam;
    const QString workspace = m_s.settings.get(Setting::Workspace);
    if (!environmentToken.isEmpty()) {
        // Headless and scripted set-ups: the environment wins, and says so.
        if (!workspace.isEmpty()) {
            const QString note = tr("Using the access token from FLOORWATCH_ACCESS_TOKEN, not the "
                                    "one stored in the keychain for workspace %1.")
                                     .arg(workspace);
            Console::say(note);
            m_s.window.statusBar()->showMessage(note, 15000);
        }
        useToken(environmentToken, QString());
        return;
    }
    if (workspace.isEmpty()) {
        showSignIn();
        return;
    }
    readStoredToken(m_s.tokens, workspace, this, [this](const StoreResult<StoredToken>& stored) {
        if (stored.ok())
            useToken(stored.value().token, stored.value().region);
        else
            showSignIn(stored.error().message);
    });
}

void SignInController::useToken(const QString& token, const QString& workspaceRegion)
{
    m_workspaceRegion = workspaceRegion;
    ConfigChange change{.token = token};
    if (const auto config = m_s.config(); config.ok())
        if (const auto api = config.value().apiConfig(workspaceRegion); api.ok())
            change.api = api.value();
    applyConfigChange(change, m_s.client, &m_s.poller);
    openWindowOnce();
}

void SignInController::openWindowOnce()
{
    if (m_windowStarted)
        return;
    m_windowStarted = true;
    m_s.window.start(m_firstTeam);
}

void SignInController::showSignIn(const QString& why)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    // A fixed address is the only one tried; otherwise every region is.
    if (const auto config = m_s.config(); config.ok() && config.value().baseUrlFixed())
        m_flow.setCustomBaseUrl(m_s.client.config().baseUrl);
    else
        m_flow.setCustomBaseUrl(QUrl());
    m_flow.setApiVersion(m_s.client.config().apiVersion);

    const QString clientId = m_s.settings.get(Setting::OAuthClientId);
    m_dialog = new SignInDialog(m_flow, clientId, &m_s.window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!clientId.isEmpty()) {
        OAuthConfig oauth;
        oauth.clientId = clientId;
        oauth.redirectUri = QUrl(m_s.settings.get(Setting::OAuthRedirectUri));
        oauth.tokenUrl = OAuthSignIn::tokenUrlFor(m_s.client.config().baseUrl);
        m_oauth.setConfig(oauth);
        SignInDialog* dialog = m_dialog;
        connect(dialog, &SignInDialog::oauthStartRequested, &m_oauth, [this, dialog] {
            if (const auto error = m_oauth.start())
                dialog->oauthFailed(*error);
        });
        connect(dialog, &SignInDialog::oauthRedirectPasted, &m_oauth,
                [this, dialog](const QUrl& url) {
                    if (const auto error = m_oauth.completeFromRedirectUrl(url))
                        dialog->oauthFailed(*error);
                });
        connect(&m_oauth, &OAuthSignIn::authorizeUrlReady, dialog,
                &SignInDialog::oauthAuthorizeUrlReady);
        connect(&m_oauth, &OAuthSignIn::accessTokenReceived, dialog,
                &SignInDialog::oauthTokenReceived);
        connect(&m_oauth, &OAuthSignIn::failed, dialog, &SignInDialog::oauthFailed);
        connect(&m_oauth, &OAuthSignIn::callbackRejected, dialog, &SignInDialog::oauthFailed);
    }
    connect(m_dialog, &SignInDialog::signedIn, this,
            [this](const Me& me, const QString& token, bool persisted) {
                if (persisted)
                    m_s.settings.set(Setting::Workspace, me.app.idCode);
                useToken(token, me.app.region);
                m_s.window.statusBar()->showMessage(
                    persisted ? tr("Signed in to %1.").arg(me.app.name)
                              : tr("Signed in to %1 for this run only.").arg(me.app.name),
                    10000);
            });
    if (!why.isEmpty())
        m_s.window.statusBar()->showMessage(why, 20000);
    m_dialog->open();
}

void SignInController::signOut()
{
    const QString workspace = m_s.settings.get(Setting::Workspace);
    m_s.client.setToken(QString());
    m_s.settings.set(Setting::Workspace, QString());
    const auto done = [this](const std::optional<TokenStoreError>& error) {
        m_s.window.statusBar()->showMessage(error ? error->message : tr("Signed out."), 10000);
        showSignIn();
    };
    if (workspace.isEmpty())
        done(std::nullopt);
    else
        m_flow.signOut(workspace, this, done);
}
