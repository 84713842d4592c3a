// `floorwatch --sign-in` once the token is read: checked against the
// simulator, stored in an in-memory keychain, the workspace remembered.

#include "Clock.h"
#include "InMemoryTokenStore.h"
#include "LogCapture.h"
#include "NetworkAccessManager.h"
#include "Settings.h"
#include "SignInCommand.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("tok_wall_5f2a9c");

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock;
    SimWorkspace workspace{SimConfig{}, clock};
    SimServer server{workspace, kToken};
    NetworkAccessManager network;
    InMemoryTokenStore tokens;
    Settings settings{dir.filePath(QStringLiteral("user.ini"))};
    SignInCommand command{{network, clock, tokens, settings}};

    Fixture()
    {
        if (server.listen(0) == 0)
            qFatal("simulator did not start");
        command.setCustomBaseUrl(server.baseUrl());
    }

    SignInCommand::Outcome run(const QString& token)
    {
        std::optional<SignInCommand::Outcome> out;
        command.run(token, [&](const SignInCommand::Outcome& o) { out = o; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("sign-in did not finish");
        return *out;
    }
    std::optional<QString> stored(const QString& account)
    {
        std::optional<StoreResult<QString>> out;
        tokens.read(account, nullptr, [&](const StoreResult<QString>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qFatal("store did not answer");
        return out->ok() ? std::optional<QString>(out->value()) : std::nullopt;
    }
};

} // namespace

class TestSignInCommand : public QObject
{
    Q_OBJECT

private slots:
    void storesAWorkingToken()
    {
        Fixture f;
        LogCapture log;
        const auto outcome = f.run(QStringLiteral("  Bearer ") + kToken + QStringLiteral("\n"));
        QCOMPARE(outcome.code, ExitCode::Ok);
        QVERIFY(outcome.message.contains(f.workspace.app().name));
        QVERIFY(!outcome.message.contains(kToken));
        const QString id = f.workspace.app().idCode;
        QCOMPARE(f.stored(id), std::optional<QString>(kToken));
        QCOMPARE(f.settings.get(Setting::Workspace), id);
        QCOMPARE(f.server.requestCount(QStringLiteral("/me")), 1);
        QVERIFY(!log.joined().contains(kToken));
    }

    void refusedTokenStoresNothing()
    {
        Fixture f;
        const auto outcome = f.run(QStringLiteral("tok_wrong"));
        QCOMPARE(outcome.code, ExitCode::Unauthorized);
        QVERIFY(outcome.message.contains(QLatin1String("Nothing was saved")));
        QCOMPARE(f.tokens.writeCount(), 0);
        QCOMPARE(f.settings.get(Setting::Workspace), QString());
    }

    void emptyInputIsAUsageError()
    {
        Fixture f;
        QCOMPARE(f.run(QStringLiteral("   ")).code, ExitCode::Usage);
        QCOMPARE(f.server.totalRequestCount(), 0);
    }

    void noKeychainIsSaidPlainly()
    {
        Fixture f;
        f.tokens.setUnavailable(true);
        const auto outcome = f.run(kToken);
        QCOMPARE(outcome.code, ExitCode::Usage);
        QVERIFY(outcome.message.contains(QLatin1String("keychain")));
        QCOMPARE(f.settings.get(Setting::Workspace), QString());
    }

    void keychainThatDoesNotAnswerExitsTwoAfterTwentySeconds()
    {
        Fixture f;
        f.tokens.setClock(f.clock);
        f.tokens.setHanging(true); // a prompt nobody answers
        std::optional<SignInCommand::Outcome> out;
        f.command.run(kToken, [&](const SignInCommand::Outcome& o) { out = o; });
        // Intercom checks the token; then the keychain write hangs.
        QTRY_VERIFY(f.tokens.pendingCount() > 0 || out.has_value());
        f.clock.advance(std::chrono::seconds(19));
        QCoreApplication::processEvents();
        QVERIFY(!out.has_value());
        f.clock.advance(std::chrono::seconds(1));
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->code, ExitCode::Usage);
        QVERIFY2(out->message.contains(QLatin1String(
                     "keychain did not answer (is it waiting for a password prompt?)")),
                 qPrintable(out->message));
        f.tokens.setHanging(false); // the late answer changes nothing
        QCoreApplication::processEvents();
        QCOMPARE(f.settings.get(Setting::Workspace), QString());
    }

    void unreachableIntercom()
    {
        Fixture f;
        const quint16 port = f.server.port();
        f.command.setCustomBaseUrl(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port == 1 ? 2 : 1)));
        QCOMPARE(f.run(kToken).code, ExitCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSignInCommand)
#include "tst_signincommand.moc"
