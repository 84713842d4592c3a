#include "KioskChrome.h"

#include "KioskStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace KioskChrome {

QRectF inner(const KioskStyle& s, const QRectF& page)
{
    return page.adjusted(s.u(3.5), s.u(2.8), -s.u(3.5), -s.u(2.2));
}

double headerHeight(const KioskStyle& s)
{
    return s.u(8.5);
}

double footerHeight(const KioskStyle& s)
{
    return s.u(4.2);
}

QColor toneColour(const KioskStyle& s, KioskTone tone)
{
    switch (tone) {
    case KioskTone::Warning:
        return s.colours().warning;
    case KioskTone::Critical:
        return s.colours().critical;
    case KioskTone::Calm:
        break;
    }
    return s.colours().muted;
}

QRectF headerRect(const KioskStyle& s, const QRectF& area)
{
    return QRectF(area.left(), area.top(), area.width(), headerHeight(s));
}

QRectF paintHeader(QPainter& p, const KioskStyle& s, const QRectF& area, const KioskFrame& frame)
{
    const QRectF header = headerRect(s, area);
    const KioskColours& c = s.colours();

    // Right: "as of" above the freshness line; they get the room they need.
    const QFont asOfFont = s.font(3.3, QFont::DemiBold);
    const QFont statusFont = s.font(2.8);
    const double rightWidth =
        std::max(QFontMetricsF(asOfFont).horizontalAdvance(frame.asOf),
                 QFontMetricsF(statusFont).horizontalAdvance(frame.status.text));
    const QRectF right(header.right() - rightWidth, header.top(), rightWidth, header.height());
    p.setFont(asOfFont);
    p.setPen(c.text);
    p.drawText(QRectF(right.left(), right.top(), right.width(), s.u(4.6)),
               Qt::AlignRight | Qt::AlignVCenter, frame.asOf);
    p.setFont(statusFont);
    p.setPen(toneColour(s, frame.status.tone));
    p.drawText(QRectF(right.left(), right.top() + s.u(4.8), right.width(), s.u(3.2)),
               Qt::AlignRight | Qt::AlignVCenter, frame.status.text);

    // Left: the team's name, as large as the header allows.
    const QFont titleFont = s.font(6.2, QFont::Bold);
    const QRectF title(header.left(), header.top(), right.left() - header.left() - s.u(4),
                       header.height());
    p.setFont(titleFont);
    p.setPen(c.text);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(titleFont).elidedText(frame.title, Qt::ElideRight, title.width()));
    return area.adjusted(0, header.height() + s.u(2.2), 0, 0);
}

QRectF footerRect(const KioskStyle& s, const QRectF& area)
{
    return QRectF(area.left(), area.bottom() - footerHeight(s), area.width(), footerHeight(s));
}

QRectF paintFooter(QPainter& p, const KioskStyle& s, const QRectF& area,
                   const KioskRotation& rotation)
{
    if (!rotation.visible())
        return area;
    const QRectF footer = footerRect(s, area);
    const KioskColours& c = s.colours();
    const QFont font = s.font(2.3);
    const QFont current = s.font(2.3, QFont::DemiBold);
    const QFontMetricsF fm(font);
    const QFontMetricsF fmCurrent(current);
    const double gap = s.u(3);
    const double textTop = footer.top() + s.u(0.6);
    const double textHeight = s.u(2.8);
    const double lineY = textTop + textHeight + s.u(0.5);
    const double lineHeight = std::max(2.0, s.u(0.3));

    double total = 0;
    for (int i = 0; i < rotation.names.size(); ++i)
        total += (i == rotation.index ? fmCurrent : fm).horizontalAdvance(rotation.names[i]) + gap;

    const auto progressLine = [&](double x, double width) {
        p.fillRect(QRectF(x, lineY, width, lineHeight), c.faint);
        p.fillRect(QRectF(x, lineY, width * rotation.progress, lineHeight), c.muted);
    };

    if (total - gap <= footer.width()) {
        double x = footer.left();
        for (int i = 0; i < rotation.names.size(); ++i) {
            const bool on = i == rotation.index;
            const double w = (on ? fmCurrent : fm).horizontalAdvance(rotation.names[i]);
            p.setFont(on ? current : font);
            p.setPen(on ? c.text : c.muted);
            p.drawText(QRectF(x, textTop, w + 1, textHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       rotation.names[i]);
            if (on)
                progressLine(x, w);
            x += w + gap;
        }
    } else {
        // Too many teams to name them all: this one, and where it stands.
        const QString text = KioskText::tr("%1  \u00B7  %2 of %3")
                                 .arg(rotation.names.value(rotation.index))
                                 .arg(rotation.index + 1)
                                 .arg(rotation.names.size());
        p.setFont(current);
        p.setPen(c.text);
        const double w = std::min(fmCurrent.horizontalAdvance(text), footer.width());
        p.drawText(QRectF(footer.left(), textTop, w + 1, textHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
        progressLine(footer.left(), w);
    }
    return area.adjusted(0, 0, 0, -(footer.height() + s.u(1.2)));
}

} // namespace KioskChrome
