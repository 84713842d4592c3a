#pragma once

#include "SignInFlow.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

// Signing in with a pasted access token, checked with GET /me before it is
// stored. When the keychain cannot take it, the user may use it for this run
// only. When an OAuth client id is configured, "Sign in with Intercom" is
// offered too; the OAuth machinery lives outside the widgets and is wired to
// this dialog by the caller:
//
//   oauthStartRequested()      -> OAuthSignIn::start(), errors to oauthFailed()
//   oauthRedirectPasted(url)   -> OAuthSignIn::completeFromRedirectUrl(url), errors to
//   oauthFailed() OAuthSignIn::authorizeUrlReady    -> oauthAuthorizeUrlReady()
//   OAuthSignIn::accessTokenReceived  -> oauthTokenReceived()
//   OAuthSignIn::failed / callbackRejected -> oauthFailed()
//
// The token field is masked and has no "show" button, so the token is not in
// screenshots; it is cleared when the dialog closes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    // An empty oauthClientId hides the OAuth section.
    explicit SignInDialog(SignInFlow& flow, const QString& oauthClientId = {},
                          QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Opens the authorization page; QDesktopServices::openUrl by default.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Valid after signedIn(): where the workspace is served from.
    std::optional<SignInResult> signInResult() const { return m_result; }

public slots:
    void oauthAuthorizeUrlReady(const QUrl& url);
    void oauthTokenReceived(const QString& token);
    void oauthFailed(const QString& message);

signals:
    void signedIn(const Me& me, const QString& token, bool persisted);
    void oauthStartRequested();
    void oauthRedirectPasted(const QUrl& url);

protected:
    void done(int result) override;

private:
    void check(const QString& token);
    void signIn();
    void finish(bool persisted);
    void tokenEdited();
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearError();
    void fitContents();
    void showResult(const SignInResult& result);
    void offerThisRunOnly(const QString& message);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInFlow& m_flow;
    UrlOpener m_openUrl;
    std::optional<SignInResult> m_result;
    QString m_verifiedToken; // held from the check until signing in or closing
    bool m_busy = false;
    quint64 m_generation = 0; // bumped on close: late answers are dropped
};
