#include "KioskSchedule.h"

#include "Settings.h"

#include <algorithm>
#include <vector>

std::optional<KioskSchedule> KioskSchedule::fromSettings(const QString& hours,
                                                         const QStringList& days)
{
    KioskSchedule schedule;
    if (!hours.trimmed().isEmpty()) {
        schedule.m_hours = Settings::parseActiveHours(hours);
        if (!schedule.m_hours)
            return std::nullopt;
    }
    const auto parsed = Settings::parseActiveDays(days);
    if (!parsed)
        return std::nullopt;
    // All seven days is the same as no restriction.
    if (parsed->size() < 7)
        schedule.m_days = *parsed;
    return schedule;
}

bool KioskSchedule::dayAllowed(const QDate& date) const
{
    return m_days.isEmpty() || m_days.contains(date.dayOfWeek());
}

bool KioskSchedule::isActive(const QDateTime& at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    const QDate date = local.date();
    const QTime time = local.time();
    if (!m_hours)
        return dayAllowed(date);
    const auto [start, end] = *m_hours;
    if (start < end)
        return dayAllowed(date) && time >= start && time < end;
    // Past midnight: the early hours belong to yesterday's window.
    if (time >= start)
        return dayAllowed(date);
    if (time < end)
        return dayAllowed(date.addDays(-1));
    return false;
}

QDateTime KioskSchedule::nextChange(const QDateTime& at) const
{
    if (isAlwaysActive())
        return {};
    const bool now = isActive(at);
    const QDate today = at.toTimeZone(m_zone).date();
    // Every boundary there can be in the coming week, in order.
    std::vector<QDateTime> candidates;
    for (int d = -1; d <= 8; ++d) {
        const QDate date = today.addDays(d);
        candidates.emplace_back(date, QTime(0, 0), m_zone);
        if (m_hours) {
            candidates.emplace_back(date, m_hours->first, m_zone);
            candidates.emplace_back(date, m_hours->second, m_zone);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const QDateTime& c : candidates) {
        if (c > at && isActive(c) != now)
            return c.toUTC();
    }
    return {};
}

QDateTime KioskSchedule::nextStart(const QDateTime& at) const
{
    QDateTime t = nextChange(at);
    if (t.isValid() && !isActive(t))
        t = nextChange(t);
    return t;
}
