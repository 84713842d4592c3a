#include "OutputFormat.h"
#include "ServerText.h"
#include "UtcDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

TeamSnapshot sample()
{
    TeamSnapshot s;
    s.teamId = QStringLiteral("42");
    s.teamName = QStringLiteral("Support EMEA");
    s.fetchedAt = Utc::dateTime(QDate(2026, 1, 5), QTime(9, 42, 10));
    s.idleThreshold = 900;
    TeammateRow a;
    a.adminId = QStringLiteral("1");
    a.name = QStringLiteral("Ana Souza");
    a.known = true;
    a.open = 12;
    a.idle = 3;
    a.snoozed = 1;
    TeammateRow b;
    b.adminId = QStringLiteral("2");
    b.name = QStringLiteral("=HYPERLINK(\"x\"), Bob");
    b.known = true;
    b.away = true;
    b.awayReason = QStringLiteral("Lunch");
    b.open = 2;
    s.rows = {a, b};
    s.totals = Snapshots::totalsOf(s.rows);
    return s;
}

} // namespace

class TestOutputFormat : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedShape()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(OutputFormat::snapshot(sample(), OutputFormat::Format::Json))
                .object();
        QCOMPARE(o[QStringLiteral("team")][QStringLiteral("id")].toString(), QStringLiteral("42"));
        QCOMPARE(o[QStringLiteral("team")][QStringLiteral("name")].toString(),
                 QStringLiteral("Support EMEA"));
        QCOMPARE(o[QStringLiteral("fetched_at")].toString(),
                 QStringLiteral("2026-01-05T09:42:10Z"));
        QCOMPARE(o[QStringLiteral("idle_threshold")].toInt(), 900);
        const QJsonArray t = o[QStringLiteral("teammates")].toArray();
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0][QStringLiteral("admin_id")].toString(), QStringLiteral("1"));
        QVERIFY(t[0][QStringLiteral("away_reason")].isNull());
        QCOMPARE(t[0][QStringLiteral("away")].toBool(), false);
        QCOMPARE(t[1][QStringLiteral("away_reason")].toString(), QStringLiteral("Lunch"));
        QCOMPARE(t[0][QStringLiteral("open")].toInt(), 12);
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("open")].toInt(), 14);
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("idle")].toInt(), 3);
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("snoozed")].toInt(), 1);
    }

    void csvHasHeaderAndDefusesFormulas()
    {
        const QString csv =
            QString::fromUtf8(OutputFormat::snapshot(sample(), OutputFormat::Format::Csv));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("admin_id,name,away,away_reason,open,idle,snoozed"));
        QCOMPARE(lines[1], QStringLiteral("1,Ana Souza,false,,12,3,1"));
        QCOMPARE(lines[2], QStringLiteral("2,\"'=HYPERLINK(\"\"x\"\"), Bob\",true,Lunch,2,0,0"));
    }

    void tableIsAligned()
    {
        const QString table =
            QString::fromUtf8(OutputFormat::snapshot(sample(), OutputFormat::Format::Table));
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines[0].contains(QLatin1String("Support EMEA")));
        QVERIFY(lines[0].contains(QLatin1String("09:42:10")));
        QCOMPARE(lines.size(), 5); // title, header, 2 rows, total
        // Right-aligned numbers end in the same column on every line.
        const qsizetype end = lines[1].size();
        for (int i = 2; i < lines.size(); ++i)
            QCOMPARE(lines[i].size(), end);
        QVERIFY(lines[3].contains(QLatin1String("away: Lunch")));
        QVERIFY(lines[4].startsWith(QLatin1String("Total ")));
    }

    void teamsList()
    {
        Team t;
        t.id = QStringLiteral("7");
        t.name = QStringLiteral("Billing");
        t.adminIds = {QStringLiteral("1"), QStringLiteral("2")};
        t.assignmentLimit = 5;
        const QJsonObject o =
            QJsonDocument::fromJson(OutputFormat::teams({t}, OutputFormat::Format::Json)).object();
        QCOMPARE(o[QStringLiteral("teams")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("Billing"));
        QCOMPARE(o[QStringLiteral("teams")][0][QStringLiteral("teammates")].toInt(), 2);
        QCOMPARE(OutputFormat::teams({t}, OutputFormat::Format::Csv),
                 QByteArray("id,name,teammates,assignment_limit\r\n7,Billing,2,5\r\n"));
        QVERIFY(OutputFormat::teams({t}, OutputFormat::Format::Table).contains("Billing"));
    }

    void parseFormat()
    {
        QCOMPARE(OutputFormat::parseFormat(QStringLiteral("JSON")), OutputFormat::Format::Json);
        QCOMPARE(OutputFormat::parseFormat(QStringLiteral("csv")), OutputFormat::Format::Csv);
        QVERIFY(!OutputFormat::parseFormat(QStringLiteral("xml")));
    }

    void serverTextIsMadeInert()
    {
        QCOMPARE(ServerText::inert(QStringLiteral("Ana Souza")), QStringLiteral("Ana Souza"));
        const QString hostile = QStringLiteral("a\u001b[2J\nb\u007f\u009b\u202e\u2028c");
        QCOMPARE(ServerText::inert(hostile),
                 QStringLiteral("a\\x1b[2J\\x0ab\\x7f\\x9b\\u202e\\u2028c"));
        // Capped with an ellipsis, never inside an escape or a surrogate pair.
        const QString capped = ServerText::inert(QString(1000, QLatin1Char('x')));
        QCOMPARE(capped.size(), ServerText::kMaxLength + 1);
        QVERIFY(capped.endsWith(QChar(0x2026)));
        QCOMPARE(ServerText::inert(QStringLiteral("ab\u001b"), 4), QStringLiteral("ab\u2026"));
        const QString emoji = QStringLiteral("a\U0001F600");
        QCOMPARE(ServerText::inert(emoji, 2), QStringLiteral("a\u2026"));
        QCOMPARE(ServerText::inert(emoji, 3), emoji);

        QCOMPARE(ServerText::csvCell(QStringLiteral("=1+1")), QStringLiteral("\"'=1+1\""));
        QCOMPARE(ServerText::csvCell(QStringLiteral("-2")), QStringLiteral("\"'-2\""));
        QCOMPARE(ServerText::csvCell(QStringLiteral("\tx")), QStringLiteral("\"'\\x09x\""));
        QCOMPARE(ServerText::csvCell(QStringLiteral("a\nb")), QStringLiteral("a\\x0ab"));
        QCOMPARE(ServerText::csvCell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestOutputFormat)
#include "tst_outputformat.moc"
