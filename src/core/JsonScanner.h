#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonParseError>
#include <QLatin1String>
#include <QString>

#include <bitset>
#include <cstring>

// A pull reader over JSON text that builds no document. The caller walks the
// values it wants (nextMember / nextElement / readValue) and skips the rest;
// skipped values are still checked, so a document is only accepted as a
// whole if it is well formed.
//
// It accepts exactly what QJsonDocument::fromJson accepts, and reports the
// same QJsonParseError kind and byte offset for what it rejects, so replacing
// one with the other changes speed, never verdicts or messages. That includes
// QJsonDocument's own rules where they differ from RFC 8259: the root must be
// an object or an array, a UTF-8 byte order mark is skipped, raw control
// characters inside strings are kept, an unknown escape such as \a stands for
// the character itself, "1." and ".5" are numbers, numbers that overflow or
// underflow a double are rejected, and nesting stops at 1024 levels.
//
// Usage:
//     JsonScanner json(bytes);
//     if (json.openDocument() == JsonScanner::Type::Object) {
//         while (json.nextMember()) { // every member's value must be read or skipped
//             if (!json.key().equals(QLatin1String("name")))
//                 json.skipValue();
//             else if (json.readScalar() == JsonScanner::Type::String)
//                 name = json.string().toString();
//         }
//     }
//     json.closeDocument();
//     if (json.hasError()) ... json.errorString(), json.errorOffset()
//
// After the first error every call returns false or Type::Invalid, so loops
// like the one above end by themselves.
class JsonScanner
{
public:
    enum class Type : quint8
    {
        Invalid,
        Null,
        Bool,
        Number,
        String,
        Object,
        Array
    };

    // A string as written between its quotes. It points into the scanned
    // bytes, so it is only valid while they are; decoding is left to the
    // caller because most strings are only compared or skipped.
    class StringRef
    {
    public:
        QByteArrayView raw() const { return QByteArrayView(m_data, m_size); }
        bool isEmpty() const { return m_size == 0; }
        // Compares the text as a QJsonObject looks a key up. Plain ASCII
        // needs no decoding.
        bool equals(QLatin1String text) const
        {
            if (m_plainAscii)
                return m_size == text.size() &&
                       (m_size == 0 || std::memcmp(m_data, text.data(), size_t(m_size)) == 0);
            // toString() drops a leading byte order mark, as QJsonDocument's
            // values do, but QJsonObject compares keys with it: a key that
            // starts with one is never a Latin-1 name.
            if (startsWithByteOrderMark())
                return false;
            return toString() == text;
        }
        // The decoded text, as QJsonValue::toString() gives it: an
        // unescaped string loses a leading byte order mark (QString::fromUtf8
        // drops it), so judge emptiness on this, not on the bytes.
        QString toString() const;

    private:
        friend class JsonScanner;
        bool startsWithByteOrderMark() const
        {
            return !m_escaped && m_size >= 3 && uchar(m_data[0]) == 0xef &&
                   uchar(m_data[1]) == 0xbb && uchar(m_data[2]) == 0xbf;
        }
        const char* m_data = nullptr;
        qsizetype m_size = 0;
        bool m_plainAscii = true; // no escapes and no bytes above 0x7f
        bool m_escaped = false;
    };

    // QJsonDocument's limit, so that both agree on what is too deep.
    static constexpr int MaxDepth = 1024;

    // The bytes are not copied: they must outlive the scanner and every
    // StringRef it hands out, hence no temporaries.
    explicit JsonScanner(QByteArrayView json);
    explicit JsonScanner(QByteArray&&) = delete;

    // Reads up to and into the root, which must be an object or an array.
    Type openDocument();
    // After the root was closed: only whitespace may follow.
    bool closeDocument();

    // In an object: reads the next key and its colon, true if there is a
    // member whose value must now be read or skipped; false at the closing
    // brace (the object is left) or on error.
    bool nextMember();
    // In an array: true if there is an element to read or skip; false at
    // the closing bracket (the array is left) or on error.
    bool nextElement();

    // Reads the value that follows. An object or an array is entered: walk
    // it with nextMember / nextElement, or leave it with skipRest().
    Type readValue();
    // Reads the value that follows like readValue(), but an object or an
    // array is skipped whole: for callers that only want scalars but need
    // to know what else they got.
    Type readScalar();
    // Skips what is left of the innermost open object or array, and leaves it.
    bool skipRest();
    // Reads the value that follows and skips it whole.
    bool skipValue();

    const StringRef& key() const { return m_key; }
    // Of the last value read, by its type.
    const StringRef& string() const { return m_string; }
    double number() const { return m_number; }
    bool boolean() const { return m_boolean; }

    bool hasError() const { return m_error != QJsonParseError::NoError; }
    QJsonParseError::ParseError error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorString() const;

private:
    bool fail(QJsonParseError::ParseError error, qsizetype offset);
    bool failAt(QJsonParseError::ParseError error, const char* at)
    {
        return fail(error, at - m_begin);
    }
    void skipSpace()
    {
        while (m_pos < m_end &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool enter(bool isArray);
    void leave();
    bool scanString(StringRef& out);
    bool scanEscapedRest(StringRef& out, const char* start);
    bool scanNumber();
    bool scanNumberSlowly();
    bool scanLiteral(const char* rest, int length);

    const char* m_begin;
    const char* m_pos;
    const char* m_end;
    int m_depth = 0;
    // Whether the innermost container has had no member or element yet.
    bool m_first = false;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qsizetype m_errorOffset = 0;
    StringRef m_key;
    StringRef m_string;
    double m_number = 0;
    bool m_boolean = false;
    // One bit per open container, by depth: set for arrays. What skipRest
    // needs to walk any nesting without recursing.
    std::bitset<MaxDepth + 1> m_isArray;
};
