#pragma once

#include <QSize>
#include <QSizeF>

// How big one layout unit is on a wall display. Everything on the kiosk is
// measured in units, so a 1080p and a 4K screen show the same picture, only
// sharper: a unit is a hundredth of the view's height (in logical pixels,
// so the device pixel ratio is already accounted for), or less on a narrow
// view. A physically small screen (a desk monitor used as a wall display)
// gets somewhat larger units, up to kMaxBoost, since it is read from the
// same distance; a physical size that looks made up is ignored.
namespace KioskScale {

constexpr double kComfortableHeightMm = 450.0; // about a 37-inch 16:9 screen
constexpr double kMaxBoost = 1.1;

double unit(QSize viewPixels, QSizeF screenMm = {}, QSize screenPixels = {});
// The physical boost alone (1.0 … kMaxBoost), for tests and --dump-config.
double physicalBoost(QSize viewPixels, QSizeF screenMm, QSize screenPixels);

} // namespace KioskScale
