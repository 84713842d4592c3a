// KeychainTokenStore against a real Secret Service: gnome-keyring-daemon in
// a private D-Bus session with a throw-away HOME (with-keyring.sh --secrets).

#include "KeychainTestSupport.h"
#include "KeychainTokenStore.h"

#include <QProcess>
#include <QStandardPaths>

using namespace KeychainTest;

namespace {

const QString kToken = QStringLiteral("tok_keychain_first_0b6c2e");
const QString kReplacement = QStringLiteral("tok_keychain_second_9a7d41");
const QString kAccount = QStringLiteral("kc7x2p1a");

// Runs a helper program to completion; fine in a test, never in the product.
QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (wrapperMode() != QLatin1String("secrets"))
            QSKIP("run through tests/keychain/with-keyring.sh --secrets (ctest -L keychain)");
    }

    void tellsWhetherABackendExists()
    {
        const std::optional<bool> available = KeychainTokenStore::backendAvailable();
#ifdef FLOORWATCH_QTKEYCHAIN_IS_AVAILABLE
        // QtKeychain 0.14 and later: libsecret is there, so is a backend.
        QVERIFY(available.has_value());
        QVERIFY(*available);
#else
        // QtKeychain 0.13 cannot tell, and the store does not pretend to.
        QVERIFY(!available.has_value());
#endif
    }

    void storesReadsReplacesAndDeletes()
    {
        KeychainTokenStore store;
        QCOMPARE(store.service(), QStringLiteral("Floorwatch"));

        const StoreResult<QString> before = read(store, kAccount);
        QVERIFY(!before.ok());
        QCOMPARE(before.error().kind, TokenStoreError::Kind::NotFound);

        QVERIFY(!write(store, kAccount, kToken));
        QCOMPARE(read(store, kAccount).value(), kToken);
        // A new store object sees it too: it is in the keyring, not in memory.
        {
            KeychainTokenStore other;
            QCOMPARE(read(other, kAccount).value(), kToken);
        }

        QVERIFY(!write(store, kAccount, kReplacement));
        QCOMPARE(read(store, kAccount).value(), kReplacement);

        QVERIFY(!remove(store, kAccount));
        const StoreResult<QString> after = read(store, kAccount);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, TokenStoreError::Kind::NotFound);
        QVERIFY(after.error().message.contains(QLatin1String("locked")));
        QVERIFY(!remove(store, kAccount)); // already gone is fine
    }

    void theSecretServiceHoldsIt()
    {
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        KeychainTokenStore store;
        QVERIFY(!write(store, kAccount, kToken));
        // QtKeychain's libsecret schema: server = service, user = key.
        int exitCode = -1;
        const QByteArray found =
            run(secretTool,
                {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Floorwatch"),
                 QStringLiteral("user"), kAccount},
                &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(QString::fromUtf8(found).trimmed(), kToken);
        // Nothing readable on disk: the keyring file is encrypted, and there
        // is no plain-text fallback.
        QVERIFY(!anyFileContains(kToken.toUtf8()));
        const QStringList files = filesUnderHome();
        for (const QString& file : files)
            QVERIFY2(file.startsWith(QLatin1String(".local/share/keyrings/")), qPrintable(file));
        QVERIFY(!remove(store, kAccount));
    }

    void servicesAreSeparate()
    {
        KeychainTokenStore product;
        KeychainTokenStore other(QStringLiteral("Floorwatch-other"));
        QVERIFY(!write(product, kAccount, kToken));
        QCOMPARE(read(other, kAccount).error().kind, TokenStoreError::Kind::NotFound);
        QVERIFY(!remove(product, kAccount));
    }

    void workspaceIndexLivesInTheKeychain()
    {
        KeychainTokenStore store;
        const StoredWorkspace a{QStringLiteral("ws1aaaa1"), QStringLiteral("Acme"),
                                QStringLiteral("US")};
        const StoredWorkspace b{QStringLiteral("ws2bbbb2"), QStringLiteral("Bolt \u00e9"),
                                QStringLiteral("EU")};
        QVERIFY(!addWorkspace(store, a));
        QVERIFY(!addWorkspace(store, b));
        {
            KeychainTokenStore fresh;
            const auto listed = workspaces(fresh);
            QVERIFY(listed.ok());
            QCOMPARE(listed.value(), (QList<StoredWorkspace>{a, b}));
        }
        std::optional<std::optional<TokenStoreError>> removedA, removedB;
        store.removeWorkspace(a.idCode, nullptr, [&](const auto& e) { removedA = e; });
        store.removeWorkspace(b.idCode, nullptr, [&](const auto& e) { removedB = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removedA && removedB, 30000);
        QVERIFY(!*removedA && !*removedB);
        QVERIFY(workspaces(store).value().isEmpty());
    }

    void lockedKeyringIsNotMistakenForSignedOut()
    {
        const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
        if (dbusSend.isEmpty())
            QSKIP("dbus-send is not installed");
        KeychainTokenStore store;
        QVERIFY(!write(store, kAccount, kToken));
        int exitCode = -1;
        run(dbusSend,
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.secrets"),
             QStringLiteral("/org/freedesktop/secrets"),
             QStringLiteral("org.freedesktop.Secret.Service.Lock"),
             QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")},
            &exitCode);
        QCOMPARE(exitCode, 0);

        // There is no one to answer the unlock prompt here. Whatever the
        // keyring answers, the user must not be told only "not signed in".
        const StoreResult<QString> locked = read(store, kAccount);
        QVERIFY(!locked.ok());
        qInfo() << "locked keyring reads as" << TokenStoreError::kindName(locked.error().kind);
        if (locked.error().kind == TokenStoreError::Kind::NotFound)
            QVERIFY(locked.error().message.contains(QLatin1String("locked")));
        else
            QVERIFY(locked.error().message.contains(QLatin1String("unlock"), Qt::CaseInsensitive));
        QVERIFY(!locked.error().message.contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
