#include "KioskStyle.h"

#include <QFontMetricsF>

#include <cmath>

#include <cmath>

KioskColours KioskColours::dark()
{
    KioskColours c;
    c.background = QColor(0x0b, 0x0f, 0x14);
    c.surface = QColor(0x16, 0x1c, 0x24);
    c.text = QColor(0xf2, 0xf5, 0xf8);
    c.muted = QColor(0xa3, 0xae, 0xbc);
    c.faint = QColor(0x2a, 0x33, 0x3f);
    c.open = QColor(0x4d, 0x9c, 0xff);
    c.idle = QColor(0xff, 0xb3, 0x2e);
    c.snoozed = QColor(0x8d, 0x99, 0xab);
    c.away = QColor(0xb8, 0xa4, 0xff);
    c.warning = QColor(0xff, 0xb3, 0x2e);
    c.critical = QColor(0xff, 0x63, 0x63);
    c.clock = QColor(0x4a, 0x52, 0x5e);
    return c;
}

KioskColours KioskColours::light()
{
    KioskColours c;
    c.background = QColor(0xf4, 0xf6, 0xf9);
    c.surface = QColor(0xff, 0xff, 0xff);
    c.text = QColor(0x0d, 0x12, 0x19);
    c.muted = QColor(0x46, 0x51, 0x60);
    c.faint = QColor(0xd5, 0xdb, 0xe3);
    c.open = QColor(0x1b, 0x62, 0xd6);
    c.idle = QColor(0xb0, 0x62, 0x00);
    c.snoozed = QColor(0x5f, 0x6b, 0x7c);
    c.away = QColor(0x6b, 0x4f, 0xd8);
    c.warning = QColor(0xb0, 0x62, 0x00);
    c.critical = QColor(0xc4, 0x1e, 0x1e);
    c.clock = QColor(0x9a, 0xa3, 0xaf);
    return c;
}

KioskStyle::KioskStyle(KioskColours colours, double unit, QFont base)
    : m_colours(std::move(colours))
    , m_unit(unit)
    , m_base(std::move(base))
{}

QFont KioskStyle::font(double sizeU, QFont::Weight weight) const
{
    QFont f = m_base;
    f.setPixelSize(std::max(8, int(std::lround(sizeU * m_unit))));
    f.setWeight(weight);
    return f;
}

QFont KioskStyle::fittingFont(double sizeU, QFont::Weight weight, const QString& text,
                              double width) const
{
    QFont f = font(sizeU, weight);
    double advance = QFontMetricsF(f).horizontalAdvance(text);
    // Text width grows about linearly with the size; hinting may need a
    // step or two more.
    for (int step = 0; advance > width && f.pixelSize() > 8 && step < 8; ++step) {
        const int scaled = int(std::floor(f.pixelSize() * width / advance));
        f.setPixelSize(std::max(8, std::min(scaled, f.pixelSize() - 1)));
        advance = QFontMetricsF(f).horizontalAdvance(text);
    }
    return f;
}

QColor KioskStyle::severityColour(int severity, const QColor& normal) const
{
    if (severity >= 2)
        return m_colours.critical;
    if (severity == 1)
        return m_colours.warning;
    return normal;
}
