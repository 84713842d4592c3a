#pragma once

#include <QStringList>
#include <QtGlobal>

// Captures every log line, with all floorwatch categories at debug level,
// while it is alive.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    const QStringList& lines() const;
    QString joined() const { return lines().join(QLatin1Char('\n')); }
};
