// The whole life of a token, as a user goes through it: sign in (checked,
// then stored in a real keychain), poll with every debug log on, save the
// settings, keep the history, export the numbers. Afterwards the token must be nowhere: not in
// any file under the throw-away HOME, not in any log line.

#include "KeychainTestSupport.h"

#include "Clock.h"
#include "HistoryStore.h"
#include "IntercomClient.h"
#include "KeychainTokenStore.h"
#include "LogCapture.h"
#include "MetricsStore.h"
#include "NetworkAccessManager.h"
#include "OutputFormat.h"
#include "Pipeline.h"
#include "Poller.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "SimServer.h"
#include "SimWorkspace.h"

#include <QRandomGenerator>
#include <QTest>

using namespace std::chrono_literals;

class TestTokenLeak : public QObject
{
    Q_OBJECT

private slots:
    void tokenIsOnlyInTheKeychain()
    {
        if (KeychainTest::wrapperMode() != QLatin1String("secrets"))
            QSKIP("runs only inside with-keyring.sh --secrets");
        // Distinctive and random: a match cannot be a coincidence.
        const QString token =
            QStringLiteral("fwleak%1%2")
                .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        LogCapture logs;

        ManualClock clock;
        SimWorkspace workspace(SimConfig{}, clock);
        SimServer server(workspace, token);
        QVERIFY(server.listen(0) != 0);
        NetworkAccessManager network;
        KeychainTokenStore keychain;

        // Sign in: check with GET /me, then store.
        SignInFlow flow(&network, clock, keychain);
        flow.setCustomBaseUrl(server.baseUrl());
        std::optional<Result<SignInResult>> verified;
        flow.verify(token, nullptr, [&](const Result<SignInResult>& r) { verified = r; });
        QTRY_VERIFY_WITH_TIMEOUT(verified.has_value(), 20000);
        QVERIFY(verified->ok());
        std::optional<std::optional<TokenStoreError>> saved;
        flow.save(verified->value(), token, nullptr,
                  [&](const std::optional<TokenStoreError>& e) { saved = e; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
        QVERIFY(!saved->has_value());
        const QString idCode = verified->value().me.app.idCode;
        QCOMPARE(KeychainTest::read(keychain, idCode).value(), token);

        // Settings, saved to the user's settings file under HOME.
        Settings settings(Settings::openUserStore());
        settings.migrate();
        QVERIFY(settings.set(Setting::Workspace, idCode));
        QVERIFY(settings.set(Setting::LastTeam, workspace.teams().first().id));
        QVERIFY(settings.set(Setting::IdleThresholdSeconds, 900));
        settings.sync();

        // Poll with debug logging on (LogCapture enables floorwatch.*.debug).
        IntercomClient client(&network, clock);
        ApiConfig api;
        api.baseUrl = server.baseUrl();
        client.setConfig(api);
        client.setToken(KeychainTest::read(keychain, idCode).value());
        Poller poller(client, clock);
        MetricsStore store;
        connectPipeline(poller, store);
        // The history, under HOME too.
        HistoryStore history(clock);
        history.open(QDir::home().filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(history.mode(), HistoryStore::Mode::Disk);
        connectHistory(store, history, clock,
                       {.workspace = [idCode] { return idCode; },
                        .interval = [&poller] { return poller.interval(); }});
        const QString team = workspace.teams().first().id;
        poller.setTeams({team});
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY(poller.state(team).phase == PollState::Phase::Waiting);
            clock.advance(15s);
        }
        QTRY_VERIFY(store.latest(team));

        // Exported numbers.
        for (const auto format :
             {OutputFormat::Format::Json, OutputFormat::Format::Csv, OutputFormat::Format::Table}) {
            QFile out(QDir::home().filePath(QStringLiteral("export-%1.txt").arg(int(format))));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(OutputFormat::snapshot(*store.latest(team), format));
        }

        // The search: files, then logs. The settings file must exist, or the
        // search proves nothing.
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(history.rowsAt(idCode, team, clock.now().toMSecsSinceEpoch()));
        QVERIFY(QFile(settings.fileName()).size() > 0);
        const QStringList files = KeychainTest::filesUnderHome();
        QVERIFY(files.size() >= 4);
        QVERIFY2(!KeychainTest::anyFileContains(token.toUtf8()),
                 qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(!KeychainTest::anyFileContains(token.toUtf8().toBase64()));
        const QByteArray utf16(reinterpret_cast<const char*>(token.utf16()), token.size() * 2);
        QVERIFY(!KeychainTest::anyFileContains(utf16));
        QVERIFY(logs.lines().size() > 10); // debug logging really was on
        QVERIFY(logs.joined().contains(QLatin1String("<redacted>")));
        QVERIFY(!logs.joined().contains(token));
    }
};

QTEST_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
