#include "PixelShift.h"

#include <cmath>
#include <numbers>

namespace PixelShift {

QPoint offsetAt(quint64 step, int amplitude)
{
    const double twoPi = 2.0 * std::numbers::pi;
    const double x = amplitude * std::sin(twoPi * double(step % 23) / 23.0);
    const double y = amplitude * std::sin(twoPi * double(step % 17) / 17.0);
    return QPoint(int(std::lround(x)), int(std::lround(y)));
}

} // namespace PixelShift
