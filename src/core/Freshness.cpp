#include "Freshness.h"

#include <algorithm>

qint64 Freshness::ageSeconds(const QDateTime& fetchedAt, const QDateTime& now)
{
    if (!fetchedAt.isValid())
        return 0;
    return std::max<qint64>(0, fetchedAt.secsTo(now));
}

bool Freshness::isStale(const QDateTime& fetchedAt, const QDateTime& now,
                        std::chrono::seconds interval)
{
    return fetchedAt.isValid() && ageSeconds(fetchedAt, now) > 2 * interval.count();
}

QString Freshness::clockTime(const QDateTime& at, const QTimeZone& zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss"));
}

QString Freshness::asOf(const QDateTime& fetchedAt, const QTimeZone& zone)
{
    if (!fetchedAt.isValid())
        return {};
    return tr("as of %1").arg(clockTime(fetchedAt, zone));
}
