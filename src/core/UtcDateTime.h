#pragma once

#include <QDateTime>
#include <QTimeZone>

// The one way Floorwatch makes a UTC date-time. Qt 6.5 added the lightweight
// QTimeZone::UTC and Qt 6.9 deprecates the Qt::TimeSpec overloads; Qt 6.4
// has only the time spec (QTimeZone::utc() there needs the time zone
// database and gives a date-time of spec Qt::TimeZone, not Qt::UTC).
namespace Utc {

inline QDateTime dateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime fromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

inline QDateTime fromSecsSinceEpoch(qint64 secs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
#endif
}

} // namespace Utc
