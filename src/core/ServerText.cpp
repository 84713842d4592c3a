#include "ServerText.h"

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

namespace ServerText {

QString inert(const QString& text, qsizetype maxLength)
{
    maxLength = std::max<qsizetype>(1, maxLength);
    QString out;
    out.reserve(std::min(text.size(), maxLength) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        QString piece;
        if (needsEscape(c))
            piece = c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                 QChar::isLowSurrogate(text.at(i + 1).unicode()))
            piece = text.mid(i++, 2); // a pair is never cut in half
        else
            piece = QChar(c);
        if (out.size() + piece.size() > maxLength) {
            out += QChar(0x2026); // …
            return out;
        }
        out += piece;
    }
    return out;
}

QString csvCell(const QString& text)
{
    QString v = inert(text);
    // A leading = + - @ (or a tab or CR, which some programs skip before
    // looking) makes spreadsheets evaluate the cell.
    const bool formula = !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
    if (formula)
        v.prepend(QLatin1Char('\''));
    if (formula || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace ServerText
