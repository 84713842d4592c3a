#include "KioskStyle.h"
#include "KioskTeamPainters.h"
#include "KioskText.h"
#include "Severity.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using KioskTiles::Tile;

namespace {

// "■ 2 at 12+   ▲ 3 at 8+", or a calm "everyone below 8". A level that is
// switched off (a threshold of zero or less) is never reached nor named.
Tile withSeverity(Tile tile, const KioskStyle& s, const QList<TeammateRow>& rows,
                  Severity::Level (*severityOf)(const TeammateRow&, const TeamThresholds&),
                  const TeamThresholds& t, int warning, int critical)
{
    int warn = 0, crit = 0;
    for (const TeammateRow& row : rows) {
        const Severity::Level level = severityOf(row, t);
        crit += level == Severity::Critical ? 1 : 0;
        warn += level == Severity::Warning ? 1 : 0;
    }
    tile.severity = crit ? Severity::Critical : warn ? Severity::Warning : Severity::Normal;
    QStringList parts;
    if (crit)
        parts << KioskText::tr("%1 %2 at %3+")
                     .arg(Severity::glyph(Severity::Critical))
                     .arg(crit)
                     .arg(critical);
    if (warn)
        parts << KioskText::tr("%1 %2 at %3+")
                     .arg(Severity::glyph(Severity::Warning))
                     .arg(warn)
                     .arg(warning);
    const int lowest = warning > 0 ? warning : critical;
    if (!parts.isEmpty())
        tile.footer = parts.join(QStringLiteral("   "));
    else if (lowest > 0)
        tile.footer = KioskText::tr("everyone below %1").arg(lowest);
    tile.footerColour = s.severityColour(tile.severity, s.colours().muted);
    return tile;
}

void paintTile(QPainter& p, const KioskStyle& s, const QRectF& r, const Tile& tile)
{
    const KioskColours& c = s.colours();
    QPainterPath shape;
    shape.addRoundedRect(r, s.u(1.2), s.u(1.2));
    p.fillPath(shape, c.surface);
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRectF(r.left(), r.top(), s.u(0.7), r.height()), tile.accent);
    p.restore();

    const double pad = s.u(2.4);
    const QRectF inner = r.adjusted(pad + s.u(0.4), s.u(1.6), -pad, -s.u(1.6));
    p.setFont(s.font(2.8, QFont::DemiBold));
    p.setPen(c.muted);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), s.u(3.6)),
               Qt::AlignLeft | Qt::AlignVCenter, tile.caption);

    const QFont numberFont = KioskTiles::numberFont(s, r, tile);
    const QRectF numberBox(inner.left(), inner.top() + s.u(3.2), inner.width(), s.u(10.5));
    const QString number = QString::number(tile.value);
    // The total stays calm; the glyph beside it carries the state, in colour.
    p.setFont(numberFont);
    p.setPen(c.text);
    p.drawText(numberBox, Qt::AlignLeft | Qt::AlignVCenter, number);
    if (tile.severity > 0) {
        const double x =
            numberBox.left() + QFontMetricsF(numberFont).horizontalAdvance(number) + s.u(1.6);
        p.setFont(s.font(4.0, QFont::Bold));
        p.setPen(s.severityColour(tile.severity, c.text));
        p.drawText(QRectF(x, numberBox.top() + s.u(1.2), s.u(6), numberBox.height() - s.u(1.2)),
                   Qt::AlignLeft | Qt::AlignTop, Severity::glyph(Severity::Level(tile.severity)));
    }

    if (!tile.footer.isEmpty()) {
        const QFont footerFont = s.font(2.4);
        p.setFont(footerFont);
        p.setPen(tile.footerColour.isValid() ? tile.footerColour : c.muted);
        const QRectF box(inner.left(), inner.bottom() - s.u(3.2), inner.width(), s.u(3.2));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(footerFont).elidedText(tile.footer, Qt::ElideRight, box.width()));
    }
}

} // namespace

namespace KioskTiles {

double height(const KioskStyle& s)
{
    return s.u(19.5);
}

void paint(QPainter& p, const KioskStyle& s, const QRectF& rect, const TeamSnapshot& snap,
           const TeamThresholds& t)
{
    const QList<Tile> all = tiles(s, snap, t);
    const QList<QRectF> boxes = rects(s, rect, all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        paintTile(p, s, boxes[i], all[i]);
}

QList<QRectF> rects(const KioskStyle& s, const QRectF& rect, qsizetype count)
{
    QList<QRectF> out;
    const double gap = s.u(1.8);
    const double w =
        (rect.width() - gap * double(count - 1)) / double(std::max<qsizetype>(1, count));
    for (qsizetype i = 0; i < count; ++i)
        out.append(QRectF(rect.left() + double(i) * (w + gap), rect.top(), w, rect.height()));
    return out;
}

double numberRoom(const KioskStyle& s, const QRectF& r, const Tile& tile)
{
    // As paintTile lays it out: the inner width, less the glyph and its gap.
    const double pad = s.u(2.4);
    double room = r.width() - 2 * pad - s.u(0.4);
    if (tile.severity > 0) {
        room -= s.u(1.6) + QFontMetricsF(s.font(4.0, QFont::Bold))
                               .horizontalAdvance(Severity::glyph(Severity::Level(tile.severity)));
    }
    return std::max(0.0, room);
}

QFont numberFont(const KioskStyle& s, const QRectF& r, const Tile& tile)
{
    return s.fittingFont(10.5, QFont::Bold, QString::number(tile.value), numberRoom(s, r, tile));
}

QList<Tile> tiles(const KioskStyle& s, const TeamSnapshot& snap, const TeamThresholds& t)
{
    const KioskColours& c = s.colours();
    QList<Tile> list;
    list << withSeverity({KioskText::tr("Open"), snap.totals.open, c.open, 0, {}, {}}, s, snap.rows,
                         &Severity::open, t, t.openWarning, t.openCritical);
    list << withSeverity({KioskText::tr("Idle"), snap.totals.idle, c.idle, 0, {}, {}}, s, snap.rows,
                         &Severity::idle, t, t.idleWarning, t.idleCritical);
    list << Tile{KioskText::tr("Snoozed"), snap.totals.snoozed, c.snoozed, 0, {}, {}};
    list << Tile{KioskText::tr("Away"),
                 snap.awayCount,
                 c.away,
                 0,
                 KioskText::tr("%1 of %2 active")
                     .arg(snap.activeCount)
                     .arg(snap.activeCount + snap.awayCount),
                 c.muted};
    return list;
}

} // namespace KioskTiles
