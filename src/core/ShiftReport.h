#pragma once

#include "HistoryStore.h"
#include "TeamThresholds.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

// One team's day, as the history kept it: the team's peaks and trend, and
// for each teammate the time spent at each level of the team's thresholds
// and away. Every duration counts polled time only (the spans): a gap, when
// Floorwatch was not polling, counts as nothing, neither normal nor away.
//
// "At warning" and "at critical" are the levels Severity gives a count, so
// the report reads like the window did: warning means warning and not yet
// critical. The thresholds are the ones passed in (today's settings), not
// necessarily the ones in force that day; the report shows them.
struct ShiftReport
{
    struct Peak
    {
        int value = 0;
        qint64 atMs = 0; // the first moment the value was reached
    };
    struct AwayReason
    {
        QString reason; // as the server sent it; empty: no reason given
        qint64 ms = 0;
    };
    struct Teammate
    {
        QString adminId;
        QString name;         // the last one seen that day
        qint64 presentMs = 0; // polled while on the team
        qint64 openWarningMs = 0;
        qint64 openCriticalMs = 0;
        qint64 idleWarningMs = 0;
        qint64 idleCriticalMs = 0;
        qint64 awayMs = 0;
        std::vector<AwayReason> awayReasons; // most time first
        Peak peakOpen;
        Peak peakIdle;
        // Not on the team at the day's last poll; when the history says when
        // they left, that moment (else they went while nothing was polled).
        bool left = false;
        std::optional<qint64> leftAtMs;

        qint64 criticalMs() const { return openCriticalMs + idleCriticalMs; }
        qint64 warningMs() const { return openWarningMs + idleWarningMs; }
    };
    // One hour of the day (local clock hours; a day has 23 or 25 when the
    // clocks change): the team's totals in that hour.
    struct Hour
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 polledMs = 0;
        std::optional<int> maxOpen; // none when nothing was polled in the hour
        std::optional<int> maxIdle;
        std::optional<double> meanOpen; // over the polled time of the hour
        std::optional<double> meanIdle;
    };

    QString teamId;
    QString teamName;
    QDate date;
    QTimeZone zone;
    qint64 fromMs = 0; // the day's start and end in that zone
    qint64 toMs = 0;
    TeamThresholds thresholds;

    std::vector<HistorySpan> spans; // within the day
    std::vector<HistoryPoint>
        trend; // the team's totals; a point holds until the next, within a span
    qint64 polledMs = 0;
    std::optional<Peak> peakOpen; // none when nothing was polled
    std::optional<Peak> peakIdle;
    std::vector<Teammate> teammates; // most time at critical first, then warning, then by name
    std::vector<Hour> hours;

    // Nothing was kept of the team that day.
    bool empty() const { return spans.empty(); }
    // The idle threshold (seconds) of the day's polls; 0 if they differed.
    int idleThresholdSeconds() const;

    // Reads the day `date` in `zone` (an invalid zone is taken as UTC).
    static ShiftReport compute(const HistoryStore& store, const QString& workspace,
                               const QString& teamId, QDate date, const TeamThresholds& thresholds,
                               const QTimeZone& zone);

    // What `ms` is in whole minutes, rounded to the nearest.
    static qint64 minutes(qint64 ms) { return (ms + 30000) / 60000; }
};
