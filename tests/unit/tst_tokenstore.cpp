// TokenStore's contract, played by the in-memory store: asynchronous
// answers, contexts, the workspace index, and a keychain that is missing.

#include "Clock.h"
#include "InMemoryTokenStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// Collects one answer; the test waits for it with QTRY_VERIFY.
template <typename T> struct Answer
{
    std::optional<T> value;
    auto handler()
    {
        return [this](const T& v) { value = v; };
    }
};

using ReadAnswer = Answer<StoreResult<QString>>;
using DoneAnswer = Answer<std::optional<TokenStoreError>>;
using ListAnswer = Answer<StoreResult<QList<StoredWorkspace>>>;

const QString kSecret = QStringLiteral("tok_unit_5f2b9a");

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    static StoreResult<QString> readNow(TokenStore& store, const QString& account)
    {
        ReadAnswer read;
        store.read(account, nullptr, read.handler());
        if (!QTest::qWaitFor([&] { return read.value.has_value(); }, 5000))
            qFatal("no answer from the store");
        return *read.value;
    }
    static std::optional<TokenStoreError> writeNow(TokenStore& store, const QString& account,
                                                   const QString& secret)
    {
        DoneAnswer done;
        store.write(account, secret, nullptr, done.handler());
        if (!QTest::qWaitFor([&] { return done.value.has_value(); }, 5000))
            qFatal("no answer from the store");
        return *done.value;
    }
    static QList<StoredWorkspace> listNow(TokenStore& store)
    {
        ListAnswer list;
        store.workspaces(nullptr, list.handler());
        if (!QTest::qWaitFor([&] { return list.value.has_value(); }, 5000))
            qFatal("no answer from the store");
        if (!list.value->ok())
            qFatal("listing failed");
        return list.value->value();
    }

private slots:
    void jobsThatGetNoAnswerTimeOutOnce()
    {
        ManualClock clock;
        InMemoryTokenStore store;
        store.setClock(clock);
        QObject context;
        bool written = false;
        store.write(QStringLiteral("ws"), QStringLiteral("secret"), &context,
                    [&](const std::optional<TokenStoreError>& e) { written = !e; });
        QTRY_VERIFY(written);

        store.setHanging(true);
        int answers = 0;
        std::optional<StoreResult<QString>> read;
        store.read(QStringLiteral("ws"), &context, [&](const StoreResult<QString>& r) {
            ++answers;
            read = r;
        });
        QCoreApplication::processEvents();
        clock.advance(TokenStore::kJobTimeout - std::chrono::milliseconds(1));
        QCOMPARE(answers, 0);
        clock.advance(std::chrono::milliseconds(1));
        QCOMPARE(answers, 1);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().kind, TokenStoreError::Kind::Unavailable);
        QVERIFY(read->error().message.contains(
            QLatin1String("did not answer (is it waiting for a password prompt?)")));
        store.setHanging(false); // the late answer is dropped
        QCoreApplication::processEvents();
        QCOMPARE(answers, 1);

        // An answer in time cancels the timeout.
        store.read(QStringLiteral("ws"), &context, [&](const StoreResult<QString>& r) {
            ++answers;
            read = r;
        });
        QTRY_COMPARE(answers, 2);
        QVERIFY(read->ok());
        clock.advance(TokenStore::kJobTimeout);
        QCOMPARE(answers, 2);
    }

    void storesReadsReplacesAndRemoves()
    {
        InMemoryTokenStore store;
        QVERIFY(!writeNow(store, QStringLiteral("abc123"), kSecret));
        QCOMPARE(readNow(store, QStringLiteral("abc123")).value(), kSecret);

        QVERIFY(!writeNow(store, QStringLiteral("abc123"), QStringLiteral("replaced")));
        QCOMPARE(readNow(store, QStringLiteral("abc123")).value(), QStringLiteral("replaced"));
        QCOMPARE(store.entryCount(), 1);

        DoneAnswer removed;
        store.remove(QStringLiteral("abc123"), nullptr, removed.handler());
        QTRY_VERIFY(removed.value.has_value());
        QVERIFY(!removed.value->has_value());
        QVERIFY(!store.contains(QStringLiteral("abc123")));

        const StoreResult<QString> gone = readNow(store, QStringLiteral("abc123"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, TokenStoreError::Kind::NotFound);
        // A locked keyring looks like this too; the user is told so.
        QVERIFY(gone.error().message.contains(QLatin1String("locked")));
    }

    void answersNeverArriveBeforeTheCallReturns()
    {
        InMemoryTokenStore store;
        bool answered = false;
        store.write(QStringLiteral("w1"), kSecret, nullptr,
                    [&](const std::optional<TokenStoreError>&) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);

        answered = false;
        store.read(QStringLiteral("w1"), nullptr,
                   [&](const StoreResult<QString>&) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void goneContextGetsNoAnswer()
    {
        InMemoryTokenStore store;
        bool answered = false;
        auto* context = new QObject;
        store.read(QStringLiteral("w1"), context,
                   [&](const StoreResult<QString>&) { answered = true; });
        delete context;
        // A later request's answer proves the earlier one had its chance.
        ReadAnswer later;
        store.read(QStringLiteral("w1"), nullptr, later.handler());
        QTRY_VERIFY(later.value.has_value());
        QVERIFY(!answered);
    }

    void removingWhatIsNotThereSucceeds()
    {
        InMemoryTokenStore store;
        DoneAnswer removed;
        store.remove(QStringLiteral("never"), nullptr, removed.handler());
        QTRY_VERIFY(removed.value.has_value());
        QVERIFY(!removed.value->has_value());
    }

    void reservedAndEmptyNamesAreRefused()
    {
        InMemoryTokenStore store;
        const auto reserved = writeNow(store, TokenStore::kIndexAccount, kSecret);
        QVERIFY(reserved);
        QCOMPARE(reserved->kind, TokenStoreError::Kind::Other);
        QVERIFY(writeNow(store, QString(), kSecret));
        QVERIFY(writeNow(store, QStringLiteral("w1"), QString()));
        QCOMPARE(store.entryCount(), 0);
    }

    void workspaceIndexAddsReplacesAndRemoves()
    {
        InMemoryTokenStore store;
        QSignalSpy changed(&store, &TokenStore::workspacesChanged);
        QVERIFY(listNow(store).isEmpty());

        const StoredWorkspace a{QStringLiteral("aaa111"), QStringLiteral("Acme"),
                                QStringLiteral("US")};
        const StoredWorkspace b{QStringLiteral("bbb222"), QStringLiteral("Bolt"),
                                QStringLiteral("EU")};
        DoneAnswer addA, addB;
        // Issued back to back: read-modify-write must not lose one of them.
        store.addWorkspace(a, nullptr, addA.handler());
        store.addWorkspace(b, nullptr, addB.handler());
        QTRY_VERIFY(addA.value && addB.value);
        QVERIFY(!addA.value->has_value() && !addB.value->has_value());
        QCOMPARE(listNow(store), (QList<StoredWorkspace>{a, b}));
        QCOMPARE(changed.count(), 2);

        StoredWorkspace renamed = a;
        renamed.name = QStringLiteral("Acme Support");
        DoneAnswer replace;
        store.addWorkspace(renamed, nullptr, replace.handler());
        QTRY_VERIFY(replace.value.has_value());
        QCOMPARE(listNow(store), (QList<StoredWorkspace>{renamed, b}));

        DoneAnswer removeA, removeB;
        store.removeWorkspace(a.idCode, nullptr, removeA.handler());
        store.removeWorkspace(b.idCode, nullptr, removeB.handler());
        QTRY_VERIFY(removeA.value && removeB.value);
        QVERIFY(listNow(store).isEmpty());
        // The last one out takes the index entry with it.
        QCOMPARE(store.entryCount(), 0);
    }

    void unavailableKeychainStoresNothing()
    {
        InMemoryTokenStore store;
        store.setUnavailable(true);
        const auto error = writeNow(store, QStringLiteral("w1"), kSecret);
        QVERIFY(error);
        QCOMPARE(error->kind, TokenStoreError::Kind::Unavailable);
        QVERIFY(error->message.contains(QLatin1String("keychain")));
        QVERIFY(error->message.contains(QLatin1String("this run only")));
        QVERIFY(!error->message.contains(kSecret));

        DoneAnswer add;
        store.addWorkspace({QStringLiteral("w1"), QStringLiteral("W"), QStringLiteral("US")},
                           nullptr, add.handler());
        QTRY_VERIFY(add.value.has_value());
        QVERIFY(add.value->has_value());
        QCOMPARE(store.entryCount(), 0);
        QCOMPARE(store.writeCount(), 0);

        store.setUnavailable(false);
        QVERIFY(!writeNow(store, QStringLiteral("w1"), kSecret));
        QCOMPARE(store.writeCount(), 1);
    }

    void readFailuresReachTheIndex()
    {
        InMemoryTokenStore store;
        store.setReadError(TokenStoreError::accessDenied());
        ListAnswer list;
        store.workspaces(nullptr, list.handler());
        QTRY_VERIFY(list.value.has_value());
        QVERIFY(!list.value->ok());
        QCOMPARE(list.value->error().kind, TokenStoreError::Kind::AccessDenied);
    }

    void indexEncodingIsTolerant()
    {
        const QList<StoredWorkspace> list{
            {QStringLiteral("a1"), QStringLiteral("A \"quoted\" name"), QStringLiteral("AU")}};
        QCOMPARE(TokenStore::decodeIndex(TokenStore::encodeIndex(list)), list);
        QVERIFY(TokenStore::decodeIndex("not json").isEmpty());
        const QByteArray messy =
            "[{\"id_code\":\"a1\",\"name\":\"A\"},{\"id_code\":\"a1\",\"name\":\"B\"},"
            "{\"name\":\"no id\"},42,{\"id_code\":\"floorwatch.workspaces\"}]";
        const QList<StoredWorkspace> decoded = TokenStore::decodeIndex(messy);
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.first().name, QStringLiteral("A"));
    }

    void errorKindsHaveNames()
    {
        QCOMPARE(TokenStoreError::kindName(TokenStoreError::Kind::Unavailable),
                 QStringLiteral("unavailable"));
        QCOMPARE(TokenStoreError::unavailable(QStringLiteral("no D-Bus"))
                     .message.contains(QLatin1String("no D-Bus")),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
