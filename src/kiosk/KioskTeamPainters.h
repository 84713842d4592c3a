#pragma once

#include "Severity.h"
#include "TeamSnapshot.h"
#include "TeamThresholds.h"
#include "TeammateRanking.h"

#include <QColor>
#include <QDateTime>
#include <QRectF>
#include <QStringList>
#include <QTimeZone>

class History;
class KioskStyle;
class QPainter;

// The three parts of a team page, each drawn into the rectangle it is given
// and sized in layout units.
namespace KioskTiles {
// Open, idle, snoozed, away: the team's totals as big numbers.
double height(const KioskStyle& style);
void paint(QPainter& p, const KioskStyle& style, const QRectF& rect, const TeamSnapshot& snapshot,
           const TeamThresholds& thresholds);
// One big number: its caption, the severity its glyph shows (a Severity::Level)
// and the line under it.
struct Tile
{
    QString caption;
    int value = 0;
    QColor accent;
    int severity = 0;
    QString footer;
    QColor footerColour;
};
// What paint() draws, left to right.
QList<Tile> tiles(const KioskStyle& style, const TeamSnapshot& snapshot,
                  const TeamThresholds& thresholds);
// Where paint() draws `count` tiles in `rect`.
QList<QRectF> rects(const KioskStyle& style, const QRectF& rect, qsizetype count);
// The font of a tile's big number: as large as planned, smaller when the
// number and its glyph would not fit the tile.
QFont numberFont(const KioskStyle& style, const QRectF& tileRect, const Tile& tile);
// The room a tile's number and glyph get.
double numberRoom(const KioskStyle& style, const QRectF& tileRect, const Tile& tile);
} // namespace KioskTiles

namespace KioskBars {
// The most loaded teammates first: open, then idle, then snoozed; the
// first `count` of them.
QList<TeammateRow> mostLoaded(const QList<TeammateRow>& rows, qsizetype count,
                              TeammateRanking& ranking);
QList<TeammateRow> mostLoaded(const QList<TeammateRow>& rows);
// How many teammate rows the rectangle holds at a legible size.
int rowsThatFit(const KioskStyle& style, double height);
// A teammate row as drawn: who, and the level its glyph and colour show.
struct Shown
{
    QString adminId;
    QString name;
    Severity::Level level = Severity::Normal;
};
// `ranked` is mostLoaded() of the snapshot's rows, at least as many as fit.
// Returns the rows drawn, top to bottom.
QList<Shown> paint(QPainter& p, const KioskStyle& style, const QRectF& rect,
                   const TeamSnapshot& snapshot, const QList<TeammateRow>& ranked,
                   const TeamThresholds& thresholds);
} // namespace KioskBars

namespace KioskTrend {
// Open and idle over the shift, from the changes-only history.
void paint(QPainter& p, const KioskStyle& style, const QRectF& rect, const History* history,
           const QDateTime& now, qint64 windowMs, const QTimeZone& zone);
} // namespace KioskTrend
