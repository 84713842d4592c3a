#include "TeamThresholds.h"

#include "Settings.h"

QString TeamThresholds::validationError() const
{
    const auto inRange = [](int v) { return v >= kMin && v <= kMax; };
    if (!inRange(openWarning) || !inRange(openCritical) || !inRange(idleWarning) ||
        !inRange(idleCritical))
        return Settings::tr("Thresholds must be whole numbers from %1 to %2.").arg(kMin).arg(kMax);
    if (openCritical < openWarning)
        return Settings::tr("The critical level for open conversations (%1) is below the "
                            "warning level (%2).")
            .arg(openCritical)
            .arg(openWarning);
    if (idleCritical < idleWarning)
        return Settings::tr("The critical level for idle conversations (%1) is below the "
                            "warning level (%2).")
            .arg(idleCritical)
            .arg(idleWarning);
    return {};
}
