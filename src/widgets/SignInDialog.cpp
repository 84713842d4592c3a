#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QTimer>

SignInDialog::SignInDialog(SignInFlow& flow, const QString& oauthClientId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_flow(flow)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    // Masked, and not copyable or draggable out of the field either.
    m_ui->tokenEdit->setEchoMode(QLineEdit::Password);
    m_ui->tokenEdit->setDragEnabled(false);
    m_ui->oauthGroup->setVisible(!oauthClientId.trimmed().isEmpty());
    m_ui->signInButton->setDefault(true);

    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, &SignInDialog::tokenEdited);
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this,
            [this] { check(m_ui->tokenEdit->text()); });
    connect(m_ui->checkButton, &QPushButton::clicked, this,
            [this] { check(m_ui->tokenEdit->text()); });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->oauthButton, &QPushButton::clicked, this, [this] {
        clearError();
        m_ui->oauthStatusLabel->setText(tr("Opening Intercom in your browser\u2026"));
        emit oauthStartRequested();
    });
    const auto pasted = [this] {
        const QString text = m_ui->redirectPasteEdit->text().trimmed();
        if (text.isEmpty())
            return;
        clearError();
        emit oauthRedirectPasted(QUrl(text, QUrl::TolerantMode));
    };
    connect(m_ui->redirectPasteEdit, &QLineEdit::returnPressed, this, pasted);
    connect(m_ui->redirectPasteButton, &QPushButton::clicked, this, pasted);
}

SignInDialog::~SignInDialog()
{
    m_flow.cancel();
}

void SignInDialog::done(int result)
{
    ++m_generation;
    m_flow.cancel();
    setBusy(false);
    m_verifiedToken.clear();
    m_ui->tokenEdit->clear();
    m_ui->redirectPasteEdit->clear();
    QDialog::done(result);
}

void SignInDialog::tokenEdited()
{
    // A changed token is an unchecked token.
    m_flow.cancel();
    setBusy(false);
    m_result.reset();
    m_verifiedToken.clear();
    m_ui->resultGroup->hide();
    m_ui->signInButton->setEnabled(false);
    clearError();
}

void SignInDialog::check(const QString& token)
{
    if (m_busy)
        return;
    clearError();
    m_result.reset();
    m_verifiedToken.clear();
    m_ui->resultGroup->hide();
    m_ui->signInButton->setEnabled(false);
    setBusy(true);
    const QString normalized = SignInFlow::normalizeToken(token);
    m_flow.verify(normalized, this, [this, normalized](const Result<SignInResult>& checked) {
        setBusy(false);
        if (!checked) {
            showError(SignInFlow::describeError(checked.error()));
            m_ui->tokenEdit->setFocus();
            return;
        }
        m_result = checked.value();
        m_verifiedToken = normalized;
        showResult(checked.value());
    });
}

void SignInDialog::showResult(const SignInResult& result)
{
    const Workspace& app = result.me.app;
    m_ui->workspaceLabel->setText(app.name.isEmpty() ? app.idCode
                                                     : tr("%1 (%2)").arg(app.name, app.idCode));
    const QString region = app.region.isEmpty() ? tr("not stated") : app.region;
    m_ui->regionLabel->setText(result.customBaseUrl
                                   ? tr("%1, through the custom API address %2")
                                         .arg(region, result.baseUrl.toDisplayString())
                                   : tr("%1 (%2)").arg(region, result.baseUrl.host()));
    m_ui->adminLabel->setText(result.me.email.isEmpty()
                                  ? result.me.name
                                  : tr("%1 <%2>").arg(result.me.name, result.me.email));
    m_ui->resultGroup->show();
    fitContents();
    m_ui->signInButton->setEnabled(true);
    m_ui->signInButton->setFocus();
}

void SignInDialog::signIn()
{
    if (m_busy || !m_result || m_verifiedToken.isEmpty())
        return;
    if (!m_ui->thisRunOnlyCheck->isHidden() && m_ui->thisRunOnlyCheck->isChecked()) {
        finish(false);
        return;
    }
    clearError();
    setBusy(true);
    // The checked token must not change under a save.
    m_ui->tokenEdit->setReadOnly(true);
    const quint64 generation = m_generation;
    m_flow.save(*m_result, m_verifiedToken, this,
                [this, generation](const std::optional<TokenStoreError>& error) {
                    m_ui->tokenEdit->setReadOnly(false);
                    if (generation != m_generation || !m_result)
                        return; // closed meanwhile
                    setBusy(false);
                    if (!error) {
                        finish(true);
                        return;
                    }
                    if (error->kind == TokenStoreError::Kind::Unavailable ||
                        error->kind == TokenStoreError::Kind::AccessDenied) {
                        offerThisRunOnly(error->message);
                        return;
                    }
                    showError(error->message);
                });
}

void SignInDialog::offerThisRunOnly(const QString& message)
{
    showError(message);
    m_ui->thisRunOnlyCheck->setChecked(false);
    m_ui->thisRunOnlyCheck->show();
    m_ui->thisRunOnlyCheck->setFocus();
}

void SignInDialog::finish(bool persisted)
{
    const SignInResult result = *m_result;
    const QString token = m_verifiedToken;
    m_verifiedToken.clear();
    m_ui->tokenEdit->clear();
    emit signedIn(result.me, token, persisted);
    accept();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyIndicator->setVisible(busy);
    m_ui->checkButton->setEnabled(!busy);
    m_ui->oauthButton->setEnabled(!busy);
    m_ui->redirectPasteButton->setEnabled(!busy);
    if (busy)
        m_ui->signInButton->setEnabled(false);
    else
        m_ui->signInButton->setEnabled(m_result.has_value());
}

void SignInDialog::showError(const QString& message)
{
    // A sign as well as colour: the text says it is a problem.
    m_ui->errorLabel->setText(tr("\u26a0 %1").arg(message));
    m_ui->errorLabel->show();
    fitContents();
}

void SignInDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    fitContents();
}

void SignInDialog::oauthAuthorizeUrlReady(const QUrl& url)
{
    if (m_openUrl && m_openUrl(url)) {
        m_ui->oauthStatusLabel->setText(
            tr("Waiting for Intercom. Allow access in the browser; if Floorwatch does not "
               "continue by itself, paste the address the browser ended on above."));
        return;
    }
    m_ui->oauthStatusLabel->setText(
        tr("Floorwatch could not open a browser. Open this address yourself: %1")
            .arg(url.toString(QUrl::FullyEncoded)));
}

void SignInDialog::oauthTokenReceived(const QString& token)
{
    m_ui->oauthStatusLabel->setText(tr("Intercom gave access; checking the token\u2026"));
    m_ui->redirectPasteEdit->clear();
    // Checked and stored exactly like a pasted token, without showing it.
    m_ui->tokenEdit->clear();
    if (m_busy) {
        m_flow.cancel();
        setBusy(false);
    }
    check(token);
}

void SignInDialog::oauthFailed(const QString& message)
{
    m_ui->oauthStatusLabel->clear();
    showError(message);
}

void SignInDialog::fitContents()
{
    // Rows appear and disappear as the check goes on; the wrapped text above
    // them keeps the layout from growing the window by itself.
    QTimer::singleShot(0, this, [this] { adjustSize(); });
}
