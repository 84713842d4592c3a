// The QJsonDocument-based parsers (/me, /teams, /teams/{id}, /admins,
// /away_status_reasons) and the error.list reader, all on the same bytes:
// each returns a value or a BadResponse, and a value holds no empty or
// repeated id and no negative count.
#include "ApiError.h"
#include "FuzzSupport.h"
#include "Parsers.h"

namespace {

template <typename T> bool accepted(const Result<T>& result, const char* parser)
{
    if (!result.ok())
        Fuzz::check(result.error().kind() == ApiError::Kind::BadResponse, parser,
                    QStringLiteral("wrong error kind"));
    return result.ok();
}

void checkTeam(const Team& team)
{
    Fuzz::check(!team.id.isEmpty(), "team id empty");
    Fuzz::check(!team.assignmentLimit || *team.assignmentLimit >= 0, "negative assignment_limit");
    for (const QString& id : team.adminIds)
        Fuzz::check(!id.isEmpty(), "team admin_ids: empty id");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    if (const auto me = Parsers::parseMe(body); accepted(me, "parseMe")) {
        Fuzz::check(!me.value().adminId.isEmpty(), "me: empty id");
        Fuzz::check(!me.value().app.idCode.isNull(), "me: no app id_code");
    }
    if (const auto teams = Parsers::parseTeams(body); accepted(teams, "parseTeams")) {
        for (const Team& team : teams.value())
            checkTeam(team);
        Fuzz::checkIds(
            teams.value(), [](const Team& t) { return t.id; }, "teams");
    }
    if (const auto team = Parsers::parseTeam(body); accepted(team, "parseTeam"))
        checkTeam(team.value());
    if (const auto admins = Parsers::parseAdmins(body); accepted(admins, "parseAdmins")) {
        Fuzz::checkIds(
            admins.value(), [](const Admin& a) { return a.id; }, "admins");
        for (const Admin& admin : admins.value())
            Fuzz::check(!admin.awayReasonId || !admin.awayReasonId->isEmpty(),
                        "admins: empty away reason id");
    }
    if (const auto reasons = Parsers::parseAwayReasons(body); accepted(reasons, "parseAwayReasons"))
        for (const AwayReason& reason : reasons.value())
            Fuzz::check(!reason.id.isEmpty(), "away reasons: empty id");

    // Any status with any body maps to one kind and a sentence.
    for (const int status : {400, 401, 403, 404, 429, 500}) {
        const ApiError error = ApiError::fromHttp(status, body);
        Fuzz::check(!error.userMessage().isEmpty(), "error without a message");
    }
    return 0;
}
