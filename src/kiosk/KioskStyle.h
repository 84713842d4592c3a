#pragma once

#include <QColor>
#include <QFont>

// Colours and type of the wall display. Dark and high-contrast by default:
// light text on near-black is calm in a dim office, and the near-black
// (not black) background hides the edge of the pixel shift.
struct KioskColours
{
    QColor background;
    QColor surface; // tiles
    QColor text;
    QColor muted; // captions, secondary text
    QColor faint; // grid lines, empty bar tracks
    QColor open;
    QColor idle;
    QColor snoozed;
    QColor away;
    QColor warning;
    QColor critical;
    QColor clock; // the sleeping clock: dim on purpose

    static KioskColours dark();
    static KioskColours light();
};

// Sizes are in layout units (see KioskScale): u(3) is three units in pixels.
class KioskStyle
{
public:
    KioskStyle(KioskColours colours, double unit, QFont base = QFont());

    const KioskColours& colours() const { return m_colours; }
    double unit() const { return m_unit; }
    double u(double n) const { return n * m_unit; }
    // A font whose pixel size is `sizeU` units.
    QFont font(double sizeU, QFont::Weight weight = QFont::Normal) const;
    // font(sizeU, weight), made smaller where `text` would be wider than
    // `width` pixels: a total of 123456 fits where 12 was planned for.
    QFont fittingFont(double sizeU, QFont::Weight weight, const QString& text, double width) const;

    // The colour of a Severity::Level (0 none, 1 warning, 2 critical); its
    // glyph is Severity::glyph, the same as the supervisor's table shows.
    QColor severityColour(int severity, const QColor& normal) const;

private:
    KioskColours m_colours;
    double m_unit;
    QFont m_base;
};
