// Precedence of a deployment's configuration: command line > config file >
// user settings > defaults, key by key, and what --dump-config says.

#include "CommandLine.h"
#include "EffectiveConfig.h"
#include "LogCapture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Stores
{
    QTemporaryDir dir;
    QSettings* fileRaw = nullptr;
    QSettings* userRaw = nullptr;
    std::unique_ptr<Settings> file;
    std::unique_ptr<Settings> user;

    Stores()
    {
        auto f = std::make_unique<QSettings>(dir.filePath(QStringLiteral("kiosk.ini")),
                                             QSettings::IniFormat);
        auto u = std::make_unique<QSettings>(dir.filePath(QStringLiteral("user.ini")),
                                             QSettings::IniFormat);
        fileRaw = f.get();
        userRaw = u.get();
        file = std::make_unique<Settings>(std::move(f));
        user = std::make_unique<Settings>(std::move(u));
    }
    QList<ConfigLayer> layers() const
    {
        return {{ConfigSource::ConfigFile, file.get(), fileRaw},
                {ConfigSource::UserSettings, user.get(), userRaw}};
    }
};

AppOptions parse(QStringList args)
{
    args.prepend(QStringLiteral("floorwatch"));
    const auto parsed = CommandLine::parse(args);
    if (!parsed.ok())
        qFatal("bad arguments in test");
    return parsed.value().options;
}

// A configuration the test expects to resolve.
EffectiveConfig resolved(const AppOptions& options, const QList<ConfigLayer>& layers)
{
    const auto config = EffectiveConfig::resolve(options, layers);
    if (!config.ok())
        qFatal("%s", qPrintable(config.error().userMessage()));
    return config.value();
}

} // namespace

class TestEffectiveConfig : public QObject
{
    Q_OBJECT

private slots:
    void commandLineThenFileThenUserThenDefault()
    {
        Stores s;
        s.user->set(Setting::KioskRotateSeconds, 30);
        s.user->set(Setting::KioskTeams, {QStringLiteral("1"), QStringLiteral("2")});
        s.user->set(Setting::KioskActiveHours, QStringLiteral("07:00-19:00"));
        s.user->set(Setting::KioskEnabled, false);
        s.fileRaw->setValue(QStringLiteral("kiosk/rotate_seconds"), 40);
        s.fileRaw->setValue(QStringLiteral("kiosk/teams"), QStringList{QStringLiteral("3")});
        s.fileRaw->setValue(QStringLiteral("kiosk/enabled"), true);

        const EffectiveConfig c =
            resolved(parse({QStringLiteral("--rotate"), QStringLiteral("50")}), s.layers());
        QCOMPARE(c.rotateSeconds(), 50);
        QCOMPARE(c.source(Settings::Key::KioskRotateSeconds), ConfigSource::CommandLine);
        QCOMPARE(c.kioskTeams(), QStringList{QStringLiteral("3")});
        QCOMPARE(c.source(Settings::Key::KioskTeams), ConfigSource::ConfigFile);
        QVERIFY(c.kioskEnabled());
        QCOMPARE(c.source(Settings::Key::KioskEnabled), ConfigSource::ConfigFile);
        QCOMPARE(c.value(Settings::Key::KioskActiveHours).toString(),
                 QStringLiteral("07:00-19:00"));
        QCOMPARE(c.source(Settings::Key::KioskActiveHours), ConfigSource::UserSettings);
        QCOMPARE(c.screen(), 0);
        QCOMPARE(c.source(Settings::Key::KioskScreen), ConfigSource::Default);
        QCOMPARE(c.exitChord(), QStringLiteral("Ctrl+Alt+Shift+Q"));

        // Every --team given, in order, wins over both files.
        const EffectiveConfig teams =
            resolved(parse({QStringLiteral("--team"), QStringLiteral("7"), QStringLiteral("--team"),
                            QStringLiteral("8"), QStringLiteral("--team"), QStringLiteral("7")}),
                     s.layers());
        QCOMPARE(teams.kioskTeams(), (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(teams.source(Settings::Key::KioskTeams), ConfigSource::CommandLine);
    }

    void aDeploymentSetsTheHistory()
    {
        Stores s;
        s.user->set(Setting::HistoryDetailDays, 30);
        s.fileRaw->setValue(QStringLiteral("history/enabled"), false);
        s.fileRaw->setValue(QStringLiteral("history/max_mb"), 50);
        const EffectiveConfig c = resolved(parse({}), s.layers());
        QVERIFY(!c.historyEnabled());
        QCOMPARE(c.source(Settings::Key::HistoryEnabled), ConfigSource::ConfigFile);
        QCOMPARE(c.historyLimits().maxBytes, 50LL * 1024 * 1024);
        QCOMPARE(c.historyLimits().detailDays, 30);
        QCOMPARE(c.source(Settings::Key::HistoryDetailDays), ConfigSource::UserSettings);
    }

    void anInvalidUserSettingFallsThroughWithANotice()
    {
        Stores s;
        s.fileRaw->setValue(QStringLiteral("kiosk/screen"), 1);
        s.userRaw->setValue(QStringLiteral("kiosk/screen"), QStringLiteral("left"));
        s.userRaw->setValue(QStringLiteral("kiosk/rotate_seconds"), 2);
        s.userRaw->setValue(QStringLiteral("kiosk/active_hours"), QStringLiteral("late"));
        const EffectiveConfig c = resolved(parse({}), s.layers());
        // The file outranks the user's invalid value: nothing to say about it.
        QCOMPARE(c.screen(), 1);
        QCOMPARE(c.rotateSeconds(), 20);
        QCOMPARE(c.source(Settings::Key::KioskRotateSeconds), ConfigSource::Default);
        QVERIFY(c.schedule().isAlwaysActive());
        QCOMPARE(c.source(Settings::Key::KioskActiveHours), ConfigSource::Default);
        // One notice per ignored value, naming the key and the file.
        QCOMPARE(c.notices().size(), 2);
        QVERIFY(c.notices().at(0).contains(QLatin1String("kiosk/rotate_seconds")));
        QVERIFY(c.notices().at(0).contains(QLatin1String("user.ini")));
        const QString dump = c.dump(QStringLiteral("/etc/fw.ini"),
                                    QStringLiteral("/home/u/fw.conf"), QStringLiteral("keychain"));
        QVERIFY(dump.contains(QLatin1String("(an invalid value was ignored)")));
    }

    void anInvalidConfigFileValueIsAnError_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("remote http")
            << QStringLiteral("api/base_url") << QVariant(QStringLiteral("http://10.0.0.1"))
            << QStringLiteral("plain http is only allowed");
        QTest::newRow("huge interval")
            << QStringLiteral("poll/interval_s") << QVariant(QStringLiteral("99999999999"))
            << QStringLiteral("from 5 to 3600");
        QTest::newRow("wrong type")
            << QStringLiteral("kiosk/enabled") << QVariant(QStringLiteral("maybe"))
            << QStringLiteral("true or false");
        QTest::newRow("bad version")
            << QStringLiteral("api/version") << QVariant(QStringLiteral("2.16\r\nX-Evil: 1"))
            << QStringLiteral("control characters");
    }
    void anInvalidConfigFileValueIsAnError()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, problem);
        Stores s;
        QVariant stored = value;
        if (key == QLatin1String("api/version"))
            stored = QStringLiteral("2.16\r\nX-Evil: 1");
        s.fileRaw->setValue(key, stored);
        const auto c = EffectiveConfig::resolve(parse({}), s.layers());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind(), ApiError::Kind::BadConfiguration);
        const QString message = c.error().userMessage();
        QVERIFY2(message.contains(key), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("kiosk.ini")), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        // Inert: a line break in the value never reaches the terminal.
        QVERIFY(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\r')));
    }

    void commandLineValuesAreCheckedByTheSettingsTable_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::newRow("interval wraps a 32-bit timer")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("4294968")}
            << QStringLiteral("--interval");
        QTest::newRow("interval just below 2^32 ms")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("4294967")}
            << QStringLiteral("--interval");
        QTest::newRow("interval too short")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("4")}
            << QStringLiteral("--interval");
        QTest::newRow("rotate too short")
            << QStringList{QStringLiteral("--rotate"), QStringLiteral("4")}
            << QStringLiteral("--rotate");
        QTest::newRow("negative screen")
            << QStringList{QStringLiteral("--screen"), QStringLiteral("-1")}
            << QStringLiteral("--screen");
        QTest::newRow("unknown theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("neon")}
            << QStringLiteral("--theme");
        QTest::newRow("unknown region")
            << QStringList{QStringLiteral("--region"), QStringLiteral("mars")}
            << QStringLiteral("--region");
        QTest::newRow("remote http")
            << QStringList{QStringLiteral("--api-base-url"), QStringLiteral("http://example.com")}
            << QStringLiteral("--api-base-url");
        QTest::newRow("version with a line break")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral("2.16\r\nX-Evil: 1")}
            << QStringLiteral("--api-version");
        QTest::newRow("version with a control byte")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral("2.16\x01")}
            << QStringLiteral("--api-version");
        QTest::newRow("bad team id")
            << QStringList{QStringLiteral("--team"), QStringLiteral("../admins")}
            << QStringLiteral("--team");
    }
    void commandLineValuesAreCheckedByTheSettingsTable()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        Stores s;
        const auto c = EffectiveConfig::resolve(parse(args), s.layers());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind(), ApiError::Kind::BadConfiguration);
        QVERIFY2(c.error().userMessage().startsWith(option), qPrintable(c.error().userMessage()));
    }

    void idleThresholdIsClampedWithANotice()
    {
        Stores s;
        for (const auto& [given, effective] : {std::pair{0, 1}, std::pair{100000, 86400}}) {
            const EffectiveConfig c = resolved(
                parse({QStringLiteral("--idle-threshold"), QString::number(given)}), s.layers());
            QCOMPARE(c.idleThresholdSeconds(), effective);
            QCOMPARE(c.notices().size(), 1);
            QVERIFY(c.notices().first().startsWith(QLatin1String("--idle-threshold")));
            QVERIFY(c.notices().first().contains(QString::number(effective)));
        }
        const EffectiveConfig inRange = resolved(
            parse({QStringLiteral("--idle-threshold"), QStringLiteral("900")}), s.layers());
        QCOMPARE(inRange.idleThresholdSeconds(), 900);
        QVERIFY(inRange.notices().isEmpty());
    }

    void apiVersionOnTheCommandLineWinsEvenWhenItIsTheDefault()
    {
        // A stored Preview loses to an explicit --api-version 2.16.
        Stores s;
        s.user->set(Setting::ApiVersion, QStringLiteral("Preview"));
        QCOMPARE(resolved(parse({}), s.layers()).apiVersion(), QStringLiteral("Preview"));
        const EffectiveConfig c =
            resolved(parse({QStringLiteral("--api-version"), QStringLiteral("2.16")}), s.layers());
        QCOMPARE(c.apiVersion(), QStringLiteral("2.16"));
        QCOMPARE(c.source(Settings::Key::ApiVersion), ConfigSource::CommandLine);
        QCOMPARE(c.apiConfig().value().apiVersion, QStringLiteral("2.16"));
    }

    void workspaceRegionCountsOnlyWhenNothingFixesTheAddress()
    {
        Stores s;
        EffectiveConfig c = resolved(parse({}), s.layers());
        QVERIFY(!c.baseUrlFixed());
        QCOMPARE(c.baseUrl(QStringLiteral("eu")).value().host(),
                 QStringLiteral("api.eu.intercom.io"));
        c = resolved(parse({QStringLiteral("--region"), QStringLiteral("au")}), s.layers());
        QVERIFY(c.baseUrlFixed());
        QCOMPARE(c.baseUrl(QStringLiteral("eu")).value().host(),
                 QStringLiteral("api.au.intercom.io"));
        s.user->set(Setting::CustomBaseUrl, QStringLiteral("https://proxy.example"));
        c = resolved(parse({}), s.layers());
        QCOMPARE(c.baseUrl(QStringLiteral("eu")).value().host(), QStringLiteral("proxy.example"));
    }

    void environmentTokenWithAControlCharacterIsRefused()
    {
        const QByteArray saved = qgetenv(ApiConfig::kTokenVariable);
        qputenv(ApiConfig::kTokenVariable, "secret-token\r\nX-Evil: 1");
        const auto token = ApiConfig::environmentToken();
        qputenv(ApiConfig::kTokenVariable, "  fine-token  ");
        const auto fine = ApiConfig::environmentToken();
        qputenv(ApiConfig::kTokenVariable, saved);
        QVERIFY(!token.ok());
        QVERIFY(token.error().userMessage().contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN")));
        QVERIFY(!token.error().userMessage().contains(QLatin1String("secret-token")));
        QCOMPARE(fine.value(), QStringLiteral("fine-token"));
    }

    void regionAndBaseUrlByPrecedence()
    {
        Stores s;
        s.user->set(Setting::CustomBaseUrl, QStringLiteral("https://proxy.example"));
        s.fileRaw->setValue(QStringLiteral("api/region"), QStringLiteral("eu"));
        // The file's region outranks the user's own base URL.
        EffectiveConfig c = resolved(parse({}), s.layers());
        QVERIFY(!c.hasCustomBaseUrl());
        QCOMPARE(c.baseUrl().value().host(), QStringLiteral("api.eu.intercom.io"));
        // A base URL on the command line outranks everything.
        c = resolved(
            parse({QStringLiteral("--api-base-url"), QStringLiteral("http://127.0.0.1:9")}),
            s.layers());
        QVERIFY(c.hasCustomBaseUrl());
        QCOMPARE(c.baseUrl().value().port(), 9);
        // A region on the command line beats any file's base URL.
        s.fileRaw->setValue(QStringLiteral("api/base_url"), QStringLiteral("https://file.example"));
        c = resolved(parse({QStringLiteral("--region"), QStringLiteral("au")}), s.layers());
        QCOMPARE(c.baseUrl().value().host(), QStringLiteral("api.au.intercom.io"));
    }

    void thresholdsPerTeamFromTheHighestStore()
    {
        Stores s;
        s.user->setTeamThresholds(QStringLiteral("3"), {2, 4, 1, 2});
        s.fileRaw->setValue(QStringLiteral("thresholds/open_warning"), 5);
        s.fileRaw->setValue(QStringLiteral("teams/4/thresholds/open_warning"), 20);
        s.fileRaw->setValue(QStringLiteral("teams/4/thresholds/open_critical"), 30);
        s.fileRaw->setValue(
            QStringLiteral("kiosk/teams"),
            QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});
        const EffectiveConfig c = resolved(parse({}), s.layers());
        QCOMPARE(c.thresholds(QStringLiteral("3")).openWarning, 2);
        QCOMPARE(c.thresholds(QStringLiteral("4")).openWarning, 20);
        QCOMPARE(c.thresholds(QStringLiteral("4")).openCritical, 30);
        QCOMPARE(c.thresholds(QStringLiteral("5")).openWarning, 5);
        QCOMPARE(c.thresholds(QStringLiteral("5")).openCritical, 12);
    }

    void dumpSaysWhereEachValueComesFrom()
    {
        Stores s;
        s.fileRaw->setValue(QStringLiteral("kiosk/teams"), QStringList{QStringLiteral("3")});
        s.user->set(Setting::KioskScreen, 1);
        const EffectiveConfig c = resolved(parse({QStringLiteral("--kiosk")}), s.layers());
        const QString dump =
            c.dump(QStringLiteral("/etc/fw.ini"), QStringLiteral("/home/u/fw.conf"),
                   QStringLiteral("in the keychain (not shown)"));
        const QStringList lines = dump.split(QLatin1Char('\n'));
        const auto line = [&](const QString& key) {
            for (const QString& l : lines)
                if (l.startsWith(key + QLatin1Char(' ')))
                    return l.simplified();
            return QString();
        };
        QCOMPARE(line(QStringLiteral("kiosk/enabled")),
                 QStringLiteral("kiosk/enabled true command line"));
        QCOMPARE(line(QStringLiteral("kiosk/teams")), QStringLiteral("kiosk/teams 3 config file"));
        QCOMPARE(line(QStringLiteral("kiosk/screen")),
                 QStringLiteral("kiosk/screen 1 user settings"));
        QCOMPARE(line(QStringLiteral("kiosk/rotate_seconds")),
                 QStringLiteral("kiosk/rotate_seconds 20 default"));
        QVERIFY(dump.contains(QLatin1String("/etc/fw.ini")));
        QVERIFY(dump.contains(QLatin1String("/home/u/fw.conf")));
        QVERIFY(dump.contains(QLatin1String("teams/3/thresholds")));
        QVERIFY(dump.contains(QLatin1String("Ctrl+Alt+Shift+Q exits kiosk mode")));
    }

    void workspaceIsReadAgainFromDisk()
    {
        Stores s;
        QCOMPARE(EffectiveConfig::currentWorkspace(s.layers()), QString());
        // Another process (floorwatch --sign-in) writes the user's settings.
        {
            QSettings other(s.dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
            other.setValue(QStringLiteral("auth/workspace"), QStringLiteral("abc123"));
        }
        QCOMPARE(EffectiveConfig::currentWorkspace(s.layers()), QStringLiteral("abc123"));
        s.fileRaw->setValue(QStringLiteral("auth/workspace"), QStringLiteral("fleet1"));
        QCOMPARE(EffectiveConfig::currentWorkspace(s.layers()), QStringLiteral("fleet1"));
    }
};

QTEST_GUILESS_MAIN(TestEffectiveConfig)
#include "tst_effectiveconfig.moc"
