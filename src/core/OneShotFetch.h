#pragma once

#include "ApiError.h"
#include "ApiTypes.h"
#include "TeamSnapshot.h"

#include <QObject>

#include <optional>

class Clock;
class IntercomClient;

// Fetches a team's snapshot (metrics, the team, teammates and away reasons,
// all at once) or the list of teams, a single time: `floorwatch --print`.
class OneShotFetch : public QObject
{
    Q_OBJECT

public:
    OneShotFetch(IntercomClient& client, Clock& clock, QObject* parent = nullptr);

    void fetchTeams();
    void fetchSnapshot(const QString& teamId, int idleThreshold);

signals:
    void teamsReady(const QList<Team>& teams);
    void snapshotReady(const TeamSnapshot& snapshot);
    void failed(const ApiError& error);

private:
    void partDone();

    IntercomClient& m_client;
    Clock& m_clock;
    QString m_teamId;
    int m_threshold = 0;
    int m_pending = 0;
    Directory m_directory;
    QList<TeamMetric> m_metrics;
    // The first error of the most important call wins: metrics, team, admins.
    std::optional<ApiError> m_metricsError, m_teamError, m_adminsError;
};
