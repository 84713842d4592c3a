#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <chrono>

// How old the numbers on screen are, the same for every view: the table
// window and the wall display mark data stale by one rule.
class Freshness
{
    Q_DECLARE_TR_FUNCTIONS(Freshness)

public:
    // Whole seconds from fetchedAt to now; never negative (a clock that
    // stepped back does not make data younger than new).
    static qint64 ageSeconds(const QDateTime& fetchedAt, const QDateTime& now);
    // Older than twice the poll interval: one late poll is normal, a missed
    // second one is not. Data never fetched is not stale, it is absent.
    static bool isStale(const QDateTime& fetchedAt, const QDateTime& now,
                        std::chrono::seconds interval);

    // The age as a view shows it next to "as of": nothing to tell apart
    // under 10 s ("just now"), tens of seconds under a minute, then whole
    // minutes. With a poll every 15 s that is a change or two per poll, not
    // one a second; staleness has its own, exact moment.
    static qint64 shownAge(qint64 ageSeconds);
    // The age at which shownAge() next reads differently.
    static qint64 nextShownAge(qint64 ageSeconds);

    // "09:42:10" in the given zone.
    static QString clockTime(const QDateTime& at, const QTimeZone& zone);
    // "as of 09:42:10"; empty when nothing was fetched yet.
    static QString asOf(const QDateTime& fetchedAt, const QTimeZone& zone);
};
