#include "TeammateTableStyle.h"

#include "Severity.h"
#include "TeammateTableModel.h"

#include <QFont>
#include <QGuiApplication>

#include <cmath>

namespace {

// Hues of the two levels; how strongly they tint depends on the palette.
const QColor kAmber(0xFF, 0xB0, 0x00);
const QColor kRed(0xE5, 0x39, 0x35);

QColor mix(const QColor& from, const QColor& to, double amount)
{
    const auto channel = [amount](double a, double b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

double relativeLuminance(const QColor& colour)
{
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

// The palette's text when it reads well on `background`, else black or white.
QColor readableOn(const QColor& background, const QColor& text)
{
    if (TeammateTableStyle::contrastRatio(text, background) >= 4.5)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return TeammateTableStyle::contrastRatio(black, background) >=
                   TeammateTableStyle::contrastRatio(white, background)
               ? black
               : white;
}

} // namespace

TeammateTableStyle::TeammateTableStyle(QObject* parent)
    : QIdentityProxyModel(parent)
{}

double TeammateTableStyle::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void TeammateTableStyle::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    repaintAll();
}

void TeammateTableStyle::setPalette(const QPalette& palette)
{
    m_palette = palette;
    m_coloursKey = -1;
    repaintAll();
}

void TeammateTableStyle::unsetPalette()
{
    m_palette.reset();
    m_coloursKey = -1;
    repaintAll();
}

void TeammateTableStyle::repaintAll()
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1),
                         {Qt::ForegroundRole, Qt::BackgroundRole});
}

const TeammateTableStyle::Colours& TeammateTableStyle::colours() const
{
    // Recomputed only when the palette changes (a theme switch), not per cell.
    const QPalette palette = m_palette ? *m_palette : QGuiApplication::palette();
    if (palette.cacheKey() == m_coloursKey)
        return m_colours;
    m_coloursKey = palette.cacheKey();

    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const bool dark = relativeLuminance(base) < relativeLuminance(text);
    // A dark base needs more of the hue before the tint is noticeable.
    const double warningTint = dark ? 0.42 : 0.45;
    const double criticalTint = dark ? 0.55 : 0.38;

    Colours c;
    c.text = text;
    // Dimmed, not faded out: it still reads, at about half the contrast.
    c.dimmedText = mix(text, base, 0.45);
    const QColor hues[3] = {QColor(), kAmber, kRed};
    const double tints[3] = {0.0, warningTint, criticalTint};
    for (int level = Severity::Warning; level <= Severity::Critical; ++level) {
        c.background[level] = mix(base, hues[level], tints[level]);
        c.dimmedBackground[level] = mix(base, hues[level], tints[level] * 0.55);
        c.foreground[level] = readableOn(c.background[level], text);
        c.dimmedForeground[level] =
            mix(readableOn(c.dimmedBackground[level], text), c.dimmedBackground[level], 0.4);
    }
    m_colours = c;
    return m_colours;
}

QVariant TeammateTableStyle::data(const QModelIndex& index, int role) const
{
    switch (role) {
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        const int level =
            QIdentityProxyModel::data(index, TeammateTableModel::SeverityRole).toInt();
        const bool dimmed =
            m_stale || QIdentityProxyModel::data(index, TeammateTableModel::AwayRole).toBool();
        // The name carries the row's level in bold, not as a band of colour:
        // a wide name column in red reads as an alarm across the screen.
        const bool severe = (level == Severity::Warning || level == Severity::Critical) &&
                            index.column() != TeammateTableModel::NameColumn;
        const Colours& c = colours();
        if (role == Qt::BackgroundRole) {
            if (!severe)
                return QIdentityProxyModel::data(index, role);
            return dimmed ? c.dimmedBackground[level] : c.background[level];
        }
        if (severe)
            return dimmed ? c.dimmedForeground[level] : c.foreground[level];
        if (dimmed)
            return c.dimmedText;
        return QIdentityProxyModel::data(index, role);
    }
    case Qt::FontRole: {
        const QVariant known = QIdentityProxyModel::data(index, TeammateTableModel::KnownRole);
        const bool unknown = known.isValid() && !known.toBool();
        const bool severeName =
            index.column() == TeammateTableModel::NameColumn &&
            QIdentityProxyModel::data(index, TeammateTableModel::SeverityRole).toInt() >=
                Severity::Warning;
        if (!unknown && !severeName)
            return QIdentityProxyModel::data(index, role);
        const QVariant inherited = QIdentityProxyModel::data(index, role);
        QFont font = inherited.isValid() ? inherited.value<QFont>() : QFont();
        font.setItalic(unknown);
        font.setBold(severeName);
        return font;
    }
    case Qt::DecorationRole:
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}
