// moc does not understand raw strings: keep "//" out of them in this file.
#include "Parsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The official examples, per API version and operation.
QList<QByteArray> officialExamples(const QString& operation)
{
    QFile file(QStringLiteral(FLOORWATCH_OPENAPI_DIR "/intercom-subset.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the OpenAPI subset");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<QByteArray> examples;
    for (const QString& version : root.keys()) {
        const QJsonArray list =
            root[version][QStringLiteral("operations")][operation][QStringLiteral("responses")]
                [QStringLiteral("200")][QStringLiteral("examples")]
                    .toArray();
        for (const QJsonValue& v : list)
            examples.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return examples;
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void officialMetricsExampleParses()
    {
        const auto examples = officialExamples(QStringLiteral("getTeamMetrics"));
        QVERIFY(examples.size() >= 2); // 2.16 and Preview
        for (const QByteArray& body : examples) {
            const auto result = Parsers::parseTeamMetrics(body);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
            QCOMPARE(result.value().size(), 2);
            QCOMPARE(result.value()[0], (TeamMetric{QStringLiteral("123"), 5, 2, 1}));
            QCOMPARE(result.value()[1], (TeamMetric{QStringLiteral("456"), 3, 0, 2}));
        }
    }

    void officialMeExampleParsesWithAvatarObject()
    {
        const auto examples = officialExamples(QStringLiteral("identifyAdmin"));
        QVERIFY(!examples.isEmpty());
        for (const QByteArray& body : examples) {
            const auto result = Parsers::parseMe(body);
            QVERIFY(result.ok());
            QCOMPARE(result.value().adminId, QStringLiteral("991267459"));
            QCOMPARE(result.value().app.name, QStringLiteral("MyApp 1"));
            QCOMPARE(result.value().app.region, QStringLiteral("US"));
            QVERIFY(!result.value().app.idCode.isEmpty());
        }
    }

    void officialListExamplesParse()
    {
        for (const QByteArray& body : officialExamples(QStringLiteral("listAdmins"))) {
            const auto admins = Parsers::parseAdmins(body);
            QVERIFY(admins.ok());
            QCOMPARE(admins.value().size(), 1);
            QCOMPARE(admins.value()[0].name, QStringLiteral("Ciaran7 Lee"));
            QVERIFY(!admins.value()[0].away);
        }
        for (const QByteArray& body : officialExamples(QStringLiteral("listTeams")))
            QVERIFY(Parsers::parseTeams(body).ok());
        for (const QByteArray& body : officialExamples(QStringLiteral("retrieveTeam"))) {
            const auto team = Parsers::parseTeam(body);
            QVERIFY(team.ok());
            QCOMPARE(team.value().id, QStringLiteral("991267902"));
            // 2.16's example is load balanced; Preview's has no limit at all.
            if (body.contains("assignment_limit"))
                QCOMPARE(team.value().assignmentLimit, std::optional<int>(10));
            else
                QVERIFY(!team.value().assignmentLimit);
        }
    }

    void adminAvatarAsStringOrObject()
    {
        const auto asString = Parsers::parseAdmins(
            R"({"type":"admin.list","admins":[{"type":"admin","id":"1","name":"A","avatar":"https:\/\/x/a.png"}]})");
        QVERIFY(asString.ok());
        QCOMPARE(asString.value()[0].avatarUrl, QStringLiteral("https://x/a.png"));
        const auto asObject = Parsers::parseAdmins(
            R"({"type":"admin.list","admins":[{"type":"admin","id":"1","name":"A","avatar":{"type":"avatar","image_url":"https:\/\/x/b.png"}}]})");
        QVERIFY(asObject.ok());
        QCOMPARE(asObject.value()[0].avatarUrl, QStringLiteral("https://x/b.png"));
        const auto asNull = Parsers::parseAdmins(
            R"({"type":"admin.list","admins":[{"type":"admin","id":"1","name":"A","avatar":null}]})");
        QVERIFY(asNull.ok());
    }

    void awayStateAndReasons()
    {
        const auto admins = Parsers::parseAdmins(
            R"({"type":"admin.list","admins":[{"id":"7","name":"Ana","away_mode_enabled":true,"away_status_reason_id":12,"team_ids":[814865]}]})");
        QVERIFY(admins.ok());
        QVERIFY(admins.value()[0].away);
        QCOMPARE(admins.value()[0].awayReasonId, std::optional<QString>(QStringLiteral("12")));
        QCOMPARE(admins.value()[0].teamIds, QList<QString>{QStringLiteral("814865")});
        const auto reasons = Parsers::parseAwayReasons(
            R"({"type":"list","data":[{"type":"away_status_reason","id":"12","label":"On a break","emoji":"☕","deleted":true}]})");
        QVERIFY(reasons.ok());
        QCOMPARE(reasons.value()[0].label, QStringLiteral("On a break"));
        QVERIFY(reasons.value()[0].deleted);
    }

    void unknownFieldsIgnoredAndIntegerIdsAccepted()
    {
        const auto result = Parsers::parseTeamMetrics(
            R"({"type":"team_metric.list","future":{"x":1},"data":[{"type":"team_metric","admin_id":42,"open":1,"idle":0,"snoozed":0,"new_field":"y"}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value()[0].adminId, QStringLiteral("42"));
    }

    void emptyDataIsValid()
    {
        const auto result = Parsers::parseTeamMetrics(R"({"type":"team_metric.list","data":[]})");
        QVERIFY(result.ok());
        QVERIFY(result.value().isEmpty());
    }

    void malformedMetrics_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace") << QByteArray(" \n") << "empty";
        QTest::newRow("html") << QByteArray(
                                     "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
                              << "HTML";
        QTest::newRow("truncated")
            << QByteArray("{\"type\":\"team_metric.list\",\"data\":[{\"admin_id\":\"1\",\"open\":")
            << "not valid JSON";
        QTest::newRow("array root") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("wrong type")
            << QByteArray(R"({"type":"error.list","errors":[]})") << "error.list";
        QTest::newRow("data missing")
            << QByteArray(R"({"type":"team_metric.list"})") << "\"data\" is missing";
        QTest::newRow("data object")
            << QByteArray(R"({"type":"team_metric.list","data":{}})") << "\"data\" is not an array";
        QTest::newRow("data string") << QByteArray(R"({"type":"team_metric.list","data":"x"})")
                                     << "\"data\" is not an array";
        QTest::newRow("element not object") << QByteArray(R"({"data":[1]})") << "data[0]";
        QTest::newRow("missing admin_id")
            << QByteArray(R"({"data":[{"open":1,"idle":0,"snoozed":0}]})")
            << "data[0].admin_id\" is missing";
        QTest::newRow("null admin_id")
            << QByteArray(R"({"data":[{"admin_id":null,"open":1,"idle":0,"snoozed":0}]})")
            << "admin_id\" is missing";
        QTest::newRow("bool admin_id")
            << QByteArray(R"({"data":[{"admin_id":true,"open":1,"idle":0,"snoozed":0}]})")
            << "not a valid id";
        QTest::newRow("empty admin_id")
            << QByteArray(R"({"data":[{"admin_id":"","open":1,"idle":0,"snoozed":0}]})")
            << "not a valid id";
        QTest::newRow("duplicate admin_id")
            << QByteArray(
                   R"({"data":[{"admin_id":"1","open":1,"idle":0,"snoozed":0},{"admin_id":"1","open":2,"idle":0,"snoozed":0}]})")
            << "appears twice";
        QTest::newRow("negative open")
            << QByteArray(R"({"data":[{"admin_id":"1","open":-1,"idle":0,"snoozed":0}]})")
            << "data[0].open\" is negative";
        QTest::newRow("fractional idle")
            << QByteArray(R"({"data":[{"admin_id":"1","open":1,"idle":0.5,"snoozed":0}]})")
            << "data[0].idle\" is not a whole number";
        QTest::newRow("string snoozed")
            << QByteArray(R"({"data":[{"admin_id":"1","open":1,"idle":0,"snoozed":"2"}]})")
            << "data[0].snoozed\" is not a number";
        QTest::newRow("missing open")
            << QByteArray(R"({"data":[{"admin_id":"1","idle":0,"snoozed":0}]})")
            << "data[0].open\" is missing";
        QTest::newRow("huge count")
            << QByteArray(R"({"data":[{"admin_id":"1","open":1e12,"idle":0,"snoozed":0}]})")
            << "too large";
        QTest::newRow("count beyond 2^53, in digits")
            << QByteArray(
                   R"({"data":[{"admin_id":"1","open":18014398509481984,"idle":0,"snoozed":0}]})")
            << "data[0].open\" is too large (18014398509481984)";
        QTest::newRow("negative count beyond 2^53, in digits")
            << QByteArray(
                   R"({"data":[{"admin_id":"1","open":-52428000000000000,"idle":0,"snoozed":0}]})")
            << "is negative (-52428000000000000)";
        QTest::newRow("fraction as written")
            << QByteArray(R"({"data":[{"admin_id":"1","open":1,"idle":0.1234567,"snoozed":0}]})")
            << "is not a whole number (0.1234567)";
        QTest::newRow("second element bad")
            << QByteArray(
                   R"({"data":[{"admin_id":"1","open":1,"idle":0,"snoozed":0},{"admin_id":"2","open":1,"idle":-3,"snoozed":0}]})")
            << "data[1].idle";
    }
    void malformedMetrics()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        const auto result = Parsers::parseTeamMetrics(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(result.error().detail().contains(names), qPrintable(result.error().detail()));
        QVERIFY(result.error().userMessage().contains(names));
    }

    void malformedDirectoryBodies()
    {
        QVERIFY(!Parsers::parseAdmins(R"({"type":"admin.list","admins":[{"id":"1"}]})")
                     .ok()); // no name
        QVERIFY(
            !Parsers::parseAdmins(
                 R"({"type":"admin.list","admins":[{"id":"1","name":"A"},{"id":"1","name":"B"}]})")
                 .ok());
        QVERIFY(
            !Parsers::parseAdmins(
                 R"({"type":"admin.list","admins":[{"id":"1","name":"A","away_mode_enabled":"yes"}]})")
                 .ok());
        QVERIFY(!Parsers::parseTeams(R"({"type":"team.list","teams":{}})").ok());
        QVERIFY(!Parsers::parseTeam(R"({"type":"team","id":"1","name":"T","assignment_limit":-2})")
                     .ok());
        QVERIFY(!Parsers::parseAwayReasons(R"({"type":"list","data":[{"id":"1"}]})").ok());
        QVERIFY(!Parsers::parseMe(R"({"type":"admin","id":"1"})").ok()); // no app
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
