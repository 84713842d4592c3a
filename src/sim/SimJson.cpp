#include "SimJson.h"

#include "SimWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SimJson {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue integerId(const QString& id)
{
    return QJsonValue(id.toLongLong());
}

QJsonObject teamObject(const SimWorkspace& workspace, const SimTeam& team)
{
    QJsonArray adminIds;
    for (const int member : team.members)
        adminIds.append(integerId(workspace.admins().at(member).id));
    QJsonObject o{
        {QStringLiteral("type"), QStringLiteral("team")},
        {QStringLiteral("id"), team.id},
        {QStringLiteral("name"), team.name},
        {QStringLiteral("admin_ids"), adminIds},
    };
    if (team.distribution == SimDistribution::LoadBalanced) {
        o.insert(QStringLiteral("distribution_method"), QStringLiteral("load_balanced"));
        o.insert(QStringLiteral("assignment_limit"), team.assignmentLimit);
    } else {
        o.insert(QStringLiteral("distribution_method"), QStringLiteral("round_robin"));
    }
    return o;
}

QJsonObject adminObject(const SimWorkspace& workspace, int index)
{
    const SimAdmin& admin = workspace.admins().at(index);
    QJsonArray teamIds;
    for (const int t : admin.teams)
        teamIds.append(integerId(workspace.teams().at(t).id));
    const int reason = workspace.awayReasonIndex(index);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("admin")},
        {QStringLiteral("id"), admin.id},
        {QStringLiteral("name"), admin.name},
        {QStringLiteral("email"), admin.email},
        {QStringLiteral("job_title"), admin.jobTitle},
        {QStringLiteral("away_mode_enabled"), workspace.isAway(index)},
        {QStringLiteral("away_mode_reassign"),
         workspace.isAway(index) && workspace.awayReassign(index)},
        {QStringLiteral("away_status_reason_id"),
         reason >= 0 ? integerId(workspace.awayReasons().at(reason).id)
                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has_inbox_seat"), true},
        {QStringLiteral("team_ids"), teamIds},
        {QStringLiteral("avatar"),
         admin.avatarUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(admin.avatarUrl)},
    };
}

QJsonObject supervisorObject(const SimWorkspace& workspace)
{
    const SimAdmin& admin = workspace.supervisor();
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("admin")},
        {QStringLiteral("id"), admin.id},
        {QStringLiteral("name"), admin.name},
        {QStringLiteral("email"), admin.email},
        {QStringLiteral("job_title"), admin.jobTitle},
        {QStringLiteral("away_mode_enabled"), false},
        {QStringLiteral("away_mode_reassign"), false},
        {QStringLiteral("away_status_reason_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has_inbox_seat"), true},
        {QStringLiteral("team_ids"), QJsonArray()},
        {QStringLiteral("avatar"), admin.avatarUrl},
    };
}

} // namespace

QByteArray me(const SimWorkspace& workspace)
{
    const SimAdmin& admin = workspace.supervisor();
    const SimAppInfo& app = workspace.app();
    return compact(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("admin")},
        {QStringLiteral("id"), admin.id},
        {QStringLiteral("email"), admin.email},
        {QStringLiteral("name"), admin.name},
        {QStringLiteral("job_title"), admin.jobTitle},
        {QStringLiteral("away_mode_enabled"), false},
        {QStringLiteral("away_mode_reassign"), false},
        {QStringLiteral("has_inbox_seat"), true},
        {QStringLiteral("team_ids"), QJsonArray()},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("avatar"), QJsonObject{{QStringLiteral("type"), QStringLiteral("avatar")},
                                               {QStringLiteral("image_url"), admin.avatarUrl}}},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("type"), QStringLiteral("app")},
                                            {QStringLiteral("id_code"), app.idCode},
                                            {QStringLiteral("name"), app.name},
                                            {QStringLiteral("region"), app.region},
                                            {QStringLiteral("timezone"), app.timezone},
                                            {QStringLiteral("created_at"), app.createdAt},
                                            {QStringLiteral("identity_verification"), false}}},
    });
}

QByteArray teamList(const SimWorkspace& workspace)
{
    QJsonArray teams;
    for (const SimTeam& t : workspace.teams())
        teams.append(teamObject(workspace, t));
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("team.list")},
                               {QStringLiteral("teams"), teams}});
}

QByteArray team(const SimWorkspace& workspace, const SimTeam& team)
{
    return compact(teamObject(workspace, team));
}

QByteArray adminList(const SimWorkspace& workspace)
{
    QJsonArray admins;
    admins.append(supervisorObject(workspace));
    for (int i = 0; i < workspace.admins().size(); ++i)
        admins.append(adminObject(workspace, i));
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("admin.list")},
                               {QStringLiteral("admins"), admins}});
}

QByteArray awayReasonList(const SimWorkspace& workspace)
{
    QJsonArray data;
    for (const SimAwayReason& r : workspace.awayReasons()) {
        data.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("away_status_reason")},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("emoji"), r.emoji},
            {QStringLiteral("order"), r.order},
            {QStringLiteral("deleted"), r.deleted},
            {QStringLiteral("created_at"), r.createdAt},
            {QStringLiteral("updated_at"), r.updatedAt},
        });
    }
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("list")},
                               {QStringLiteral("data"), data}});
}

QByteArray teamMetrics(const QList<SimMetric>& metrics)
{
    QJsonArray data;
    for (const SimMetric& m : metrics) {
        data.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("team_metric")},
            {QStringLiteral("admin_id"), m.adminId},
            {QStringLiteral("open"), m.open},
            {QStringLiteral("idle"), m.idle},
            {QStringLiteral("snoozed"), m.snoozed},
        });
    }
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("team_metric.list")},
                               {QStringLiteral("data"), data}});
}

QByteArray error(const QString& requestId, const QString& code, const QString& message,
                 const QString& field)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("error.list")},
                               {QStringLiteral("request_id"), requestId},
                               {QStringLiteral("errors"), QJsonArray{e}}});
}

} // namespace SimJson
