#pragma once

#include "SimTypes.h"

#include <QDateTime>
#include <QList>

#include <memory>

class Clock;
class SimEngine;

// A simulated Intercom workspace: teams, teammates with names, titles and
// away reasons, and conversations that arrive, are assigned, answered,
// snoozed and closed. No network here; SimServer puts HTTP in front of it.
//
// Simulated time is the start time of day plus `speed` times the clock time
// elapsed since construction. Nothing runs between calls: sync() catches the
// simulation up to the clock when someone asks, so an idle simulator costs
// no CPU and a ManualClock makes it fully deterministic.
class SimWorkspace
{
public:
    SimWorkspace(const SimConfig& config, Clock& clock);
    ~SimWorkspace();
    SimWorkspace(const SimWorkspace&) = delete;
    SimWorkspace& operator=(const SimWorkspace&) = delete;

    const SimConfig& config() const { return m_config; }
    Clock& clock() const { return m_clock; }

    // Runs the simulation up to the clock's now. Cheap when nothing is due.
    void sync();
    // Milliseconds since midnight of simulated day 0 (a Monday).
    qint64 simulatedMsecs() const;
    int simulatedDay() const;
    QTime simulatedTimeOfDay() const;

    const SimAppInfo& app() const { return m_app; }
    const SimAdmin& supervisor() const { return m_supervisor; }
    const QList<SimTeam>& teams() const { return m_teams; }
    const QList<SimAdmin>& admins() const { return m_admins; } // teammates, not the supervisor
    const QList<SimAwayReason>& awayReasons() const { return m_reasons; } // with the deleted one
    const SimTeam* team(const QString& id) const;
    int adminIndex(const QString& id) const;

    // Away state of a teammate (by index into admins()) at the last sync.
    bool isAway(int admin) const;
    bool awayReassign(int admin) const;
    // Index into awayReasons(), or -1 when present.
    int awayReasonIndex(int admin) const;
    bool isAway(const QString& adminId) const;

    // Per-teammate counts for a team at the last sync. The threshold is in
    // seconds and is clamped to 1..86400 as Intercom does.
    QList<SimMetric> teamMetrics(const QString& teamId, int idleThresholdSeconds) const;
    int openCount(const QString& teamId, const QString& adminId) const;

    // Whether GET /teams/{id}/metrics answers 403 api_plan_restricted.
    bool metricsRestricted(const QString& teamId) const;
    void setMetricsRestricted(const QString& teamId, bool restricted);
    bool realtimeMonitoring() const { return m_realtimeMonitoring; }
    void setRealtimeMonitoring(bool enabled) { m_realtimeMonitoring = enabled; }

    void setAssignmentObserver(SimAssignmentObserver observer);
    SimStats stats() const;

    static int clampIdleThreshold(qint64 seconds);

private:
    void build();

    SimConfig m_config;
    Clock& m_clock;
    QDateTime m_clockStart;
    qint64 m_simStart = 0;
    bool m_realtimeMonitoring = true;

    SimAppInfo m_app;
    SimAdmin m_supervisor;
    QList<SimTeam> m_teams;
    QList<SimAdmin> m_admins;
    QList<SimAwayReason> m_reasons;
    int m_deletedReasonHolder = -1;
    std::unique_ptr<SimEngine> m_engine;
};
