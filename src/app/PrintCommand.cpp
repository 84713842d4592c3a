#include "PrintCommand.h"

#include "Clock.h"
#include "ExitCode.h"
#include "IntercomClient.h"
#include "OneShotFetch.h"

#include <QCoreApplication>

#include <cstdio>

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

int runPrintCommand(const AppOptions& options, const ApiConfig& config, const QString& token,
                    QNetworkAccessManager& network, Clock& clock)
{
    IntercomClient client(&network, clock);
    client.setConfig(config);
    client.setToken(token);
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
        fetch.fetchSnapshot(options.teamId,
                            options.idleThreshold.value_or(ApiConfig::kDefaultIdleThreshold));
    exitCode = QCoreApplication::exec();
    return exitCode;
}
