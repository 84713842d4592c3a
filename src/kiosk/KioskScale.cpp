#include "KioskScale.h"

#include <algorithm>
#include <cmath>

namespace KioskScale {

double physicalBoost(QSize viewPixels, QSizeF screenMm, QSize screenPixels)
{
    if (screenMm.height() <= 0 || screenMm.width() <= 0 || screenPixels.height() <= 0 ||
        screenPixels.width() <= 0 || viewPixels.height() <= 0)
        return 1.0;
    // EDID sizes of 16x9 cm or 160x90 cm (only an aspect ratio), zero, or a
    // pixel shape far from square are common lies; trust only plausible ones.
    const double mmPerPxX = screenMm.width() / screenPixels.width();
    const double mmPerPxY = screenMm.height() / screenPixels.height();
    if (mmPerPxY < 0.05 || mmPerPxY > 2.0 || std::abs(mmPerPxX / mmPerPxY - 1.0) > 0.1)
        return 1.0;
    const double viewMm = viewPixels.height() * mmPerPxY;
    if (viewMm < 80.0)
        return 1.0;
    return std::clamp(std::sqrt(kComfortableHeightMm / viewMm), 1.0, kMaxBoost);
}

double unit(QSize viewPixels, QSizeF screenMm, QSize screenPixels)
{
    if (viewPixels.isEmpty())
        return 1.0;
    const double byHeight = viewPixels.height() / 100.0;
    const double byWidth = viewPixels.width() / 150.0;
    const double base = std::min(byHeight, byWidth);
    return std::max(1.0, base * physicalBoost(viewPixels, screenMm, screenPixels));
}

} // namespace KioskScale
