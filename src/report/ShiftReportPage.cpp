#include "ShiftReportPage.h"

#include "ServerText.h"
#include "Severity.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {

struct PageTr
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportPage)
};

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qreal kMargin = 36; // points, 12.7 mm
// Print is not a screen: everything is black or a grey that still reads
// after a cheap laser printer.
const QColor kInk(0, 0, 0);
const QColor kSoftInk(0x40, 0x40, 0x40);
const QColor kRule(0xa0, 0xa0, 0xa0);
const QColor kGrid(0xd4, 0xd4, 0xd4);
const QColor kShade(0xe8, 0xe8, 0xe8);
const QColor kStripe(0xf2, 0xf2, 0xf2);

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                   QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                   QStringLiteral("Helvetica")});
    f.setStyleHint(QFont::SansSerif);
    // The page is painted in points: a pixel here is a point on paper.
    f.setPixelSize(int(std::lround(points)));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setBold(bold);
    return f;
}

QString clock(const ShiftReport& r, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, r.zone).toString(QStringLiteral("HH:mm"));
}

QString duration(qint64 ms)
{
    const qint64 minutes = ShiftReport::minutes(ms);
    if (minutes < 60)
        return PageTr::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return PageTr::tr("%1 h").arg(minutes / 60);
    return PageTr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// Minutes in a table cell; a dash for none, so that the numbers stand out.
QString cellMinutes(qint64 ms)
{
    const qint64 minutes = ShiftReport::minutes(ms);
    return minutes == 0 ? QStringLiteral("\u2013") : QString::number(minutes);
}

void text(QPainter& p, const QRectF& box, const QString& s, const QFont& f,
          Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, const QColor& colour = kInk)
{
    p.setFont(f);
    p.setPen(colour);
    const QString shown = QFontMetricsF(f).elidedText(s, Qt::ElideRight, box.width());
    p.drawText(box, int(align | Qt::TextSingleLine), shown);
}

qreal header(QPainter& p, const ShiftReport& r, qreal width)
{
    qreal y = kMargin;
    const QFont title = font(20, true);
    const QString day = QLocale().toString(r.date, QLocale::LongFormat);
    const qreal dayWidth = QFontMetricsF(font(12, true)).horizontalAdvance(day) + 2;
    text(p, QRectF(kMargin, y, width - dayWidth - 12, 26), PageTr::tr("Shift report"), title);
    text(p, QRectF(kMargin + width - dayWidth, y, dayWidth, 26), day, font(12, true),
         Qt::AlignRight | Qt::AlignVCenter);
    y += 28;

    const QString team =
        r.teamName.isEmpty()
            ? PageTr::tr("Team %1").arg(ServerText::inert(r.teamId, 60))
            : PageTr::tr("%1 (team %2)")
                  .arg(ServerText::inert(r.teamName, 80), ServerText::inert(r.teamId, 40));
    text(p, QRectF(kMargin, y, width, 18), team, font(13));
    y += 20;

    const int offset = QDateTime::fromMSecsSinceEpoch(r.fromMs, r.zone).offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const TeamThresholds& th = r.thresholds;
    QString times = PageTr::tr("Times are local (%1).").arg(zone);
    if (const int idle = r.idleThresholdSeconds())
        times +=
            QLatin1Char(' ') +
            PageTr::tr("Idle: waiting for a reply longer than %1.").arg(duration(idle * 1000LL));
    text(p, QRectF(kMargin, y, width, 13), times, font(9.5), Qt::AlignLeft | Qt::AlignVCenter,
         kSoftInk);
    y += 13;
    const QString rules =
        PageTr::tr("Thresholds: open %1 warning at %2, %3 critical at %4; idle %1 warning at %5, "
                   "%3 critical at %6.")
            .arg(Severity::glyph(Severity::Warning))
            .arg(th.openWarning)
            .arg(Severity::glyph(Severity::Critical))
            .arg(th.openCritical)
            .arg(th.idleWarning)
            .arg(th.idleCritical);
    text(p, QRectF(kMargin, y, width, 13), rules, font(9.5), Qt::AlignLeft | Qt::AlignVCenter,
         kSoftInk);
    y += 17;
    p.setPen(QPen(kInk, 1));
    p.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));
    return y + 10;
}

qreal figures(QPainter& p, const ShiftReport& r, qreal y, qreal width)
{
    struct Figure
    {
        QString label, value, detail;
    };
    const auto left = std::count_if(r.teammates.cbegin(), r.teammates.cend(),
                                    [](const ShiftReport::Teammate& t) { return t.left; });
    const auto peak = [&r](const std::optional<ShiftReport::Peak>& v) {
        return v ? Figure{QString(), QString::number(v->value),
                          PageTr::tr("first at %1").arg(clock(r, v->atMs))}
                 : Figure{QString(), QStringLiteral("\u2013"), QString()};
    };
    Figure polled{PageTr::tr("Polled"), duration(r.polledMs),
                  r.spans.size() == 1
                      ? PageTr::tr("without a break")
                      : PageTr::tr("in %n stretches", nullptr, int(r.spans.size()))};
    Figure open = peak(r.peakOpen);
    open.label = PageTr::tr("Peak open (team)");
    Figure idle = peak(r.peakIdle);
    idle.label = PageTr::tr("Peak idle (team)");
    Figure people{PageTr::tr("Teammates"), QString::number(r.teammates.size()),
                  left ? PageTr::tr("%n left the team", nullptr, int(left)) : QString()};
    const Figure all[] = {polled, open, idle, people};
    const qreal gap = 10;
    const qreal boxWidth = (width - gap * 3) / 4;
    const qreal height = 58;
    for (int i = 0; i < 4; ++i) {
        const QRectF box(kMargin + i * (boxWidth + gap), y, boxWidth, height);
        p.setPen(QPen(kRule, 0.75));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        const QRectF inner = box.adjusted(7, 5, -6, -5);
        text(p, QRectF(inner.left(), inner.top(), inner.width(), 13), all[i].label, font(9.5),
             Qt::AlignLeft | Qt::AlignVCenter, kSoftInk);
        // A figure is never cut: its type shrinks until it fits the box.
        QFont figure = font(17, true);
        while (figure.pixelSize() > 10 &&
               QFontMetricsF(figure).horizontalAdvance(all[i].value) > inner.width())
            figure.setPixelSize(figure.pixelSize() - 1);
        text(p, QRectF(inner.left(), inner.top() + 13, inner.width(), 22), all[i].value, figure);
        text(p, QRectF(inner.left(), inner.top() + 35, inner.width(), 13), all[i].detail, font(9),
             Qt::AlignLeft | Qt::AlignVCenter, kSoftInk);
    }
    return y + height + 16;
}

// A step the axis can be labelled in: 1, 2, 5, 10, 20, 50, ...
int niceStep(int maxValue, int ticks)
{
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        for (const int m : {1, 2, 5}) {
            step = m * scale;
            if (maxValue <= step * ticks)
                return step;
        }
    }
}

// The hours the chart shows: those polled, in whole hours, at least four.
struct Axis
{
    qint64 firstHour = 0; // hours since the start of the day
    qint64 lastHour = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

Axis axisOf(const ShiftReport& r)
{
    const qint64 hours = (r.toMs - r.fromMs + kHourMs - 1) / kHourMs;
    Axis a{0, hours, 0, 0};
    if (!r.spans.empty()) {
        a.firstHour = (r.spans.front().fromMs - r.fromMs) / kHourMs;
        a.lastHour = (r.spans.back().toMs - r.fromMs + kHourMs - 1) / kHourMs;
        a.lastHour = std::max(a.lastHour, a.firstHour + 1);
        if (a.lastHour - a.firstHour < 4) {
            a.lastHour = std::min(hours, a.firstHour + 4);
            a.firstHour = std::max<qint64>(0, a.lastHour - 4);
        }
    }
    a.fromMs = r.fromMs + a.firstHour * kHourMs;
    a.toMs = std::min(r.toMs, r.fromMs + a.lastHour * kHourMs);
    return a;
}

// One count of the team over the axis' hours, as steps: a count holds until
// the next one within its span; a gap between spans is shaded, never bridged.
void panel(QPainter& p, const ShiftReport& r, const Axis& axis, const QRectF& plot, qreal labelLeft,
           int HistoryPoint::*value, int peak, const QString& title)
{
    const int step = niceStep(std::max(1, peak), plot.height() > 80 ? 4 : 3);
    const int top = step * ((std::max(1, peak) + step - 1) / step);
    const auto xOf = [&](qint64 ms) {
        return plot.left() +
               plot.width() * double(ms - axis.fromMs) / double(axis.toMs - axis.fromMs);
    };
    const auto yOf = [&](int v) { return plot.bottom() - plot.height() * v / double(top); };

    // The gaps between polled stretches; before the first and after the
    // last there is simply no line (the axis is padded to whole hours, and
    // today's report has a future).
    p.setPen(Qt::NoPen);
    p.setBrush(kShade);
    for (size_t i = 1; i < r.spans.size(); ++i) {
        const qint64 from = r.spans[i - 1].toMs;
        const qint64 to = r.spans[i].fromMs;
        if (to > from)
            p.drawRect(QRectF(QPointF(xOf(from), plot.top()), QPointF(xOf(to), plot.bottom())));
    }
    p.setBrush(Qt::NoBrush);

    const QFont small = font(9);
    p.setPen(QPen(kGrid, 0.5));
    for (int v = step; v <= top; v += step)
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
    for (qint64 h = axis.firstHour; h <= axis.lastHour; ++h) {
        const qreal x = xOf(std::min(r.fromMs + h * kHourMs, r.toMs));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    for (int v = 0; v <= top; v += step)
        text(p, QRectF(labelLeft, yOf(v) - 7, plot.left() - labelLeft - 4, 14), QString::number(v),
             small, Qt::AlignRight | Qt::AlignVCenter);
    p.setPen(QPen(kInk, 0.75));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(kInk, 1.4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    size_t i = 0;
    for (const HistorySpan& s : r.spans) {
        while (i < r.trend.size() && r.trend[i].msecs < s.fromMs)
            ++i;
        if (i == r.trend.size() || r.trend[i].msecs > s.toMs)
            continue;
        QPainterPath path(QPointF(xOf(r.trend[i].msecs), yOf(r.trend[i].*value)));
        int last = r.trend[i].*value;
        for (++i; i < r.trend.size() && r.trend[i].msecs <= s.toMs; ++i) {
            const qreal x = xOf(r.trend[i].msecs);
            path.lineTo(x, yOf(last));
            last = r.trend[i].*value;
            path.lineTo(x, yOf(last));
        }
        path.lineTo(xOf(s.toMs), yOf(last));
        if (s.toMs == s.fromMs) {
            // A single poll: a short mark, as nothing is known around it.
            const QPointF at = path.currentPosition();
            p.drawLine(at - QPointF(1.5, 0), at + QPointF(1.5, 0));
        } else {
            p.drawPath(path);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);

    // The name of the count, above the plot: nothing of the data is hidden.
    text(p, QRectF(plot.left(), plot.top() - 15, plot.width(), 13), title, font(9.5, true));
}

qreal trend(QPainter& p, const ShiftReport& r, qreal y, qreal width)
{
    text(p, QRectF(kMargin, y, width, 16), PageTr::tr("The team through the day"), font(12, true));
    if (r.spans.size() > 1) {
        const QString notPolled = PageTr::tr("Not polled");
        const QFont legend = font(9.5);
        const qreal legendWidth = QFontMetricsF(legend).horizontalAdvance(notPolled) + 2;
        const qreal boxLeft = kMargin + width - legendWidth - 24;
        p.setPen(QPen(kRule, 0.5));
        p.setBrush(kShade);
        p.drawRect(QRectF(boxLeft, y + 3, 18, 10));
        p.setBrush(Qt::NoBrush);
        text(p, QRectF(boxLeft + 24, y, legendWidth, 16), notPolled, legend);
    }
    y += 22;

    const Axis axis = axisOf(r);
    const int openPeak = r.peakOpen ? r.peakOpen->value : 0;
    const int idlePeak = r.peakIdle ? r.peakIdle->value : 0;
    const qreal labelWidth = QFontMetricsF(font(9)).horizontalAdvance(
                                 QString::number(std::max(openPeak, idlePeak) * 2)) +
                             6;
    const qreal left = kMargin + labelWidth;
    const qreal right = kMargin + width - 14; // room for the last hour's label
    const QRectF open(QPointF(left, y + 16), QPointF(right, y + 120));
    const QRectF idle(QPointF(left, open.bottom() + 26), QPointF(right, open.bottom() + 84));
    panel(p, r, axis, open, kMargin, &HistoryPoint::open, openPeak,
          PageTr::tr("Open conversations"));
    panel(p, r, axis, idle, kMargin, &HistoryPoint::idle, idlePeak,
          PageTr::tr("Idle conversations"));

    const qint64 hours = axis.lastHour - axis.firstHour;
    const qint64 every = hours <= 12 ? 1 : hours <= 18 ? 2 : 3;
    const QFont small = font(9);
    for (qint64 h = axis.firstHour; h <= axis.lastHour; h += every) {
        const qint64 at = std::min(r.fromMs + h * kHourMs, r.toMs);
        const qreal x =
            idle.left() + idle.width() * double(at - axis.fromMs) / double(axis.toMs - axis.fromMs);
        // The end of the day reads 24:00, not the next day's 00:00.
        const QString label = at == r.toMs ? QStringLiteral("24:00") : clock(r, at);
        text(p, QRectF(x - 20, idle.bottom() + 3, 40, 14), label, small, Qt::AlignCenter);
    }
    return idle.bottom() + 22;
}

QString awayText(const ShiftReport::Teammate& t)
{
    QStringList parts;
    for (const ShiftReport::AwayReason& reason : t.awayReasons)
        parts << PageTr::tr("%1 %2").arg(reason.reason.isEmpty()
                                             ? PageTr::tr("no reason")
                                             : ServerText::inert(reason.reason, 40),
                                         QString::number(ShiftReport::minutes(reason.ms)));
    return parts.join(QStringLiteral(", "));
}

int table(QPainter& p, const ShiftReport& r, qreal y, qreal width, qreal bottom)
{
    text(p, QRectF(kMargin, y, width, 16), PageTr::tr("Teammates"), font(12, true));
    text(p, QRectF(kMargin + 90, y + 1, width - 90, 16),
         PageTr::tr("minutes while polled; most time at critical first"), font(9.5),
         Qt::AlignRight | Qt::AlignVCenter, kSoftInk);
    y += 20;

    const QString warn = Severity::glyph(Severity::Warning);
    const QString crit = Severity::glyph(Severity::Critical);
    // Minutes in every column but the first and the last.
    struct Column
    {
        qreal width; // 0: what the others leave
        bool number;
    };
    const qreal n = 54;
    const Column columns[] = {{0, false}, {58, true}, {n, true},  {n, true},
                              {n, true},  {n, true},  {40, true}, {94, false}};
    qreal fixed = 0;
    for (const Column& c : columns)
        fixed += c.width;
    const auto widthOf = [&](int c) {
        return columns[c].width > 0 ? columns[c].width : width - fixed;
    };
    const auto left = [&](int column) {
        qreal x = kMargin;
        for (int c = 0; c < column; ++c)
            x += widthOf(c);
        return x;
    };
    const qreal pad = 4;
    const qreal rowHeight = 15;
    const auto cell = [&](int c, const QString& s, const QFont& f) {
        text(p, QRectF(left(c) + pad, y, widthOf(c) - 2 * pad, rowHeight), s, f,
             (columns[c].number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    };

    // Two lines of headings: open and idle each over their two levels.
    const QFont heading = font(9.5, true);
    const QFont level = font(9);
    const int single[] = {0, 1, 6, 7};
    const QString singles[] = {PageTr::tr("Teammate"), PageTr::tr("On team"), PageTr::tr("Away"),
                               PageTr::tr("Away reasons")};
    y += rowHeight;
    for (int i = 0; i < 4; ++i)
        cell(single[i], singles[i], heading);
    y -= rowHeight;
    for (const auto& [column, title] :
         {std::pair{2, PageTr::tr("Open")}, std::pair{4, PageTr::tr("Idle")}}) {
        text(p, QRectF(left(column) + pad, y, 2 * n - 2 * pad, rowHeight), title, heading,
             Qt::AlignCenter);
        p.setPen(QPen(kInk, 0.5));
        p.drawLine(QPointF(left(column) + pad, y + rowHeight - 1),
                   QPointF(left(column) + 2 * n - pad, y + rowHeight - 1));
    }
    y += rowHeight;
    for (const int c : {2, 4}) {
        cell(c, PageTr::tr("%1 warning").arg(warn), level);
        cell(c + 1, PageTr::tr("%1 critical").arg(crit), level);
    }
    y += rowHeight;
    p.setPen(QPen(kInk, 0.75));
    p.drawLine(QPointF(kMargin, y), QPointF(kMargin + width, y));

    const qsizetype room = qsizetype(std::floor((bottom - y) / rowHeight));
    const qsizetype total = qsizetype(r.teammates.size());
    // When not everyone fits, the last line says how many were left out.
    const qsizetype shown = total <= room ? total : std::max<qsizetype>(0, room - 1);
    const QFont body = font(9.5);
    for (qsizetype i = 0; i < shown; ++i) {
        const ShiftReport::Teammate& t = r.teammates[size_t(i)];
        if (i % 2 == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(kStripe);
            p.drawRect(QRectF(kMargin, y, width, rowHeight));
            p.setBrush(Qt::NoBrush);
        }
        // A long name gives way to when its teammate left, never the reverse.
        const QString name =
            t.name.isEmpty() ? ServerText::inert(t.adminId, 40) : ServerText::inert(t.name, 80);
        const QString leftText =
            !t.left ? QString()
                    : (t.leftAtMs ? PageTr::tr("left %1").arg(clock(r, *t.leftAtMs))
                                  : PageTr::tr("left"));
        const QFontMetricsF metrics(body);
        const qreal leftWidth = leftText.isEmpty() ? 0 : metrics.horizontalAdvance(leftText) + 6;
        cell(0, QString(), body);
        text(p, QRectF(left(0) + pad, y, widthOf(0) - 2 * pad - leftWidth, rowHeight), name, body);
        if (!leftText.isEmpty())
            text(p, QRectF(left(1) - pad - leftWidth, y, leftWidth, rowHeight), leftText, font(9),
                 Qt::AlignRight | Qt::AlignVCenter, kSoftInk);
        const QString cells[] = {cellMinutes(t.presentMs),
                                 cellMinutes(t.openWarningMs),
                                 cellMinutes(t.openCriticalMs),
                                 cellMinutes(t.idleWarningMs),
                                 cellMinutes(t.idleCriticalMs),
                                 cellMinutes(t.awayMs),
                                 awayText(t)};
        for (int c = 1; c < 8; ++c)
            cell(c, cells[c - 1], body);
        y += rowHeight;
    }
    if (total == 0)
        text(p, QRectF(kMargin + pad, y, width, rowHeight),
             PageTr::tr("Nobody was on the team while it was polled."), body);
    else if (shown < total)
        text(p, QRectF(kMargin + pad, y, width, rowHeight),
             PageTr::tr("… and %n more teammate(s), fewer minutes at warning or critical; the "
                        "CSV export lists everyone.",
                        nullptr, int(total - shown)),
             body, Qt::AlignLeft | Qt::AlignVCenter, kSoftInk);
    return int(shown);
}

} // namespace

namespace ShiftReportPage {

QSizeF pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point);
}

int paint(QPainter& p, const ShiftReport& r, const QDateTime& madeAt)
{
    const QSizeF page = pageSize();
    const qreal width = page.width() - 2 * kMargin;
    p.save();
    qreal y = header(p, r, width);
    y = figures(p, r, y, width);
    y = trend(p, r, y, width);

    const qreal footerTop = page.height() - kMargin + 8;
    const int listed = table(p, r, y + 6, width, footerTop - 8);

    p.setPen(QPen(kRule, 0.5));
    p.drawLine(QPointF(kMargin, footerTop), QPointF(kMargin + width, footerTop));
    const QString product =
        (QStringLiteral("Floorwatch ") + QCoreApplication::applicationVersion()).trimmed();
    const QString footer =
        PageTr::tr("%1 · made %2 from the history kept on this computer")
            .arg(product, madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text(p, QRectF(kMargin, footerTop + 2, width, 14), footer, font(9),
         Qt::AlignLeft | Qt::AlignVCenter, kSoftInk);
    p.restore();
    return listed;
}

bool writePdf(const ShiftReport& r, const QDateTime& madeAt, QIODevice* device)
{
    QPdfWriter pdf(device);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(600);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setTitle(PageTr::tr("Shift report, team %1, %2")
                     .arg(ServerText::inert(r.teamName.isEmpty() ? r.teamId : r.teamName, 80),
                          r.date.toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QSizeF page = pageSize();
    painter.scale(pdf.width() / page.width(), pdf.height() / page.height());
    paint(painter, r, madeAt);
    return painter.end();
}

QImage image(const ShiftReport& r, const QDateTime& madeAt, qreal pixelsPerPoint)
{
    const QSizeF page = pageSize() * pixelsPerPoint;
    QImage out(page.toSize(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    paint(painter, r, madeAt);
    return out;
}

} // namespace ShiftReportPage
