#include "LiveTerminal.h"

#include "Clock.h"
#include "ExitCode.h"
#include "IntercomClient.h"
#include "MetricsStore.h"
#include "OutputFormat.h"
#include "Poller.h"

#include <QCoreApplication>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

struct LiveTr
{
    Q_DECLARE_TR_FUNCTIONS(LiveTerminal)
};

bool stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDOUT_FILENO) == 1;
#else
    return false;
#endif
}

QString statusLine(const PollState& state, const QDateTime& now)
{
    if (!state.lastError)
        return QString();
    QString line = state.lastError->userMessage();
    if (state.nextPollAt.isValid() && state.phase != PollState::Phase::RateLimited)
        line += QLatin1Char(' ')
            + LiveTr::tr("Next try in %1 s.").arg(std::max<qint64>(0, now.secsTo(state.nextPollAt)));
    return line;
}

} // namespace

int runLiveTerminal(const AppOptions& options, const ApiConfig& config, const QString& token,
                    QNetworkAccessManager& network, Clock& clock)
{
    IntercomClient client(&network, clock);
    client.setConfig(config);
    client.setToken(token);
    Poller poller(client, clock);
    poller.setInterval(std::chrono::seconds(options.intervalSeconds));
    poller.setIdleThreshold(options.idleThreshold);
    MetricsStore store;

    const bool terminal = stdoutIsTerminal();
    QString teamId = options.teamId;
    const auto redraw = [&] {
        const TeamSnapshot* snapshot = store.latest(teamId);
        QByteArray screen = terminal ? QByteArray("\x1b[H\x1b[2J") : QByteArray();
        if (snapshot)
            screen += OutputFormat::snapshot(*snapshot, OutputFormat::Format::Table);
        const QString status = statusLine(poller.state(teamId), clock.now());
        if (!status.isEmpty())
            screen += '\n' + status.toUtf8() + '\n';
        std::fwrite(screen.constData(), 1, size_t(screen.size()), stdout);
        std::fflush(stdout);
    };

    QObject::connect(&poller, &Poller::directoryReceived, &store, &MetricsStore::setDirectory);
    QObject::connect(&poller, &Poller::metricsReceived, &store, &MetricsStore::ingest);
    QObject::connect(&store, &MetricsStore::snapshotUpdated, &store,
                     [&](const QString& id) { if (id == teamId) redraw(); });
    QObject::connect(&poller, &Poller::stateChanged, &poller,
                     [&](const QString& id, const PollState& state) {
                         if (id == teamId && state.lastError
                             && state.phase != PollState::Phase::Polling)
                             redraw();
                     });

    if (!teamId.isEmpty()) {
        poller.setTeams({teamId});
        return QCoreApplication::exec();
    }
    // No team chosen: take the first one the workspace lists.
    int exitCode = int(ExitCode::Ok);
    client.teams(&poller, [&](const Result<QList<Team>>& teams) {
        if (!teams.ok() || teams.value().isEmpty()) {
            const QString why = teams.ok() ? LiveTr::tr("The workspace has no teams.")
                                           : teams.error().userMessage();
            std::fprintf(stderr, "floorwatch: %s\n", why.toLocal8Bit().constData());
            QCoreApplication::exit(int(teams.ok() ? ExitCode::NotFound
                                                  : exitCodeFor(teams.error().kind())));
            return;
        }
        teamId = teams.value().first().id;
        poller.setTeams({teamId});
    });
    exitCode = QCoreApplication::exec();
    return exitCode;
}
