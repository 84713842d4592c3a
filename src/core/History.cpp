#include "History.h"

#include <algorithm>

void History::record(qint64 msecs, int open, int idle, int snoozed, qint64 windowMs,
                     size_t maxPoints)
{
    if (!m_points.empty()) {
        const HistoryPoint& last = m_points.back();
        if (!last.gap && last.open == open && last.idle == idle && last.snoozed == snoozed)
            return;
    }
    m_points.push_back({msecs, open, idle, snoozed});
    // Keep one point from before the window so the trend starts at its edge.
    while (m_points.size() > 1 && m_points[1].msecs < msecs - windowMs)
        m_points.pop_front();
    while (m_points.size() > maxPoints)
        m_points.pop_front();
}

void History::markGap(qint64 msecs)
{
    if (m_points.empty() || m_points.back().gap)
        return;
    HistoryPoint gap = m_points.back();
    gap.msecs = std::max(msecs, gap.msecs);
    gap.gap = true;
    m_points.push_back(gap);
}

History History::of(const std::vector<HistoryPoint>& points, qint64 windowMs)
{
    History history;
    for (const HistoryPoint& p : points) {
        if (p.gap)
            history.markGap(p.msecs);
        else
            history.record(p.msecs, p.open, p.idle, p.snoozed, windowMs);
    }
    return history;
}

bool History::continues(qint64 gapMs, std::chrono::seconds interval)
{
    return gapMs <= std::max<qint64>(3 * interval.count(), 60) * 1000;
}
