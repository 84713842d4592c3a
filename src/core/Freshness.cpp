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

namespace {
qint64 stepOf(qint64 ageSeconds)
{
    return ageSeconds < 60 ? 10 : 60;
}
} // namespace

qint64 Freshness::shownAge(qint64 ageSeconds)
{
    const qint64 age = std::max<qint64>(0, ageSeconds);
    return age - age % stepOf(age);
}

qint64 Freshness::nextShownAge(qint64 ageSeconds)
{
    return shownAge(ageSeconds) + stepOf(std::max<qint64>(0, ageSeconds));
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
