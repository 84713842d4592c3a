// `floorwatch --sign-in` as an admin runs it over ssh: the token on
// standard input, checked against the simulator, kept in a real keychain
// (a private gnome-keyring through with-keyring.sh), never echoed.

#include "Clock.h"
#include "KeychainTokenStore.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("tok_ssh_admin_4e7d21");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestKioskSignIn : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<SimWorkspace> m_workspace;
    std::unique_ptr<SimServer> m_server;

    Run signIn(const QByteArray& input)
    {
        QProcess p;
        p.start(QStringLiteral(FLOORWATCH_BIN),
                {QStringLiteral("--sign-in"), QStringLiteral("--api-base-url"),
                 m_server->baseUrl().toString()});
        p.write(input);
        p.closeWriteChannel();
        // The simulator answers on this thread's event loop while we wait.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    std::optional<QString> keychain(const QString& account)
    {
        KeychainTokenStore store;
        std::optional<StoreResult<QString>> out;
        store.read(account, nullptr, [&](const StoreResult<QString>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return std::nullopt;
        return out->ok() ? std::optional<QString>(out->value()) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("FLOORWATCH_KEYRING_MODE") != QLatin1String("secrets"))
            QSKIP("runs only inside tests/keychain/with-keyring.sh --secrets");
        SimConfig config;
        config.speed = 0.001;
        m_workspace = std::make_unique<SimWorkspace>(config, m_clock);
        m_server = std::make_unique<SimServer>(*m_workspace, kToken);
        QVERIFY(m_server->listen(0) != 0);
    }

    void refusedTokenLeavesNothing()
    {
        const Run r = signIn("tok_not_this_one\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("Nothing was saved")));
        QVERIFY(!r.out.contains(QLatin1String("tok_not_this_one")));
        QVERIFY(!r.err.contains(QLatin1String("tok_not_this_one")));
        QVERIFY(!keychain(m_workspace->app().idCode));
    }

    void emptyInputIsAUsageError()
    {
        QCOMPARE(signIn("").exitCode, 2);
        QCOMPARE(signIn("\n").exitCode, 2);
    }

    void tokenFromStandardInputEndsInTheKeychain()
    {
        const Run r = signIn(kToken.toUtf8() + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(m_workspace->app().name), qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(kToken));
        QVERIFY(!r.err.contains(kToken));
        const QString id = m_workspace->app().idCode;
        QCOMPARE(keychain(id), std::optional<QString>(kToken));
        // The wall display finds the workspace in the user's settings.
        QSettings user(QSettings::UserScope, QStringLiteral("Floorwatch"),
                       QStringLiteral("floorwatch"));
        QCOMPARE(user.value(QStringLiteral("auth/workspace")).toString(), id);
        QFile file(user.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kToken.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKioskSignIn)
#include "tst_kiosksignin.moc"
