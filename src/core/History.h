#pragma once

#include <QtGlobal>

#include <chrono>
#include <cstddef>
#include <deque>
#include <limits>
#include <vector>

struct HistoryPoint
{
    qint64 msecs = 0; // UTC ms since epoch
    int open = 0;
    int idle = 0;
    int snoozed = 0;
    // Nothing is known from here until the next point: Floorwatch was not
    // polling. Drawn as a gap, never bridged.
    bool gap = false;
};

// Counts over time, one point per change (a steady count costs nothing), and
// nothing older than the window: memory stays flat on a display that runs
// for weeks.
class History
{
public:
    // At most maxPoints are kept: the oldest go first.
    void record(qint64 msecs, int open, int idle, int snoozed, qint64 windowMs,
                size_t maxPoints = std::numeric_limits<size_t>::max());
    // Whether a poll `gapMs` after the one before continues the line, or
    // there was a gap: within three poll intervals (a late reply, a short
    // outage), at least a minute. The one rule for memory and disk.
    static bool continues(qint64 gapMs, std::chrono::seconds interval);

    // Polling stopped at `msecs` (a gap until the next record).
    void markGap(qint64 msecs);
    // A history of `points` (in time order, gaps marked), as record and
    // markGap would make it.
    static History of(const std::vector<HistoryPoint>& points,
                      qint64 windowMs = std::numeric_limits<qint64>::max());
    const std::deque<HistoryPoint>& points() const { return m_points; }

private:
    std::deque<HistoryPoint> m_points;
};
