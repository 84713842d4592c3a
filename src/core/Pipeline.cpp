#include "Pipeline.h"

#include "Clock.h"
#include "EffectiveConfig.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "Poller.h"

#include <QFile>

void connectPipeline(Poller& poller, MetricsStore& store)
{
    QObject::connect(&poller, &Poller::directoryReceived, &store, &MetricsStore::setDirectory);
    QObject::connect(&poller, &Poller::metricsReceived, &store, &MetricsStore::ingest);
}

void applyHistoryConfig(HistoryStore& history, const EffectiveConfig& config, bool demo)
{
    history.setLimits(config.historyLimits());
    const bool open = history.mode() != HistoryStore::Mode::Closed;
    if (config.historyEnabled() && !open)
        history.open(HistoryStore::defaultPath(demo));
    else if (!config.historyEnabled() && open)
        history.close();
}

bool openKeptHistory(HistoryStore& history, const EffectiveConfig& config, bool demo)
{
    const QString path = HistoryStore::defaultPath(demo);
    if (path.isEmpty() || !QFile::exists(path))
        return false;
    history.setLimits(config.historyLimits());
    history.open(path);
    return true;
}

void connectHistory(MetricsStore& store, HistoryStore& history, const Clock& clock,
                    HistoryContext context)
{
    QObject::connect(&store, &MetricsStore::snapshotUpdated, &history,
                     [&store, &history, context](const QString& teamId, const SnapshotDiff& diff) {
                         if (const TeamSnapshot* snapshot = store.latest(teamId))
                             history.record(context.workspace(), *snapshot, diff,
                                            context.interval());
                     });
    QObject::connect(&store, &MetricsStore::teamStarting, &history,
                     [&store, &history, &clock, context](const QString& teamId) {
                         const qint64 now = clock.now().toMSecsSinceEpoch();
                         const HistorySeries past = history.teamTotals(
                             context.workspace(), teamId, now - store.historyWindowMs(), now);
                         const std::vector<HistoryPoint> points =
                             trendOf(past, now, context.interval());
                         store.seedTeamHistory(teamId, points);
                     });
}
