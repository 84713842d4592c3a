#include "OneShotFetch.h"

#include "Clock.h"
#include "IntercomClient.h"
#include "Logging.h"

OneShotFetch::OneShotFetch(IntercomClient& client, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{}

void OneShotFetch::fetchTeams()
{
    m_client.teams(this, [this](const Result<QList<Team>>& r) {
        if (r.ok())
            emit teamsReady(r.value());
        else
            emit failed(r.error());
    });
}

void OneShotFetch::fetchSnapshot(const QString& teamId, int idleThreshold)
{
    m_teamId = teamId;
    m_threshold = idleThreshold; // checked by EffectiveConfig
    m_pending = 4;
    m_client.teamMetrics(teamId, m_threshold, this, [this](const Result<QList<TeamMetric>>& r) {
        if (r.ok())
            m_metrics = r.value();
        else
            m_metricsError = r.error();
        partDone();
    });
    m_client.team(teamId, this, [this](const Result<Team>& r) {
        if (r.ok())
            m_directory.teams.insert(r.value().id, r.value());
        else
            m_teamError = r.error();
        partDone();
    });
    m_client.admins(this, [this](const Result<QList<Admin>>& r) {
        if (r.ok())
            for (const Admin& a : r.value())
                m_directory.admins.insert(a.id, a);
        else
            m_adminsError = r.error();
        partDone();
    });
    m_client.awayReasons(this, [this](const Result<QList<AwayReason>>& r) {
        // Without reasons, away teammates are still shown as away.
        if (r.ok())
            for (const AwayReason& reason : r.value())
                m_directory.awayReasons.insert(reason.id, reason);
        else
            qCInfo(lcApi) << "away reasons unavailable:" << r.error().userMessage();
        partDone();
    });
}

void OneShotFetch::partDone()
{
    if (--m_pending > 0)
        return;
    for (const auto& error : {m_metricsError, m_teamError, m_adminsError}) {
        if (error) {
            emit failed(*error);
            return;
        }
    }
    emit snapshotReady(
        Snapshots::join(m_teamId, m_metrics, m_directory, m_clock.now(), m_threshold));
}
