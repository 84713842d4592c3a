#include "ActiveHours.h"
#include "LogCapture.h"
#include "Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;

    // A fresh INI file per test, so one test's writes never leak into another.
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void writeFile(const QString& path, const QByteArray& text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), qint64(text.size()));
    }

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_path = freshPath(); }

    void defaults()
    {
        Settings s(m_path);
        QCOMPARE(s.get(Setting::Region), QStringLiteral("us"));
        QCOMPARE(s.get(Setting::ApiVersion), QStringLiteral("2.16"));
        QCOMPARE(s.get(Setting::CustomBaseUrl), QString());
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 15);
        QCOMPARE(s.get(Setting::IdleThresholdSeconds), 1800);
        const TeamThresholds t = s.defaultThresholds();
        QCOMPARE(t.openWarning, 8);
        QCOMPARE(t.openCritical, 12);
        QCOMPARE(t.idleWarning, 1);
        QCOMPARE(t.idleCritical, 3);
        QCOMPARE(s.thresholds(QStringLiteral("42")), t);
        QCOMPARE(s.get(Setting::Theme), QStringLiteral("system"));
        QCOMPARE(s.get(Setting::Language), QString());
        QCOMPARE(s.get(Setting::PinnedTeams), QStringList());
        QCOMPARE(s.get(Setting::LastTeam), QString());
        QCOMPARE(s.get(Setting::OAuthClientId), QString());
        QCOMPARE(s.get(Setting::OAuthRedirectUri), QString());
        QCOMPARE(s.get(Setting::WindowGeometry), QByteArray());
        QCOMPARE(s.get(Setting::WindowState), QByteArray());
        QCOMPARE(s.get(Setting::KioskEnabled), false);
        QCOMPARE(s.get(Setting::KioskTeams), QStringList());
        QCOMPARE(s.get(Setting::KioskRotateSeconds), 20);
        QCOMPARE(s.get(Setting::KioskScreen), 0);
        QCOMPARE(s.get(Setting::KioskActiveHours), QString());
        QCOMPARE(s.get(Setting::KioskActiveDays), QStringList());
        QCOMPARE(s.get(Setting::KioskExitChord), QStringLiteral("Ctrl+Alt+Shift+Q"));
        QCOMPARE(s.storedVersion(), 0);
        // Reading never writes defaults into the file.
        s.sync();
        QVERIFY(readFile(m_path).trimmed().isEmpty());
    }

    void everyKeyHasDefaultThatValidates()
    {
        const QStringList names = Settings::keyNames();
        QCOMPARE(names.size(), int(Key::HistoryMaxMegabytes) + 1);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        for (int i = 0; i <= int(Key::Workspace); ++i) {
            const auto key = Key(i);
            QCOMPARE(Settings::keyName(key), names.at(i));
            QVERIFY2(Settings::validationError(key, Settings::defaultValue(key)).isEmpty(),
                     qPrintable(Settings::keyName(key)));
        }
    }

    void noKeyCanHoldACredential()
    {
        for (const QString& name : Settings::keyNames()) {
            QVERIFY2(!name.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(name));
            QVERIFY2(!name.contains(QLatin1String("secret"), Qt::CaseInsensitive),
                     qPrintable(name));
            QVERIFY2(!name.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(name));
        }
        // Not even through the meta-object (e.g. a property or slot).
        const QMetaObject& meta = Settings::staticMetaObject;
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            const QByteArray name = meta.method(i).name().toLower();
            QVERIFY2(!name.contains("token") && !name.contains("secret"), name.constData());
        }
    }

    void setters_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QVariant>("expected"); // what is read back when valid

        const auto row = [](const char* name, Key key, const QVariant& value, bool valid,
                            const QVariant& expected = {}) {
            QTest::newRow(name) << key << value << valid << (expected.isValid() ? expected : value);
        };
        row("region eu", Key::Region, QStringLiteral("eu"), true);
        row("region au", Key::Region, QStringLiteral("au"), true);
        row("region AU normalised", Key::Region, QStringLiteral("AU"), true, QStringLiteral("au"));
        row("region mars", Key::Region, QStringLiteral("mars"), false);
        row("region empty", Key::Region, QString(), false);
        row("region number", Key::Region, 3, false);
        row("version Preview", Key::ApiVersion, QStringLiteral("Preview"), true);
        row("version Unstable", Key::ApiVersion, QStringLiteral("Unstable"), true);
        row("version 2.15", Key::ApiVersion, QStringLiteral("2.15"), true);
        row("version empty", Key::ApiVersion, QString(), false);
        row("version space", Key::ApiVersion, QStringLiteral("2 16"), false);
        row("url https", Key::CustomBaseUrl, QStringLiteral("https://proxy.example.com/api"), true);
        row("url loopback", Key::CustomBaseUrl, QStringLiteral("http://127.0.0.1:8080"), true);
        row("url empty", Key::CustomBaseUrl, QString(), true);
        row("url http remote", Key::CustomBaseUrl, QStringLiteral("http://example.com"), false);
        row("url credentials", Key::CustomBaseUrl, QStringLiteral("https://u:p@example.com"),
            false);
        row("url garbage", Key::CustomBaseUrl, QStringLiteral("not a url"), false);
        row("interval 5", Key::PollIntervalSeconds, 5, true);
        row("interval 3600", Key::PollIntervalSeconds, 3600, true);
        row("interval text", Key::PollIntervalSeconds, QStringLiteral("60"), true, 60);
        row("interval 4", Key::PollIntervalSeconds, 4, false);
        row("interval 3601", Key::PollIntervalSeconds, 3601, false);
        row("interval words", Key::PollIntervalSeconds, QStringLiteral("often"), false);
        row("idle 1", Key::IdleThresholdSeconds, 1, true);
        row("idle 86400", Key::IdleThresholdSeconds, 86400, true);
        // Clamped as Intercom does, never refused.
        row("idle 0", Key::IdleThresholdSeconds, 0, true, 1);
        row("idle 86401", Key::IdleThresholdSeconds, 86401, true, 86400);
        row("idle words", Key::IdleThresholdSeconds, QStringLiteral("long"), false);
        row("version line break", Key::ApiVersion, QStringLiteral("2.16\r\nX: y"), false);
        row("chord control", Key::KioskExitChord, QStringLiteral("Ctrl+\x1bQ"), false);
        row("theme dark", Key::Theme, QStringLiteral("dark"), true);
        row("theme light", Key::Theme, QStringLiteral("light"), true);
        row("theme purple", Key::Theme, QStringLiteral("purple"), false);
        row("language de", Key::Language, QStringLiteral("de"), true);
        row("language pt_BR", Key::Language, QStringLiteral("pt_BR"), true);
        row("language system", Key::Language, QString(), true);
        row("language xx", Key::Language, QStringLiteral("xx"), false);
        row("pinned", Key::PinnedTeams, QStringList{QStringLiteral("1"), QStringLiteral("22")},
            true);
        row("pinned one", Key::PinnedTeams, QStringList{QStringLiteral("7")}, true);
        row("pinned duplicate", Key::PinnedTeams,
            QStringList{QStringLiteral("1"), QStringLiteral("1")}, false);
        row("pinned path", Key::PinnedTeams, QStringList{QStringLiteral("1/2")}, false);
        row("last team", Key::LastTeam, QStringLiteral("123"), true);
        row("last team bad", Key::LastTeam, QStringLiteral("a b"), false);
        row("client id", Key::OAuthClientId, QStringLiteral("abc-123"), true);
        row("client id spaces", Key::OAuthClientId, QStringLiteral("abc 123"), false);
        row("redirect https", Key::OAuthRedirectUri, QStringLiteral("https://example.com/callback"),
            true);
        row("redirect loopback", Key::OAuthRedirectUri, QStringLiteral("http://127.0.0.1:7777/cb"),
            true);
        row("redirect http", Key::OAuthRedirectUri, QStringLiteral("http://example.com/cb"), false);
        row("geometry", Key::WindowGeometry, QByteArray("\x01\x02\x00\xff", 4), true);
        row("geometry huge", Key::WindowGeometry, QByteArray(70000, 'x'), false);
        row("geometry text", Key::WindowGeometry, QStringLiteral("abc"), false);
        row("state", Key::WindowState, QByteArray("state"), true);
        row("kiosk on", Key::KioskEnabled, true, true);
        row("kiosk on text", Key::KioskEnabled, QStringLiteral("true"), true, true);
        row("kiosk maybe", Key::KioskEnabled, QStringLiteral("maybe"), false);
        row("kiosk teams", Key::KioskTeams, QStringList{QStringLiteral("5"), QStringLiteral("6")},
            true);
        row("kiosk teams bad", Key::KioskTeams, QStringList{QString()}, false);
        row("rotate 5", Key::KioskRotateSeconds, 5, true);
        row("rotate 4", Key::KioskRotateSeconds, 4, false);
        row("screen 2", Key::KioskScreen, 2, true);
        row("screen -1", Key::KioskScreen, -1, false);
        row("hours", Key::KioskActiveHours, QStringLiteral("07:00-19:00"), true);
        row("hours overnight", Key::KioskActiveHours, QStringLiteral("22:00-06:00"), true);
        row("hours empty", Key::KioskActiveHours, QString(), true);
        row("hours 25", Key::KioskActiveHours, QStringLiteral("25:00-19:00"), false);
        row("hours same", Key::KioskActiveHours, QStringLiteral("07:00-07:00"), false);
        row("hours words", Key::KioskActiveHours, QStringLiteral("mornings"), false);
        row("days range", Key::KioskActiveDays, QStringList{QStringLiteral("mon-fri")}, true);
        row("days list", Key::KioskActiveDays,
            QStringList{QStringLiteral("mon"), QStringLiteral("sat-sun")}, true);
        row("days bad", Key::KioskActiveDays, QStringList{QStringLiteral("mon-xyz")}, false);
        row("chord", Key::KioskExitChord, QStringLiteral("Ctrl+Shift+F12"), true);
        row("chord single key", Key::KioskExitChord, QStringLiteral("Q"), false);
        row("chord modifiers only", Key::KioskExitChord, QStringLiteral("Ctrl+Alt"), false);
        row("chord unknown modifier", Key::KioskExitChord, QStringLiteral("Hyper+Q"), false);
        row("thresholds 1", Key::OpenWarning, 1, true);
        row("thresholds 0", Key::OpenWarning, 0, false);
        row("version key", Key::Version, 5, false);
    }
    void setters()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, value);
        QFETCH(bool, valid);
        QFETCH(QVariant, expected);

        {
            Settings s(m_path);
            const QVariant before = s.value(key);
            const QString error = s.setValue(key, value);
            QCOMPARE(error.isEmpty(), valid);
            if (valid) {
                QCOMPARE(s.value(key), expected);
                QVERIFY(s.isSet(key));
            } else {
                QCOMPARE(s.value(key), before);
                QVERIFY(!s.isSet(key));
            }
        }
        // And what reached the file reads back the same.
        Settings reopened(m_path);
        QCOMPARE(reopened.isSet(key), valid);
        if (valid)
            QCOMPARE(reopened.value(key), expected);
    }

    void typedSettersRefuseInvalid()
    {
        Settings s(m_path);
        QVERIFY(!s.set(Setting::Region, QStringLiteral("mars")));
        QVERIFY(!s.set(Setting::ApiVersion, QStringLiteral("two sixteen")));
        QVERIFY(!s.set(Setting::CustomBaseUrl, QStringLiteral("http://example.com")));
        QVERIFY(!s.set(Setting::PollIntervalSeconds, 1));
        QVERIFY(!s.set(Setting::Theme, QStringLiteral("neon")));
        QVERIFY(!s.set(Setting::Language, QStringLiteral("klingon")));
        QVERIFY(!s.set(Setting::PinnedTeams, {QStringLiteral("a/b")}));
        QVERIFY(!s.set(Setting::LastTeam, QStringLiteral("../x")));
        QVERIFY(!s.set(Setting::OAuthClientId, QStringLiteral("a b")));
        QVERIFY(!s.set(Setting::OAuthRedirectUri, QStringLiteral("ftp://example.com")));
        QVERIFY(!s.set(Setting::WindowGeometry, QByteArray(70000, 'g')));
        QVERIFY(!s.set(Setting::KioskTeams, {QStringLiteral("1"), QStringLiteral("1")}));
        QVERIFY(!s.set(Setting::KioskRotateSeconds, 3601));
        QVERIFY(!s.set(Setting::KioskScreen, -1));
        QVERIFY(!s.set(Setting::KioskActiveHours, QStringLiteral("7-19")));
        QVERIFY(!s.set(Setting::KioskActiveDays, {QStringLiteral("someday")}));
        QVERIFY(!s.set(Setting::KioskExitChord, QStringLiteral("Escape")));
        QVERIFY(!s.setDefaultThresholds({.openWarning = 10, .openCritical = 9}));
        s.sync();
        QVERIFY(readFile(m_path).trimmed().isEmpty());

        // Stray spaces are refused, not quietly repaired (the dialog trims).
        QVERIFY(!s.set(Setting::CustomBaseUrl, QStringLiteral("  https://proxy.example.com  ")));
        QVERIFY(s.set(Setting::CustomBaseUrl, QStringLiteral("https://proxy.example.com")));
        QCOMPARE(s.get(Setting::CustomBaseUrl), QStringLiteral("https://proxy.example.com"));
        QVERIFY(s.set(Setting::PollIntervalSeconds, 60));
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 60);
        QVERIFY(s.set(Setting::KioskEnabled, true));
        QCOMPARE(s.get(Setting::KioskEnabled), true);
    }

    void handEditedInvalidValuesReadAsDefault()
    {
        writeFile(m_path, "[api]\n"
                          "region=mars\n"
                          "version=2 16\n"
                          "base_url=http://example.com\n"
                          "[poll]\n"
                          "interval_s=2\n"
                          "idle_threshold_s=half an hour\n"
                          "[thresholds]\n"
                          "open_warning=0\n"
                          "[ui]\n"
                          "theme=purple\n"
                          "language=xx\n"
                          "[teams]\n"
                          "pinned=1, 1\n"
                          "last=a b\n"
                          "[window]\n"
                          "geometry=not bytes\n"
                          "[kiosk]\n"
                          "enabled=maybe\n"
                          "teams=x/y\n"
                          "rotate_seconds=99999\n"
                          "screen=-3\n"
                          "active_hours=25:00-19:00\n"
                          "active_days=mon-xyz\n"
                          "exit_chord=Q\n");
        LogCapture log;
        Settings s(m_path);
        QCOMPARE(s.get(Setting::Region), QStringLiteral("us"));
        QCOMPARE(s.get(Setting::ApiVersion), QStringLiteral("2.16"));
        QCOMPARE(s.get(Setting::CustomBaseUrl), QString());
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 15);
        QCOMPARE(s.get(Setting::IdleThresholdSeconds), 1800);
        QCOMPARE(s.defaultThresholds(), TeamThresholds{});
        QCOMPARE(s.get(Setting::Theme), QStringLiteral("system"));
        QCOMPARE(s.get(Setting::Language), QString());
        QCOMPARE(s.get(Setting::PinnedTeams), QStringList());
        QCOMPARE(s.get(Setting::LastTeam), QString());
        QCOMPARE(s.get(Setting::WindowGeometry), QByteArray());
        QCOMPARE(s.get(Setting::KioskEnabled), false);
        QCOMPARE(s.get(Setting::KioskTeams), QStringList());
        QCOMPARE(s.get(Setting::KioskRotateSeconds), 20);
        QCOMPARE(s.get(Setting::KioskScreen), 0);
        QCOMPARE(s.get(Setting::KioskActiveHours), QString());
        QCOMPARE(s.get(Setting::KioskActiveDays), QStringList());
        QCOMPARE(s.get(Setting::KioskExitChord), QStringLiteral("Ctrl+Alt+Shift+Q"));

        // One warning per bad key, in the app category, naming the key.
        const QStringList keys = {QStringLiteral("api/region"),
                                  QStringLiteral("api/version"),
                                  QStringLiteral("api/base_url"),
                                  QStringLiteral("poll/interval_s"),
                                  QStringLiteral("poll/idle_threshold_s"),
                                  QStringLiteral("thresholds/open_warning"),
                                  QStringLiteral("ui/theme"),
                                  QStringLiteral("ui/language"),
                                  QStringLiteral("teams/pinned"),
                                  QStringLiteral("teams/last"),
                                  QStringLiteral("window/geometry"),
                                  QStringLiteral("kiosk/enabled"),
                                  QStringLiteral("kiosk/teams"),
                                  QStringLiteral("kiosk/rotate_seconds"),
                                  QStringLiteral("kiosk/screen"),
                                  QStringLiteral("kiosk/active_hours"),
                                  QStringLiteral("kiosk/active_days"),
                                  QStringLiteral("kiosk/exit_chord")};
        for (const QString& key : keys) {
            const QStringList hits = log.lines().filter(QStringLiteral("Setting %1 ").arg(key));
            QVERIFY2(hits.size() == 1, qPrintable(key + QLatin1Char('\n') + log.joined()));
            QVERIFY(hits.first().startsWith(QLatin1String("floorwatch.config: ")));
        }
        // Reading again does not repeat the warning (polls read settings often).
        const auto before = log.lines().size();
        QCOMPARE(s.get(Setting::Region), QStringLiteral("us"));
        QCOMPARE(log.lines().size(), before);
        // Reading never "repairs" the file behind the user's back.
        s.sync();
        QVERIFY(readFile(m_path).contains("region=mars"));
    }

    void credentialsInAUrlAreNotLogged()
    {
        writeFile(m_path, "[api]\nbase_url=https://admin:hunter2@proxy.example.com\n");
        LogCapture log;
        Settings s(m_path);
        QCOMPARE(s.get(Setting::CustomBaseUrl), QString());
        QVERIFY(log.joined().contains(QLatin1String("api/base_url")));
        QVERIFY(!log.joined().contains(QLatin1String("hunter2")));
        QVERIFY(!s.set(Setting::CustomBaseUrl,
                       QStringLiteral("https://admin:hunter2@proxy.example.com")));
    }

    void handEditedValidValuesAreRead()
    {
        writeFile(m_path, "[api]\n"
                          "region=EU\n"
                          "version=Preview\n"
                          "base_url=https://proxy.example.com\n"
                          "[poll]\n"
                          "interval_s=30\n"
                          "[ui]\n"
                          "language=pt_br\n"
                          "[teams]\n"
                          "pinned=1, 22, 333\n"
                          "[kiosk]\n"
                          "enabled=true\n"
                          "teams=9\n"
                          "active_days=mon-fri\n"
                          "active_hours=07:00-19:00\n");
        Settings s(m_path);
        QCOMPARE(s.get(Setting::Region), QStringLiteral("eu"));
        QCOMPARE(s.get(Setting::ApiVersion), QStringLiteral("Preview"));
        QCOMPARE(s.get(Setting::CustomBaseUrl), QStringLiteral("https://proxy.example.com"));
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 30);
        QCOMPARE(s.get(Setting::Language), QStringLiteral("pt_BR"));
        QCOMPARE(s.get(Setting::PinnedTeams),
                 (QStringList{QStringLiteral("1"), QStringLiteral("22"), QStringLiteral("333")}));
        QCOMPARE(s.get(Setting::KioskEnabled), true);
        QCOMPARE(s.get(Setting::KioskTeams), QStringList{QStringLiteral("9")});
        QCOMPARE(s.get(Setting::KioskActiveDays), QStringList{QStringLiteral("mon-fri")});
        const auto days = ActiveHours::parseDays(s.get(Setting::KioskActiveDays));
        QVERIFY(days);
        QCOMPARE(*days, (QSet<int>{1, 2, 3, 4, 5}));
        const auto hours = ActiveHours::parseHours(s.get(Setting::KioskActiveHours));
        QVERIFY(hours);
        QCOMPARE(hours->first, QTime(7, 0));
        QCOMPARE(hours->second, QTime(19, 0));
    }

    void activeDaysWrapOverTheWeekend()
    {
        const auto days = ActiveHours::parseDays({QStringLiteral("fri-mon")});
        QVERIFY(days);
        QCOMPARE(*days, (QSet<int>{5, 6, 7, 1}));
        const auto none = ActiveHours::parseDays({});
        QVERIFY(none && none->isEmpty());
        QVERIFY(!ActiveHours::parseDays({QStringLiteral("mon-tue-wed")}));
    }

    void migrationFromVersion0()
    {
        writeFile(m_path, "token=tok_live_abc123\n"
                          "access_token=tok_live_def456\n"
                          "[api]\n"
                          "token=tok_live_ghi789\n"
                          "region=eu\n"
                          "[oauth]\n"
                          "client_id=floorwatch-app\n"
                          "client_secret=shh-very-secret\n"
                          "[poll]\n"
                          "interval_ms=30000\n");
        {
            LogCapture log;
            Settings s(m_path);
            QCOMPARE(s.storedVersion(), 0);
            QCOMPARE(s.get(Setting::PollIntervalSeconds), 15); // not read before migration
            s.migrate();
            QCOMPARE(s.storedVersion(), Settings::kCurrentVersion);
            QCOMPARE(s.get(Setting::PollIntervalSeconds), 30);
            QCOMPARE(s.get(Setting::Region), QStringLiteral("eu"));
            QCOMPARE(s.get(Setting::OAuthClientId), QStringLiteral("floorwatch-app"));

            const QString logText = log.joined();
            for (const char* key :
                 {"Removed setting token ", "Removed setting access_token ",
                  "Removed setting api/token ", "Removed setting oauth/client_secret "})
                QVERIFY2(logText.contains(QLatin1String(key)), qPrintable(logText));
            // The removal is reported without the value.
            QVERIFY(!logText.contains(QLatin1String("tok_live")));
            QVERIFY(!logText.contains(QLatin1String("shh-very-secret")));
        }
        const QByteArray file = readFile(m_path);
        QVERIFY(!file.contains("tok_live"));
        QVERIFY(!file.contains("shh-very-secret"));
        QVERIFY(!file.contains("interval_ms"));
        QVERIFY(file.contains("interval_s=30"));
        QVERIFY(file.contains("version=1"));

        // A second run changes nothing, and does not undo later edits.
        Settings again(m_path);
        QVERIFY(again.set(Setting::PollIntervalSeconds, 45));
        again.sync();
        const QByteArray before = readFile(m_path);
        QSignalSpy spy(&again, &Settings::changed);
        again.migrate();
        QCOMPARE(readFile(m_path), before);
        QCOMPARE(again.get(Setting::PollIntervalSeconds), 45);
        QCOMPARE(spy.count(), 0);
    }

    void migrationRoundsAndClampsMilliseconds_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<int>("seconds");
        QTest::newRow("round") << QByteArray("15400") << 15;
        QTest::newRow("round up") << QByteArray("15600") << 16;
        QTest::newRow("too fast") << QByteArray("1000") << 5;
        QTest::newRow("too slow") << QByteArray("86400000") << 3600;
        QTest::newRow("garbage") << QByteArray("soon") << 15;
    }
    void migrationRoundsAndClampsMilliseconds()
    {
        QFETCH(QByteArray, stored);
        QFETCH(int, seconds);
        writeFile(m_path, "[poll]\ninterval_ms=" + stored + "\n");
        LogCapture log;
        Settings s(m_path);
        s.migrate();
        QCOMPARE(s.get(Setting::PollIntervalSeconds), seconds);
        s.sync();
        QVERIFY(!readFile(m_path).contains("interval_ms"));
        // A value that cannot be migrated is reported, not silently lost.
        if (stored == "soon")
            QVERIFY(log.joined().contains(QLatin1String("interval_ms")));
    }

    void migrationKeepsAnExistingSecondsValue()
    {
        writeFile(m_path, "[poll]\ninterval_ms=30000\ninterval_s=90\n");
        Settings s(m_path);
        s.migrate();
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 90);
    }

    void migrationRemovesCredentialsAddedLater()
    {
        writeFile(m_path, "[meta]\nversion=1\n[api]\nregion=au\naccess_token=tok_live_x\n");
        LogCapture log;
        Settings s(m_path);
        QCOMPARE(s.storedVersion(), 1);
        s.migrate();
        s.sync();
        QVERIFY(!readFile(m_path).contains("tok_live"));
        QCOMPARE(s.get(Setting::Region), QStringLiteral("au"));
        QVERIFY(log.joined().contains(QLatin1String("Removed setting api/access_token ")));
        QVERIFY(!log.joined().contains(QLatin1String("tok_live")));
    }

    void newerVersionIsLeftAlone()
    {
        writeFile(m_path, "[meta]\nversion=7\n[poll]\ninterval_ms=30000\n");
        LogCapture log;
        Settings s(m_path);
        s.migrate();
        QCOMPARE(s.storedVersion(), 7);
        s.sync();
        QVERIFY(readFile(m_path).contains("interval_ms=30000"));
        QVERIFY(log.joined().contains(QLatin1String("newer")));
    }

    void perTeamThresholds()
    {
        Settings s(m_path);
        const QString team = QStringLiteral("42");
        const QString other = QStringLiteral("43");
        QVERIFY(!s.hasTeamThresholds(team));

        const TeamThresholds workspace{
            .openWarning = 5, .openCritical = 9, .idleWarning = 2, .idleCritical = 4};
        QVERIFY(s.setDefaultThresholds(workspace));
        QCOMPARE(s.defaultThresholds(), workspace);
        QCOMPARE(s.thresholds(team), workspace);

        const TeamThresholds override{.openWarning = 20,
                                      .openCritical = 30,
                                      .idleWarning = 3,
                                      .idleCritical = 3}; // equal levels are allowed
        QVERIFY(s.setTeamThresholds(team, override));
        QVERIFY(s.hasTeamThresholds(team));
        QCOMPARE(s.thresholds(team), override);
        QCOMPARE(s.thresholds(other), workspace);
        QCOMPARE(s.defaultThresholds(), workspace);

        // Critical below warning is refused and nothing is stored.
        QVERIFY(!s.setTeamThresholds(
            other, {.openWarning = 10, .openCritical = 9, .idleWarning = 1, .idleCritical = 3}));
        QVERIFY(!s.setTeamThresholds(
            other, {.openWarning = 1, .openCritical = 9, .idleWarning = 4, .idleCritical = 3}));
        QVERIFY(!s.setDefaultThresholds(
            {.openWarning = 1, .openCritical = 9, .idleWarning = 4, .idleCritical = 3}));
        QVERIFY(!s.hasTeamThresholds(other));
        QCOMPARE(s.defaultThresholds(), workspace);
        // A team id that would change the key's path is refused.
        QVERIFY(!s.setTeamThresholds(QStringLiteral("../thresholds"), override));
        QVERIFY(!s.setTeamThresholds(QString(), override));

        // The override survives a reopen, and clearing it falls back again.
        s.sync();
        Settings reopened(m_path);
        QCOMPARE(reopened.thresholds(team), override);
        reopened.clearTeamThresholds(team);
        QVERIFY(!reopened.hasTeamThresholds(team));
        QCOMPARE(reopened.thresholds(team), workspace);
    }

    void handEditedTeamThresholds()
    {
        writeFile(m_path, "[thresholds]\n"
                          "open_warning=5\n"
                          "open_critical=9\n"
                          "[teams]\n"
                          "7\\thresholds\\open_warning=6\n"
                          "8\\thresholds\\open_warning=50\n"
                          "9\\thresholds\\idle_critical=lots\n");
        LogCapture log;
        Settings s(m_path);
        const TeamThresholds workspace{.openWarning = 5, .openCritical = 9};
        QCOMPARE(s.defaultThresholds(), workspace);
        // A partial override takes the rest from the workspace default.
        QCOMPARE(s.thresholds(QStringLiteral("7")),
                 (TeamThresholds{.openWarning = 6, .openCritical = 9}));
        // An override that makes critical < warning is ignored as a whole.
        QCOMPARE(s.thresholds(QStringLiteral("8")), workspace);
        QVERIFY(log.joined().contains(QLatin1String("team 8")));
        const auto warnings = log.lines().size();
        QCOMPARE(s.thresholds(QStringLiteral("8")), workspace);
        QCOMPARE(log.lines().size(), warnings); // reported once, not on every poll
        // A malformed value falls back to the workspace value.
        QCOMPARE(s.thresholds(QStringLiteral("9")), workspace);
        QVERIFY(log.joined().contains(QLatin1String("teams/9/thresholds/idle_critical")));
    }

    void changedSignal()
    {
        Settings s(m_path);
        QSignalSpy spy(&s, &Settings::changed);

        QVERIFY(s.set(Setting::Region, QStringLiteral("eu")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("api/region"));

        // Same value again, or a refused one: nothing changed.
        QVERIFY(s.set(Setting::Region, QStringLiteral("EU")));
        QVERIFY(!s.set(Setting::Region, QStringLiteral("mars")));
        QVERIFY(!s.set(Setting::PollIntervalSeconds, 1));
        QCOMPARE(spy.count(), 0);

        QVERIFY(s.set(Setting::PollIntervalSeconds, 30));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("poll/interval_s"));

        QVERIFY(s.setTeamThresholds(
            QStringLiteral("5"),
            {.openWarning = 9, .openCritical = 12, .idleWarning = 1, .idleCritical = 3}));
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("teams/5/thresholds/open_warning"));
        spy.clear();

        s.clearTeamThresholds(QStringLiteral("5"));
        QCOMPARE(spy.count(), 4);
        spy.clear();

        s.reset(Key::Region);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("api/region"));
        QCOMPARE(s.get(Setting::Region), QStringLiteral("us"));
        s.reset(Key::Region); // already absent
        QCOMPARE(spy.count(), 0);
    }

    void roundTripThroughTheFile()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
        const TeamThresholds workspace{
            .openWarning = 4, .openCritical = 6, .idleWarning = 2, .idleCritical = 5};
        const TeamThresholds team{
            .openWarning = 10, .openCritical = 15, .idleWarning = 3, .idleCritical = 6};
        {
            Settings s(m_path);
            QVERIFY(s.set(Setting::Region, QStringLiteral("au")));
            QVERIFY(s.set(Setting::ApiVersion, QStringLiteral("Unstable")));
            QVERIFY(s.set(Setting::CustomBaseUrl, QStringLiteral("http://localhost:9000")));
            QVERIFY(s.set(Setting::PollIntervalSeconds, 42));
            QVERIFY(s.set(Setting::IdleThresholdSeconds, 600));
            QVERIFY(s.setDefaultThresholds(workspace));
            QVERIFY(s.setTeamThresholds(QStringLiteral("77"), team));
            QVERIFY(s.set(Setting::Theme, QStringLiteral("dark")));
            QVERIFY(s.set(Setting::Language, QStringLiteral("ja")));
            QVERIFY(s.set(Setting::PinnedTeams,
                          {QStringLiteral("77")})); // one item: a plain INI string
            QVERIFY(s.set(Setting::LastTeam, QStringLiteral("77")));
            QVERIFY(s.set(Setting::OAuthClientId, QStringLiteral("client-1")));
            QVERIFY(s.set(Setting::OAuthRedirectUri, QStringLiteral("https://example.com/cb")));
            QVERIFY(s.set(Setting::WindowGeometry, geometry));
            QVERIFY(s.set(Setting::WindowState, QByteArray("\x00\x00\xff", 3)));
            QVERIFY(s.set(Setting::KioskEnabled, true));
            QVERIFY(s.set(Setting::KioskTeams, {QStringLiteral("77"), QStringLiteral("78")}));
            QVERIFY(s.set(Setting::KioskRotateSeconds, 60));
            QVERIFY(s.set(Setting::KioskScreen, 1));
            QVERIFY(s.set(Setting::KioskActiveHours, QStringLiteral("08:30-18:00")));
            QVERIFY(s.set(Setting::KioskActiveDays,
                          {QStringLiteral("mon"), QStringLiteral("wed-fri")}));
            QVERIFY(s.set(Setting::KioskExitChord, QStringLiteral("Ctrl+Alt+X")));
            QVERIFY(s.set(Setting::PinnedTeams, {}));
            QVERIFY(s.set(Setting::PinnedTeams, {QStringLiteral("77")}));
            s.migrate();
            s.sync();
            QCOMPARE(s.status(), QSettings::NoError);
        }
        Settings s(m_path);
        QCOMPARE(s.storedVersion(), Settings::kCurrentVersion);
        QCOMPARE(s.get(Setting::Region), QStringLiteral("au"));
        QCOMPARE(s.get(Setting::ApiVersion), QStringLiteral("Unstable"));
        QCOMPARE(s.get(Setting::CustomBaseUrl), QStringLiteral("http://localhost:9000"));
        QCOMPARE(s.get(Setting::PollIntervalSeconds), 42);
        QCOMPARE(s.get(Setting::IdleThresholdSeconds), 600);
        QCOMPARE(s.defaultThresholds(), workspace);
        QCOMPARE(s.thresholds(QStringLiteral("77")), team);
        QCOMPARE(s.get(Setting::Theme), QStringLiteral("dark"));
        QCOMPARE(s.get(Setting::Language), QStringLiteral("ja"));
        QCOMPARE(s.get(Setting::PinnedTeams), QStringList{QStringLiteral("77")});
        QCOMPARE(s.get(Setting::LastTeam), QStringLiteral("77"));
        QCOMPARE(s.get(Setting::OAuthClientId), QStringLiteral("client-1"));
        QCOMPARE(s.get(Setting::OAuthRedirectUri), QStringLiteral("https://example.com/cb"));
        QCOMPARE(s.get(Setting::WindowGeometry), geometry);
        QCOMPARE(s.get(Setting::WindowState), QByteArray("\x00\x00\xff", 3));
        QCOMPARE(s.get(Setting::KioskEnabled), true);
        QCOMPARE(s.get(Setting::KioskTeams),
                 (QStringList{QStringLiteral("77"), QStringLiteral("78")}));
        QCOMPARE(s.get(Setting::KioskRotateSeconds), 60);
        QCOMPARE(s.get(Setting::KioskScreen), 1);
        QCOMPARE(s.get(Setting::KioskActiveHours), QStringLiteral("08:30-18:00"));
        QCOMPARE(s.get(Setting::KioskActiveDays),
                 (QStringList{QStringLiteral("mon"), QStringLiteral("wed-fri")}));
        QCOMPARE(s.get(Setting::KioskExitChord), QStringLiteral("Ctrl+Alt+X"));
    }

    void emptyListRoundTrips()
    {
        {
            Settings s(m_path);
            QVERIFY(s.set(Setting::KioskTeams, {QStringLiteral("1")}));
            QVERIFY(s.set(Setting::KioskTeams, {}));
        }
        Settings s(m_path);
        QVERIFY(s.isSet(Key::KioskTeams));
        QCOMPARE(s.get(Setting::KioskTeams), QStringList());
    }

    void userStoreIsNamedForTheProduct()
    {
        const auto store = Settings::openUserStore();
        QCOMPARE(store->organizationName(), QStringLiteral("Floorwatch"));
        QCOMPARE(store->applicationName(), QStringLiteral("floorwatch"));
        QCOMPARE(store->scope(), QSettings::UserScope);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
