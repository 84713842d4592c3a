#include "KioskStyle.h"
#include "KioskTeamPainters.h"
#include "KioskText.h"
#include "MetricsStore.h"
#include "UtcDateTime.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace {

// 0, then a round number a little above the peak: 5, 10, 20, 25, 50, 100 …
int niceCeiling(int value)
{
    const int v = std::max(5, int(std::ceil(value * 1.1)));
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(v))));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= v)
            return int(step * magnitude);
    return v;
}

// One pixel column of the plot: the count when the column starts, its
// lowest and highest value within the column, and where it ends.
struct Column
{
    int first = 0;
    int low = 0;
    int high = 0;
    int last = 0;
    bool known = true; // false: the whole column falls in a gap in polling
};

// A count holds until it changes: the history is a step line. It is
// reduced to one entry per pixel column, so that drawing a long shift costs
// no more than the plot is wide, and drawn with rectangles only.
std::vector<Column> columnsOf(const std::deque<HistoryPoint>& points, int HistoryPoint::*field,
                              qint64 from, qint64 to, int width)
{
    std::vector<Column> columns(size_t(std::max(1, width)));
    int last = points.front().*field;
    bool inGap = false;
    auto it = points.cbegin();
    for (; it != points.cend() && it->msecs <= from; ++it) {
        last = (*it).*field;
        inGap = it->gap;
    }
    const double span = double(std::max<qint64>(1, to - from));
    for (size_t c = 0; c < columns.size(); ++c) {
        const qint64 end = from + qint64(span * double(c + 1) / double(columns.size()));
        Column& col = columns[c];
        col.first = col.low = col.high = last;
        col.known = !inGap;
        for (; it != points.cend() && it->msecs <= end; ++it) {
            inGap = it->gap;
            if (inGap)
                continue;
            last = (*it).*field;
            col.known = true;
            col.low = std::min(col.low, last);
            col.high = std::max(col.high, last);
        }
        col.last = last;
    }
    return columns;
}

// The area under the line: one rectangle per run of equal height.
void fillUnder(QPainter& p, const std::vector<Column>& columns, const QRectF& plot, int top,
               const QColor& colour)
{
    const double step = plot.width() / double(columns.size());
    const auto y = [&](int v) { return plot.bottom() - plot.height() * v / top; };
    size_t start = 0;
    for (size_t c = 1; c <= columns.size(); ++c) {
        if (c < columns.size() && columns[c].last == columns[start].last)
            continue;
        const double runTop = y(columns[start].last);
        p.fillRect(
            QRectF(plot.left() + start * step, runTop, (c - start) * step, plot.bottom() - runTop),
            colour);
        start = c;
    }
}

// The step line itself: horizontal runs and vertical jumps, `width` thick.
void strokeSteps(QPainter& p, const std::vector<Column>& columns, const QRectF& plot, int top,
                 const QColor& colour, double width)
{
    const double step = plot.width() / double(columns.size());
    const double half = width / 2;
    const auto y = [&](int v) { return plot.bottom() - plot.height() * v / top; };
    size_t start = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const Column& col = columns[c];
        const double x = plot.left() + c * step;
        if (col.low != col.high || col.first != col.last ||
            (c > 0 && columns[c - 1].last != col.first)) {
            // The horizontal run up to here, then the jumps within this column.
            const double runY = y(columns[start].last);
            p.fillRect(QRectF(plot.left() + start * step, runY - half,
                              x - (plot.left() + start * step) + half, width),
                       colour);
            const double high = y(std::max({col.high, col.first}));
            const double low = y(std::min({col.low, col.first}));
            p.fillRect(QRectF(x - half, high - half, width, low - high + width), colour);
            start = c;
        }
    }
    const double runY = y(columns[start].last);
    p.fillRect(QRectF(plot.left() + start * step, runY - half,
                      plot.right() - (plot.left() + start * step), width),
               colour);
}

} // namespace

namespace KioskTrend {

void paint(QPainter& p, const KioskStyle& s, const QRectF& rect, const History* history,
           const QDateTime& now, qint64 windowMs, const QTimeZone& zone)
{
    const KioskColours& c = s.colours();
    const qint64 to = now.toMSecsSinceEpoch();
    const auto* points = history ? &history->points() : nullptr;
    const qint64 from =
        points && !points->empty() ? std::max(points->front().msecs, to - windowMs) : to;

    // Heading with its legend.
    const QRectF heading(rect.left(), rect.top(), rect.width(), s.u(3.4));
    p.setFont(s.font(2.8, QFont::DemiBold));
    p.setPen(c.muted);
    const QString title =
        KioskText::tr("Since %1")
            .arg(Utc::fromMSecsSinceEpoch(from).toTimeZone(zone).toString(QStringLiteral("HH:mm")));
    p.drawText(heading, Qt::AlignLeft | Qt::AlignVCenter, title);
    const QFont legendFont = s.font(2.3, QFont::DemiBold);
    const QFontMetricsF lm(legendFont);
    p.setFont(legendFont);
    double x = heading.right();
    const std::pair<QString, QColor> legend[] = {{KioskText::tr("idle"), c.idle},
                                                 {KioskText::tr("open"), c.open}};
    for (const auto& [label, colour] : legend) {
        const double w = lm.horizontalAdvance(label);
        x -= w;
        p.setPen(colour);
        p.drawText(QRectF(x, heading.top(), w + 1, heading.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        x -= s.u(0.8) + s.u(2.2);
        p.fillRect(QRectF(x, heading.center().y() - s.u(0.2), s.u(2.2), s.u(0.5)), colour);
        x -= s.u(2.2);
    }

    const double axisW = s.u(6);
    const double labelsH = s.u(3.6);
    const QRectF plot(rect.left() + axisW, heading.bottom() + s.u(2.2), rect.width() - axisW,
                      rect.bottom() - heading.bottom() - s.u(2.2) - labelsH);
    if (plot.height() < s.u(6) || plot.width() < s.u(10))
        return;

    // Too little history for a line yet: the axes, where the counts stand
    // now, and a word about it.
    const bool early = !points || points->empty() || to - from < 60000;

    int peak = 0;
    if (points)
        for (const HistoryPoint& point : *points)
            if (point.msecs >= from - 1)
                peak = std::max(peak, point.open);
    const int top = niceCeiling(peak);
    const auto at = [&](qint64 ms, int value) {
        const double fx = double(ms - from) / double(std::max<qint64>(1, to - from));
        return QPointF(plot.left() + fx * plot.width(),
                       plot.bottom() - plot.height() * value / top);
    };

    // Grid: zero, half and the top, labelled on the left; a six-digit top
    // gets a smaller type rather than losing digits.
    p.setFont(s.fittingFont(2.2, QFont::Normal, QString::number(top), axisW - s.u(1.2)));
    for (const int value : {0, top / 2, top}) {
        const double y = at(from, value).y();
        p.setPen(QPen(c.faint, std::max(1.0, s.u(0.12))));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(c.muted);
        p.drawText(QRectF(rect.left(), y - s.u(1.6), axisW - s.u(1.2), s.u(3.2)),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    // Time: the start and now.
    const auto clock = [&](qint64 ms) {
        return Utc::fromMSecsSinceEpoch(ms).toTimeZone(zone).toString(QStringLiteral("HH:mm"));
    };
    const QRectF labels(plot.left(), plot.bottom() + s.u(0.6), plot.width(), labelsH - s.u(0.6));
    p.setPen(c.muted);
    if (!early)
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, clock(from));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, early ? KioskText::tr("now") : clock(to));

    if (early) {
        if (points && !points->empty()) {
            const HistoryPoint& now = points->back();
            for (const auto& [value, colour] :
                 {std::pair{now.open, c.open}, std::pair{now.idle, c.idle}}) {
                const QPointF dot = at(to, value);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawEllipse(dot, s.u(0.8), s.u(0.8));
            }
            p.setBrush(Qt::NoBrush);
        }
        p.setFont(s.font(2.6));
        p.setPen(c.muted);
        // Between the grid lines, clear of them.
        const QRectF note(plot.left() + s.u(2), plot.top() + plot.height() * 0.08,
                          plot.width() - s.u(6), plot.height() * 0.34);
        p.drawText(note, Qt::AlignCenter | Qt::TextWordWrap,
                   KioskText::tr("The trend builds up over the shift."));
        return;
    }

    p.save();
    p.setClipRect(plot.adjusted(-s.u(0.5), -s.u(0.5), s.u(0.5), s.u(0.5)));
    const int width = int(plot.width());
    const auto open = columnsOf(*points, &HistoryPoint::open, from, to, width);
    const auto idle = columnsOf(*points, &HistoryPoint::idle, from, to, width);
    QColor fill = c.open;
    fill.setAlphaF(0.22);
    fillUnder(p, open, plot, top, fill);
    strokeSteps(p, open, plot, top, c.open, s.u(0.45));
    strokeSteps(p, idle, plot, top, c.idle, s.u(0.45));
    // Where Floorwatch was not polling (closed, asleep, offline) nothing is
    // known: the lines are cut there, never bridged.
    const double step = plot.width() / double(open.size());
    for (size_t col = 0; col < open.size();) {
        if (open[col].known) {
            ++col;
            continue;
        }
        const size_t first = col;
        while (col < open.size() && !open[col].known)
            ++col;
        p.fillRect(QRectF(plot.left() + first * step, plot.top() - s.u(0.5), (col - first) * step,
                          plot.height() + s.u(0.5)),
                   c.background);
    }
    p.restore();
}

} // namespace KioskTrend
