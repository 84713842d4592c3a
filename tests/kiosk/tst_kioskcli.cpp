// The kiosk's command line through the real program: --dump-config and the
// usage errors of the new options. Never a secret on the way out.

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run floorwatch(const QStringList& args, const QTemporaryDir& home, const QString& token = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLOORWATCH_BIN), args);
    if (!p.waitForFinished(20000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestKioskCli : public QObject
{
    Q_OBJECT

private slots:
    void dumpConfigShowsPrecedenceAndNoSecret()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("kiosk.ini"));
        {
            QSettings ini(file, QSettings::IniFormat);
            ini.setValue(QStringLiteral("kiosk/teams"),
                         QStringList{QStringLiteral("5017691"), QStringLiteral("5017692")});
            ini.setValue(QStringLiteral("kiosk/rotate_seconds"), 40);
            ini.setValue(QStringLiteral("kiosk/active_hours"), QStringLiteral("07:00-19:00"));
            ini.setValue(QStringLiteral("auth/workspace"), QStringLiteral("ws1"));
            // Someone put a token in the file: it is never read or shown.
            ini.setValue(QStringLiteral("auth/token"), QStringLiteral("tok_in_file_9d1"));
        }
        const Run r = floorwatch({QStringLiteral("--kiosk"), QStringLiteral("--dump-config"),
                                  QStringLiteral("--config"), file, QStringLiteral("--rotate"),
                                  QStringLiteral("25")},
                                 home, QStringLiteral("tok_env_77ab"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(file));
        const auto row = [&](const QString& key) {
            for (const QString& l : r.out.split(QLatin1Char('\n')))
                if (l.startsWith(key + QLatin1Char(' ')))
                    return l.simplified();
            return QString();
        };
        QCOMPARE(row(QStringLiteral("kiosk/enabled")),
                 QStringLiteral("kiosk/enabled true command line"));
        QCOMPARE(row(QStringLiteral("kiosk/rotate_seconds")),
                 QStringLiteral("kiosk/rotate_seconds 25 command line"));
        QCOMPARE(row(QStringLiteral("kiosk/teams")),
                 QStringLiteral("kiosk/teams 5017691, 5017692 config file"));
        QCOMPARE(row(QStringLiteral("kiosk/active_hours")),
                 QStringLiteral("kiosk/active_hours 07:00-19:00 config file"));
        QCOMPARE(row(QStringLiteral("kiosk/screen")), QStringLiteral("kiosk/screen 0 default"));
        QVERIFY(r.out.contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN (not shown)")));
        for (const QString& secret :
             {QStringLiteral("tok_env_77ab"), QStringLiteral("tok_in_file_9d1")}) {
            QVERIFY(!r.out.contains(secret));
            QVERIFY(!r.err.contains(secret));
        }
        // IT's file is read, never rewritten.
        QSettings ini(file, QSettings::IniFormat);
        QVERIFY(!ini.contains(QStringLiteral("meta/version")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--dump-config"),
                           QStringLiteral("--config"), QStringLiteral("/nonexistent/kiosk.ini")};
        QTest::newRow("short rotation") << QStringList{
            QStringLiteral("--kiosk"), QStringLiteral("--rotate"), QStringLiteral("2")};
        QTest::newRow("bad screen") << QStringList{
            QStringLiteral("--kiosk"), QStringLiteral("--screen"), QStringLiteral("-1")};
        QTest::newRow("bad team id")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--dump-config"),
                           QStringLiteral("--team"), QStringLiteral("a/b")};
        QTest::newRow("sign-in with kiosk")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--kiosk")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir home;
        const Run r = floorwatch(args, home);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("floorwatch: ")), qPrintable(r.err));
    }

    void helpNamesTheKioskOptions()
    {
        QTemporaryDir home;
        const Run r = floorwatch({QStringLiteral("--help")}, home);
        QCOMPARE(r.exitCode, 0);
        for (const char* option :
             {"--kiosk", "--screen", "--rotate", "--config", "--dump-config", "--sign-in"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestKioskCli)
#include "tst_kioskcli.moc"
