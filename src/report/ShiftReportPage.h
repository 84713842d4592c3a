#pragma once

#include "ShiftReport.h"

#include <QDateTime>
#include <QImage>
#include <QSizeF>

class QIODevice;
class QPainter;

// The shift report as one A4 page, for print: black on white, no text
// under 9 pt, meaning never carried by colour alone. The page names the
// team, the day and the thresholds, shows the day's figures, the team's
// open and idle counts over the polled hours (stretches that were not
// polled are shaded, never bridged) and a table of the teammates, most
// time at critical first; those that do not fit are counted.
namespace ShiftReportPage {

// A4 portrait in points.
QSizeF pageSize();

// Paints the page in points (0,0 to pageSize()); the caller maps points to
// its device. `madeAt` is shown in the footer. Returns how many teammates
// the table lists (the first ones of report.teammates).
int paint(QPainter& painter, const ShiftReport& report, const QDateTime& madeAt);

// Writes the page as a one-page PDF. False when it could not be painted.
// Needs a QGuiApplication (fonts).
bool writePdf(const ShiftReport& report, const QDateTime& madeAt, QIODevice* device);

// The page as an image, `pixelsPerPoint` pixels for each point (a preview).
QImage image(const ShiftReport& report, const QDateTime& madeAt, qreal pixelsPerPoint);

} // namespace ShiftReportPage
