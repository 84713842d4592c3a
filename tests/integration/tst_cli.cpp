#include "Clock.h"
#include "FloorwatchVersion.h"
#include "HistoryStore.h"
#include "SnapshotDiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `configHome`, when set, holds the user's settings (XDG_CONFIG_HOME).
Run floorwatch(const QStringList& args, const QString& token = QString(),
               const QString& configHome = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"), token);
    if (!configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLOORWATCH_BIN), args);
    if (!p.waitForFinished(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A floorwatch-sim process for the duration of a test.
class Simulator
{
public:
    explicit Simulator(QStringList extra = {})
    {
        extra << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--token")
              << QStringLiteral("t") << QStringLiteral("--speed") << QStringLiteral("0.001")
              << QStringLiteral("--restricted-team") << QStringLiteral("5017694");
        m_process.start(QStringLiteral(FLOORWATCH_SIM_BIN), extra);
        if (m_process.waitForReadyRead(10000)) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_url = line.section(QLatin1Char(' '), -1);
        }
    }
    ~Simulator()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return file.fileName();
}

QJsonObject printJson(const Simulator& sim, const QString& team, const QString& threshold)
{
    const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("json"),
                              QStringLiteral("--api-base-url"), sim.url(), QStringLiteral("--team"),
                              team, QStringLiteral("--idle-threshold"), threshold},
                             QStringLiteral("t"));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// A server on loopback that answers every path with a canned reply, for
// bodies no real workspace sends. floorwatch runs as a process meanwhile,
// so the test's event loop must keep running: see floorwatchServed().
class CannedServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    CannedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void answer(const QString& pathSuffix, Reply reply) { m_replies.append({pathSuffix, reply}); }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& pending = m_pending[socket];
        pending += socket->readAll();
        qsizetype end;
        while ((end = pending.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = pending.left(end);
            pending.remove(0, end + 4);
            const QString path =
                QString::fromLatin1(head.split(' ').value(1)).section(QLatin1Char('?'), 0, 0);
            Reply reply{404, R"({"type":"error.list","errors":[{"code":"not_found"}]})", {}};
            for (const auto& [suffix, canned] : m_replies)
                if (path.endsWith(suffix)) {
                    reply = canned;
                    break;
                }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) +
                             " X\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(reply.body.size()) + "\r\n";
            for (const auto& [name, value] : reply.headers)
                out += name + ": " + value + "\r\n";
            socket->write(out + "\r\n" + reply.body);
        }
    }

    QTcpServer m_server;
    QList<QPair<QString, Reply>> m_replies;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

// ESC sequences that clear the screen and set the terminal title, a forged
// second line, C1 CSI and DEL, and a very long message, as JSON escapes.
QByteArray hostileErrorBody()
{
    const QByteArray hostile =
        "\\u001b[2J\\u001b]0;pwned\\u0007\\nfloorwatch: all fine\\u009b31m\\u007f";
    return "{\"type\":\"error.list\",\"request_id\":\"" + hostile +
           "\",\"errors\":[{\"code\":\"forbidden\",\"message\":\"" + hostile +
           QByteArray(5000, 'x') + "\"}]}";
}

// Names that spreadsheets would run as formulas, with controls in them.
struct HostileBodies
{
    QByteArray metrics = "{\"type\":\"team_metric.list\",\"data\":["
                         "{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},"
                         "{\"admin_id\":\"2\",\"open\":2,\"idle\":1,\"snoozed\":0}]}";
    QByteArray admins = "{\"type\":\"admin.list\",\"admins\":["
                        "{\"id\":\"1\",\"name\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"},"
                        "{\"id\":\"2\",\"name\":\"@SUM(1)\\u001b]0;t\\u0007\\r\\nz\","
                        "\"away_mode_enabled\":true,\"away_status_reason_id\":\"9\"}]}";
    QByteArray reasons =
        "{\"type\":\"list\",\"data\":[{\"id\":\"9\",\"label\":\"-1+1\\u009b2J\"}]}";
    QByteArray team = "{\"type\":\"team\",\"id\":\"42\",\"name\":\"+Team\\u202eevil\"}";
};

HostileBodies hostileBodies()
{
    return {};
}

// floorwatch as a process while this one keeps serving.
Run floorwatchServed(const QStringList& args, const QString& token)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLOORWATCH_BIN), args);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
        p.kill();
    p.waitForFinished(1000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Nothing a terminal or a log reader would act on: no C0 or C1 control
// but the line ends floorwatch writes itself, no DEL.
bool isInert(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpToARemoteHostIsRefusedBeforeConnecting()
    {
        const Run r = floorwatch(
            {QStringLiteral("--print"), QStringLiteral("json"), QStringLiteral("--api-base-url"),
             QStringLiteral("http://example.com"), QStringLiteral("--team"), QStringLiteral("1")},
            QStringLiteral("secret-token-value"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("http://example.com")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("https")));
        QVERIFY(!r.err.contains(QLatin1String("secret-token-value")));
    }

    void missingTokenIsAConfigurationError()
    {
        const Run r =
            floorwatch({QStringLiteral("--print"), QStringLiteral("--team"), QStringLiteral("1")});
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

    void printJsonFromTheSimulatorAddsUp()
    {
        Simulator sim;
        QVERIFY(!sim.url().isEmpty());
        const QJsonObject o = printJson(sim, QStringLiteral("5017691"), QStringLiteral("1800"));
        QCOMPARE(o[QStringLiteral("team")][QStringLiteral("id")].toString(),
                 QStringLiteral("5017691"));
        QVERIFY(!o[QStringLiteral("team")][QStringLiteral("name")].toString().isEmpty());
        QCOMPARE(o[QStringLiteral("idle_threshold")].toInt(), 1800);
        QVERIFY(QDateTime::fromString(o[QStringLiteral("fetched_at")].toString(), Qt::ISODate)
                    .isValid());
        const QJsonArray teammates = o[QStringLiteral("teammates")].toArray();
        QVERIFY(teammates.size() >= 10);
        int open = 0, idle = 0, snoozed = 0;
        for (const QJsonValue& t : teammates) {
            QVERIFY(!t[QStringLiteral("name")].toString().startsWith(QLatin1String("Teammate ")));
            QVERIFY(t[QStringLiteral("away")].isBool());
            QVERIFY(t[QStringLiteral("away_reason")].isNull() ||
                    t[QStringLiteral("away_reason")].isString());
            open += t[QStringLiteral("open")].toInt();
            idle += t[QStringLiteral("idle")].toInt();
            snoozed += t[QStringLiteral("snoozed")].toInt();
        }
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("open")].toInt(), open);
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("idle")].toInt(), idle);
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("snoozed")].toInt(), snoozed);
    }

    void smallerThresholdNeverFewerIdle()
    {
        Simulator sim;
        const QJsonObject tight = printJson(sim, QStringLiteral("5017691"), QStringLiteral("60"));
        const QJsonObject loose =
            printJson(sim, QStringLiteral("5017691"), QStringLiteral("86400"));
        QCOMPARE(tight[QStringLiteral("idle_threshold")].toInt(), 60);
        QCOMPARE(loose[QStringLiteral("idle_threshold")].toInt(), 86400);
        QVERIFY(tight[QStringLiteral("totals")][QStringLiteral("idle")].toInt() >=
                loose[QStringLiteral("totals")][QStringLiteral("idle")].toInt());
        QVERIFY(tight[QStringLiteral("totals")][QStringLiteral("idle")].toInt() > 0);
        // Out-of-range thresholds are clamped, and the output says so.
        QCOMPARE(printJson(sim, QStringLiteral("5017691"),
                           QStringLiteral("0"))[QStringLiteral("idle_threshold")]
                     .toInt(),
                 1);
        QCOMPARE(printJson(sim, QStringLiteral("5017691"),
                           QStringLiteral("100000"))[QStringLiteral("idle_threshold")]
                     .toInt(),
                 86400);
    }

    void exitCodesAgainstTheSimulator_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("team");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("ok") << QStringList() << "t"
                            << "5017691" << 0 << "";
        QTest::newRow("wrong token") << QStringList() << "wrong"
                                     << "5017691" << 3 << "Sign in again";
        QTest::newRow("restricted team") << QStringList() << "t"
                                         << "5017694" << 4 << "realtime_monitoring";
        QTest::newRow("unknown team") << QStringList() << "t"
                                      << "4242" << 5 << "Pick another team";
        QTest::newRow("rate limited")
            << QStringList{QStringLiteral("--rate-limit-burst"), QStringLiteral("100")} << "t"
            << "5017691" << 6 << "rate limit";
        QTest::newRow("server error")
            << QStringList{QStringLiteral("--error-rate"), QStringLiteral("1")} << "t"
            << "5017691" << 7 << "server error";
        QTest::newRow("malformed")
            << QStringList{QStringLiteral("--body-fault"), QStringLiteral("malformed-json")} << "t"
            << "5017691" << 8 << "cannot use";
    }
    void exitCodesAgainstTheSimulator()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QString, token);
        QFETCH(QString, team);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        Simulator sim(simArgs);
        QVERIFY(!sim.url().isEmpty());
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("--api-base-url"),
                                  sim.url(), QStringLiteral("--team"), team},
                                 token);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        if (exitCode != 0) {
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one sentence, nothing else
            QVERIFY(!r.err.contains(QLatin1Char('{')));
        }
    }

    // Every number, text and file from outside is checked where it enters,
    // with exit code 2 and one sentence naming what to fix.
    void badConfigurationExitsTwoBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("named");
        const QString t = QStringLiteral("t");
        QTest::newRow("interval that wraps a 32-bit timer")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("4294968")} << t
            << QStringLiteral("--interval");
        QTest::newRow("interval of 2^32 ms")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("4294967")} << t
            << QStringLiteral("from 5 to 3600");
        QTest::newRow("empty base URL") << QStringList{QStringLiteral("--api-base-url"), QString()}
                                        << t << QStringLiteral("--api-base-url");
        QTest::newRow("line break in the API version")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral("2.16\r\nX-Evil: 1")}
            << t << QStringLiteral("--api-version");
        QTest::newRow("control byte in the API version")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral("2.16\x07")} << t
            << QStringLiteral("--api-version");
        QTest::newRow("line break in the token")
            << QStringList{} << QStringLiteral("secret-token\r\nX-Evil: 1")
            << QStringLiteral("FLOORWATCH_ACCESS_TOKEN");
        QTest::newRow("control byte in the token")
            << QStringList{} << QStringLiteral("secret-token\x1b[2J")
            << QStringLiteral("FLOORWATCH_ACCESS_TOKEN");
    }
    void badConfigurationExitsTwoBeforeAnyRequest()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, token);
        QFETCH(QString, named);
        Simulator sim;
        QVERIFY(!sim.url().isEmpty());
        QStringList all = {QStringLiteral("--print"), QStringLiteral("json"),
                           QStringLiteral("--team"), QStringLiteral("5017691")};
        if (!args.contains(QStringLiteral("--api-base-url")))
            all << QStringLiteral("--api-base-url") << sim.url();
        const Run r = floorwatch(all + args, token);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("secret-token")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one sentence, nothing injected
    }

    void configFileProblemsNameTheKeyAndTheFile_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("remote http") << QByteArray("[api]\nbase_url=http://10.0.0.1\n")
                                     << QStringLiteral("api/base_url=http://10.0.0.1");
        QTest::newRow("huge interval")
            << QByteArray("[poll]\ninterval_s=99999999\n") << QStringLiteral("poll/interval_s");
        QTest::newRow("wrong type") << QByteArray("[kiosk]\nrotate_seconds=soon\n")
                                    << QStringLiteral("kiosk/rotate_seconds");
        QTest::newRow("larger than 1 MiB")
            << (QByteArray("[api]\nregion=eu\n") + QByteArray(2 * 1024 * 1024, '#'))
            << QStringLiteral("larger than 1 MiB");
    }
    void configFileProblemsNameTheKeyAndTheFile()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("fleet.ini"), ini);
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("--config"), file},
                                 QStringLiteral("t"), dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("fleet.ini")), qPrintable(r.err));
    }

    void printHonoursTheConfigFile()
    {
        Simulator sim;
        QVERIFY(!sim.url().isEmpty());
        QTemporaryDir dir;
        const QString file =
            writeFile(dir, QStringLiteral("fleet.ini"),
                      QStringLiteral("[api]\nbase_url=%1\n[poll]\nidle_threshold_s=600\n")
                          .arg(sim.url())
                          .toUtf8());
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("json"),
                                  QStringLiteral("--config"), file, QStringLiteral("--team"),
                                  QStringLiteral("5017691")},
                                 QStringLiteral("t"), dir.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("idle_threshold")].toInt(), 600);
    }

    void clampedThresholdIsSaidOnce()
    {
        Simulator sim;
        QVERIFY(!sim.url().isEmpty());
        QTemporaryDir dir;
        for (const auto& [given, effective] :
             {std::pair{QStringLiteral("0"), 1}, std::pair{QStringLiteral("100000"), 86400}}) {
            const Run r =
                floorwatch({QStringLiteral("--print"), QStringLiteral("json"),
                            QStringLiteral("--api-base-url"), sim.url(), QStringLiteral("--team"),
                            QStringLiteral("5017691"), QStringLiteral("--idle-threshold"), given},
                           QStringLiteral("t"), dir.path());
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.contains(QLatin1String("--idle-threshold")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QString::number(effective)), qPrintable(r.err));
            const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(json[QStringLiteral("idle_threshold")].toInt(), effective);
        }
    }

    void invalidUserSettingIsOneWarningAndTheDefault()
    {
        Simulator sim;
        QVERIFY(!sim.url().isEmpty());
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("Floorwatch"));
        writeFile(dir, QStringLiteral("Floorwatch/floorwatch.conf"),
                  "[poll]\nidle_threshold_s=soon\n[meta]\nversion=1\n");
        const Run r = floorwatch({QStringLiteral("--print"), QStringLiteral("json"),
                                  QStringLiteral("--api-base-url"), sim.url(),
                                  QStringLiteral("--team"), QStringLiteral("5017691")},
                                 QStringLiteral("t"), dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QLatin1String("poll/idle_threshold_s")), qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("idle_threshold")].toInt(), 1800);
    }

    void dumpConfigSaysWhereEachValueComesFrom()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("fleet.ini"), "[api]\nregion=eu\n");
        const Run r = floorwatch({QStringLiteral("--dump-config"), QStringLiteral("--config"), file,
                                  QStringLiteral("--api-version"), QStringLiteral("Preview")},
                                 QString(), dir.path());
        QCOMPARE(r.exitCode, 0);
        const auto line = [&](const QString& key) {
            for (const QString& l : r.out.split(QLatin1Char('\n')))
                if (l.startsWith(key + QLatin1Char(' ')))
                    return l.simplified();
            return QString();
        };
        QCOMPARE(line(QStringLiteral("api/region")), QStringLiteral("api/region eu config file"));
        QCOMPARE(line(QStringLiteral("api/version")),
                 QStringLiteral("api/version Preview command line"));
        QVERIFY(r.out.contains(QLatin1String("https://api.eu.intercom.io")));
    }

    // The demo's own settings say a version the simulator refuses; an
    // explicit --api-version 2.16 (the default value) must still win, in the
    // window and on the wall, or no data ever arrives for the screenshot.
    void apiVersionOnTheCommandLineBeatsTheSettingsInEveryMode_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::newRow("window") << QStringList{};
        QTest::newRow("kiosk") << QStringList{QStringLiteral("--kiosk")};
    }
    void apiVersionOnTheCommandLineBeatsTheSettingsInEveryMode()
    {
        QFETCH(QStringList, mode);
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("Floorwatch"));
        writeFile(dir, QStringLiteral("Floorwatch/floorwatch-demo.ini"),
                  "[api]\nversion=9.99\n[meta]\nversion=1\n");
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const Run r = floorwatch(
            mode + QStringList{QStringLiteral("--demo"), QStringLiteral("--api-version"),
                               QStringLiteral("2.16"), QStringLiteral("--window-size"),
                               QStringLiteral("800x600"), QStringLiteral("--screenshot"), shot},
            QString(), dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(shot));
    }

    void hostileServerTextIsPrintedInert()
    {
        const QByteArray body = hostileErrorBody();
        CannedServer server;
        server.answer(QStringLiteral("/metrics"), {403, body, {}});
        server.answer(QStringLiteral("/teams/42"), {403, body, {}});
        server.answer(QStringLiteral("/admins"), {403, body, {}});
        server.answer(QStringLiteral("/away_status_reasons"), {403, body, {}});
        const Run r =
            floorwatchServed({QStringLiteral("--print"), QStringLiteral("--api-base-url"),
                              server.url(), QStringLiteral("--team"), QStringLiteral("42")},
                             QStringLiteral("t"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(isInert(r.err), r.err.toUtf8().toPercentEncoding(" ").constData());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line, no forged second one
        QVERIFY2(r.err.contains(QLatin1String("\\x1b[2J")), qPrintable(r.err));
        QVERIFY2(r.err.size() < 1500, qPrintable(QString::number(r.err.size())));
    }

    void hostileNamesAreInertInEveryFormat()
    {
        CannedServer server;
        server.answer(QStringLiteral("/metrics"), {200, hostileBodies().metrics, {}});
        server.answer(QStringLiteral("/teams/42"), {200, hostileBodies().team, {}});
        server.answer(QStringLiteral("/admins"), {200, hostileBodies().admins, {}});
        server.answer(QStringLiteral("/away_status_reasons"), {200, hostileBodies().reasons, {}});
        const QStringList common{QStringLiteral("--api-base-url"), server.url(),
                                 QStringLiteral("--team"), QStringLiteral("42"),
                                 QStringLiteral("--print")};

        const Run csv =
            floorwatchServed(common + QStringList{QStringLiteral("csv")}, QStringLiteral("t"));
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header and two rows: no line broken by a name
        QVERIFY2(lines[1].startsWith(QLatin1String("1,\"'=HYPERLINK(")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QLatin1String(
                     "2,\"'@SUM(1)\\x1b]0;t\\x07\\x0d\\x0az\",true,\"'-1+1\\x9b2J\"")),
                 qPrintable(lines[2]));

        for (const char* format : {"table", "json"}) {
            const Run r =
                floorwatchServed(common + QStringList{QLatin1String(format)}, QStringLiteral("t"));
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(isInert(r.out), format);
            QVERIFY2(!r.out.contains(QChar(0x202e)), format);
            QVERIFY2(r.out.contains(QLatin1String("\\x1b]0;t")) ||
                         r.out.contains(QLatin1String("\\\\x1b]0;t")),
                     qPrintable(r.out));
        }
    }

    void demoDebugLogsNeverShowTheToken()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FLOORWATCH_ACCESS_TOKEN"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLOORWATCH_BIN),
                {QStringLiteral("--demo"), QStringLiteral("--print"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY(err.contains(QLatin1String("floorwatch."))); // debug logging was on
        // The demo's token is 48 hex digits; redacted, no hex follows "Bearer".
        static const QRegularExpression bearer(QStringLiteral("Bearer\\s+[0-9a-fA-F]{8}"));
        const QRegularExpressionMatch leak = bearer.match(err);
        QVERIFY2(!leak.hasMatch(), qPrintable(leak.captured()));
    }

    void demoPrintsWithoutAnAccount()
    {
        const Run teams = floorwatch(
            {QStringLiteral("--demo"), QStringLiteral("--print"), QStringLiteral("json")});
        QCOMPARE(teams.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(teams.out.toUtf8()).object()[QStringLiteral("teams")].toArray();
        QCOMPARE(list.size(), 4);
        const Run table = floorwatch({QStringLiteral("--demo"), QStringLiteral("--print"),
                                      QStringLiteral("table"), QStringLiteral("--team"),
                                      list.first()[QStringLiteral("id")].toString()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QLatin1String("TEAMMATE")));
        QVERIFY(table.out.contains(list.first()[QStringLiteral("name")].toString()));
    }

    // A history written by the store, read back by `floorwatch --history`
    // and parsed by Python's csv module, as a spreadsheet user's script would.
    void historyExportsParseBack()
    {
        QTemporaryDir dataHome;
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Floorwatch"));
        QCoreApplication::setApplicationName(QStringLiteral("floorwatch"));
        const QString path = HistoryStore::defaultPath(false);
        QVERIFY(path.startsWith(dataHome.path()));
        // Nothing kept yet: said, and no file made by asking.
        const Run none = floorwatch({QStringLiteral("--history"), QStringLiteral("csv"),
                                     QStringLiteral("--team"), QStringLiteral("42")});
        QCOMPARE(none.exitCode, 5);
        QVERIFY(!QFile::exists(path));
        // An hour ago, on a whole minute: older detail would already be
        // summarised per minute when the command opens the file.
        QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        start.setTime(QTime(start.time().hour(), start.time().minute()));
        ManualClock clock(start);
        {
            HistoryStore store(clock);
            store.open(path);
            TeamSnapshot previousPoll;
            for (int poll = 0; poll < 4; ++poll) {
                TeamSnapshot s;
                s.teamId = QStringLiteral("42");
                s.fetchedAt = clock.now();
                s.idleThreshold = 1800;
                TeammateRow hostile;
                hostile.adminId = QStringLiteral("7");
                hostile.name = QStringLiteral("=HYPERLINK(\"http://x\",\"a, b\")");
                hostile.open = poll;
                TeammateRow plain;
                plain.adminId = QStringLiteral("8");
                plain.name = QStringLiteral("Ana");
                plain.open = 2;
                plain.away = poll >= 2;
                if (plain.away)
                    plain.awayReason = QStringLiteral("Lunch");
                s.rows = {hostile, plain};
                s.totals = Snapshots::totalsOf(s.rows);
                store.record(QString(), s, diffSnapshots(previousPoll, s),
                             std::chrono::seconds(15));
                previousPoll = s;
                clock.advance(std::chrono::seconds(15));
            }
        }
        const QStringList range{QStringLiteral("--team"), QStringLiteral("42"),
                                QStringLiteral("--from"), start.addSecs(-600).toString(Qt::ISODate),
                                QStringLiteral("--to"),   start.addSecs(600).toString(Qt::ISODate)};
        const Run csv =
            floorwatch(QStringList{QStringLiteral("--history"), QStringLiteral("csv")} + range);
        QCOMPARE(csv.exitCode, 0);
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys; "
                                     "print(json.dumps(list(csv.DictReader(sys.stdin))))")});
        QVERIFY(python.waitForStarted());
        python.write(csv.out.toUtf8());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished());
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        // Both at the first poll, then each of the hostile one's three
        // changes and Ana going away.
        QCOMPARE(rows.size(), 6);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first[QStringLiteral("time")].toString(), start.toString(Qt::ISODate));
        QCOMPARE(first[QStringLiteral("name")].toString(),
                 QStringLiteral("'=HYPERLINK(\"http://x\",\"a, b\")")); // shown, never run
        QCOMPARE(first[QStringLiteral("open")].toString(), QStringLiteral("0"));
        const QJsonObject away = rows.at(4).toObject();
        QCOMPARE(away[QStringLiteral("state")].toString(), QStringLiteral("away"));
        QCOMPARE(away[QStringLiteral("away_reason")].toString(), QStringLiteral("Lunch"));

        const Run json = floorwatch(QStringList{QStringLiteral("--history"), QStringLiteral("json"),
                                                QStringLiteral("--step"), QStringLiteral("30")} +
                                    range);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("spans")].toArray().size(), 1);
        // Steps at the start, 30 s and 60 s later fall on polled time (the
        // last poll, at 45 s, holds for its 15 s), two teammates each.
        QCOMPARE(root[QStringLiteral("rows")].toArray().size(), 6);

        const Run missing = floorwatch({QStringLiteral("--history"), QStringLiteral("csv"),
                                        QStringLiteral("--team"), QStringLiteral("43")});
        QCOMPARE(missing.exitCode, 5);
        QVERIFY(missing.out.isEmpty());
        const Run twoTeams =
            floorwatch(QStringList{QStringLiteral("--history"), QStringLiteral("csv"),
                                   QStringLiteral("--team"), QStringLiteral("1")} +
                       range);
        QCOMPARE(twoTeams.exitCode, 2);
        qputenv("XDG_DATA_HOME", previous);
    }

    void shiftReportWritesCsvAndOnePagePdf()
    {
        QTemporaryDir dataHome;
        QTemporaryDir configHome;
        QTemporaryDir out;
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Floorwatch"));
        QCoreApplication::setApplicationName(QStringLiteral("floorwatch"));
        // Yesterday in local time: 09:00-11:00, nothing until 13:00, then
        // 13:00-14:00, a poll a minute. Default thresholds: open 8 / 12,
        // idle 1 / 3.
        const QDate day = QDate::currentDate().addDays(-1);
        ManualClock clock(QDateTime(day, QTime(9, 0)).toUTC());
        {
            HistoryStore store(clock);
            store.open(HistoryStore::defaultPath(false));
            const auto shift = [&](int minutes, int offset) {
                TeamSnapshot previousPoll;
                for (int m = 0; m <= minutes; ++m) {
                    const int at = offset + m; // minutes since 09:00
                    TeamSnapshot s;
                    s.teamId = QStringLiteral("42");
                    s.teamName = QStringLiteral("Billing");
                    s.fetchedAt = clock.now();
                    s.idleThreshold = 1800;
                    TeammateRow hostile;
                    hostile.adminId = QStringLiteral("7");
                    hostile.name = QStringLiteral("=HYPERLINK(\"http://x\",\"a, b\")");
                    hostile.open = at < 60 ? 12 : 4; // critical for the first hour
                    hostile.away = at >= 90 && at < 120;
                    if (hostile.away)
                        hostile.awayReason = QStringLiteral("@SUM(1)");
                    TeammateRow ana;
                    ana.adminId = QStringLiteral("8");
                    ana.name = QStringLiteral("Ana");
                    ana.open = 8; // warning throughout
                    ana.idle = at >= 240 ? 1 : 0;
                    s.rows = {hostile, ana};
                    if (at < 30) {
                        TeammateRow bo; // leaves at 09:30
                        bo.adminId = QStringLiteral("9");
                        bo.name = QStringLiteral("Bo");
                        s.rows.append(bo);
                    }
                    s.totals = Snapshots::totalsOf(s.rows);
                    store.record(QString(), s, diffSnapshots(previousPoll, s),
                                 std::chrono::seconds(60));
                    previousPoll = s;
                    if (m < minutes)
                        clock.advance(std::chrono::minutes(1));
                }
            };
            shift(120, 0);
            clock.advance(std::chrono::minutes(120));
            shift(60, 240);
        }
        const auto report = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
            // As on a server: no display, and no platform asked for.
            for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QString::fromLatin1(name));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(FLOORWATCH_BIN), QStringList{QStringLiteral("--report")} + args);
            if (!p.waitForFinished(60000))
                p.kill();
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const QString date = day.toString(Qt::ISODate);
        const QString csvFile = out.filePath(QStringLiteral("day.csv"));
        const Run csv =
            report({QStringLiteral("csv"), QStringLiteral("--team"), QStringLiteral("42"),
                    QStringLiteral("--date"), date, QStringLiteral("--output"), csvFile});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.isEmpty());
        QFile written(csvFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys; "
                                     "print(json.dumps(list(csv.DictReader(sys.stdin))))")});
        QVERIFY(python.waitForStarted());
        python.write(bytes);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished());
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QMap<QString, QJsonObject> teammates;
        QJsonObject team, away;
        int hours = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            const QString kind = row[QStringLiteral("kind")].toString();
            QCOMPARE(row[QStringLiteral("date")].toString(), date);
            if (kind == QLatin1String("team"))
                team = row;
            else if (kind == QLatin1String("teammate"))
                teammates.insert(row[QStringLiteral("admin_id")].toString(), row);
            else if (kind == QLatin1String("away"))
                away = row;
            else if (kind == QLatin1String("hour"))
                ++hours;
        }
        QCOMPARE(team[QStringLiteral("team_name")].toString(), QStringLiteral("Billing"));
        QCOMPARE(team[QStringLiteral("polled_min")].toString(), QStringLiteral("180.0"));
        QCOMPARE(team[QStringLiteral("peak_open")].toString(), QStringLiteral("20"));
        QCOMPARE(team[QStringLiteral("threshold_open_critical")].toString(), QStringLiteral("12"));
        QVERIFY(hours >= 23 && hours <= 25); // a day when the clocks change too
        QCOMPARE(teammates.size(), 3);
        const QJsonObject hostile = teammates.value(QStringLiteral("7"));
        QCOMPARE(hostile[QStringLiteral("name")].toString(),
                 QStringLiteral("'=HYPERLINK(\"http://x\",\"a, b\")")); // shown, never run
        QCOMPARE(hostile[QStringLiteral("open_critical_min")].toString(), QStringLiteral("60.0"));
        QCOMPARE(hostile[QStringLiteral("away_min")].toString(), QStringLiteral("30.0"));
        QCOMPARE(away[QStringLiteral("away_reason")].toString(), QStringLiteral("'@SUM(1)"));
        QCOMPARE(away[QStringLiteral("away_min")].toString(), QStringLiteral("30.0"));
        const QJsonObject ana = teammates.value(QStringLiteral("8"));
        QCOMPARE(ana[QStringLiteral("open_warning_min")].toString(), QStringLiteral("180.0"));
        QCOMPARE(ana[QStringLiteral("idle_warning_min")].toString(), QStringLiteral("60.0"));
        const QJsonObject bo = teammates.value(QStringLiteral("9"));
        QCOMPARE(bo[QStringLiteral("present_min")].toString(), QStringLiteral("30.0"));
        QCOMPARE(bo[QStringLiteral("left")].toString(), QStringLiteral("true"));
        QVERIFY(!bo[QStringLiteral("left_at")].toString().isEmpty());

        // A file that exists is never overwritten.
        const Run again =
            report({QStringLiteral("csv"), QStringLiteral("--team"), QStringLiteral("42"),
                    QStringLiteral("--date"), date, QStringLiteral("--output"), csvFile});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        written.seek(0);
        QCOMPARE(written.readAll(), bytes);

        // The PDF, painted without a display.
        const QString pdfFile = out.filePath(QStringLiteral("day.pdf"));
        const Run pdf =
            report({QStringLiteral("pdf"), QStringLiteral("--team"), QStringLiteral("42"),
                    QStringLiteral("--date"), date, QStringLiteral("--output"), pdfFile});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY(QFileInfo(pdfFile).size() > 0);

        // Nothing kept: another team, a day without polls. No file is made.
        const QString none = out.filePath(QStringLiteral("none.csv"));
        QCOMPARE(report({QStringLiteral("csv"), QStringLiteral("--team"), QStringLiteral("43"),
                         QStringLiteral("--date"), date, QStringLiteral("--output"), none})
                     .exitCode,
                 5);
        QCOMPARE(report({QStringLiteral("pdf"), QStringLiteral("--team"), QStringLiteral("42"),
                         QStringLiteral("--date"), day.addDays(-3).toString(Qt::ISODate),
                         QStringLiteral("--output"), none})
                     .exitCode,
                 5);
        QVERIFY(!QFile::exists(none));

        // Usage: each value is checked where it enters.
        const QStringList team42{QStringLiteral("--team"), QStringLiteral("42")};
        const QStringList to{QStringLiteral("--output"), none};
        for (const QStringList& args :
             {QStringList{QStringLiteral("csv")} + team42,       // no --output
              QStringList{QStringLiteral("html")} + team42 + to, // no such format
              QStringList{QStringLiteral("csv")} + to,           // no --team
              QStringList{QStringLiteral("csv"), QStringLiteral("--date"),
                          QStringLiteral("2026-13-01")} +
                  team42 + to,
              QStringList{QStringLiteral("csv"), QStringLiteral("--date"),
                          QStringLiteral("3/2/2026")} +
                  team42 + to,
              QStringList{QStringLiteral("csv"), QStringLiteral("--date"),
                          QDate::currentDate().addDays(2).toString(Qt::ISODate)} +
                  team42 + to,
              QStringList{QStringLiteral("csv"), QStringLiteral("--history"),
                          QStringLiteral("csv")} +
                  team42 + to}) {
            const Run usage = report(args);
            QVERIFY2(usage.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + usage.err));
            QVERIFY(!usage.err.isEmpty());
        }
        QVERIFY(!QFile::exists(none));
        QCOMPARE(floorwatch({QStringLiteral("--print"), QStringLiteral("--output"), none}).exitCode,
                 2);

        // One page, readable by a PDF tool.
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty()) {
            qputenv("XDG_DATA_HOME", previous);
            QSKIP("pdfinfo (poppler-utils) is not installed");
        }
        QProcess info;
        info.start(pdfinfo, {pdfFile});
        QVERIFY(info.waitForFinished());
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^Pages:\\s+1$"), QRegularExpression::MultilineOption)
                .match(text)
                .hasMatch(),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("A4")));
        qputenv("XDG_DATA_HOME", previous);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
