#include "PrintCommand.h"

#include "Clock.h"
#include "Console.h"
#include "DemoBackend.h"
#include "EffectiveConfig.h"
#include "ExitCode.h"
#include "IntercomClient.h"
#include "NetworkAccessManager.h"
#include "OneShotFetch.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const ApiError& error)
{
    QString line = QCoreApplication::applicationName() + QStringLiteral(": ") + error.userMessage();
    if (!error.requestId().isEmpty())
        line +=
            QLatin1Char(' ') +
            QCoreApplication::translate("PrintCommand", "(request id: %1)").arg(error.requestId());
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

} // namespace

int runPrintCommand(const AppOptions& options, const EffectiveConfig& config)
{
    SystemClock clock;
    NetworkAccessManager network;
    auto api = config.apiConfig();
    if (!api.ok())
        return Console::fail(api.error().userMessage());
    auto token = ApiConfig::environmentToken();
    if (!token.ok())
        return Console::fail(token.error().userMessage());
    std::optional<DemoBackend> demo;
    if (options.demo) {
        demo.emplace(clock);
        const auto url = demo->start();
        if (!url.ok())
            return Console::fail(url.error().userMessage());
        api.value().baseUrl = url.value();
        token = demo->token();
    }
    if (token.value().isEmpty())
        return Console::fail(QCoreApplication::translate(
            "main", "No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN "
                    "to a private app's access token, or try --demo."));

    IntercomClient client(&network, clock);
    client.setConfig(api.value());
    client.setToken(token.value());
    OneShotFetch fetch(client, clock);

    int exitCode = int(ExitCode::Ok);
    QObject::connect(&fetch, &OneShotFetch::teamsReady, &fetch, [&](const QList<Team>& teams) {
        writeOut(OutputFormat::teams(teams, *options.print));
        QCoreApplication::exit(int(ExitCode::Ok));
    });
    QObject::connect(&fetch, &OneShotFetch::snapshotReady, &fetch,
                     [&](const TeamSnapshot& snapshot) {
                         writeOut(OutputFormat::snapshot(snapshot, *options.print));
                         QCoreApplication::exit(int(ExitCode::Ok));
                     });
    QObject::connect(&fetch, &OneShotFetch::failed, &fetch, [&](const ApiError& error) {
        writeError(error);
        QCoreApplication::exit(int(exitCodeFor(error.kind())));
    });
    if (options.teamId.isEmpty())
        fetch.fetchTeams();
    else
        fetch.fetchSnapshot(options.teamId, config.idleThresholdSeconds());
    exitCode = QCoreApplication::exec();
    return exitCode;
}
