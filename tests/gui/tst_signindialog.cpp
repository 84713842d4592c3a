// The sign-in dialog driven like a person would, against the simulator:
// paste, check, see the workspace, sign in; with a wrong token; without a
// keychain; and with "Sign in with Intercom".

#include "Clock.h"
#include "InMemoryTokenStore.h"
#include "NetworkAccessManager.h"
#include "OAuthSignIn.h"
#include "SignInDialog.h"
#include "SignInFlow.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("tok_dialog_31c8e0");
const QString kClientId = QStringLiteral("fw-dialog-client");
const QString kClientSecret = QStringLiteral("sec_dialog_77");
const QUrl kRedirect(QStringLiteral("https://floorwatch.example.com/oauth/callback"));

struct Fixture
{
    ManualClock clock;
    SimWorkspace workspace{SimConfig{}, clock};
    SimServer server{workspace, kToken};
    NetworkAccessManager network;
    InMemoryTokenStore store;
    SignInFlow flow{&network, clock, store};
    std::unique_ptr<SignInDialog> dialog;
    std::unique_ptr<QSignalSpy> signedIn;

    explicit Fixture(const QString& clientId = {})
    {
        if (server.listen(0) == 0)
            qFatal("simulator did not start");
        flow.setCustomBaseUrl(server.baseUrl());
        dialog = std::make_unique<SignInDialog>(flow, clientId);
        dialog->setUrlOpener([](const QUrl&) { return true; });
        signedIn = std::make_unique<QSignalSpy>(dialog.get(), &SignInDialog::signedIn);
        dialog->show();
    }

    template <typename T> T* find(const char* name) const
    {
        T* widget = dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QLineEdit* tokenEdit() const { return find<QLineEdit>("tokenEdit"); }
    QLabel* errorLabel() const { return find<QLabel>("errorLabel"); }
    QPushButton* signInButton() const { return find<QPushButton>("signInButton"); }
    QCheckBox* thisRunOnly() const { return find<QCheckBox>("thisRunOnlyCheck"); }

    void pasteAndCheck(const QString& token)
    {
        tokenEdit()->setFocus();
        QTest::keyClicks(tokenEdit(), token);
        QTest::mouseClick(find<QPushButton>("checkButton"), Qt::LeftButton);
    }
};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void tokenFieldIsMaskedAndEverythingIsNamed()
    {
        Fixture f(kClientId);
        QCOMPARE(f.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(f.tokenEdit()->actions().isEmpty()); // no "show token" toggle
        const auto named = [&](QWidget* w) {
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        };
        for (QWidget* w : f.dialog->findChildren<QLineEdit*>())
            named(w);
        for (QWidget* w : f.dialog->findChildren<QAbstractButton*>())
            named(w);
        QVERIFY(f.dialog->findChild<QLabel*>(QStringLiteral("explanationLabel"))
                    ->text()
                    .contains(QLatin1String("Developer Hub")));
        // Typed text never shows as itself.
        QTest::keyClicks(f.tokenEdit(), kToken);
        QVERIFY(f.tokenEdit()->displayText() != kToken);
        QVERIFY(!f.tokenEdit()->displayText().contains(QLatin1String("tok_")));
    }

    void validTokenShowsTheWorkspaceAndSignsIn()
    {
        Fixture f;
        f.pasteAndCheck(kToken);
        QTRY_VERIFY(f.find<QGroupBox>("resultGroup")->isVisible());
        const SimAppInfo& app = f.workspace.app();
        QVERIFY(f.find<QLabel>("workspaceLabel")->text().contains(app.name));
        QVERIFY(f.find<QLabel>("regionLabel")->text().contains(QLatin1String("US")));
        QVERIFY(f.find<QLabel>("adminLabel")->text().contains(f.workspace.supervisor().name));
        QVERIFY(f.errorLabel()->isHidden());
        QCOMPARE(f.store.writeCount(), 0); // nothing stored before "Sign in"

        QVERIFY(f.signInButton()->isEnabled());
        QTest::mouseClick(f.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(f.signedIn->count(), 1);
        const QList<QVariant> args = f.signedIn->first();
        QCOMPARE(args.at(0).value<Me>().app.idCode, app.idCode);
        QCOMPARE(args.at(1).toString(), kToken);
        QCOMPARE(args.at(2).toBool(), true);
        QVERIFY(f.store.contains(app.idCode));
        QCOMPARE(f.dialog->result(), QDialog::Accepted);
        QVERIFY(f.tokenEdit()->text().isEmpty());
    }

    void invalidTokenIsExplainedAndNothingStored()
    {
        Fixture f;
        f.pasteAndCheck(QStringLiteral("tok_not_valid"));
        QTRY_VERIFY(f.errorLabel()->isVisible());
        QVERIFY2(f.errorLabel()->text().contains(QLatin1String("refused")),
                 qPrintable(f.errorLabel()->text()));
        QVERIFY(!f.signInButton()->isEnabled());
        QVERIFY(f.find<QGroupBox>("resultGroup")->isHidden());
        QCOMPARE(f.store.entryCount(), 0);
        QCOMPARE(f.signedIn->count(), 0);
        QVERIFY(f.dialog->isVisible());
    }

    void editingTheTokenAsksForANewCheck()
    {
        Fixture f;
        f.pasteAndCheck(kToken);
        QTRY_VERIFY(f.signInButton()->isEnabled());
        QTest::keyClick(f.tokenEdit(), Qt::Key_Backspace);
        QVERIFY(!f.signInButton()->isEnabled());
        QVERIFY(f.find<QGroupBox>("resultGroup")->isHidden());
    }

    void missingKeychainOffersThisRunOnly()
    {
        Fixture f;
        f.store.setUnavailable(true);
        QVERIFY(f.thisRunOnly()->isHidden());
        f.pasteAndCheck(kToken);
        QTRY_VERIFY(f.signInButton()->isEnabled());
        QTest::mouseClick(f.signInButton(), Qt::LeftButton);
        QTRY_VERIFY(f.thisRunOnly()->isVisible());
        QVERIFY(f.errorLabel()->text().contains(QLatin1String("No keychain is available")));
        QCOMPARE(f.signedIn->count(), 0);

        // Only an explicit choice uses the token without storing it.
        QTest::mouseClick(f.signInButton(), Qt::LeftButton);
        QTRY_VERIFY(f.find<QProgressBar>("busyIndicator")->isHidden());
        QVERIFY(f.thisRunOnly()->isVisible());
        QCOMPARE(f.signedIn->count(), 0);
        f.thisRunOnly()->setChecked(true);
        QTest::mouseClick(f.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(f.signedIn->count(), 1);
        QCOMPARE(f.signedIn->first().at(2).toBool(), false);
        QCOMPARE(f.store.entryCount(), 0);
    }

    void closingDropsLateAnswers()
    {
        Fixture f;
        f.server.setHang(true);
        f.pasteAndCheck(kToken);
        QVERIFY(f.flow.isVerifying());
        QTest::mouseClick(f.find<QPushButton>("cancelButton"), Qt::LeftButton);
        QVERIFY(!f.flow.isVerifying());
        QCOMPARE(f.dialog->result(), QDialog::Rejected);
        QVERIFY(f.tokenEdit()->text().isEmpty());
        f.server.setHang(false);

        Fixture g;
        g.pasteAndCheck(kToken);
        QTRY_VERIFY(g.signInButton()->isEnabled());
        QTest::mouseClick(g.signInButton(), Qt::LeftButton);
        g.dialog->reject(); // before the keychain answered
        // The store answers in order: once a later read is answered, the
        // save's answer has been delivered (and must have been dropped).
        bool answered = false;
        g.store.read(QStringLiteral("sentinel"), nullptr, [&](const auto&) { answered = true; });
        QTRY_VERIFY(answered);
        QCOMPARE(g.signedIn->count(), 0);
    }

    void oauthIsOfferedOnlyWithAClientId()
    {
        Fixture without;
        QVERIFY(without.find<QGroupBox>("oauthGroup")->isHidden());
        Fixture with(kClientId);
        QVERIFY(with.find<QGroupBox>("oauthGroup")->isVisible());
    }

    void signInWithIntercomByPastingTheAddress()
    {
        Fixture f(kClientId);
        f.server.setOAuthClient(kClientId, kClientSecret, {kRedirect.toString()});
        OAuthSignIn oauth(&f.network, f.clock, nullptr);
        OAuthConfig config;
        config.clientId = kClientId;
        config.redirectUri = kRedirect;
        config.authorizationUrl = f.server.baseUrl().resolved(QUrl(QStringLiteral("/oauth")));
        config.tokenUrl = OAuthSignIn::tokenUrlFor(f.server.baseUrl());
        oauth.setConfig(config);
        oauth.setClientSecret(kClientSecret);

        // The wiring the application does.
        SignInDialog* d = f.dialog.get();
        QObject::connect(d, &SignInDialog::oauthStartRequested, &oauth, [&] {
            if (const auto error = oauth.start())
                d->oauthFailed(*error);
        });
        QObject::connect(d, &SignInDialog::oauthRedirectPasted, &oauth, [&](const QUrl& url) {
            if (const auto error = oauth.completeFromRedirectUrl(url))
                d->oauthFailed(*error);
        });
        QObject::connect(&oauth, &OAuthSignIn::authorizeUrlReady, d,
                         &SignInDialog::oauthAuthorizeUrlReady);
        QObject::connect(&oauth, &OAuthSignIn::accessTokenReceived, d,
                         &SignInDialog::oauthTokenReceived);
        QObject::connect(&oauth, &OAuthSignIn::failed, d, &SignInDialog::oauthFailed);

        QUrl opened;
        d->setUrlOpener([&](const QUrl& url) {
            opened = url;
            return true;
        });
        QTest::mouseClick(f.find<QPushButton>("oauthButton"), Qt::LeftButton);
        QTRY_VERIFY(opened.isValid());

        // The browser: Intercom approves and redirects.
        QNetworkAccessManager browser;
        QNetworkRequest request(opened);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(browser.get(request));
        QTRY_VERIFY(reply->isFinished());
        const QUrl landed = reply->header(QNetworkRequest::LocationHeader).toUrl();
        QVERIFY(landed.isValid());

        // A forged address is refused with a clear message...
        QUrl forged = landed;
        forged.setQuery(QStringLiteral("code=x&state=forged"));
        QTest::keyClicks(f.find<QLineEdit>("redirectPasteEdit"), forged.toString());
        QTest::mouseClick(f.find<QPushButton>("redirectPasteButton"), Qt::LeftButton);
        QTRY_VERIFY(f.errorLabel()->isVisible());
        QVERIFY(f.errorLabel()->text().contains(QLatin1String("state")));

        // ...the real one signs in.
        f.find<QLineEdit>("redirectPasteEdit")->clear();
        QTest::keyClicks(f.find<QLineEdit>("redirectPasteEdit"), landed.toString());
        QTest::mouseClick(f.find<QPushButton>("redirectPasteButton"), Qt::LeftButton);
        QTRY_VERIFY(f.signInButton()->isEnabled());
        QVERIFY(f.find<QLabel>("workspaceLabel")->text().contains(f.workspace.app().name));
        QVERIFY(f.tokenEdit()->text().isEmpty()); // the OAuth token is never shown
        QTest::mouseClick(f.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(f.signedIn->count(), 1);
        QCOMPARE(f.signedIn->first().at(1).toString(), f.server.oauthIssuedTokens().value(0));
        QVERIFY(f.store.contains(f.workspace.app().idCode));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
