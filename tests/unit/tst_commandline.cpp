#include "CommandLine.h"

#include <QCoreApplication>
#include <QTest>

namespace {
Result<CommandLine::Parsed> parse(QStringList args)
{
    args.prepend(QStringLiteral("floorwatch"));
    return CommandLine::parse(args);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void printDefaultsToTable()
    {
        const auto p = parse({QStringLiteral("--print")});
        QVERIFY(p.ok());
        QCOMPARE(*p.value().options.print, OutputFormat::Format::Table);
        const auto q =
            parse({QStringLiteral("--print"), QStringLiteral("--team"), QStringLiteral("5")});
        QVERIFY(q.ok());
        QCOMPARE(*q.value().options.print, OutputFormat::Format::Table);
        QCOMPARE(q.value().options.teamId, QStringLiteral("5"));
    }

    void fullPrintCommand()
    {
        const auto p =
            parse({QStringLiteral("--print"), QStringLiteral("json"), QStringLiteral("--team"),
                   QStringLiteral("42"), QStringLiteral("--idle-threshold"), QStringLiteral("0"),
                   QStringLiteral("--region"), QStringLiteral("eu"),
                   QStringLiteral("--api-version"), QStringLiteral("Preview")});
        QVERIFY(p.ok());
        const AppOptions& o = p.value().options;
        QCOMPARE(*o.print, OutputFormat::Format::Json);
        // Kept as given: EffectiveConfig checks and clamps it.
        QCOMPARE(o.idleThreshold, std::optional<qint64>(0));
        QCOMPARE(o.apiVersion, std::optional<QString>(QStringLiteral("Preview")));
        QCOMPARE(o.region, std::optional<QString>(QStringLiteral("eu")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--print"), QStringLiteral("xml")};
        QTest::newRow("bad threshold")
            << QStringList{QStringLiteral("--idle-threshold"), QStringLiteral("ten")};
        QTest::newRow("region and url")
            << QStringList{QStringLiteral("--region"), QStringLiteral("eu"),
                           QStringLiteral("--api-base-url"), QStringLiteral("https://x.example")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")};
        QTest::newRow("empty team") << QStringList{QStringLiteral("--team"), QStringLiteral(" ")};
        QTest::newRow("bad window size")
            << QStringList{QStringLiteral("--window-size"), QStringLiteral("big")};
        QTest::newRow("tiny window")
            << QStringList{QStringLiteral("--window-size"), QStringLiteral("10x10")};
        QTest::newRow("interval not a number")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("2.5")};
        QTest::newRow("empty base URL") << QStringList{QStringLiteral("--api-base-url=")};
        QTest::newRow("blank API version")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral(" ")};
        QTest::newRow("token on command line")
            << QStringList{QStringLiteral("--token"), QStringLiteral("abc")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto p = parse(args);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind(), ApiError::Kind::BadConfiguration);
        QVERIFY(!p.error().userMessage().isEmpty());
    }

    void reportOptions()
    {
        const auto p =
            parse({QStringLiteral("--report=PDF"), QStringLiteral("--team"), QStringLiteral("42"),
                   QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                   QStringLiteral("--output"), QStringLiteral("day.pdf")});
        QVERIFY(p.ok());
        const AppOptions& o = p.value().options;
        QCOMPARE(o.report, std::optional(ReportFormat::Pdf));
        QCOMPARE(o.date, QDate(2026, 3, 2));
        QCOMPARE(o.outputFile, QStringLiteral("day.pdf"));
        // Without --date: today, which the command settles.
        const auto q =
            parse({QStringLiteral("--report"), QStringLiteral("csv"), QStringLiteral("--team"),
                   QStringLiteral("42"), QStringLiteral("--output"), QStringLiteral("day.csv")});
        QVERIFY(q.ok());
        QCOMPARE(q.value().options.report, std::optional(ReportFormat::Csv));
        QVERIFY(!q.value().options.date.isValid());
    }

    void reportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList team{QStringLiteral("--team"), QStringLiteral("42")};
        const QStringList out{QStringLiteral("--output"), QStringLiteral("r.csv")};
        const QString csv = QStringLiteral("csv");
        const QString report = QStringLiteral("--report");
        const QString date = QStringLiteral("--date");
        QTest::newRow("format") << QStringList{report, QStringLiteral("json")} + team + out;
        QTest::newRow("no team") << QStringList{report, csv} + out;
        QTest::newRow("two teams")
            << QStringList{report, csv, QStringLiteral("--team"), QStringLiteral("1")} + team + out;
        QTest::newRow("no output") << QStringList{report, csv} + team;
        QTest::newRow("blank output")
            << QStringList{report, csv, QStringLiteral("--output"), QStringLiteral(" ")} + team;
        QTest::newRow("no such day")
            << QStringList{report, csv, date, QStringLiteral("2026-02-30")} + team + out;
        QTest::newRow("day first")
            << QStringList{report, csv, date, QStringLiteral("02-03-2026")} + team + out;
        QTest::newRow("time of day")
            << QStringList{report, csv, date, QStringLiteral("2026-03-02T08:00")} + team + out;
        QTest::newRow("long ago") << QStringList{report, csv, date, QStringLiteral("1999-12-31")} +
                                         team + out;
        QTest::newRow("date alone") << QStringList{date, QStringLiteral("2026-03-02")};
        QTest::newRow("output alone") << out;
        QTest::newRow("with print")
            << QStringList{report, csv, QStringLiteral("--print")} + team + out;
        QTest::newRow("with kiosk")
            << QStringList{report, csv, QStringLiteral("--kiosk")} + team + out;
    }
    void reportUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto p = parse(args);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind(), ApiError::Kind::BadConfiguration);
        QVERIFY(!p.error().userMessage().isEmpty());
    }

    void screenshotOptions()
    {
        const auto p = parse({QStringLiteral("--screenshot"), QStringLiteral("shot.png"),
                              QStringLiteral("--window-size"), QStringLiteral("2560x1440")});
        QVERIFY(p.ok());
        QCOMPARE(p.value().options.screenshotFile, QStringLiteral("shot.png"));
        QCOMPARE(p.value().options.windowSize, QSize(2560, 1440));
        QVERIFY(!p.value().options.idleThreshold);
        QVERIFY(!p.value().options.intervalSeconds);
    }

    void kioskOptions()
    {
        const auto p =
            parse({QStringLiteral("--kiosk"), QStringLiteral("--screen"), QStringLiteral("1"),
                   QStringLiteral("--team"), QStringLiteral("7"), QStringLiteral("--team"),
                   QStringLiteral("8"), QStringLiteral("--team"), QStringLiteral("7"),
                   QStringLiteral("--rotate"), QStringLiteral("45"), QStringLiteral("--config"),
                   QStringLiteral("/etc/floorwatch/kiosk.ini"), QStringLiteral("--dump-config")});
        QVERIFY(p.ok());
        const AppOptions& o = p.value().options;
        QVERIFY(o.kiosk);
        QCOMPARE(o.screen, std::optional<qint64>(1));
        QCOMPARE(o.teamIds, (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(o.teamId, QStringLiteral("7")); // the last one, as before
        QCOMPARE(o.rotateSeconds, std::optional<qint64>(45));
        QCOMPARE(o.configFile, QStringLiteral("/etc/floorwatch/kiosk.ini"));
        QVERIFY(o.dumpConfig);
        QVERIFY(!o.signIn);
        QVERIFY(!o.apiVersion);

        const auto plain = parse({});
        QVERIFY(plain.ok());
        QVERIFY(!plain.value().options.kiosk);
        QVERIFY(!plain.value().options.screen);
        QVERIFY(!plain.value().options.rotateSeconds);
        QVERIFY(plain.value().options.teamIds.isEmpty());

        const auto version = parse({QStringLiteral("--api-version"), QStringLiteral("2.16")});
        QCOMPARE(version.value().options.apiVersion, std::optional(QStringLiteral("2.16")));
        const auto signIn =
            parse({QStringLiteral("--sign-in"), QStringLiteral("--region"), QStringLiteral("eu")});
        QVERIFY(signIn.ok());
        QVERIFY(signIn.value().options.signIn);
    }

    void kioskUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("rotate not a number")
            << QStringList{QStringLiteral("--rotate"), QStringLiteral("soon")};
        QTest::newRow("empty config")
            << QStringList{QStringLiteral("--config"), QStringLiteral(" ")};
        QTest::newRow("empty second team")
            << QStringList{QStringLiteral("--team"), QStringLiteral("1"), QStringLiteral("--team"),
                           QStringLiteral("")};
        QTest::newRow("sign-in and print")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--print")};
        QTest::newRow("sign-in and demo")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--demo")};
        QTest::newRow("print and kiosk")
            << QStringList{QStringLiteral("--print"), QStringLiteral("--kiosk")};
    }
    void kioskUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto p = parse(args);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind(), ApiError::Kind::BadConfiguration);
    }

    void helpListsExitCodes()
    {
        const auto p = parse({QStringLiteral("--help")});
        QVERIFY(p.ok());
        QCOMPARE(p.value().outcome, CommandLine::Outcome::ShowHelp);
        QVERIFY(p.value().text.contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN")));
        QVERIFY(p.value().text.contains(QLatin1String("8  bad response")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
