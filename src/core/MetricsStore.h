#pragma once

#include "History.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QHash>
#include <QObject>

#include <chrono>

// The latest snapshot of every polled team, joined with the directory, and
// a bounded history for trends.
class MetricsStore : public QObject
{
    Q_OBJECT

public:
    explicit MetricsStore(QObject* parent = nullptr);

    void setHistoryWindow(std::chrono::seconds window) { m_windowMs = window.count() * 1000; }
    qint64 historyWindowMs() const { return m_windowMs; }
    // A poll later than History::continues allows after the one before
    // (the computer slept, the network was down) leaves a gap in the trends.
    void setPollInterval(std::chrono::seconds interval) { m_interval = interval; }
    // What each team's per-teammate histories may take, in bytes of points;
    // with many teammates each keeps fewer. 0 keeps none, for a display that
    // draws no teammate's trend (the wall). Team totals are always kept.
    void setTeammateHistoryBudget(qsizetype bytes) { m_teammateBudget = bytes; }
    void setDirectory(Directory directory);
    const Directory& directory() const { return m_directory; }

    // Joins, diffs against the previous poll, records history, emits.
    SnapshotDiff ingest(const QString& teamId, const QList<TeamMetric>& metrics,
                        const QDateTime& fetchedAt, int idleThreshold);
    void forgetTeam(const QString& teamId);
    // Starts a team's trend with what was seen before (points in time
    // order, gaps marked), e.g. from the history on disk. Live polls follow.
    void seedTeamHistory(const QString& teamId, const std::vector<HistoryPoint>& points);

    const TeamSnapshot* latest(const QString& teamId) const;
    const History* teamHistory(const QString& teamId) const;
    const History* teammateHistory(const QString& teamId, const QString& adminId) const;

signals:
    // A team's first poll is about to be taken in: the moment to seed its trend.
    void teamStarting(const QString& teamId);
    void snapshotUpdated(const QString& teamId, const SnapshotDiff& diff);
    // After setDirectory: names, away states and teams are the new ones, and
    // every snapshot has been joined with them.
    void directoryChanged();

private:
    struct TeamData
    {
        TeamSnapshot snapshot;
        QList<TeamMetric> metrics; // kept to re-join when the directory changes
        History totals;
        QHash<QString, History> teammates;
    };
    void record(TeamData& data, const SnapshotDiff& diff, const QDateTime& previousPoll);

    Directory m_directory;
    QHash<QString, TeamData> m_teams;
    qint64 m_windowMs = 8 * 3600 * 1000;
    std::chrono::seconds m_interval{15};
    qsizetype m_teammateBudget = 16 * 1024 * 1024;
};
