#include "JsonScanner.h"

#include <QByteArray>
#include <QtAlgorithms>
#include <QtEndian>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the well-formed UTF-8 sequence that starts at p, or 0.
// Overlong forms, encoded UTF-16 surrogates and anything above U+10FFFF are
// refused, as QJsonDocument refuses them; noncharacters such as U+FFFF pass,
// as they do there.
int utf8SequenceLength(const uchar* p, const uchar* end)
{
    const uchar lead = p[0];
    const qsizetype available = end - p;
    const auto continuation = [&](qsizetype i) { return i < available && (p[i] & 0xc0) == 0x80; };
    if (lead >= 0xc2 && lead <= 0xdf)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        if (available < 3)
            return 0;
        // The second byte carries the range checks: E0 would be overlong
        // below A0, ED would be a surrogate from A0 on.
        const uchar low = lead == 0xe0 ? 0xa0 : 0x80;
        const uchar high = lead == 0xed ? 0x9f : 0xbf;
        return p[1] >= low && p[1] <= high && continuation(2) ? 3 : 0;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        if (available < 4)
            return 0;
        // F0 would be overlong below 90, F4 beyond U+10FFFF from 90 on.
        const uchar low = lead == 0xf0 ? 0x90 : 0x80;
        const uchar high = lead == 0xf4 ? 0x8f : 0xbf;
        return p[1] >= low && p[1] <= high && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0; // a continuation byte, C0/C1 (always overlong) or F5 and up
}

char32_t decodeUtf8(const uchar* p, int length)
{
    switch (length) {
    case 2:
        return (char32_t(p[0] & 0x1f) << 6) | char32_t(p[1] & 0x3f);
    case 3:
        return (char32_t(p[0] & 0x0f) << 12) | (char32_t(p[1] & 0x3f) << 6) | char32_t(p[2] & 0x3f);
    default:
        return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3f) << 12) |
               (char32_t(p[2] & 0x3f) << 6) | char32_t(p[3] & 0x3f);
    }
}

// How many of the 8 bytes at p are plain string content, i.e. come before
// the first quote, backslash or byte above 0x7f. Strings are most of a
// metrics body, so they are scanned a word at a time instead of a byte.
int plainRunLength(const char* p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    word = qFromLittleEndian(word);
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    const quint64 quotes = word ^ (ones * '"');
    const quint64 backslashes = word ^ (ones * '\\');
    // (x - ones) & ~x marks the zero bytes of x; it can also mark bytes
    // above a real zero byte, but the lowest mark is always a real one.
    const quint64 marks =
        (((quotes - ones) & ~quotes) | ((backslashes - ones) & ~backslashes) | word) & highBits;
    return marks ? int(qCountTrailingZeroBits(marks) / 8) : 8;
}

} // namespace

QString JsonScanner::StringRef::toString() const
{
    if (m_plainAscii)
        return QString::fromLatin1(m_data, m_size);
    if (!m_escaped)
        return QString::fromUtf8(m_data, m_size); // already checked to be valid
    // Never more UTF-16 units than bytes: every escape and every UTF-8
    // sequence takes at least as many bytes as the units it stands for.
    QString text(m_size, Qt::Uninitialized);
    QChar* out = text.data();
    const uchar* p = reinterpret_cast<const uchar*>(m_data);
    const uchar* const end = p + m_size;
    while (p < end) {
        const uchar c = *p;
        if (c == '\\') {
            // The scan made sure a complete escape follows every backslash.
            const uchar escaped = p[1];
            p += 2;
            switch (escaped) {
            case 'b':
                *out++ = QChar(char16_t(0x08));
                break;
            case 'f':
                *out++ = QChar(char16_t(0x0c));
                break;
            case 'n':
                *out++ = QChar(char16_t(0x0a));
                break;
            case 'r':
                *out++ = QChar(char16_t(0x0d));
                break;
            case 't':
                *out++ = QChar(char16_t(0x09));
                break;
            case 'u': {
                // Any code unit, lone surrogates included: that is what
                // QJsonDocument gives for them too.
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i)
                    unit = char16_t(unit * 16 + hexValue(char(*p++)));
                *out++ = QChar(unit);
                break;
            }
            default:
                // ", \ and /, and any other byte, which QJsonDocument also
                // takes for itself (as a Latin-1 character).
                *out++ = QChar(char16_t(escaped));
                break;
            }
        } else if (c < 0x80) {
            *out++ = QChar(char16_t(c));
            ++p;
        } else {
            const int length = utf8SequenceLength(p, end);
            const char32_t code = decodeUtf8(p, length);
            if (QChar::requiresSurrogates(code)) {
                *out++ = QChar(QChar::highSurrogate(code));
                *out++ = QChar(QChar::lowSurrogate(code));
            } else {
                *out++ = QChar(char16_t(code));
            }
            p += length;
        }
    }
    text.truncate(out - text.constData());
    return text;
}

JsonScanner::JsonScanner(QByteArrayView json)
    : m_begin(json.data())
    , m_pos(json.data())
    , m_end(json.data() + json.size())
{}

bool JsonScanner::fail(QJsonParseError::ParseError error, qsizetype offset)
{
    if (m_error == QJsonParseError::NoError) {
        m_error = error;
        m_errorOffset = offset;
    }
    return false;
}

QString JsonScanner::errorString() const
{
    // QJsonParseError's own wording and translations.
    QJsonParseError error;
    error.error = m_error;
    error.offset = int(m_errorOffset);
    return error.errorString();
}

bool JsonScanner::enter(bool isArray)
{
    if (++m_depth > MaxDepth)
        return failAt(QJsonParseError::DeepNesting, m_pos);
    m_isArray[size_t(m_depth)] = isArray;
    m_first = true;
    return true;
}

void JsonScanner::leave()
{
    --m_depth;
    m_first = false; // the container just left was a value of its parent
}

JsonScanner::Type JsonScanner::openDocument()
{
    if (hasError())
        return Type::Invalid;
    // QJsonDocument skips a byte order mark only when more bytes follow it.
    if (m_end - m_pos > 3 && uchar(m_pos[0]) == 0xef && uchar(m_pos[1]) == 0xbb &&
        uchar(m_pos[2]) == 0xbf)
        m_pos += 3;
    skipSpace();
    if (m_pos == m_end) {
        failAt(QJsonParseError::IllegalValue, m_pos);
        return Type::Invalid;
    }
    const char c = *m_pos++;
    if (c == '{')
        return enter(false) ? Type::Object : Type::Invalid;
    if (c == '[')
        return enter(true) ? Type::Array : Type::Invalid;
    failAt(QJsonParseError::IllegalValue, m_pos);
    return Type::Invalid;
}

bool JsonScanner::closeDocument()
{
    // Whatever the caller left open still has to be well formed.
    while (m_depth > 0 && !hasError())
        skipRest();
    if (hasError())
        return false;
    skipSpace();
    if (m_pos != m_end)
        return failAt(QJsonParseError::GarbageAtEnd, m_pos);
    return true;
}

bool JsonScanner::nextMember()
{
    if (hasError())
        return false;
    Q_ASSERT(m_depth > 0 && !m_isArray[size_t(m_depth)]);
    // The error kinds and offsets below are QJsonDocument's, quirks included
    // (an offset is often just past the byte that was wrong).
    skipSpace();
    if (m_pos == m_end)
        return failAt(QJsonParseError::UnterminatedObject, m_pos);
    char c = *m_pos++;
    if (c == '}') {
        leave();
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return failAt(QJsonParseError::UnterminatedObject, m_pos);
        skipSpace();
        if (m_pos == m_end)
            return failAt(QJsonParseError::UnterminatedObject, m_pos);
        c = *m_pos++;
        if (c == '}')
            return failAt(QJsonParseError::MissingObject, m_pos);
    }
    m_first = false;
    if (c != '"')
        return failAt(QJsonParseError::UnterminatedObject, m_pos);
    if (!scanString(m_key))
        return false;
    skipSpace();
    if (m_pos == m_end)
        return failAt(QJsonParseError::MissingNameSeparator, m_pos);
    if (*m_pos++ != ':')
        return failAt(QJsonParseError::MissingNameSeparator, m_pos);
    skipSpace();
    if (m_pos == m_end)
        return failAt(QJsonParseError::UnterminatedObject, m_pos);
    return true;
}

bool JsonScanner::nextElement()
{
    if (hasError())
        return false;
    Q_ASSERT(m_depth > 0 && m_isArray[size_t(m_depth)]);
    skipSpace();
    if (m_pos == m_end)
        return failAt(QJsonParseError::UnterminatedArray, m_pos);
    if (m_first) {
        m_first = false;
        if (*m_pos != ']')
            return true;
        ++m_pos;
        leave();
        return false;
    }
    const char c = *m_pos++;
    if (c == ']') {
        leave();
        return false;
    }
    skipSpace();
    if (m_pos == m_end)
        return failAt(QJsonParseError::UnterminatedArray, m_pos);
    if (c != ',')
        return failAt(QJsonParseError::MissingValueSeparator, m_pos);
    return true;
}

JsonScanner::Type JsonScanner::readValue()
{
    if (hasError())
        return Type::Invalid;
    if (m_pos == m_end) { // only when called out of turn
        failAt(QJsonParseError::IllegalValue, m_pos);
        return Type::Invalid;
    }
    switch (*m_pos++) {
    case '"':
        return scanString(m_string) ? Type::String : Type::Invalid;
    case '{':
        return enter(false) ? Type::Object : Type::Invalid;
    case '[':
        return enter(true) ? Type::Array : Type::Invalid;
    case 'n':
        return scanLiteral("ull", 3) ? Type::Null : Type::Invalid;
    case 't':
        m_boolean = true;
        return scanLiteral("rue", 3) ? Type::Bool : Type::Invalid;
    case 'f':
        m_boolean = false;
        return scanLiteral("alse", 4) ? Type::Bool : Type::Invalid;
    case ',':
        failAt(QJsonParseError::IllegalValue, m_pos);
        return Type::Invalid;
    case '}':
    case ']':
        failAt(QJsonParseError::MissingObject, m_pos);
        return Type::Invalid;
    default:
        --m_pos;
        return scanNumber() ? Type::Number : Type::Invalid;
    }
}

bool JsonScanner::skipRest()
{
    if (hasError())
        return false;
    if (m_depth == 0)
        return true;
    // A loop over the open containers instead of recursion: the depth is
    // whatever the input says, the stack is not.
    const int outer = m_depth - 1;
    while (m_depth > outer) {
        const bool more = m_isArray[size_t(m_depth)] ? nextElement() : nextMember();
        if (more ? readValue() == Type::Invalid : hasError())
            return false;
    }
    return true;
}

JsonScanner::Type JsonScanner::readScalar()
{
    const Type type = readValue();
    if ((type == Type::Object || type == Type::Array) && !skipRest())
        return Type::Invalid;
    return type;
}

bool JsonScanner::skipValue()
{
    switch (readValue()) {
    case Type::Invalid:
        return false;
    case Type::Object:
    case Type::Array:
        return skipRest();
    default:
        return true;
    }
}

bool JsonScanner::scanLiteral(const char* rest, int length)
{
    // QJsonDocument wants a byte after the literal. A valid document always
    // has one (at least its closing bracket), so this only decides which
    // error a truncated document gets.
    if (m_end - m_pos < length + 1)
        return failAt(QJsonParseError::IllegalValue, m_pos);
    for (int i = 0; i < length; ++i) {
        if (*m_pos++ != rest[i])
            return failAt(QJsonParseError::IllegalValue, m_pos);
    }
    return true;
}

bool JsonScanner::scanNumber()
{
    // Counts and ids: a few digits, no fraction, read in one go. 18 digits
    // cannot overflow.
    const char* p = m_pos;
    const bool negative = p < m_end && *p == '-';
    if (negative)
        ++p;
    const char* const digits = p;
    qint64 value = 0;
    if (p < m_end && *p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p) && p - digits < 18) {
            value = value * 10 + (*p - '0');
            ++p;
        }
    }
    // Anything else (a 19th digit, a fraction, an exponent, no digits, the
    // end of the text) starts over the slow way.
    if (p < m_end && p > digits && *p != '.' && *p != 'e' && *p != 'E' && !isDigit(*p)) {
        m_pos = p;
        m_number = double(negative ? -value : value);
        return true;
    }
    return scanNumberSlowly();
}

bool JsonScanner::scanNumberSlowly()
{
    // QJsonDocument's lexer: an optional minus, a single 0 or a run of
    // digits (possibly empty), an optional fraction and exponent whose
    // digits may be missing too. What the text means is then up to the same
    // conversions it uses, so that both agree on overflow, underflow and odd
    // shapes such as "1." or ".5".
    const char* const start = m_pos;
    const char* p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    bool integral = true; // no exponent, and nothing but zeros in the fraction
    if (p < m_end && *p == '.') {
        ++p;
        while (p < m_end && isDigit(*p)) {
            integral = integral && *p == '0';
            ++p;
        }
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    m_pos = p;
    if (p == m_end)
        return failAt(QJsonParseError::TerminationByNumber, p);
    const QByteArray text = QByteArray::fromRawData(start, p - start);
    bool ok = false;
    if (integral) {
        const qlonglong value = text.toLongLong(&ok);
        if (ok) {
            m_number = double(value);
            return true;
        }
    }
    m_number = text.toDouble(&ok);
    if (!ok)
        return failAt(QJsonParseError::IllegalNumber, p);
    return true;
}

bool JsonScanner::scanString(StringRef& out)
{
    // m_pos is just past the opening quote.
    const char* const start = m_pos;
    const char* p = m_pos;
    bool ascii = true;
    for (;;) {
        while (m_end - p >= 8) {
            const int run = plainRunLength(p);
            p += run;
            if (run < 8)
                break;
        }
        if (p == m_end) // QJsonDocument places this one past the end
            return fail(QJsonParseError::UnterminatedString, (m_end - m_begin) + 1);
        const uchar c = uchar(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            if (m_end - p == 1)
                return fail(QJsonParseError::UnterminatedString, m_end - m_begin);
            m_pos = p;
            return scanEscapedRest(out, start);
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(reinterpret_cast<const uchar*>(p),
                                              reinterpret_cast<const uchar*>(m_end));
        if (length == 0)
            return failAt(QJsonParseError::IllegalUTF8String, p);
        ascii = false;
        p += length;
    }
    m_pos = p + 1;
    if (m_pos == m_end) // a string cannot end a valid document
        return failAt(QJsonParseError::UnterminatedString, m_pos);
    out.m_data = start;
    out.m_size = p - start;
    out.m_plainAscii = ascii;
    out.m_escaped = false;
    return true;
}

bool JsonScanner::scanEscapedRest(StringRef& out, const char* start)
{
    // m_pos is at the first backslash; what comes before it was checked.
    const char* p = m_pos;
    while (p < m_end && *p != '"') {
        const uchar c = uchar(*p);
        if (c == '\\') {
            ++p;
            if (p == m_end)
                return failAt(QJsonParseError::IllegalEscapeSequence, p);
            if (*p++ == 'u') {
                if (m_end - p < 4)
                    return failAt(QJsonParseError::IllegalEscapeSequence, p);
                for (int i = 0; i < 4; ++i, ++p) {
                    if (hexValue(*p) < 0)
                        return failAt(QJsonParseError::IllegalEscapeSequence, p);
                }
            }
            // Any other byte after a backslash is taken for itself, as
            // QJsonDocument does: \a is "a".
        } else if (c < 0x80) {
            ++p;
        } else {
            const int length = utf8SequenceLength(reinterpret_cast<const uchar*>(p),
                                                  reinterpret_cast<const uchar*>(m_end));
            if (length == 0)
                return failAt(QJsonParseError::IllegalUTF8String, p);
            p += length;
        }
    }
    if (p == m_end)
        return fail(QJsonParseError::UnterminatedString, (m_end - m_begin) + 1);
    m_pos = p + 1;
    if (m_pos == m_end)
        return failAt(QJsonParseError::UnterminatedString, m_pos);
    out.m_data = start;
    out.m_size = p - start;
    out.m_plainAscii = false;
    out.m_escaped = true;
    return true;
}
