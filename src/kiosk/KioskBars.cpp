#include "KioskStyle.h"
#include "KioskTeamPainters.h"
#include "KioskText.h"
#include "Severity.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr double kHeadingU = 4.4;
constexpr double kMinRowU = 6.6; // a name at 3.3 units still reads from five metres
constexpr double kMaxRowU = 9.0; // a small team does not get giant bars
constexpr double kMoreU = 3.6;   // "+ 4 more"

void paintBar(QPainter& p, const KioskStyle& s, const QRectF& track, const TeammateRow& row,
              double scale)
{
    const KioskColours& c = s.colours();
    const double radius = track.height() / 4;
    QPainterPath trackShape;
    trackShape.addRoundedRect(track, radius, radius);
    p.fillPath(trackShape, c.faint);

    // Idle conversations are open ones that wait too long: they are the
    // amber end of the open part, snoozed ones follow in grey.
    const double busy = std::max(0, row.open - row.idle);
    const double segments[] = {busy, double(std::min(row.idle, row.open)), double(row.snoozed)};
    const QColor colours[] = {c.open, c.idle, c.snoozed};
    p.save();
    p.setClipPath(trackShape);
    double x = track.left();
    for (int i = 0; i < 3; ++i) {
        const double w = segments[i] * scale;
        if (w <= 0)
            continue;
        p.fillRect(QRectF(x, track.top(), w, track.height()), colours[i]);
        x += w;
    }
    p.restore();
}

} // namespace

namespace KioskBars {

QList<TeammateRow> mostLoaded(const QList<TeammateRow>& rows, qsizetype count,
                              TeammateRanking& ranking)
{
    const QList<qsizetype> order =
        ranking.top(rows, count, [](const TeammateRow& a, const TeammateRow& b) {
            if (a.open != b.open)
                return a.open > b.open ? -1 : 1;
            if (a.idle != b.idle)
                return a.idle > b.idle ? -1 : 1;
            if (a.snoozed != b.snoozed)
                return a.snoozed > b.snoozed ? -1 : 1;
            return 0;
        });
    QList<TeammateRow> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : order)
        sorted.append(rows.at(i));
    return sorted;
}

QList<TeammateRow> mostLoaded(const QList<TeammateRow>& rows)
{
    TeammateRanking ranking;
    return mostLoaded(rows, rows.size(), ranking);
}

int rowsThatFit(const KioskStyle& s, double height)
{
    return std::max(0, int((height - s.u(kHeadingU) - s.u(kMoreU)) / s.u(kMinRowU)));
}

QList<Shown> paint(QPainter& p, const KioskStyle& s, const QRectF& rect, const TeamSnapshot& snap,
                   const QList<TeammateRow>& rows, const TeamThresholds& t)
{
    const KioskColours& c = s.colours();
    const int fit = rowsThatFit(s, rect.height());
    const int shown = std::min<int>(fit, int(rows.size()));
    const int hidden = int(snap.rows.size()) - shown;
    const double available = rect.height() - s.u(kHeadingU) - (hidden > 0 ? s.u(kMoreU) : 0.0);
    const double rowH = shown > 0 ? std::clamp(available / shown, s.u(kMinRowU), s.u(kMaxRowU)) : 0;
    const double nameSize = std::min(3.9, rowH / s.unit() * 0.5);

    // Columns: glyph | name | bar | open idle snoozed, each number column as
    // wide as its heading or a three-digit count, whichever is wider.
    const QFont columnFont = s.font(2.3, QFont::DemiBold);
    const QFont numberFont = s.font(nameSize, QFont::Bold);
    const QString columns[] = {KioskText::tr("open"), KioskText::tr("idle"),
                               KioskText::tr("snoozed")};
    double columnW[3];
    double numbersW = 0;
    for (int i = 0; i < 3; ++i) {
        columnW[i] = std::max(QFontMetricsF(columnFont).horizontalAdvance(columns[i]),
                              QFontMetricsF(numberFont).horizontalAdvance(QStringLiteral("888"))) +
                     s.u(2);
        numbersW += columnW[i];
    }
    const double glyphW = s.u(3.6);
    // Names matter more than bar length: they get the larger share.
    const double nameW = std::min(s.u(42), (rect.width() - numbersW - glyphW) * 0.6);
    const double barLeft = rect.left() + glyphW + nameW + s.u(2);
    const double barRight = rect.right() - numbersW - s.u(2.5);
    const double numbersLeft = rect.right() - numbersW;

    // Heading and column names.
    p.setFont(s.font(2.8, QFont::DemiBold));
    p.setPen(c.muted);
    const QRectF heading(rect.left(), rect.top(), rect.width(), s.u(kHeadingU) - s.u(1));
    p.drawText(heading, Qt::AlignLeft | Qt::AlignVCenter, KioskText::tr("Most loaded"));
    const QColor columnColours[] = {c.open, c.idle, c.snoozed};
    p.setFont(columnFont);
    double columnX = numbersLeft;
    for (int i = 0; i < 3; ++i) {
        p.setPen(columnColours[i]);
        p.drawText(QRectF(columnX, heading.top(), columnW[i], heading.height()),
                   Qt::AlignRight | Qt::AlignVCenter, columns[i]);
        columnX += columnW[i];
    }

    int peak = 1;
    for (int i = 0; i < shown; ++i)
        peak = std::max(peak, rows[i].open + rows[i].snoozed);
    // A full bar means the critical level (or the assignment limit, or the
    // busiest teammate when above both): one open conversation is not a
    // full bar on a quiet afternoon.
    const int limit = snap.assignmentLimit.value_or(0);
    const double scale = (barRight - barLeft) / double(std::max({peak, limit, t.openCritical}));

    if (limit > 0 && shown > 0) {
        // The team's assignment limit, where the bars are measured against it.
        const double x = barLeft + limit * scale;
        QPen pen(c.muted, std::max(1.0, s.u(0.18)), Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, rect.top() + s.u(kHeadingU)),
                   QPointF(x, rect.top() + s.u(kHeadingU) + rowH * shown));
        p.setFont(s.font(2.1));
        p.setPen(c.muted);
        p.drawText(QRectF(x - s.u(10), heading.top(), s.u(20), heading.height()), Qt::AlignCenter,
                   KioskText::tr("limit %1").arg(limit));
    }

    QList<Shown> drawn;
    const QFont nameFont = s.font(nameSize);
    const QFontMetricsF nameMetrics(nameFont);
    for (int i = 0; i < shown; ++i) {
        const TeammateRow& row = rows[i];
        const double top = rect.top() + s.u(kHeadingU) + i * rowH;
        const QRectF line(rect.left(), top, rect.width(), rowH);
        const Severity::Level openLevel = Severity::open(row, t);
        const Severity::Level idleLevel = Severity::idle(row, t);
        const Severity::Level level = std::max(openLevel, idleLevel);

        if (level > 0) {
            p.setFont(s.font(nameSize * 0.9, QFont::Bold));
            p.setPen(s.severityColour(level, c.text));
            p.drawText(QRectF(line.left(), top, glyphW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       Severity::glyph(level));
        }
        QString name = row.name;
        if (row.away)
            name = KioskText::tr("%1 (away)").arg(name);
        p.setFont(nameFont);
        p.setPen(row.away ? c.muted : c.text);
        p.drawText(QRectF(line.left() + glyphW, top, nameW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   nameMetrics.elidedText(name, Qt::ElideRight, nameW));
        drawn.append({row.adminId, row.name, level});

        const double barH = std::min(rowH * 0.42, s.u(3.4));
        paintBar(p, s, QRectF(barLeft, top + (rowH - barH) / 2, barRight - barLeft, barH), row,
                 scale);

        const int values[] = {row.open, row.idle, row.snoozed};
        const int levels[] = {openLevel, idleLevel, 0};
        p.setFont(numberFont);
        double x = numbersLeft;
        for (int k = 0; k < 3; ++k) {
            p.setPen(s.severityColour(levels[k], k == 2 ? c.muted : c.text));
            p.drawText(QRectF(x, top, columnW[k], rowH), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(values[k]));
            x += columnW[k];
        }
    }
    if (hidden > 0) {
        p.setFont(s.font(2.4));
        p.setPen(c.muted);
        p.drawText(QRectF(rect.left() + glyphW, rect.top() + s.u(kHeadingU) + shown * rowH,
                          rect.width(), s.u(kMoreU)),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   KioskText::tr("+ %1 more, less loaded").arg(hidden));
    }
    return drawn;
}

} // namespace KioskBars
