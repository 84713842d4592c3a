#include "SignInController.h"

#include "ApiConfig.h"
#include "IntercomClient.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Poller.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TokenStore.h"

#include <QStatusBar>

#include <cstdio>

SignInController::SignInController(Services services, bool baseUrlLocked, QObject* parent)
    : QObject(parent)
    , m_s(services)
    , m_baseUrlLocked(baseUrlLocked)
    , m_flow(&services.network, services.clock, services.tokens)
    , m_oauth(&services.network, services.clock, &services.tokens)
{
    connect(&m_s.window, &MainWindow::signInRequested, this, [this] { showSignIn(); });
    connect(&m_s.window, &MainWindow::signOutRequested, this, &SignInController::signOut);
}

void SignInController::start(const QString& environmentToken, const QString& firstTeam)
{
    m_firstTeam = firstTeam;
    const QString workspace = m_s.settings.workspace();
    if (!environmentToken.isEmpty()) {
        // Headless and scripted set-ups: the environment wins, and says so.
        if (!workspace.isEmpty()) {
            const QString note = tr("Using the access token from FLOORWATCH_ACCESS_TOKEN, not the "
                                    "one stored in the keychain for workspace %1.")
                                     .arg(workspace);
            std::fprintf(stderr, "floorwatch: %s\n", note.toLocal8Bit().constData());
            m_s.window.statusBar()->showMessage(note, 15000);
        }
        useToken(environmentToken, QUrl());
        return;
    }
    if (workspace.isEmpty()) {
        showSignIn();
        return;
    }
    m_s.tokens.workspaces(this, [this, workspace](const StoreResult<QList<StoredWorkspace>>& list) {
        QUrl baseUrl;
        if (list.ok())
            for (const StoredWorkspace& w : list.value())
                if (w.idCode == workspace)
                    if (const auto url = ApiConfig::baseUrlForRegion(w.region); url.ok())
                        baseUrl = url.value();
        m_s.tokens.read(workspace, this, [this, baseUrl](const StoreResult<QString>& token) {
            if (token.ok()) {
                useToken(token.value(), baseUrl);
                return;
            }
            showSignIn(token.error().message);
        });
    });
}

void SignInController::useToken(const QString& token, const QUrl& regionUrl)
{
    ApiConfig config = m_s.client.config();
    if (!m_baseUrlLocked && m_s.settings.customBaseUrl().isEmpty() && regionUrl.isValid())
        config.baseUrl = regionUrl;
    m_s.client.setConfig(config);
    m_s.client.setToken(token);
    // Teams stopped on a refused token get another go with the new one.
    for (const QString& id : m_s.poller.teams())
        if (m_s.poller.state(id).phase == PollState::Phase::Stopped)
            m_s.poller.pollNow(id);
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
    if (m_baseUrlLocked || !m_s.settings.customBaseUrl().isEmpty())
        m_flow.setCustomBaseUrl(m_baseUrlLocked ? m_s.client.config().baseUrl
                                                : QUrl(m_s.settings.customBaseUrl()));
    m_flow.setApiVersion(m_s.client.config().apiVersion);

    const QString clientId = m_s.settings.oauthClientId();
    m_dialog = new SignInDialog(m_flow, clientId, &m_s.window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!clientId.isEmpty()) {
        OAuthConfig oauth;
        oauth.clientId = clientId;
        oauth.redirectUri = QUrl(m_s.settings.oauthRedirectUri());
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
                    m_s.settings.setWorkspace(me.app.idCode);
                const auto result = m_dialog ? m_dialog->signInResult() : std::nullopt;
                useToken(token, result ? result->baseUrl : QUrl());
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
    const QString workspace = m_s.settings.workspace();
    m_s.client.setToken(QString());
    m_s.settings.setWorkspace(QString());
    const auto done = [this](const std::optional<TokenStoreError>& error) {
        m_s.window.statusBar()->showMessage(error ? error->message : tr("Signed out."), 10000);
        showSignIn();
    };
    if (workspace.isEmpty())
        done(std::nullopt);
    else
        m_flow.signOut(workspace, this, done);
}
