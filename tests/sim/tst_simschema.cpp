#include "Clock.h"
#include "SchemaCheck.h"
#include "SimServer.h"
#include "SimTestClient.h"
#include "SimWorkspace.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

// Every body the simulator serves, checked over real loopback HTTP against
// the official schemas of both API versions.
class TestSimSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void specExamplesPass_data();
    void specExamplesPass();
    void checkerCatchesMistakes();
    void bodiesMatchSchemas_data();
    void bodiesMatchSchemas();
    void errorBodiesMatchSchema_data();
    void errorBodiesMatchSchema();
    void bodiesAgreeWithEachOther();

private:
    static SchemaCheck checker(const QString& version);

    ManualClock m_clock;
    std::unique_ptr<SimWorkspace> m_workspace;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimTestClient> m_client;
    QString m_team;
};

SchemaCheck TestSimSchema::checker(const QString& version)
{
    SchemaCheck check(version);
    // What a client relies on; the spec itself requires almost nothing.
    check.requireFields(QStringLiteral("admin"),
                        {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("name"),
                         QStringLiteral("email"), QStringLiteral("away_mode_enabled"),
                         QStringLiteral("away_mode_reassign"),
                         QStringLiteral("away_status_reason_id"), QStringLiteral("team_ids")});
    check.requireFields(QStringLiteral("admin_with_app"),
                        {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("name"),
                         QStringLiteral("email"), QStringLiteral("avatar"), QStringLiteral("app")});
    check.requireFields(QStringLiteral("app"), {QStringLiteral("id_code"), QStringLiteral("name"),
                                                QStringLiteral("region")});
    check.requireFields(QStringLiteral("team"),
                        {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("name"),
                         QStringLiteral("admin_ids"), QStringLiteral("distribution_method")});
    check.requireFields(QStringLiteral("team_list"),
                        {QStringLiteral("type"), QStringLiteral("teams")});
    check.requireFields(QStringLiteral("admin_list"),
                        {QStringLiteral("type"), QStringLiteral("admins")});
    check.requireFields(QStringLiteral("away_status_reason_list"),
                        {QStringLiteral("type"), QStringLiteral("data")});
    check.requireFields(QStringLiteral("away_status_reason"),
                        {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("label"),
                         QStringLiteral("emoji"), QStringLiteral("order"),
                         QStringLiteral("deleted")});
    check.requireFields(QStringLiteral("team_metric_list"),
                        {QStringLiteral("type"), QStringLiteral("data")});
    check.requireFields(QStringLiteral("team_metric"),
                        {QStringLiteral("type"), QStringLiteral("admin_id"), QStringLiteral("open"),
                         QStringLiteral("idle"), QStringLiteral("snoozed")});
    check.requireFields(QStringLiteral("error"), {QStringLiteral("request_id")});
    return check;
}

void TestSimSchema::initTestCase()
{
    QVERIFY(SchemaCheck(QStringLiteral("2.16")).isValid());
    QVERIFY(SchemaCheck(QStringLiteral("Preview")).isValid());
    SimConfig config;
    config.restrictedTeamIds = {QStringLiteral("5017694")};
    m_workspace = std::make_unique<SimWorkspace>(config, m_clock);
    m_server = std::make_unique<SimServer>(*m_workspace, QStringLiteral("secret"));
    m_server->setRateLimitPerMinute(60); // 10 per window, so one test can exhaust it
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SimTestClient>(m_server->baseUrl(), "secret");
    m_team = m_workspace->teams().constFirst().id;
}

void TestSimSchema::specExamplesPass_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("status");
    for (const char* version : {"2.16", "Preview"}) {
        for (const char* op :
             {"identifyAdmin", "listAdmins", "listTeams", "retrieveTeam", "getTeamMetrics"}) {
            for (const char* status : {"200", "401", "403", "404"})
                QTest::addRow("%s %s %s", version, op, status)
                    << QString::fromLatin1(version) << QString::fromLatin1(op)
                    << QString::fromLatin1(status);
        }
    }
}

void TestSimSchema::specExamplesPass()
{
    // The published examples are the reference for the checker itself. They
    // quote ids such as "req-456", so formats are what they cannot vouch for.
    QFETCH(QString, version);
    QFETCH(QString, operation);
    QFETCH(QString, status);
    const SchemaCheck check(version);
    const QJsonObject schema = check.responseSchema(operation, status);
    const QJsonArray examples = check.responseExamples(operation, status);
    if (schema.isEmpty() || examples.isEmpty())
        QSKIP("no schema or example for this response");
    for (const QJsonValue& example : examples) {
        QStringList problems = check.validate(example, schema);
        problems.removeIf([](const QString& p) { return p.contains(QLatin1String("not a UUID")); });
        // Known quirk: the 2.16 /me example carries app.secure, which the schema omits.
        problems.removeIf([](const QString& p) {
            return p.endsWith(QLatin1String("app.secure: not declared by the schema"));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestSimSchema::checkerCatchesMistakes()
{
    const SchemaCheck check = checker(QStringLiteral("2.16"));
    const QJsonObject schema =
        check.responseSchema(QStringLiteral("getTeamMetrics"), QStringLiteral("200"));
    const auto problems = [&](const char* json) {
        return check.validate(QJsonDocument::fromJson(json).object(), schema);
    };
    QVERIFY(
        problems(
            R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":"1","open":1,"idle":0,"snoozed":0}]})")
            .isEmpty());
    QVERIFY(
        !problems(
             R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":1,"open":1,"idle":0,"snoozed":0}]})")
             .isEmpty());
    QVERIFY(
        !problems(
             R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":"1","open":1.5,"idle":0,"snoozed":0}]})")
             .isEmpty());
    QVERIFY(
        !problems(
             R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":"1","open":1,"snoozed":0}]})")
             .isEmpty());
    QVERIFY(
        !problems(
             R"({"type":"team_metric.list","data":[{"type":"team_metric","admin_id":"1","open":1,"idle":0,"snoozed":0,"extra":true}]})")
             .isEmpty());
    QVERIFY(!problems(R"({"type":"team_metric.list","data":null})").isEmpty());
    const QJsonObject team = check.namedSchema(QStringLiteral("team"));
    QVERIFY(
        !check
             .validate(
                 QJsonDocument::fromJson(
                     R"({"type":"team","id":"1","name":"x","admin_ids":["1"],"distribution_method":"round_robin"})")
                     .object(),
                 team)
             .isEmpty());
    QVERIFY(
        check
            .validate(
                QJsonDocument::fromJson(
                    R"({"type":"team","id":"1","name":"x","admin_ids":[1],"distribution_method":null})")
                    .object(),
                team)
            .isEmpty());
}

void TestSimSchema::bodiesMatchSchemas_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("operation");
    for (const char* version : {"2.16", "Preview"}) {
        const QString v = QString::fromLatin1(version);
        QTest::addRow("%s me", version)
            << v << QStringLiteral("/me") << QStringLiteral("identifyAdmin");
        QTest::addRow("%s admins", version)
            << v << QStringLiteral("/admins") << QStringLiteral("listAdmins");
        QTest::addRow("%s away reasons", version) << v << QStringLiteral("/away_status_reasons")
                                                  << QStringLiteral("listAwayStatusReasons");
        QTest::addRow("%s teams", version)
            << v << QStringLiteral("/teams") << QStringLiteral("listTeams");
        QTest::addRow("%s round robin team", version)
            << v << QStringLiteral("/teams/5017691") << QStringLiteral("retrieveTeam");
        QTest::addRow("%s balanced team", version)
            << v << QStringLiteral("/teams/5017692") << QStringLiteral("retrieveTeam");
        QTest::addRow("%s metrics", version)
            << v << QStringLiteral("/teams/5017691/metrics") << QStringLiteral("getTeamMetrics");
        QTest::addRow("%s metrics 60 s", version)
            << v << QStringLiteral("/teams/5017692/metrics?idle_threshold=60")
            << QStringLiteral("getTeamMetrics");
    }
}

void TestSimSchema::bodiesMatchSchemas()
{
    QFETCH(QString, version);
    QFETCH(QString, path);
    QFETCH(QString, operation);
    m_clock.advance(std::chrono::seconds(10)); // a fresh rate-limit window
    const SimResponse r = m_client->get(path, {{"Intercom-Version", version.toLatin1()}});
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    QVERIFY(doc.isObject());
    const SchemaCheck check = checker(version);
    const QStringList problems =
        check.validate(doc.object(), check.responseSchema(operation, QStringLiteral("200")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSimSchema::errorBodiesMatchSchema_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("401") << QStringLiteral("/admins") << QByteArray("wrong") << QByteArray("2.16")
                         << 401 << QStringLiteral("unauthorized");
    QTest::newRow("400") << QStringLiteral("/admins") << QByteArray("secret") << QByteArray("1.9")
                         << 400 << QStringLiteral("intercom_version_invalid");
    QTest::newRow("403") << QStringLiteral("/teams/5017694/metrics") << QByteArray("secret")
                         << QByteArray("2.16") << 403 << QStringLiteral("api_plan_restricted");
    QTest::newRow("404 team") << QStringLiteral("/teams/1") << QByteArray("secret")
                              << QByteArray("2.16") << 404 << QStringLiteral("team_not_found");
    QTest::newRow("404 metrics") << QStringLiteral("/teams/1/metrics") << QByteArray("secret")
                                 << QByteArray("Preview") << 404
                                 << QStringLiteral("team_not_found");
    QTest::newRow("404 path") << QStringLiteral("/contacts") << QByteArray("secret")
                              << QByteArray("2.16") << 404 << QStringLiteral("not_found");
}

void TestSimSchema::errorBodiesMatchSchema()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_clock.advance(std::chrono::seconds(10));
    m_client->setToken(token);
    const SimResponse r = m_client->get(path, {{"Intercom-Version", version}});
    m_client->setToken("secret");
    QCOMPARE(r.status, status);
    const SchemaCheck check = checker(QStringLiteral("2.16"));
    const QStringList problems =
        check.validate(r.json(), check.namedSchema(QStringLiteral("error")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("error.list"));
    const QJsonObject first = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!first.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("request_id")).toString().toLatin1(),
             r.header("X-Request-Id"));

    // And the real 429 once the window's budget is spent.
    if (QByteArray(QTest::currentDataTag()) == "404 path") {
        SimResponse limited;
        for (int i = 0; i < 12 && limited.status != 429; ++i)
            limited = m_client->get(QStringLiteral("/me"));
        QCOMPARE(limited.status, 429);
        QVERIFY(
            check.validate(limited.json(), check.namedSchema(QStringLiteral("error"))).isEmpty());
    }
}

void TestSimSchema::bodiesAgreeWithEachOther()
{
    // What no schema says but every client assumes: ids line up across endpoints.
    m_clock.advance(std::chrono::seconds(10));
    const QJsonObject me = m_client->get(QStringLiteral("/me")).json();
    const QJsonArray admins =
        m_client->get(QStringLiteral("/admins")).json().value(QStringLiteral("admins")).toArray();
    const QJsonArray teams =
        m_client->get(QStringLiteral("/teams")).json().value(QStringLiteral("teams")).toArray();
    const QJsonArray reasons = m_client->get(QStringLiteral("/away_status_reasons"))
                                   .json()
                                   .value(QStringLiteral("data"))
                                   .toArray();
    QVERIFY(!admins.isEmpty() && !teams.isEmpty() && !reasons.isEmpty());

    QSet<QString> reasonIds;
    for (const QJsonValue& r : reasons)
        reasonIds.insert(r.toObject().value(QStringLiteral("id")).toString());
    QSet<qint64> adminIds;
    bool sawAwayReason = false;
    for (const QJsonValue& v : admins) {
        const QJsonObject a = v.toObject();
        adminIds.insert(a.value(QStringLiteral("id")).toString().toLongLong());
        const QJsonValue reason = a.value(QStringLiteral("away_status_reason_id"));
        if (!reason.isNull()) {
            sawAwayReason = true;
            QVERIFY(a.value(QStringLiteral("away_mode_enabled")).toBool());
            QVERIFY(reasonIds.contains(QString::number(reason.toInteger())));
        }
    }
    QVERIFY(sawAwayReason);
    QVERIFY(adminIds.contains(me.value(QStringLiteral("id")).toString().toLongLong()));

    for (const QJsonValue& v : teams) {
        const QJsonObject t = v.toObject();
        const bool balanced = t.value(QStringLiteral("distribution_method")).toString() ==
                              QLatin1String("load_balanced");
        QCOMPARE(t.contains(QStringLiteral("assignment_limit")), balanced);
        QSet<QString> members;
        for (const QJsonValue& id : t.value(QStringLiteral("admin_ids")).toArray()) {
            QVERIFY(adminIds.contains(id.toInteger()));
            QVERIFY(id.toInteger() != me.value(QStringLiteral("id")).toString().toLongLong());
            members.insert(QString::number(id.toInteger()));
        }
        const QString id = t.value(QStringLiteral("id")).toString();
        if (m_workspace->metricsRestricted(id))
            continue;
        const QJsonArray data = m_client->get(QStringLiteral("/teams/%1/metrics").arg(id))
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        QCOMPARE(data.size(), members.size());
        for (const QJsonValue& m : data)
            QVERIFY(members.contains(m.toObject().value(QStringLiteral("admin_id")).toString()));
    }
}

QTEST_GUILESS_MAIN(TestSimSchema)
#include "tst_simschema.moc"
