#include "Pipeline.h"

#include "Clock.h"
#include "EffectiveConfig.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "Poller.h"

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

void connectHistory(MetricsStore& store, HistoryStore& history, const Clock& clock,
                    HistoryContext context)
{
    QObject::connect(&store, &MetricsStore::snapshotUpdated, &history,
                     [&store, &history, context](const QString& teamId, const SnapshotDiff& diff) {
                         if (const TeamSnapshot* snapshot = store.latest(teamId))
                             history.record(context.workspace(), *snapshot, diff,
                                            context.interval());
                     });
    QObject::connect(
        &store, &MetricsStore::teamStarting, &history,
        [&store, &history, &clock, context](const QString& teamId) {
            const qint64 now = clock.now().toMSecsSinceEpoch();
            const HistorySeries past =
                history.teamTotals(context.workspace(), teamId, now - store.historyWindowMs(), now);
            std::vector<HistoryPoint> points;
            auto point = past.points.cbegin();
            for (const HistorySpan& span : past.spans) {
                for (; point != past.points.cend() && point->msecs <= span.toMs; ++point)
                    if (point->msecs >= span.fromMs)
                        points.push_back(*point);
                // Each span ends in a gap, unless the last one ended so
                // recently (a quick restart) that this poll continues it.
                const bool continues =
                    &span == &past.spans.back() &&
                    HistoryStore::continuesSpan(now - span.toMs, context.interval());
                HistoryPoint gap;
                gap.msecs = span.toMs;
                gap.gap = true;
                if (!continues)
                    points.push_back(gap);
            }
            store.seedTeamHistory(teamId, points);
        });
}
