// JsonScanner against QJsonDocument on the same bytes: the same verdict, the
// same error kind and offset when both reject, the same values when both
// accept (the scanner's events rebuilt into a QJsonValue tree).
#include "FuzzSupport.h"
#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QJsonValue scanValue(JsonScanner& json, JsonScanner::Type type)
{
    switch (type) {
    case JsonScanner::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonScanner::Type::Bool:
        return QJsonValue(json.boolean());
    case JsonScanner::Type::Number:
        return QJsonValue(json.number());
    case JsonScanner::Type::String:
        return QJsonValue(json.string().toString());
    case JsonScanner::Type::Object: {
        QJsonObject object;
        while (json.nextMember()) {
            // The key as QJsonDocument keeps it to tell members apart: with
            // a leading byte order mark, which toString() drops.
            const QByteArrayView raw = json.key().raw();
            QString key = json.key().toString();
            if (raw.startsWith("\xef\xbb\xbf") && !raw.contains('\\'))
                key.prepend(QChar(0xfeff));
            object.insert(key, scanValue(json, json.readValue())); // the last duplicate wins
        }
        return object;
    }
    case JsonScanner::Type::Array: {
        QJsonArray array;
        while (json.nextElement())
            array.append(scanValue(json, json.readValue()));
        return array;
    }
    case JsonScanner::Type::Invalid:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Objects as their members sorted by key, keys without their leading byte
// order marks: QJsonObject keeps them in a parsed key but its iterators and
// keys() drop one, so neither lookups nor the order of iteration can be
// compared directly. Members stay apart, so none is lost to a collision.
QJsonValue canonical(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& element : v.toArray())
            out.append(canonical(element));
        return out;
    }
    if (!v.isObject())
        return v.isDouble() ? QJsonValue(v.toDouble()) : v;
    QList<std::pair<QString, QJsonValue>> members;
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key();
        while (key.startsWith(QChar(0xfeff)))
            key.remove(0, 1);
        members.append({key, canonical(it.value())});
    }
    const auto text = [](const QJsonValue& value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    };
    std::sort(members.begin(), members.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : text(a.second) < text(b.second);
    });
    QJsonArray out;
    for (const auto& [key, value] : members)
        out.append(QJsonArray{key, value});
    return QJsonObject{{QStringLiteral("members"), out}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    QJsonParseError want;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &want);

    JsonScanner json(body);
    const QJsonValue root = scanValue(json, json.openDocument());
    json.closeDocument();

    Fuzz::check(json.error() == want.error, "verdict or error kind",
                QStringLiteral("scanner %1, QJsonDocument %2").arg(json.error()).arg(want.error));
    if (want.error != QJsonParseError::NoError) {
        Fuzz::check(json.errorOffset() == want.offset, "error offset",
                    QStringLiteral("scanner %1, QJsonDocument %2")
                        .arg(json.errorOffset())
                        .arg(want.offset));
        return 0;
    }
    const QJsonValue wanted = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    Fuzz::check(canonical(root) == canonical(wanted), "decoded values");

    // What the parsers compare keys with must agree with a QJsonObject
    // lookup, byte order marks included.
    if (doc.isObject()) {
        JsonScanner keys(body);
        keys.openDocument();
        const QJsonObject object = doc.object();
        while (keys.nextMember()) {
            for (const QLatin1String name :
                 {QLatin1String("data"), QLatin1String("type"), QLatin1String("admin_id")}) {
                if (keys.key().equals(name))
                    Fuzz::check(object.contains(name), "key compares equal but is not found");
            }
            keys.skipValue();
        }
    }
    return 0;
}
