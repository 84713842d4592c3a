// KeychainTokenStore on a session bus without any Secret Service
// (with-keyring.sh --no-secrets): it must say what is missing and how to fix
// it, and must not write the token anywhere else.

#include "KeychainTestSupport.h"
#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

using namespace KeychainTest;

namespace {
const QString kToken = QStringLiteral("tok_nokeyring_4e5f6a");
const QString kAccount = QStringLiteral("nk3a9z0q");
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    // The mapping itself needs no keychain; it runs everywhere.
    void errorsAreReadInTheLightOfTheOperation()
    {
        using Op = KeychainTokenStore::Operation;
        const auto kind = [](QKeychain::Error e, Op op) {
            return KeychainTokenStore::mapError(e, QStringLiteral("detail"), op).kind;
        };
        using K = TokenStoreError::Kind;
        QCOMPARE(kind(QKeychain::NoBackendAvailable, Op::Write), K::Unavailable);
        QCOMPARE(kind(QKeychain::NotImplemented, Op::Read), K::Unavailable);
        QCOMPARE(kind(QKeychain::OtherError, Op::Write), K::Unavailable);
        QCOMPARE(kind(QKeychain::OtherError, Op::Read), K::Unavailable);
        QCOMPARE(kind(QKeychain::OtherError, Op::Remove), K::Other);
        QCOMPARE(kind(QKeychain::AccessDenied, Op::Read), K::AccessDenied);
        QCOMPARE(kind(QKeychain::AccessDeniedByUser, Op::Write), K::AccessDenied);
        QCOMPARE(kind(QKeychain::EntryNotFound, Op::Read), K::NotFound);
        const TokenStoreError notFound =
            KeychainTokenStore::mapError(QKeychain::EntryNotFound, QString(), Op::Read);
        QVERIFY(notFound.message.contains(QLatin1String("locked")));
    }

    void reportsUnavailableAndWritesNothing()
    {
        if (wrapperMode() != QLatin1String("none"))
            QSKIP("run through tests/keychain/with-keyring.sh --no-secrets (ctest -L keychain)");
        const QStringList before = filesUnderHome();

        KeychainTokenStore store;
        const auto error = write(store, kAccount, kToken);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, TokenStoreError::Kind::Unavailable);
        qInfo().noquote() << error->message;
        // What is missing, how to fix it, and the way out.
        QVERIFY(error->message.contains(QLatin1String("No keychain is available")));
        QVERIFY(error->message.contains(QLatin1String("GNOME Keyring")));
        QVERIFY(error->message.contains(QLatin1String("KWallet")));
        QVERIFY(error->message.contains(QLatin1String("this run only")));
        QVERIFY(!error->message.contains(kToken));

        const StoreResult<QString> read = KeychainTest::read(store, kAccount);
        QVERIFY(!read.ok());
        QVERIFY(read.error().kind != TokenStoreError::Kind::NotFound ||
                read.error().message.contains(QLatin1String("locked")));

        const auto indexed =
            addWorkspace(store, {kAccount, QStringLiteral("Nowhere"), QStringLiteral("US")});
        QVERIFY(indexed.has_value());
        QCOMPARE(indexed->kind, TokenStoreError::Kind::Unavailable);

        // No plain-text fallback: not a single new file under HOME.
        QCOMPARE(filesUnderHome(), before);
        QVERIFY(!anyFileContains(kToken.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
