#include "Parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

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

QJsonObject parseObject(const QByteArray& body, QLatin1String expectedType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        fail(ParseTr::tr("the body is empty"));
    if (trimmed.startsWith('<'))
        fail(ParseTr::tr("the body is an HTML page, not JSON"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        fail(ParseTr::tr("the body is not valid JSON (%1 at byte %2)")
                 .arg(error.errorString())
                 .arg(error.offset));
    if (!doc.isObject())
        fail(ParseTr::tr("the body is not a JSON object"));
    const QJsonObject obj = doc.object();
    const QJsonValue type = obj.value(QLatin1String("type"));
    if (!type.isUndefined() && type.toString() != expectedType)
        fail(ParseTr::tr("expected an object of type \"%1\" but got \"%2\"")
                 .arg(expectedType, type.isString() ? type.toString() : ParseTr::tr("not a string")));
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

int requireCount(const QJsonObject& obj, QLatin1String key, const QString& path)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        fail(ParseTr::tr("\"%1\" is missing").arg(at(path, key)));
    if (!v.isDouble())
        fail(ParseTr::tr("\"%1\" is not a number").arg(at(path, key)));
    const double d = v.toDouble();
    if (d != std::floor(d))
        fail(ParseTr::tr("\"%1\" is not a whole number (%2)").arg(at(path, key)).arg(d));
    if (d < 0)
        fail(ParseTr::tr("\"%1\" is negative (%2)").arg(at(path, key)).arg(d));
    if (d > std::numeric_limits<int>::max())
        fail(ParseTr::tr("\"%1\" is too large (%2)").arg(at(path, key)).arg(d));
    return int(d);
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

template <typename T, typename Fn>
Result<T> guarded(Fn&& fn)
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
    return guarded<Team>([&] { return teamFrom(parseObject(body, QLatin1String("team")), QString()); });
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
    return guarded<QList<TeamMetric>>([&] {
        const QJsonObject obj = parseObject(body, QLatin1String("team_metric.list"));
        const QJsonArray array = requireArray(obj, QLatin1String("data"), QString());
        QList<TeamMetric> metrics;
        metrics.reserve(array.size());
        QSet<QString> seen;
        seen.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject m = requireObjectAt(array, i, QStringLiteral("data"));
            // The path is only built when something is wrong: this loop runs
            // for every teammate on every poll.
            const auto path = [i] { return QStringLiteral("data[%1]").arg(i); };
            const QJsonValue idValueRaw = m.value(QLatin1String("admin_id"));
            const auto id = idValue(idValueRaw);
            if (!id)
                fail(idValueRaw.isUndefined() || idValueRaw.isNull()
                         ? ParseTr::tr("\"%1.admin_id\" is missing").arg(path())
                         : ParseTr::tr("\"%1.admin_id\" is not a valid id").arg(path()));
            if (seen.contains(*id))
                fail(ParseTr::tr("admin_id \"%1\" appears twice in the metrics").arg(*id));
            seen.insert(*id);
            const auto count = [&](QLatin1String key) {
                const QJsonValue v = m.value(key);
                const double d = v.toDouble(-1);
                if (v.isDouble() && d >= 0 && d == std::floor(d) && d <= std::numeric_limits<int>::max())
                    return int(d);
                return requireCount(m, key, path()); // throws, naming the field
            };
            TeamMetric metric;
            metric.adminId = *id;
            metric.open = count(QLatin1String("open"));
            metric.idle = count(QLatin1String("idle"));
            metric.snoozed = count(QLatin1String("snoozed"));
            metrics.append(std::move(metric));
        }
        return metrics;
    });
}

} // namespace Parsers
