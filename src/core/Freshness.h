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

    // "09:42:10" in the given zone.
    static QString clockTime(const QDateTime& at, const QTimeZone& zone);
    // "as of 09:42:10"; empty when nothing was fetched yet.
    static QString asOf(const QDateTime& fetchedAt, const QTimeZone& zone);
};
