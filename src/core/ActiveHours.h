#pragma once

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <utility>

// When a wall display is at work: a daily window of local time
// (kiosk/active_hours, e.g. 07:00-19:00, possibly past midnight) on some
// days of the week (kiosk/active_days). A window that runs past midnight
// belongs to the day it starts on. No hours and no days: always active.
class ActiveHours
{
public:
    ActiveHours() = default;

    // nullopt when either value is malformed (the messages come from Settings).
    static std::optional<ActiveHours> fromSettings(const QString& hours, const QStringList& days);
    // "HH:mm-HH:mm" -> start and end; the end may be past midnight
    // ("22:00-06:00"). nullopt if malformed or empty.
    static std::optional<std::pair<QTime, QTime>> parseHours(const QString& text);
    // {"mon-fri"}, {"mon", "sat-sun"}, ... -> Qt day numbers (1 = Monday).
    // nullopt if any item is malformed.
    static std::optional<QSet<int>> parseDays(const QStringList& items);

    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    bool isAlwaysActive() const { return !m_hours && m_days.isEmpty(); }
    bool isActive(const QDateTime& at) const;
    // The first moment after `at` at which isActive() changes; invalid when
    // it never does.
    QDateTime nextChange(const QDateTime& at) const;
    // The next start of active hours after `at` (invalid if always active).
    QDateTime nextStart(const QDateTime& at) const;

private:
    bool dayAllowed(const QDate& date) const;

    std::optional<std::pair<QTime, QTime>> m_hours;
    QSet<int> m_days; // Qt day numbers, 1 = Monday; empty: every day
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
