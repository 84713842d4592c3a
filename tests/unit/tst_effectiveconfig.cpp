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

} // namespace

class TestEffectiveConfig : public QObject
{
    Q_OBJECT

private slots:
    void commandLineThenFileThenUserThenDefault()
    {
        Stores s;
        s.user->setKioskRotateSeconds(30);
        s.user->setKioskTeams({QStringLiteral("1"), QStringLiteral("2")});
        s.user->setKioskActiveHours(QStringLiteral("07:00-19:00"));
        s.user->setKioskEnabled(false);
        s.fileRaw->setValue(QStringLiteral("kiosk/rotate_seconds"), 40);
        s.fileRaw->setValue(QStringLiteral("kiosk/teams"), QStringList{QStringLiteral("3")});
        s.fileRaw->setValue(QStringLiteral("kiosk/enabled"), true);

        const EffectiveConfig c = EffectiveConfig::resolve(
            parse({QStringLiteral("--rotate"), QStringLiteral("50")}), s.layers());
        QCOMPARE(c.rotateSeconds(), 50);
        QCOMPARE(c.source(Settings::Key::KioskRotateSeconds), ConfigSource::CommandLine);
        QCOMPARE(c.teams(), QStringList{QStringLiteral("3")});
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
        const EffectiveConfig teams = EffectiveConfig::resolve(
            parse({QStringLiteral("--team"), QStringLiteral("7"), QStringLiteral("--team"),
                   QStringLiteral("8"), QStringLiteral("--team"), QStringLiteral("7")}),
            s.layers());
        QCOMPARE(teams.teams(), (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(teams.source(Settings::Key::KioskTeams), ConfigSource::CommandLine);
    }

    void anInvalidValueFallsThrough()
    {
        Stores s;
        LogCapture log;
        s.user->setKioskRotateSeconds(30);
        s.fileRaw->setValue(QStringLiteral("kiosk/rotate_seconds"), 2);
        s.fileRaw->setValue(QStringLiteral("kiosk/active_hours"), QStringLiteral("late"));
        const EffectiveConfig c = EffectiveConfig::resolve(parse({}), s.layers());
        QCOMPARE(c.rotateSeconds(), 30);
        QCOMPARE(c.source(Settings::Key::KioskRotateSeconds), ConfigSource::UserSettings);
        QVERIFY(c.schedule().isAlwaysActive());
        const QString dump = c.dump(QStringLiteral("/etc/fw.ini"),
                                    QStringLiteral("/home/u/fw.conf"), QStringLiteral("keychain"));
        QVERIFY(dump.contains(QLatin1String("(an invalid value was ignored)")));
    }

    void regionAndBaseUrlByPrecedence()
    {
        Stores s;
        s.user->setCustomBaseUrl(QStringLiteral("https://proxy.example"));
        s.fileRaw->setValue(QStringLiteral("api/region"), QStringLiteral("eu"));
        // The file's region outranks the user's own base URL.
        EffectiveConfig c = EffectiveConfig::resolve(parse({}), s.layers());
        QVERIFY(!c.hasCustomBaseUrl());
        QCOMPARE(c.baseUrl().value().host(), QStringLiteral("api.eu.intercom.io"));
        // A base URL on the command line outranks everything.
        c = EffectiveConfig::resolve(
            parse({QStringLiteral("--api-base-url"), QStringLiteral("http://127.0.0.1:9")}),
            s.layers());
        QVERIFY(c.hasCustomBaseUrl());
        QCOMPARE(c.baseUrl().value().port(), 9);
        // A region on the command line beats any file's base URL.
        s.fileRaw->setValue(QStringLiteral("api/base_url"), QStringLiteral("https://file.example"));
        c = EffectiveConfig::resolve(parse({QStringLiteral("--region"), QStringLiteral("au")}),
                                 s.layers());
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
        const EffectiveConfig c = EffectiveConfig::resolve(parse({}), s.layers());
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
        s.user->setKioskScreen(1);
        const EffectiveConfig c = EffectiveConfig::resolve(parse({QStringLiteral("--kiosk")}), s.layers());
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
