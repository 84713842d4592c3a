#include "ActiveHours.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

std::optional<ActiveHours> ActiveHours::fromSettings(const QString& hours, const QStringList& days)
{
    ActiveHours schedule;
    if (!hours.trimmed().isEmpty()) {
        schedule.m_hours = parseHours(hours);
        if (!schedule.m_hours)
            return std::nullopt;
    }
    const auto parsed = parseDays(days);
    if (!parsed)
        return std::nullopt;
    // All seven days is the same as no restriction.
    if (parsed->size() < 7)
        schedule.m_days = *parsed;
    return schedule;
}

bool ActiveHours::dayAllowed(const QDate& date) const
{
    return m_days.isEmpty() || m_days.contains(date.dayOfWeek());
}

bool ActiveHours::isActive(const QDateTime& at) const
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

QDateTime ActiveHours::nextChange(const QDateTime& at) const
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

QDateTime ActiveHours::nextStart(const QDateTime& at) const
{
    QDateTime t = nextChange(at);
    if (t.isValid() && !isActive(t))
        t = nextChange(t);
    return t;
}

std::optional<std::pair<QTime, QTime>> ActiveHours::parseHours(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime start(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime end(match.captured(3).toInt(), match.captured(4).toInt());
    if (!start.isValid() || !end.isValid() || start == end)
        return std::nullopt;
    return std::pair{start, end};
}

std::optional<QSet<int>> ActiveHours::parseDays(const QStringList& items)
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    const auto day = [](const QString& name) -> int {
        return int(names.indexOf(name.trimmed().toLower())) + 1; // 0: unknown
    };
    QSet<int> days;
    for (const QString& item : items) {
        const QStringList ends = item.split(QLatin1Char('-'));
        if (ends.size() == 1) {
            const int d = day(ends.at(0));
            if (d == 0)
                return std::nullopt;
            days.insert(d);
        } else if (ends.size() == 2) {
            const int first = day(ends.at(0));
            const int last = day(ends.at(1));
            if (first == 0 || last == 0)
                return std::nullopt;
            // A range may wrap over the weekend: "fri-mon".
            for (int d = first;; d = d % 7 + 1) {
                days.insert(d);
                if (d == last)
                    break;
            }
        } else {
            return std::nullopt;
        }
    }
    return days;
}
