#include "FloorwatchVersion.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run floorwatch(const QStringList& args, const QString& token = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLOORWATCH_BIN), args);
    if (!p.waitForFinished(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpToARemoteHostIsRefusedBeforeConnecting()
    {
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("json"),
                                  QStringLiteral("--api-base-url"), QStringLiteral("http://example.com"),
                                  QStringLiteral("--team"), QStringLiteral("1")},
                                 QStringLiteral("secret-token-value"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("http://example.com")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("https")));
        QVERIFY(!r.err.contains(QLatin1String("secret-token-value")));
    }

    void missingTokenIsAConfigurationError()
    {
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("--team"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN")));
    }

    void usageErrorExitsTwo()
    {
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("yaml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("yaml")));
    }

    void versionAndHelp()
    {
        const Run v = floorwatch({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(QLatin1String(FLOORWATCH_VERSION)));
        const Run h = floorwatch({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QLatin1String("--idle-threshold")));
        QVERIFY(h.out.contains(QLatin1String("Exit codes")));
    }

    void unreachableServerExitsSeven()
    {
        // Port 9 on loopback: nothing listens, the connection is refused.
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("--api-base-url"),
                                  QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--team"),
                                  QStringLiteral("1")},
                                 QStringLiteral("t"));
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains(QLatin1String("Could not reach Intercom")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
