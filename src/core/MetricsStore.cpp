#include "MetricsStore.h"

#include "Logging.h"

#include <algorithm>

MetricsStore::MetricsStore(QObject* parent)
    : QObject(parent)
{}

void MetricsStore::setDirectory(Directory directory)
{
    m_directory = std::move(directory);
    for (auto it = m_teams.begin(); it != m_teams.end(); ++it) {
        TeamData& data = it.value();
        TeamSnapshot next = Snapshots::join(it.key(), data.metrics, m_directory,
                                            data.snapshot.fetchedAt, data.snapshot.idleThreshold);
        const SnapshotDiff diff = diffSnapshots(data.snapshot, next);
        const bool renamed = next.teamName != data.snapshot.teamName ||
                             next.assignmentLimit != data.snapshot.assignmentLimit;
        data.snapshot = std::move(next);
        if (!diff.isEmpty() || renamed)
            emit snapshotUpdated(it.key(), diff);
    }
    emit directoryChanged();
}

SnapshotDiff MetricsStore::ingest(const QString& teamId, const QList<TeamMetric>& metrics,
                                  const QDateTime& fetchedAt, int idleThreshold)
{
    if (!m_teams.contains(teamId))
        emit teamStarting(teamId);
    TeamData& data = m_teams[teamId];
    data.snapshot.teamId = teamId;
    const QDateTime previousPoll = data.snapshot.fetchedAt;
    // In place: the directory is the one this snapshot was joined with,
    // since setDirectory joins every snapshot again.
    const SnapshotDiff diff =
        advanceSnapshot(data.snapshot, metrics, m_directory, fetchedAt, idleThreshold);
    data.metrics = metrics;
    record(data, diff, previousPoll);
    qCDebug(lcStore) << "team" << teamId << "rows" << metrics.size() << "changed"
                     << diff.countsChanged.size() << "added" << diff.added.size() << "removed"
                     << diff.removed.size();
    emit snapshotUpdated(teamId, diff);
    return diff;
}

void MetricsStore::record(TeamData& data, const SnapshotDiff& diff, const QDateTime& previousPoll)
{
    const qint64 at = data.snapshot.fetchedAt.toMSecsSinceEpoch();
    const bool afterGap =
        previousPoll.isValid() &&
        !History::continues(previousPoll.msecsTo(data.snapshot.fetchedAt), m_interval);
    if (afterGap) {
        const qint64 stopped = previousPoll.toMSecsSinceEpoch();
        data.totals.markGap(stopped);
        for (History& teammate : data.teammates)
            teammate.markGap(stopped);
    }
    const Totals& t = data.snapshot.totals;
    data.totals.record(at, t.open, t.idle, t.snoozed, m_windowMs);
    if (diff.countsChanged.isEmpty() && diff.added.isEmpty() && diff.removed.isEmpty() && !afterGap)
        return;
    if (m_teammateBudget <= 0) {
        data.teammates.clear();
        return;
    }
    const size_t perTeammate =
        std::max<size_t>(2, size_t(m_teammateBudget) / sizeof(HistoryPoint) /
                                std::max<size_t>(1, size_t(data.snapshot.rows.size())));
    // Only those whose counts moved or who joined: everyone else's last
    // point still holds. Both lists name rows in the snapshot's order, so
    // one walk finds them without a lookup per teammate.
    const QList<TeammateRow>& rows = data.snapshot.rows;
    qsizetype changed = 0, added = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TeammateRow& row = rows.at(i);
        const bool isChanged =
            changed < diff.countsChanged.size() && diff.countsChanged.at(changed) == row.adminId;
        const bool isAdded =
            !isChanged && added < diff.added.size() && diff.added.at(added) == row.adminId;
        if (!isChanged && !isAdded && !afterGap) // after a gap, every line starts again
            continue;
        changed += isChanged ? 1 : 0;
        added += isAdded ? 1 : 0;
        data.teammates[row.adminId].record(at, row.open, row.idle, row.snoozed, m_windowMs,
                                           perTeammate);
    }
    // A teammate who left keeps a history that ends at zero.
    for (const QString& id : diff.removed)
        data.teammates[id].record(at, 0, 0, 0, m_windowMs, perTeammate);
}

void MetricsStore::seedTeamHistory(const QString& teamId, const std::vector<HistoryPoint>& points)
{
    m_teams[teamId].totals = History::of(points, m_windowMs);
}

void MetricsStore::forgetTeam(const QString& teamId)
{
    m_teams.remove(teamId);
}

const TeamSnapshot* MetricsStore::latest(const QString& teamId) const
{
    const auto it = m_teams.constFind(teamId);
    return it == m_teams.cend() ? nullptr : &it->snapshot;
}

const History* MetricsStore::teamHistory(const QString& teamId) const
{
    const auto it = m_teams.constFind(teamId);
    return it == m_teams.cend() ? nullptr : &it->totals;
}

const History* MetricsStore::teammateHistory(const QString& teamId, const QString& adminId) const
{
    const auto it = m_teams.constFind(teamId);
    if (it == m_teams.cend())
        return nullptr;
    const auto h = it->teammates.constFind(adminId);
    return h == it->teammates.cend() ? nullptr : &h.value();
}
