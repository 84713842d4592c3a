#include "SimAppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTime>

#include <limits>

QString parseSimAppOptions(const QStringList& arguments, SimAppOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimApp::tr(
        "Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates "
        "and conversations that change over a simulated working day, behind the same REST "
        "endpoints, errors and rate limits as Intercom, with faults on demand."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption port(QStringLiteral("port"),
                                  SimApp::tr("TCP port on 127.0.0.1; 0 picks a free one."),
                                  SimApp::tr("port"), QStringLiteral("0"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        SimApp::tr("Access token clients must send as a bearer token. "
                   "Default: the FLOORWATCH_SIM_TOKEN environment variable."),
        SimApp::tr("token"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        SimApp::tr("Seed of the simulation; the same seed gives the same workspace."),
        SimApp::tr("number"), QStringLiteral("1"));
    const QCommandLineOption teams(QStringLiteral("teams"), SimApp::tr("Number of teams."),
                                   SimApp::tr("count"), QStringLiteral("4"));
    const QCommandLineOption perTeam(QStringLiteral("agents-per-team"),
                                     SimApp::tr("Teammates in each team."), SimApp::tr("count"),
                                     QStringLiteral("12"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        SimApp::tr("Simulated seconds per real second, e.g. 30 for a demo."), SimApp::tr("factor"),
        QStringLiteral("1"));
    const QCommandLineOption start(QStringLiteral("start-time"),
                                   SimApp::tr("Simulated time of day when serving starts (HH:MM)."),
                                   SimApp::tr("time"), QStringLiteral("10:30"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        SimApp::tr("Requests allowed per minute, enforced per 10-second window (a sixth each)."),
        SimApp::tr("count"), QStringLiteral("10000"));
    const QCommandLineOption restricted(
        QStringLiteral("restricted-team"),
        SimApp::tr("Answer 403 api_plan_restricted on this team's metrics. Repeatable."),
        SimApp::tr("team-id"));
    const QCommandLineOption noMonitoring(
        QStringLiteral("no-realtime-monitoring"),
        SimApp::tr("The workspace lacks real-time monitoring: 403 on all metrics."));
    const QCommandLineOption latency(
        QStringLiteral("latency"),
        SimApp::tr("Fault: delay every reply by this many milliseconds."), SimApp::tr("ms"),
        QStringLiteral("0"));
    const QCommandLineOption hang(QStringLiteral("hang"),
                                  SimApp::tr("Fault: accept requests and never answer them."));
    const QCommandLineOption errorRate(
        QStringLiteral("error-rate"),
        SimApp::tr("Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504."),
        SimApp::tr("rate"), QStringLiteral("0"));
    const QCommandLineOption burst(
        QStringLiteral("rate-limit-burst"),
        SimApp::tr("Fault: the next this many requests get 429 rate_limit_exceeded."),
        SimApp::tr("count"), QStringLiteral("0"));
    const QCommandLineOption burstEvery(
        QStringLiteral("rate-limit-burst-every"),
        SimApp::tr("Fault: repeat the 429 burst every this many seconds."), SimApp::tr("seconds"),
        QStringLiteral("0"));
    const QCommandLineOption bodyFault(
        QStringLiteral("body-fault"),
        SimApp::tr("Fault: truncated (Content-Length larger than the body, then the "
                   "connection closes), malformed-json, html-502, html-200 or redirect-http."),
        SimApp::tr("kind"), QStringLiteral("none"));
    const QCommandLineOption metricsOnly(
        QStringLiteral("faults-metrics-only"),
        SimApp::tr("Apply faults to /teams/{id}/metrics only, not to every API path."));
    parser.addOptions({port, token, seed, teams, perTeam, speed, start, rateLimit, restricted,
                       noMonitoring, latency, hang, errorRate, burst, burstEvery, bodyFault,
                       metricsOnly});
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty())
        return SimApp::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());

    // Whole numbers in a range, with the option's name in the complaint.
    QString problem;
    auto integer = [&](const QCommandLineOption& option, qint64 low, qint64 high) -> qint64 {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if ((!ok || value < low || value > high) && problem.isEmpty()) {
            problem = SimApp::tr("--%1 must be a whole number from %2 to %3")
                          .arg(option.names().constFirst())
                          .arg(low)
                          .arg(high);
        }
        return value;
    };
    auto decimal = [&](const QCommandLineOption& option, double low, double high) -> double {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if ((!ok || value < low || value > high) && problem.isEmpty()) {
            problem = SimApp::tr("--%1 must be a number from %2 to %3")
                          .arg(option.names().constFirst())
                          .arg(low)
                          .arg(high);
        }
        return value;
    };

    options.port = quint16(integer(port, 0, 65535));
    options.token =
        parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("FLOORWATCH_SIM_TOKEN");
    options.workspace.seed = quint64(integer(seed, 0, std::numeric_limits<qint64>::max()));
    options.workspace.teams = int(integer(teams, 1, 100));
    options.workspace.agentsPerTeam = int(integer(perTeam, 1, 100000));
    options.workspace.speed = decimal(speed, 0.001, 100000);
    options.workspace.startTimeOfDay =
        QTime::fromString(parser.value(start), QStringLiteral("HH:mm"));
    options.workspace.restrictedTeamIds = parser.values(restricted);
    options.workspace.realtimeMonitoring = !parser.isSet(noMonitoring);
    options.rateLimitPerMinute = int(integer(rateLimit, 6, 100000000));
    options.faults.latencyMs = int(integer(latency, 0, 3600000));
    options.faults.hang = parser.isSet(hang);
    options.faults.serverErrorRate = decimal(errorRate, 0, 1);
    options.rateLimitBurst = int(integer(burst, 0, 1000000));
    options.faults.rateLimitBurstEverySeconds = int(integer(burstEvery, 0, 86400));
    options.faults.rateLimitBurstLength = options.rateLimitBurst;
    options.faults.scope =
        parser.isSet(metricsOnly) ? SimFaultScope::MetricsOnly : SimFaultScope::AllApiPaths;
    bool knownFault = false;
    options.faults.bodyFault =
        SimFaultNames::bodyFaultFromString(parser.value(bodyFault), &knownFault);

    if (!problem.isEmpty())
        return problem;
    if (!options.workspace.startTimeOfDay.isValid())
        return SimApp::tr("--start-time must be a time of day such as 09:15");
    if (!knownFault)
        return SimApp::tr("--body-fault must be one of: none, truncated, malformed-json, html-502, "
                          "html-200, redirect-http");
    if (options.token.isEmpty())
        return SimApp::tr("an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN");
    if (options.faults.rateLimitBurstEverySeconds > 0 && options.rateLimitBurst == 0)
        return SimApp::tr(
            "--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429");
    return {};
}
