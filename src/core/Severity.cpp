#include "Severity.h"

#include "TeamSnapshot.h"
#include "TeamThresholds.h"

#include <algorithm>

namespace Severity {

Level of(int count, int warning, int critical)
{
    if (critical > 0 && count >= critical)
        return Critical;
    if (warning > 0 && count >= warning)
        return Warning;
    return Normal;
}

Level open(const TeammateRow& row, const TeamThresholds& thresholds)
{
    return of(row.open, thresholds.openWarning, thresholds.openCritical);
}

Level idle(const TeammateRow& row, const TeamThresholds& thresholds)
{
    return of(row.idle, thresholds.idleWarning, thresholds.idleCritical);
}

Level row(const TeammateRow& row, const TeamThresholds& thresholds)
{
    return std::max(open(row, thresholds), idle(row, thresholds));
}

QString glyph(Level level)
{
    switch (level) {
    case Critical:
        return QStringLiteral("\u25A0"); // ■
    case Warning:
        return QStringLiteral("\u25B2"); // ▲
    case Normal:
        break;
    }
    return {};
}

} // namespace Severity
