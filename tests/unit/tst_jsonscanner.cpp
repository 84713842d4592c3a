// Differential test: JsonScanner and the metrics parser built on it must give
// the same answers as QJsonDocument and the QJsonDocument-based metrics
// parser they replaced, on tricky hand-written documents and on a few
// thousand seeded random mutations of a valid metrics body.
//
// moc does not understand raw strings, and is confused by comment markers in
// them: this file uses none.
#include "JsonScanner.h"
#include "Parsers.h"
#include "ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

namespace {

// --- The reference: what parseTeamMetrics did before the scanner ---------

struct Outcome
{
    bool ok = false;
    QList<TeamMetric> metrics;
    QString error;
};

struct RefFailure
{
    QString what;
};

[[noreturn]] void refFail(QString what)
{
    throw RefFailure{std::move(what)};
}

std::optional<QString> refId(const QJsonValue& v)
{
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d == std::floor(d) && d < 9.0e15)
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

// Numbers in messages: whole ones with all their digits.
QString refNumber(double d)
{
    if (d == std::floor(d) && std::abs(d) < 1e300)
        return QString::number(d, 'f', 0);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

int refCount(const QJsonObject& obj, const QString& key, const QString& path)
{
    const QString field = path + QLatin1Char('.') + key;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        refFail(QStringLiteral("\"%1\" is missing").arg(field));
    if (!v.isDouble())
        refFail(QStringLiteral("\"%1\" is not a number").arg(field));
    const double d = v.toDouble();
    if (d != std::floor(d))
        refFail(QStringLiteral("\"%1\" is not a whole number (%2)").arg(field, refNumber(d)));
    if (d < 0)
        refFail(QStringLiteral("\"%1\" is negative (%2)").arg(field, refNumber(d)));
    if (d > std::numeric_limits<int>::max())
        refFail(QStringLiteral("\"%1\" is too large (%2)").arg(field, refNumber(d)));
    return int(d);
}

QList<TeamMetric> refMetrics(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        refFail(QStringLiteral("the body is empty"));
    if (trimmed.startsWith('<'))
        refFail(QStringLiteral("the body is an HTML page, not JSON"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        refFail(QStringLiteral("the body is not valid JSON (%1 at byte %2)")
                    .arg(error.errorString())
                    .arg(error.offset));
    if (!doc.isObject())
        refFail(QStringLiteral("the body is not a JSON object"));
    const QJsonObject obj = doc.object();
    const QJsonValue type = obj.value(QLatin1String("type"));
    if (!type.isUndefined() && type.toString() != QLatin1String("team_metric.list"))
        refFail(QStringLiteral("expected an object of type \"%1\" but got \"%2\"")
                    .arg(QStringLiteral("team_metric.list"),
                         type.isString() ? type.toString() : QStringLiteral("not a string")));
    const QJsonValue data = obj.value(QLatin1String("data"));
    if (data.isUndefined())
        refFail(QStringLiteral("\"data\" is missing"));
    if (!data.isArray())
        refFail(QStringLiteral("\"data\" is not an array"));
    const QJsonArray array = data.toArray();
    QList<TeamMetric> metrics;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("data[%1]").arg(i);
        if (!array.at(i).isObject())
            refFail(QStringLiteral("\"%1\" is not an object").arg(path));
        const QJsonObject m = array.at(i).toObject();
        const QJsonValue rawId = m.value(QLatin1String("admin_id"));
        const auto id = refId(rawId);
        if (!id)
            refFail(rawId.isUndefined() || rawId.isNull()
                        ? QStringLiteral("\"%1.admin_id\" is missing").arg(path)
                        : QStringLiteral("\"%1.admin_id\" is not a valid id").arg(path));
        if (seen.contains(*id))
            refFail(QStringLiteral("admin_id \"%1\" appears twice in the metrics").arg(*id));
        seen.insert(*id);
        TeamMetric metric;
        metric.adminId = *id;
        metric.open = refCount(m, QStringLiteral("open"), path);
        metric.idle = refCount(m, QStringLiteral("idle"), path);
        metric.snoozed = refCount(m, QStringLiteral("snoozed"), path);
        metrics.append(metric);
    }
    return metrics;
}

Outcome reference(const QByteArray& body)
{
    try {
        return Outcome{true, refMetrics(body), QString()};
    } catch (const RefFailure& failure) {
        // An ApiError makes what it quotes from the server inert.
        return Outcome{false, {}, ServerText::inert(failure.what, 2 * ServerText::kMaxLength)};
    }
}

Outcome actual(const QByteArray& body)
{
    const auto result = Parsers::parseTeamMetrics(body);
    if (result.ok())
        return Outcome{true, result.value(), QString()};
    if (result.error().kind() != ApiError::Kind::BadResponse)
        return Outcome{false, {}, QStringLiteral("wrong error kind: ") + result.error().detail()};
    return Outcome{false, {}, result.error().detail()};
}

// --- The scanner on its own: a QJsonValue tree built from its events -----

struct Scanned
{
    QJsonParseError::ParseError error = QJsonParseError::NoError;
    qsizetype offset = 0;
    QJsonValue root;
};

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
            const QString key = json.key().toString();
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

Scanned scan(const QByteArray& body)
{
    JsonScanner json(body);
    Scanned result;
    result.root = scanValue(json, json.openDocument());
    json.closeDocument();
    result.error = json.error();
    result.offset = json.errorOffset();
    return result;
}

bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble()) // an integer and a double that are equal
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        // Side by side, not by lookup: QJsonObject::keys() drops a leading
        // byte order mark that a lookup by that key does not.
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
            if (!sameJson(i.value(), j.value()))
                return false;
        }
        return true;
    }
    return a == b;
}

// --- The corpus ----------------------------------------------------------

template <size_t N> QByteArray withNul(const char (&text)[N]) // keeps embedded NUL bytes
{
    return QByteArray(text, qsizetype(N) - 1);
}

// Values to try in every position of a metrics body.
QList<QByteArray> fragments()
{
    QList<QByteArray> list = {
        // numbers
        "0",
        "-0",
        "1",
        "-1",
        "1.0",
        "1.5",
        "0.5e1",
        "5e0",
        "1E2",
        "1e+2",
        "1e-2",
        "2.50e1",
        "-0.0",
        "0.0e5",
        "01",
        "-01",
        "00",
        "1.",
        ".5",
        "-.5",
        "1.e5",
        "-",
        "+1",
        "1e",
        "1e+",
        "1e-",
        "-e5",
        "e5",
        "0x10",
        "1_000",
        "1e400",
        "-1e400",
        "1e-400",
        "0e-400",
        "1e308",
        "2147483647",
        "2147483648",
        "-2147483648",
        "4294967296",
        "9e15",
        "8999999999999999",
        "9000000000000000",
        "9007199254740993",
        "9223372036854775807",
        "9223372036854775808",
        "123456789012345678901234567890",
        "0.1e-999999999999",
        "1e99999999999999999999",
        "NaN",
        "Infinity",
        "-Infinity",
        "nan",
        "1 2",
        "1,",
        "- 1",
        "1.2.3",
        "1ee2",
        "1e2e3",
        // literals
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "fals",
        "nulll",
        "True",
        "NULL",
        "truex",
        "n",
        "t",
        "f",
        // strings
        "\"\"",
        "\"x\"",
        "\"42\"",
        "\"0\"",
        "\"abc def\"",
        "\"\\n\\t\\r\\b\\f\\/\\\\\\\"\"",
        "\"\\u0041\\u00e9\\u20ac\"",
        "\"\\uD83D\\uDE00\"",
        "\"\\ud83d\\ude00\"",
        "\"\\uD800\"",
        "\"\\uDC00\"",
        "\"\\uDE00\\uD83D\"",
        "\"\\u0000\"",
        "\"\\a\"",
        "\"\\x41\"",
        "\"\\'\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "\"\\uGGGG\"",
        "\"\\U0041\"",
        "\"\\\"",
        "\"\\",
        "\"abc",
        "\"a\nb\"",
        "\"\t\"",
        "\"\x01\x1f\x7f\"",
        "\"caf\xc3\xa9\"",
        "\"\xe2\x82\xac\"",
        "\"\xf0\x9f\x98\x80\"",
        "\"\xef\xbf\xbf\"",
        "\"\xc3\"",
        "\"\xc3x\"",
        "\"\xed\xa0\x80\"",
        "\"\xf4\x90\x80\x80\"",
        "\"\xc0\x80\"",
        "\"\xc1\xbf\"",
        "\"\xe0\x80\x80\"",
        "\"\xf0\x80\x80\x80\"",
        "\"\xff\"",
        "\"\x80\"",
        "\"\xf5\x80\x80\x80\"",
        "\"\\\xc3\xa9\"",
        "\"\\\xc3\"",
        "\"x\\u0031\"",
        "\"\\u0031\\u0032\\u0033\"",
        "\"team_metric.list\"",
        "\"team_metric.lis\\u0074\"",
        "'x'",
        "\"a\"\"b\"",
        // containers
        "[]",
        "{}",
        "[1]",
        "[1,]",
        "[,1]",
        "[,]",
        "[1 2]",
        "[1,,2]",
        "[[]]",
        "[{}]",
        "{\"a\":1}",
        "{\"a\":1,}",
        "{,}",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1,\"a\":2}",
        "[",
        "{",
        "]",
        "}",
        "[}",
        "{]",
        "[1}",
        "{\"a\":1]",
        "[ ]",
        "{ }",
        "[\n1\r,\t2 ]",
        "{\"\":0}",
        "{\"a\\u0000b\":1}",
        // not JSON at all
        "/*c*/1",
        "1/*c*/",
        "//c\n1",
        "#1",
        "undefined",
        "x",
        "",
        " ",
        ",",
        ":",
        "\\",
    };
    list.append(withNul("\"a\0b\""));
    list.append(withNul("\0"));
    list.append(withNul("1\0"));
    return list;
}

QList<QByteArray> documents()
{
    QList<QByteArray> docs = {
        // the body as a whole
        "",
        " ",
        " \n\t\r",
        "\v",
        "\f",
        " \v{}",
        "\f{}",
        "<html></html>",
        "  <!DOCTYPE html>",
        "\xef\xbb\xbf<x>",
        "{}",
        "[]",
        "[1]",
        "\"x\"",
        "1",
        "null",
        "true",
        "{} ",
        " {}",
        "{}x",
        "{} {}",
        "{}{}",
        "{},",
        "[]]",
        "{}}",
        "\xef\xbb\xbf{}",
        "\xef\xbb\xbf",
        "\xef\xbb\xbf ",
        "\xef\xbb\xbf{\"data\":[]}",
        "\xef\xbb{}",
        "\xef\xbb\xbf\xef\xbb\xbf{}",
        "{\"data\":[]}",
        "{\"data\":[]} \n",
        "{\"type\":\"team_metric.list\",\"data\":[]}",
        // shapes
        "{\"type\":\"team_metric.list\"}",
        "{\"type\":\"error.list\",\"errors\":[]}",
        "{\"type\":null,\"data\":[]}",
        "{\"type\":1,\"data\":[]}",
        "{\"type\":\"\",\"data\":[]}",
        "{\"type\":[],\"data\":[]}",
        "{\"data\":{}}",
        "{\"data\":\"x\"}",
        "{\"data\":null}",
        "{\"data\":[1]}",
        "{\"data\":[[]]}",
        "{\"data\":[null]}",
        "{\"data\":[{}]}",
        "{\"data\":[{\"admin_id\":\"1\"}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"1\","
        "\"open\":2,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"42\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":42,"
        "\"open\":2,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"42\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":"
        "\"\\u0034\\u0032\",\"open\":2,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"42\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":4.2e1,"
        "\"open\":-2,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"2\","
        "\"open\":1.5,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"1\"}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"1\","
        "\"open\":-1,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},7,{\"admin_id\":\"1\","
        "\"open\":1,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"2\"},{"
        "\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}]}",
        // duplicate keys and orders: the last one wins, the checks keep their order
        "{\"data\":[1],\"data\":[]}",
        "{\"data\":[],\"data\":[1]}",
        "{\"data\":[],\"data\":{}}",
        "{\"data\":[],\"type\":\"x\"}",
        "{\"data\":[7],\"type\":\"x\"}",
        "{\"type\":\"x\",\"type\":\"team_metric.list\",\"data\":[]}",
        "{\"type\":\"team_metric.list\",\"type\":\"x\",\"data\":[]}",
        "{\"data\":[{\"snoozed\":1,\"idle\":2,\"open\":3,\"admin_id\":\"9\"}]}",
        "{\"data\":[{\"open\":-1,\"admin_id\":\"9\",\"open\":1,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"9\",\"open\":1,\"idle\":0,\"snoozed\":0,\"admin_id\":null}]}",
        "{\"data\":[{\"admin_id\":null,\"open\":1,\"idle\":0,\"snoozed\":0,\"admin_id\":\"9\"}]}",
        "{\"data\":[{\"admin_id\":\"9\",\"open\":\"x\",\"idle\":-1}]}",
        "{\"d\\u0061ta\":[{\"admin\\u005fid\":\"9\",\"\\u006fpen\":1,\"idle\":0,\"snoozed\":0}],"
        "\"typ\\u0065\":\"team_metric.list\"}",
        // syntax errors outrank shape errors, wherever they are
        "{\"type\":\"x\",\"data\":[1,}",
        "{\"data\":7,\"x\":[1,]}",
        "[1,]",
        "{\"data\":[{\"admin_id\":\"\"}],\"x\":tru}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}]} x",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":\"1\"}],"
        "\"x\":\"\xc3\"}",
    };
    docs.append(withNul("{\"data\":[]}\0"));
    docs.append(withNul("\0{\"data\":[]}"));
    docs.append(withNul("{\"data\":[{\"admin_id\":\"1\0\",\"open\":1,\"idle\":0,\"snoozed\":0}]}"));
    docs.append(withNul(
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}],\"x\":\"\0\"}"));

    // Every fragment in every place that reads it differently.
    const QList<QByteArray> templates = {
        "@",
        "{\"type\":\"team_metric.list\",\"data\":[],\"x\":@}",
        "{\"x\":@,\"type\":\"team_metric.list\",\"data\":[]}",
        "{\"type\":@,\"data\":[]}",
        "{\"data\":@}",
        "{\"data\":[@]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0,\"x\":@}]}",
        "{\"data\":[{\"admin_id\":@,\"open\":1,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":@,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":@}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0},{\"admin_id\":@,"
        "\"open\":1,\"idle\":0,\"snoozed\":0}]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}],\"x\":[@]}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}],@:1}",
        "{\"data\":[{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}],\"x\":@",
        "[@",
    };
    for (const QByteArray& fragment : fragments()) {
        for (const QByteArray& t : templates) {
            QByteArray doc = t;
            docs.append(doc.replace("@", fragment));
        }
    }

    // Nesting around QJsonDocument's limit, and far beyond it.
    for (const int depth : {2, 64, 1023, 1024, 1025, 5000}) {
        docs.append(QByteArray(depth, '[') + QByteArray(depth, ']'));
        docs.append(QByteArray(depth, '['));
        docs.append("{\"data\":[]," + QByteArray("\"x\":{").repeated(depth - 1) +
                    QByteArray(depth - 1, '}') + '}');
        docs.append("{\"data\":[],\"x\":" + QByteArray("[{\"y\":").repeated(depth / 2) + "1" +
                    QByteArray("}]").repeated(depth / 2) + '}');
    }
    return docs;
}

// A valid body with some of everything a scanner can meet.
QByteArray richBody()
{
    return "{\"type\":\"team_metric.list\",\"pages\":{\"type\":\"pages\",\"next\":null,\"per_"
           "page\":50,\"total\":[1,2.5,-3e2,true,false]},"
           "\"data\":[{\"type\":\"team_metric\",\"admin_id\":\"123\",\"open\":5,\"idle\":2,"
           "\"snoozed\":1},\n"
           "  {\"type\" : \"team_metric\" , \"admin_id\" : 456 , \"open\" : 3.0 , \"idle\" : 0 , "
           "\"snoozed\" : 2e0 },\r\n"
           "\t{\"admin_id\":\"caf\xc3\xa9\\u00e9\\n\",\"open\":0,\"idle\":0,\"snoozed\":0,\"note\":"
           "\"\\uD83D\\uDE00 \\\"q\\\" \\\\ \\/\"},"
           "{\"admin_id\":\"7\",\"open\":2147483647,\"idle\":10,\"snoozed\":0,\"extra\":{"
           "\"nested\":[[],{},[{\"a\":[null]}]]}},"
           "{\"snoozed\":4,\"idle\":3,\"open\":9,\"admin_id\":\"8\",\"admin_id\":\"80\"},"
           "{\"admin_id\":\"9\",\"open\":0.0,\"idle\":-0,\"snoozed\":1E1,\"x\":"
           "\"\xe2\x82\xac\xf0\x9f\x98\x80\"}]}";
}

QByteArray compactBody()
{
    QByteArray body = "{\"type\":\"team_metric.list\",\"data\":[";
    for (int i = 0; i < 6; ++i) {
        if (i)
            body += ',';
        body += "{\"type\":\"team_metric\",\"admin_id\":\"" + QByteArray::number(100 + i) +
                "\",\"open\":" + QByteArray::number(i * 3) + ",\"idle\":" + QByteArray::number(i) +
                ",\"snoozed\":" + QByteArray::number(i % 2) + '}';
    }
    return body + "]}";
}

QByteArray mutate(QByteArray body, QRandomGenerator& random)
{
    static const QList<QByteArray> tokens = {
        ",",
        ":",
        "{",
        "}",
        "[",
        "]",
        "\"",
        "\\",
        "\\u",
        "\\uD800",
        "0",
        "-",
        ".",
        "e",
        "1e999",
        " ",
        "\n",
        "\t",
        "null",
        "tru",
        "\"admin_id\":1,",
        "\"data\":[],",
        "\"open\":-1,",
        "\xc3",
        "\xed\xa0\x80",
        "\xf0\x9f",
        "\x7f",
        QByteArray(1, '\0'),
        "\x01",
        "/",
        "*",
        "\xef\xbb\xbf",
        "<",
    };
    const int steps = 1 + int(random.bounded(3));
    for (int step = 0; step < steps; ++step) {
        const qsizetype size = body.size();
        const qsizetype at = size ? qsizetype(random.bounded(quint32(size))) : 0;
        switch (random.bounded(6)) {
        case 0: // replace a byte with a token byte or any byte
            if (size)
                body[at] = random.bounded(2) ? tokens[random.bounded(quint32(tokens.size()))].at(0)
                                             : char(random.bounded(256));
            break;
        case 1:
            body.truncate(at);
            break;
        case 2:
            body.insert(at, tokens[random.bounded(quint32(tokens.size()))]);
            break;
        case 3:
            body.remove(at, 1 + qsizetype(random.bounded(3)));
            break;
        case 4: { // repeat a slice somewhere else
            const qsizetype length = qMin<qsizetype>(size - at, 1 + qsizetype(random.bounded(24)));
            const QByteArray slice = body.mid(at, length);
            body.insert(size ? qsizetype(random.bounded(quint32(size))) : 0, slice);
            break;
        }
        default: // flip one bit
            if (size)
                body[at] = char(body.at(at) ^ (1 << random.bounded(8)));
            break;
        }
    }
    return body;
}

QList<QByteArray> mutations()
{
    QRandomGenerator random(20260105);
    const QList<QByteArray> bases = {richBody(), compactBody()};
    QList<QByteArray> docs;
    for (int i = 0; i < 4000; ++i)
        docs.append(mutate(bases[i % bases.size()], random));
    return docs;
}

QString describe(const QByteArray& body)
{
    const QByteArray shown = body.size() > 300 ? body.left(300) + "..." : body;
    return QString::fromLatin1(shown.toPercentEncoding(" {}[]\":,.-+_"));
}

QString describe(const Outcome& o)
{
    if (!o.ok)
        return QStringLiteral("error: ") + o.error;
    QStringList rows;
    for (const TeamMetric& m : o.metrics)
        rows.append(
            QStringLiteral("%1/%2/%3/%4").arg(m.adminId).arg(m.open).arg(m.idle).arg(m.snoozed));
    return QStringLiteral("ok: ") + rows.join(QLatin1Char(' '));
}

// Compares everything; returns how many documents disagreed, printing the
// first few.
int metricsDisagreements(const QList<QByteArray>& docs)
{
    int disagreements = 0;
    for (const QByteArray& body : docs) {
        const Outcome want = reference(body);
        const Outcome got = actual(body);
        if (want.ok == got.ok && want.metrics == got.metrics && want.error == got.error)
            continue;
        if (++disagreements <= 10)
            qWarning("%s\n  want %s\n  got  %s", qPrintable(describe(body)),
                     qPrintable(describe(want)), qPrintable(describe(got)));
    }
    return disagreements;
}

int scannerDisagreements(const QList<QByteArray>& docs)
{
    int disagreements = 0;
    for (const QByteArray& body : docs) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        const Scanned got = scan(body);
        bool same = got.error == error.error;
        if (same && error.error != QJsonParseError::NoError)
            same = got.offset == error.offset;
        if (same && error.error == QJsonParseError::NoError)
            same = sameJson(got.root,
                            doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        if (same)
            continue;
        if (++disagreements <= 10)
            qWarning("%s\n  want error %d at %d\n  got  error %d at %lld",
                     qPrintable(describe(body)), int(error.error), error.offset, int(got.error),
                     qlonglong(got.offset));
    }
    return disagreements;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private slots:
    void handWrittenDocumentsScanLikeQJsonDocument()
    {
        const QList<QByteArray> docs = documents();
        QVERIFY(docs.size() > 2000);
        QCOMPARE(scannerDisagreements(docs), 0);
    }

    void handWrittenDocumentsParseLikeBefore() { QCOMPARE(metricsDisagreements(documents()), 0); }

    void mutatedBodiesScanLikeQJsonDocument() { QCOMPARE(scannerDisagreements(mutations()), 0); }

    void mutatedBodiesParseLikeBefore()
    {
        const QList<QByteArray> docs = mutations();
        QCOMPARE(metricsDisagreements(docs), 0);
        // The mutations must exercise both outcomes, or they prove little.
        qsizetype valid = 0;
        for (const QByteArray& body : docs)
            valid += reference(body).ok ? 1 : 0;
        QVERIFY2(valid > 100 && valid < docs.size() - 1000, qPrintable(QString::number(valid)));
    }

    void baseBodiesAreValid()
    {
        for (const QByteArray& body : {richBody(), compactBody()}) {
            const Outcome got = actual(body);
            QVERIFY2(got.ok, qPrintable(got.error));
            QCOMPARE(got.metrics.size(), 6);
        }
        const Outcome rich = actual(richBody());
        QCOMPARE(rich.metrics[1], (TeamMetric{QStringLiteral("456"), 3, 0, 2}));
        QCOMPARE(rich.metrics[2].adminId, QStringLiteral("caf\u00e9\u00e9\n"));
        QCOMPARE(rich.metrics[4], (TeamMetric{QStringLiteral("80"), 9, 3, 4}));
        QCOMPARE(rich.metrics[5], (TeamMetric{QStringLiteral("9"), 0, 0, 10}));
    }

    void stringsDecodeAsQJsonDocumentDecodes()
    {
        const QByteArray body = "[\"\\uD83D\\uDE00\",\"\\uD800x\",\"a\\u0000b\",\"\\a\\q\","
                                "\"\xf0\x9f\x98\x80\",\"\\\xc3\"]";
        const Scanned got = scan(body);
        QCOMPARE(got.error, QJsonParseError::NoError);
        const QJsonArray array = got.root.toArray();
        QCOMPARE(array.at(0).toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
        QCOMPARE(array.at(1).toString(), QString(QChar(char16_t(0xd800))) + QLatin1Char('x'));
        QCOMPARE(array.at(2).toString().size(), 3);
        QCOMPARE(array.at(3).toString(), QStringLiteral("aq"));
        QCOMPARE(array.at(5).toString(), QString(QChar(char16_t(0xc3))));
        QVERIFY(sameJson(got.root, QJsonDocument::fromJson(body).array()));
    }

    void byteOrderMarksInsideStringsDecodeAsQJsonDocumentDecodes()
    {
        // QJsonDocument decodes an unescaped string value with
        // QString::fromUtf8, which drops a leading U+FEFF: an id of just a
        // BOM is empty there, hence not a valid id, and must not pass as ""
        // here. A key is looked up with its BOM: BOM + "data" is not "data".
        const QList<QByteArray> docs = {
            "{\"data\":[{\"admin_id\":\"\xef\xbb\xbf\",\"open\":1,\"idle\":0,\"snoozed\":0}]}",
            "{\"\xef\xbb\xbf"
            "data\":[]}",
            "{\"data\":[{\"admin_id\":\"\xef\xbb\xbf"
            "1\",\"open\":1,\"idle\":0,\"snoozed\":0},"
            "{\"admin_id\":\"1\",\"open\":1,\"idle\":0,\"snoozed\":0}]}",
            "[\"\xef\xbb\xbf\",\"\xef\xbb\xbf\\n\",\"\xef\xbb\xbf\xef\xbb\xbf\","
            "\"\\u0041\xef\xbb\xbf\"]",
        };
        QCOMPARE(scannerDisagreements(docs), 0);
        QCOMPARE(metricsDisagreements(docs), 0);

        const Outcome bomId = actual(docs[0]);
        QVERIFY(!bomId.ok);
        QCOMPARE(bomId.error, QStringLiteral("\"data[0].admin_id\" is not a valid id"));
        const Outcome bomKey = actual(docs[1]);
        QVERIFY(!bomKey.ok);
        QCOMPARE(bomKey.error, QStringLiteral("\"data\" is missing"));
    }

    void deepNestingIsRefusedWithoutRecursion()
    {
        // Far deeper than any stack would take if each level recursed.
        const QByteArray deep = QByteArray(1000000, '[') + QByteArray(1000000, ']');
        JsonScanner json(deep);
        QCOMPARE(json.openDocument(), JsonScanner::Type::Array);
        QVERIFY(!json.closeDocument());
        QCOMPARE(json.error(), QJsonParseError::DeepNesting);
        QCOMPARE(json.errorOffset(), qsizetype(JsonScanner::MaxDepth + 1));

        const QByteArray deepest =
            QByteArray(JsonScanner::MaxDepth, '[') + QByteArray(JsonScanner::MaxDepth, ']');
        JsonScanner fits(deepest);
        fits.openDocument();
        QVERIFY(fits.closeDocument());
    }

    void readScalarSkipsContainersAndKeysCompareDecoded()
    {
        const QByteArray body = "{\"n\\u0061me\":{\"x\":[1,{}]},\"caf\xc3\xa9\":[],\"k\":\"v\"}";
        JsonScanner json(body);
        QCOMPARE(json.openDocument(), JsonScanner::Type::Object);
        QVERIFY(json.nextMember());
        QVERIFY(json.key().equals(QLatin1String("name")));
        QCOMPARE(json.readScalar(), JsonScanner::Type::Object);
        QVERIFY(json.nextMember());
        QVERIFY(json.key().equals(QLatin1String("caf\xe9")));
        QVERIFY(!json.key().equals(QLatin1String("cafe")));
        QCOMPARE(json.readScalar(), JsonScanner::Type::Array);
        QVERIFY(json.nextMember());
        QCOMPARE(json.key().raw(), QByteArrayView("k"));
        QCOMPARE(json.readScalar(), JsonScanner::Type::String);
        QCOMPARE(json.string().toString(), QStringLiteral("v"));
        QVERIFY(!json.nextMember());
        QVERIFY(json.closeDocument());
    }

    void errorsStopEverything()
    {
        const QByteArray body("{\"a\":[1,}");
        JsonScanner json(body);
        QCOMPARE(json.openDocument(), JsonScanner::Type::Object);
        QVERIFY(json.nextMember());
        QVERIFY(json.key().equals(QLatin1String("a")));
        QVERIFY(!json.skipValue());
        QVERIFY(json.hasError());
        QVERIFY(!json.nextMember());
        QCOMPARE(json.readValue(), JsonScanner::Type::Invalid);
        QVERIFY(!json.closeDocument());
        QCOMPARE(json.error(), QJsonParseError::MissingObject);
        QVERIFY(json.errorString().contains(QLatin1String("missing")));
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
