#pragma once

#include "KioskFrame.h"

#include <QRectF>

class KioskStyle;
class QPainter;

// The parts every team page shares, in layout units: margins, the header
// (team name left; "as of" and the freshness line right) and the rotation
// footer.
namespace KioskChrome {

// The page inside its margins.
QRectF inner(const KioskStyle& style, const QRectF& page);
double headerHeight(const KioskStyle& style);
double footerHeight(const KioskStyle& style);

// Each returns the area left for the content.
QRectF paintHeader(QPainter& p, const KioskStyle& style, const QRectF& area,
                   const KioskFrame& frame);
QRectF paintFooter(QPainter& p, const KioskStyle& style, const QRectF& area,
                   const KioskRotation& rotation);
QRectF footerRect(const KioskStyle& style, const QRectF& area);
QRectF headerRect(const KioskStyle& style, const QRectF& area);

QColor toneColour(const KioskStyle& style, KioskTone tone);

} // namespace KioskChrome
