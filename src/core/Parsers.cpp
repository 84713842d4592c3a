#include "Parsers.h"

#include "JsonScanner.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <limits>
#include <vector>

namespace {

struct ParseTr
{
    Q_DECLARE_TR_FUNCTIONS(Parsers)
};

// Thrown inside this file only, turned into an ApiError at the boundary, so
// the field readers stay one line each.
struct ParseFailure
{
    QString what;
};

[[noreturn]] void fail(QString what)
{
    throw ParseFailure{std::move(what)};
}

QString at(const QString& path, QLatin1String key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

// What every body is checked for before it is read as JSON.
void requireJsonLooking(const QByteArray& body)
{
    const QByteArrayView trimmed = QByteArrayView(body).trimmed();
    if (trimmed.isEmpty())
        fail(ParseTr::tr("the body is empty"));
    if (trimmed.startsWith('<'))
        fail(ParseTr::tr("the body is an HTML page, not JSON"));
}

[[noreturn]] void failNotValidJson(const QString& error, qsizetype offset)
{
    fail(ParseTr::tr("the body is not valid JSON (%1 at byte %2)").arg(error).arg(offset));
}

void requireType(const QJsonValue& type, QLatin1String expectedType)
{
    if (!type.isUndefined() && type.toString() != expectedType)
        fail(ParseTr::tr("expected an object of type \"%1\" but got \"%2\"")
                 .arg(expectedType,
                      type.isString() ? type.toString() : ParseTr::tr("not a string")));
}

QJsonObject parseObject(const QByteArray& body, QLatin1String expectedType)
{
    requireJsonLooking(body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        failNotValidJson(error.errorString(), error.offset);
    if (!doc.isObject())
        fail(ParseTr::tr("the body is not a JSON object"));
    const QJsonObject obj = doc.object();
    requireType(obj.value(QLatin1String("type")), expectedType);
    return obj;
}

QJsonArray requireArray(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        fail(ParseTr::tr("\"%1\" is missing").arg(at(path, key)));
    if (!v.isArray())
        fail(ParseTr::tr("\"%1\" is not an array").arg(at(path, key)));
    return v.toArray();
}

QJsonObject requireObjectAt(const QJsonArray& array, qsizetype i, const QString& path)
{
    const QJsonValue v = array.at(i);
    if (!v.isObject())
        fail(ParseTr::tr("\"%1[%2]\" is not an object").arg(path).arg(i));
    return v.toObject();
}

// Ids are strings in some places of the spec and integers in others.
std::optional<QString> idValue(const QJsonValue& v)
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

QString requireId(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        fail(ParseTr::tr("\"%1\" is missing").arg(at(path, key)));
    const auto id = idValue(v);
    if (!id)
        fail(ParseTr::tr("\"%1\" is not a valid id").arg(at(path, key)));
    return *id;
}

QString requireString(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        fail(ParseTr::tr("\"%1\" is missing").arg(at(path, key)));
    if (!v.isString())
        fail(ParseTr::tr("\"%1\" is not a string").arg(at(path, key)));
    return v.toString();
}

QString optionalString(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        fail(ParseTr::tr("\"%1\" is not a string").arg(at(path, key)));
    return v.toString();
}

bool optionalBool(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(ParseTr::tr("\"%1\" is not true or false").arg(at(path, key)));
    return v.toBool();
}

// A number as written in an error message: whole numbers with all their
// digits (a double beyond 2^53 is still a whole number), others as short as
// they can be without changing their value.
QString numberText(double d)
{
    if (d == std::floor(d) && std::abs(d) < 1e300)
        return QString::number(d, 'f', 0);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

int countFrom(const QJsonValue& v, const QString& field)
{
    if (v.isUndefined() || v.isNull())
        fail(ParseTr::tr("\"%1\" is missing").arg(field));
    if (!v.isDouble())
        fail(ParseTr::tr("\"%1\" is not a number").arg(field));
    const double d = v.toDouble();
    if (d != std::floor(d))
        fail(ParseTr::tr("\"%1\" is not a whole number (%2)").arg(field, numberText(d)));
    if (d < 0)
        fail(ParseTr::tr("\"%1\" is negative (%2)").arg(field, numberText(d)));
    if (d > std::numeric_limits<int>::max())
        fail(ParseTr::tr("\"%1\" is too large (%2)").arg(field, numberText(d)));
    return int(d);
}

int requireCount(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    return countFrom(obj.value(key), at(path, key));
}

QList<QString> optionalIdList(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(ParseTr::tr("\"%1\" is not an array").arg(at(path, key)));
    QList<QString> ids;
    const QJsonArray array = v.toArray();
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto id = idValue(array.at(i));
        if (!id)
            fail(ParseTr::tr("\"%1[%2]\" is not a valid id").arg(at(path, key)).arg(i));
        ids.append(*id);
    }
    return ids;
}

QString avatarUrl(const QJsonValue& v)
{
    // Declared as a URI string, returned by /me as {"type":"avatar","image_url":…}.
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("image_url")).toString();
    return QString();
}

Team teamFrom(const QJsonObject& obj, const QString& path)
{
    Team team;
    team.id = requireId(obj, QLatin1String("id"), path);
    team.name = requireString(obj, QLatin1String("name"), path);
    team.adminIds = optionalIdList(obj, QLatin1String("admin_ids"), path);
    team.distributionMethod = optionalString(obj, QLatin1String("distribution_method"), path);
    const QJsonValue limit = obj.value(QLatin1String("assignment_limit"));
    if (!limit.isUndefined() && !limit.isNull())
        team.assignmentLimit = requireCount(obj, QLatin1String("assignment_limit"), path);
    return team;
}

// --- Team metrics, read straight from the bytes --------------------------
//
// They are polled for every teammate every few seconds, so they skip the
// QJsonDocument the other bodies go through. The verdicts and messages stay
// the same as if they went through it.

// A member's value as last seen. JSON objects keep the last of duplicate
// keys, so nothing is judged before the object has been read whole.
struct SeenValue
{
    JsonScanner::Type type = JsonScanner::Type::Invalid; // Invalid: not there
    double number = 0;
    bool boolean = false;
    JsonScanner::StringRef string; // points into the body
};

SeenValue readSeenValue(JsonScanner& json)
{
    SeenValue v;
    v.type = json.readScalar(); // of an object or an array, only the kind matters
    if (v.type == JsonScanner::Type::Number)
        v.number = json.number();
    else if (v.type == JsonScanner::Type::Bool)
        v.boolean = json.boolean();
    else if (v.type == JsonScanner::Type::String)
        v.string = json.string();
    return v;
}

// The value QJsonDocument would have given, for the checks and messages
// shared with the other parsers. Only wrong or unusual values get here.
QJsonValue toJsonValue(const SeenValue& v)
{
    switch (v.type) {
    case JsonScanner::Type::Invalid:
        return QJsonValue(QJsonValue::Undefined);
    case JsonScanner::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonScanner::Type::Bool:
        return QJsonValue(v.boolean);
    case JsonScanner::Type::Number:
        return QJsonValue(v.number);
    case JsonScanner::Type::String:
        return QJsonValue(v.string.toString());
    case JsonScanner::Type::Object:
        return QJsonValue(QJsonValue::Object);
    case JsonScanner::Type::Array:
        return QJsonValue(QJsonValue::Array);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// One "data" member of a metrics body, read as far as its elements are right.
struct MetricsData
{
    enum class State
    {
        Missing,
        NotArray,
        Array
    };
    State state = State::Missing;
    // Up to the first wrong element; it is here too if only its counts were
    // wrong, because the duplicate check on its id came first.
    QList<TeamMetric> metrics;
    std::optional<QString> error; // about the first wrong element
};

struct MetricFields
{
    SeenValue adminId;
    SeenValue open;
    SeenValue idle;
    SeenValue snoozed;
};

// The checks, and their order, of a metrics element read from a QJsonObject,
// but for the duplicate check, which is made once for all ids at the end.
// Throws, having set metric.adminId if only a count was wrong.
void fillMetric(const MetricFields& fields, qsizetype index, TeamMetric& metric)
{
    // The path is only built when something is wrong: this runs for every
    // teammate on every poll.
    const auto path = [index] { return QStringLiteral("data[%1]").arg(index); };
    // Emptiness is judged on the decoded text, as QJsonDocument's readers
    // judge it, not on the bytes between the quotes.
    if (fields.adminId.type == JsonScanner::Type::String)
        metric.adminId = fields.adminId.string.toString();
    if (metric.adminId.isEmpty()) {
        const QJsonValue raw = toJsonValue(fields.adminId);
        const auto id = idValue(raw);
        if (!id)
            fail(raw.isUndefined() || raw.isNull()
                     ? ParseTr::tr("\"%1.admin_id\" is missing").arg(path())
                     : ParseTr::tr("\"%1.admin_id\" is not a valid id").arg(path()));
        metric.adminId = *id;
    }
    const auto count = [&](const SeenValue& v, QLatin1String key) {
        // Within int's range, int(d) is exact for whole numbers only.
        const double d = v.number;
        if (v.type == JsonScanner::Type::Number && d >= 0 && d <= std::numeric_limits<int>::max() &&
            double(int(d)) == d)
            return int(d);
        return countFrom(toJsonValue(v), at(path(), key)); // throws, naming the field
    };
    metric.open = count(fields.open, QLatin1String("open"));
    metric.idle = count(fields.idle, QLatin1String("idle"));
    metric.snoozed = count(fields.snoozed, QLatin1String("snoozed"));
}

// data[index], an object the scanner has just entered. The fields are the
// caller's, reused from element to element: clearing four whole values for
// every teammate showed in profiles, and only their types need resetting.
void readMetric(JsonScanner& json, qsizetype index, MetricFields& fields, MetricsData& data)
{
    fields.adminId.type = fields.open.type = fields.idle.type = fields.snoozed.type =
        JsonScanner::Type::Invalid;
    while (json.nextMember()) {
        const JsonScanner::StringRef& key = json.key();
        if (key.equals(QLatin1String("admin_id")))
            fields.adminId = readSeenValue(json);
        else if (key.equals(QLatin1String("open")))
            fields.open = readSeenValue(json);
        else if (key.equals(QLatin1String("idle")))
            fields.idle = readSeenValue(json);
        else if (key.equals(QLatin1String("snoozed")))
            fields.snoozed = readSeenValue(json);
        else
            json.skipValue();
    }
    if (json.hasError())
        return;
    TeamMetric metric;
    try {
        fillMetric(fields, index, metric);
    } catch (ParseFailure& failure) {
        data.error = std::move(failure.what);
        if (metric.adminId.isEmpty()) // the id itself was wrong
            return;
    }
    data.metrics.append(std::move(metric));
}

// The index of the first metric whose admin_id an earlier one has, or -1.
// A QSet<QString> filled along the way was a third of the whole parse: it
// rehashed as it grew and compared strings on every probe. This table is
// sized once and keeps each hash beside its index, so strings are only
// compared when they are most likely equal.
qsizetype firstRepeatedId(const QList<TeamMetric>& metrics)
{
    struct Slot
    {
        quint32 hash = 0;
        quint32 indexPlusOne = 0; // 0: empty
    };
    if (metrics.size() < 2)
        return -1;
    // A list of 4 billion metrics would not fit in memory to begin with.
    Q_ASSERT(metrics.size() < qsizetype(std::numeric_limits<quint32>::max()));
    qsizetype capacity = 16;
    while (capacity < 2 * metrics.size())
        capacity *= 2;
    const size_t mask = size_t(capacity - 1);
    std::vector<Slot> table(static_cast<size_t>(capacity));
    // Seeded like QHash, so that ids chosen to collide cannot make this slow.
    const size_t seed = QHashSeed::globalSeed();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString& id = metrics[i].adminId;
        const size_t hash = qHash(id, seed);
        for (size_t pos = hash & mask;; pos = (pos + 1) & mask) {
            Slot& slot = table[pos];
            if (slot.indexPlusOne == 0) {
                slot = Slot{quint32(hash), quint32(i + 1)};
                break;
            }
            if (slot.hash == quint32(hash) && metrics[slot.indexPlusOne - 1].adminId == id)
                return i;
        }
    }
    return -1;
}

void readMetricsData(JsonScanner& json, MetricsData& data)
{
    data = MetricsData(); // a repeated "data" replaces the earlier one
    switch (json.readValue()) {
    case JsonScanner::Type::Array:
        data.state = MetricsData::State::Array;
        break;
    case JsonScanner::Type::Invalid:
        return;
    case JsonScanner::Type::Object:
        json.skipRest();
        Q_FALLTHROUGH();
    default:
        data.state = MetricsData::State::NotArray;
        return;
    }
    MetricFields fields;
    for (qsizetype i = 0; json.nextElement(); ++i) {
        if (data.error) { // the rest only has to be valid JSON
            json.skipValue();
            continue;
        }
        const JsonScanner::Type type = json.readValue();
        if (type == JsonScanner::Type::Object) {
            readMetric(json, i, fields, data);
        } else if (type != JsonScanner::Type::Invalid) {
            if (type == JsonScanner::Type::Array)
                json.skipRest();
            data.error =
                ParseTr::tr("\"%1[%2]\" is not an object").arg(QStringLiteral("data")).arg(i);
        }
    }
}

QList<TeamMetric> readTeamMetrics(const QByteArray& body)
{
    requireJsonLooking(body);
    JsonScanner json(body);
    const JsonScanner::Type root = json.openDocument();
    SeenValue type;
    MetricsData data;
    if (root == JsonScanner::Type::Object) {
        while (json.nextMember()) {
            if (json.key().equals(QLatin1String("type")))
                type = readSeenValue(json);
            else if (json.key().equals(QLatin1String("data")))
                readMetricsData(json, data);
            else
                json.skipValue();
        }
    }
    // Anything wrong with the shape waits until the whole body is known to
    // be JSON: with QJsonDocument, a syntax error anywhere came first.
    json.closeDocument();
    if (json.hasError())
        failNotValidJson(json.errorString(), json.errorOffset());
    if (root != JsonScanner::Type::Object)
        fail(ParseTr::tr("the body is not a JSON object"));
    requireType(toJsonValue(type), QLatin1String("team_metric.list"));
    const QLatin1String dataKey("data");
    if (data.state == MetricsData::State::Missing)
        fail(ParseTr::tr("\"%1\" is missing").arg(at(QString(), dataKey)));
    if (data.state == MetricsData::State::NotArray)
        fail(ParseTr::tr("\"%1\" is not an array").arg(at(QString(), dataKey)));
    // The first duplicate comes before anything wrong with a later element,
    // and before a wrong count in its own.
    if (const qsizetype repeated = firstRepeatedId(data.metrics); repeated >= 0)
        fail(ParseTr::tr("admin_id \"%1\" appears twice in the metrics")
                 .arg(data.metrics[repeated].adminId));
    if (data.error)
        fail(*data.error);
    return std::move(data.metrics);
}

template <typename T, typename Fn> Result<T> guarded(Fn&& fn)
{
    try {
        return fn();
    } catch (const ParseFailure& failure) {
        return ApiError(ApiError::Kind::BadResponse, failure.what);
    }
}

} // namespace

namespace Parsers {

Result<Me> parseMe(const QByteArray& body)
{
    return guarded<Me>([&] {
        const QJsonObject obj = parseObject(body, QLatin1String("admin"));
        Me me;
        me.adminId = requireId(obj, QLatin1String("id"), QString());
        me.name = optionalString(obj, QLatin1String("name"), QString());
        me.email = optionalString(obj, QLatin1String("email"), QString());
        const QJsonValue app = obj.value(QLatin1String("app"));
        if (!app.isObject())
            fail(ParseTr::tr("\"app\" is missing"));
        const QJsonObject appObj = app.toObject();
        me.app.idCode = requireString(appObj, QLatin1String("id_code"), QStringLiteral("app"));
        me.app.name = optionalString(appObj, QLatin1String("name"), QStringLiteral("app"));
        me.app.region = optionalString(appObj, QLatin1String("region"), QStringLiteral("app"));
        return me;
    });
}

Result<QList<Team>> parseTeams(const QByteArray& body)
{
    return guarded<QList<Team>>([&] {
        const QJsonObject obj = parseObject(body, QLatin1String("team.list"));
        const QJsonArray array = requireArray(obj, QLatin1String("teams"), QString());
        QList<Team> teams;
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("teams[%1]").arg(i);
            Team team = teamFrom(requireObjectAt(array, i, QStringLiteral("teams")), path);
            if (seen.contains(team.id))
                fail(ParseTr::tr("team id \"%1\" appears twice").arg(team.id));
            seen.insert(team.id);
            teams.append(std::move(team));
        }
        return teams;
    });
}

Result<Team> parseTeam(const QByteArray& body)
{
    return guarded<Team>(
        [&] { return teamFrom(parseObject(body, QLatin1String("team")), QString()); });
}

Result<QList<Admin>> parseAdmins(const QByteArray& body)
{
    return guarded<QList<Admin>>([&] {
        const QJsonObject obj = parseObject(body, QLatin1String("admin.list"));
        const QJsonArray array = requireArray(obj, QLatin1String("admins"), QString());
        QList<Admin> admins;
        admins.reserve(array.size());
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("admins[%1]").arg(i);
            const QJsonObject a = requireObjectAt(array, i, QStringLiteral("admins"));
            Admin admin;
            admin.id = requireId(a, QLatin1String("id"), path);
            if (seen.contains(admin.id))
                fail(ParseTr::tr("admin id \"%1\" appears twice").arg(admin.id));
            seen.insert(admin.id);
            admin.name = requireString(a, QLatin1String("name"), path);
            admin.email = optionalString(a, QLatin1String("email"), path);
            admin.jobTitle = optionalString(a, QLatin1String("job_title"), path);
            admin.away = optionalBool(a, QLatin1String("away_mode_enabled"), path);
            const QJsonValue reason = a.value(QLatin1String("away_status_reason_id"));
            if (!reason.isUndefined() && !reason.isNull()) {
                const auto id = idValue(reason);
                if (!id)
                    fail(ParseTr::tr("\"%1.away_status_reason_id\" is not a valid id").arg(path));
                admin.awayReasonId = *id;
            }
            admin.teamIds = optionalIdList(a, QLatin1String("team_ids"), path);
            admin.avatarUrl = avatarUrl(a.value(QLatin1String("avatar")));
            admins.append(std::move(admin));
        }
        return admins;
    });
}

Result<QList<AwayReason>> parseAwayReasons(const QByteArray& body)
{
    return guarded<QList<AwayReason>>([&] {
        const QJsonObject obj = parseObject(body, QLatin1String("list"));
        const QJsonArray array = requireArray(obj, QLatin1String("data"), QString());
        QList<AwayReason> reasons;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("data[%1]").arg(i);
            const QJsonObject r = requireObjectAt(array, i, QStringLiteral("data"));
            AwayReason reason;
            reason.id = requireId(r, QLatin1String("id"), path);
            reason.label = requireString(r, QLatin1String("label"), path);
            reason.emoji = optionalString(r, QLatin1String("emoji"), path);
            reason.deleted = optionalBool(r, QLatin1String("deleted"), path);
            reasons.append(std::move(reason));
        }
        return reasons;
    });
}

Result<QList<TeamMetric>> parseTeamMetrics(const QByteArray& body)
{
    return guarded<QList<TeamMetric>>([&] { return readTeamMetrics(body); });
}

} // namespace Parsers
