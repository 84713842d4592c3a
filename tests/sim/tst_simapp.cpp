#include "SimTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// floorwatch-sim as scripts use it: start, read the URL, talk, stop.
class TestSimApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsUrlServesAndStopsOnSigterm();
    void tokenFromEnvironment();
    void refusesToStartWithoutToken();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void help();

private:
    static QProcessEnvironment environment(const QString& token = {});
    static quint16 waitForUrl(QProcess& process);
};

QProcessEnvironment TestSimApp::environment(const QString& token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORWATCH_SIM_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("FLOORWATCH_SIM_TOKEN"), token);
    return env;
}

quint16 TestSimApp::waitForUrl(QProcess& process)
{
    if (!QTest::qWaitFor(
            [&] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
            10000))
        return 0;
    const QByteArray line = process.readLine();
    static const QRegularExpression expected(
        QStringLiteral("^Floorwatch simulator listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
    const QRegularExpressionMatch match = expected.match(QString::fromUtf8(line));
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void TestSimApp::printsUrlServesAndStopsOnSigterm()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(FLOORWATCH_SIM_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"),
                   QStringLiteral("t"), QStringLiteral("--speed"), QStringLiteral("30")});
    QVERIFY(process.waitForStarted());
    const quint16 port = waitForUrl(process);
    QVERIFY(port != 0);

    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(port);
    SimTestClient client(base, "t");
    const SimResponse me = client.get(QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("type")).toString(), QStringLiteral("admin"));
    QCOMPARE(client.get(QStringLiteral("/teams/5017691/metrics")).status, 200);
    client.setToken("other");
    QCOMPARE(client.get(QStringLiteral("/me")).status, 401);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // the URL line is all there is
}

void TestSimApp::tokenFromEnvironment()
{
    QProcess process;
    process.setProcessEnvironment(environment(QStringLiteral("from-env")));
    process.start(QStringLiteral(FLOORWATCH_SIM_BINARY),
                  {QStringLiteral("--teams"), QStringLiteral("2"),
                   QStringLiteral("--agents-per-team"), QStringLiteral("5")});
    const quint16 port = waitForUrl(process);
    QVERIFY(port != 0);
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(port);
    SimTestClient client(base, "from-env");
    const SimResponse teams = client.get(QStringLiteral("/teams"));
    QCOMPARE(teams.status, 200);
    QCOMPARE(teams.json().value(QStringLiteral("teams")).toArray().size(), 2);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSimApp::refusesToStartWithoutToken()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(FLOORWATCH_SIM_BINARY), QStringList());
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("FLOORWATCH_SIM_TOKEN"));
}

void TestSimApp::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("teams") << QStringList{QStringLiteral("--teams"), QStringLiteral("0")};
    QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("fast")};
    QTest::newRow("error rate") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")};
    QTest::newRow("body fault") << QStringList{QStringLiteral("--body-fault"),
                                               QStringLiteral("gibberish")};
    QTest::newRow("start time") << QStringList{QStringLiteral("--start-time"),
                                               QStringLiteral("25:00")};
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
}

void TestSimApp::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setProcessEnvironment(environment(QStringLiteral("t")));
    process.start(QStringLiteral(FLOORWATCH_SIM_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("floorwatch-sim: "));
}

void TestSimApp::help()
{
    QProcess process;
    process.start(QStringLiteral(FLOORWATCH_SIM_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray text = process.readAllStandardOutput();
    for (const char* option :
         {"--port", "--token", "--seed", "--teams", "--agents-per-team", "--speed", "--rate-limit",
          "--restricted-team", "--latency", "--hang", "--error-rate", "--rate-limit-burst",
          "--body-fault", "--faults-metrics-only"})
        QVERIFY2(text.contains(option), option);
}

QTEST_GUILESS_MAIN(TestSimApp)
#include "tst_simapp.moc"
