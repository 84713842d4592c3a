// Signing in with a pasted access token, with the real client against the
// simulator over loopback: checked with GET /me before anything is stored.

#include "Clock.h"
#include "InMemoryTokenStore.h"
#include "LogCapture.h"
#include "NetworkAccessManager.h"
#include "SignInFlow.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QTest>

namespace {

const QString kTokenA = QStringLiteral("tok_signin_A_7c1e");
const QString kTokenB = QStringLiteral("tok_signin_B_93fd");

SimConfig seeded(quint64 seed)
{
    SimConfig config;
    config.seed = seed;
    config.teams = 2;
    config.agentsPerTeam = 3;
    return config;
}

struct Sim
{
    SimWorkspace workspace;
    SimServer server;
    Sim(ManualClock& clock, quint64 seed, const QString& token)
        : workspace(seeded(seed), clock)
        , server(workspace, token)
    {
        if (server.listen(0) == 0)
            qFatal("simulator did not start");
    }
};

struct Fixture
{
    ManualClock clock;
    Sim a{clock, 1, kTokenA};
    NetworkAccessManager network;
    InMemoryTokenStore store;
    SignInFlow flow{&network, clock, store};

    Fixture() { flow.setCustomBaseUrl(a.server.baseUrl()); }

    std::optional<Result<SignInResult>> verify(const QString& token)
    {
        std::optional<Result<SignInResult>> out;
        flow.verify(token, nullptr, [&](const Result<SignInResult>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        return out;
    }
    std::optional<TokenStoreError> save(const SignInResult& result, const QString& token)
    {
        std::optional<std::optional<TokenStoreError>> out;
        flow.save(result, token, nullptr,
                  [&](const std::optional<TokenStoreError>& e) { out = e; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("save did not finish");
        return *out;
    }
    std::optional<TokenStoreError> signOut(const QString& idCode)
    {
        std::optional<std::optional<TokenStoreError>> out;
        flow.signOut(idCode, nullptr, [&](const std::optional<TokenStoreError>& e) { out = e; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("sign-out did not finish");
        return *out;
    }
    StoreResult<QString> read(const QString& account)
    {
        std::optional<StoreResult<QString>> out;
        store.read(account, nullptr, [&](const StoreResult<QString>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("read did not finish");
        return *out;
    }
    QList<StoredWorkspace> workspaces()
    {
        std::optional<StoreResult<QList<StoredWorkspace>>> out;
        store.workspaces(nullptr, [&](const StoreResult<QList<StoredWorkspace>>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000) || !out->ok())
            qFatal("listing did not finish");
        return out->value();
    }
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void validTokenIsCheckedThenSaved()
    {
        Fixture f;
        const auto checked = f.verify(kTokenA);
        QVERIFY(checked && checked->ok());
        const SignInResult& result = checked->value();
        const SimAppInfo& app = f.a.workspace.app();
        QCOMPARE(result.me.app.idCode, app.idCode);
        QCOMPARE(result.me.app.name, app.name);
        QCOMPARE(result.me.app.region, QStringLiteral("US"));
        QCOMPARE(result.me.name, f.a.workspace.supervisor().name);
        QCOMPARE(result.me.email, f.a.workspace.supervisor().email);
        // A custom base URL wins over the region.
        QVERIFY(result.customBaseUrl);
        QCOMPARE(result.baseUrl, f.a.server.baseUrl());
        QCOMPARE(f.a.server.requestCount(QStringLiteral("/me")), 1);
        QCOMPARE(f.store.writeCount(), 0); // checking stores nothing

        QVERIFY(!f.save(result, kTokenA));
        QCOMPARE(f.read(app.idCode).value(), kTokenA);
        QCOMPARE(f.workspaces(),
                 (QList<StoredWorkspace>{{app.idCode, app.name, QStringLiteral("US")}}));
    }

    void pastedDecorationIsTrimmed()
    {
        Fixture f;
        const auto checked =
            f.verify(QStringLiteral("  Bearer ") + kTokenA + QStringLiteral(" \n"));
        QVERIFY(checked && checked->ok());
        QVERIFY(!f.save(checked->value(), QStringLiteral(" ") + kTokenA));
        QCOMPARE(f.read(checked->value().me.app.idCode).value(), kTokenA);
    }

    void invalidTokenIsNotSavedAndExplained()
    {
        Fixture f;
        const auto checked = f.verify(QStringLiteral("not-the-token"));
        QVERIFY(checked);
        QVERIFY(!checked->ok());
        QCOMPARE(checked->error().kind(), ApiError::Kind::Unauthorized);
        const QString message = SignInFlow::describeError(checked->error());
        QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Developer Hub")));
        QVERIFY(message.contains(QLatin1String("Nothing was saved")));
        QCOMPARE(f.store.writeCount(), 0);
        QCOMPARE(f.store.entryCount(), 0);
    }

    void emptyTokenIsRefusedWithoutARequest()
    {
        Fixture f;
        const auto checked = f.verify(QStringLiteral("   "));
        QVERIFY(checked && !checked->ok());
        QCOMPARE(f.a.server.totalRequestCount(), 0);
    }

    void regionComesFromMeWithoutACustomBaseUrl()
    {
        // The token is tried on each regional host in turn; a host that does
        // not know it answers 401, as Intercom's do.
        Fixture f;
        Sim other(f.clock, 2, kTokenB);
        f.flow.setCustomBaseUrl(QUrl());
        f.flow.setRegionProbeUrls({other.server.baseUrl(), f.a.server.baseUrl()});
        const auto checked = f.verify(kTokenA);
        QVERIFY(checked && checked->ok());
        QCOMPARE(other.server.requestCount(QStringLiteral("/me")), 1);
        QCOMPARE(f.a.server.requestCount(QStringLiteral("/me")), 1);
        QVERIFY(!checked->value().customBaseUrl);
        QCOMPARE(checked->value().baseUrl, QUrl(QStringLiteral("https://api.intercom.io")));

        Me eu = checked->value().me;
        eu.app.region = QStringLiteral("EU");
        QCOMPARE(SignInFlow::effectiveBaseUrl(eu, QUrl()),
                 QUrl(QStringLiteral("https://api.eu.intercom.io")));
        eu.app.region = QStringLiteral("AU");
        QCOMPARE(SignInFlow::effectiveBaseUrl(eu, QUrl()),
                 QUrl(QStringLiteral("https://api.au.intercom.io")));
        eu.app.region = QStringLiteral("Mars");
        QCOMPARE(SignInFlow::effectiveBaseUrl(eu, QUrl(), f.a.server.baseUrl()),
                 f.a.server.baseUrl());
    }

    void refusedEverywhereIsUnauthorized()
    {
        Fixture f;
        Sim other(f.clock, 2, kTokenB);
        f.flow.setCustomBaseUrl(QUrl());
        f.flow.setRegionProbeUrls({other.server.baseUrl(), f.a.server.baseUrl()});
        const auto checked = f.verify(QStringLiteral("nobody-knows-me"));
        QVERIFY(checked && !checked->ok());
        QCOMPARE(checked->error().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(f.store.entryCount(), 0);
    }

    void workspacesAreStoredSideBySideAndSwitched()
    {
        Fixture f;
        Sim b(f.clock, 2, kTokenB);
        QVERIFY(f.a.workspace.app().idCode != b.workspace.app().idCode);

        const auto first = f.verify(kTokenA);
        QVERIFY(first && first->ok());
        QVERIFY(!f.save(first->value(), kTokenA));
        f.flow.setCustomBaseUrl(b.server.baseUrl());
        const auto second = f.verify(kTokenB);
        QVERIFY(second && second->ok());
        QVERIFY(!f.save(second->value(), kTokenB));

        const QList<StoredWorkspace> listed = f.workspaces();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).idCode, f.a.workspace.app().idCode);
        QCOMPARE(listed.at(1).idCode, b.workspace.app().idCode);

        // Switching back: the stored token of A still opens A.
        f.flow.setCustomBaseUrl(f.a.server.baseUrl());
        const QString tokenA = f.read(listed.at(0).idCode).value();
        const auto again = f.verify(tokenA);
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().me.app.idCode, f.a.workspace.app().idCode);
        QCOMPARE(f.read(listed.at(1).idCode).value(), kTokenB);
    }

    void signOutRemovesTheEntry()
    {
        Fixture f;
        Sim b(f.clock, 2, kTokenB);
        const auto first = f.verify(kTokenA);
        QVERIFY(first && first->ok());
        QVERIFY(!f.save(first->value(), kTokenA));
        f.flow.setCustomBaseUrl(b.server.baseUrl());
        const auto second = f.verify(kTokenB);
        QVERIFY(second && second->ok());
        QVERIFY(!f.save(second->value(), kTokenB));

        const QString idA = f.a.workspace.app().idCode;
        QVERIFY(!f.signOut(idA));
        const StoreResult<QString> gone = f.read(idA);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, TokenStoreError::Kind::NotFound);
        QCOMPARE(f.workspaces().size(), 1);
        QCOMPARE(f.workspaces().first().idCode, b.workspace.app().idCode);
        QCOMPARE(f.read(b.workspace.app().idCode).value(), kTokenB);

        // Signing out twice is harmless.
        QVERIFY(!f.signOut(idA));
    }

    void signOutKeepsTheListingWhenTheKeychainRefuses()
    {
        Fixture f;
        const auto checked = f.verify(kTokenA);
        QVERIFY(checked && checked->ok());
        QVERIFY(!f.save(checked->value(), kTokenA));
        f.store.setRemoveError(TokenStoreError::accessDenied());
        const auto refused = f.signOut(checked->value().me.app.idCode);
        QVERIFY(refused);
        QCOMPARE(refused->kind, TokenStoreError::Kind::AccessDenied);
        QCOMPARE(f.workspaces().size(), 1);
    }

    void unavailableKeychainSavesNothing()
    {
        Fixture f;
        f.store.setUnavailable(true);
        const auto checked = f.verify(kTokenA);
        QVERIFY(checked && checked->ok());
        const auto error = f.save(checked->value(), kTokenA);
        QVERIFY(error);
        QCOMPARE(error->kind, TokenStoreError::Kind::Unavailable);
        QVERIFY(error->message.contains(QLatin1String("this run only")));
        QCOMPARE(f.store.entryCount(), 0);
    }

    void aNewCheckReplacesTheOneRunning()
    {
        Fixture f;
        f.a.server.setHang(true);
        bool firstAnswered = false;
        f.flow.verify(kTokenA, nullptr, [&](const Result<SignInResult>&) { firstAnswered = true; });
        QTRY_COMPARE(f.a.server.hangingReplyCount(), 1);
        QVERIFY(f.flow.isVerifying());
        f.a.server.setHang(false);
        const auto second = f.verify(kTokenA);
        QVERIFY(second && second->ok());
        QVERIFY(!firstAnswered);
        QVERIFY(!f.flow.isVerifying());
    }

    void theTokenIsNeverLogged()
    {
        LogCapture log;
        {
            Fixture f;
            const auto checked = f.verify(kTokenA);
            QVERIFY(checked && checked->ok());
            QVERIFY(!f.save(checked->value(), kTokenA));
            QVERIFY(!f.signOut(checked->value().me.app.idCode));
            const auto refused = f.verify(QStringLiteral("tok_wrong_55aa"));
            QVERIFY(refused && !refused->ok());
        }
        QVERIFY(!log.lines().isEmpty()); // debug logging was on and did log
        QVERIFY(!log.joined().contains(kTokenA));
        QVERIFY(!log.joined().contains(QLatin1String("tok_wrong_55aa")));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
