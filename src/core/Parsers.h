#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

// Pure functions from response bodies to value types. Unknown fields are
// ignored; a missing or wrongly typed required field, a negative count or a
// duplicate id is a BadResponse error that names what was wrong.
namespace Parsers {

Result<Me> parseMe(const QByteArray& body);
Result<QList<Team>> parseTeams(const QByteArray& body);
Result<Team> parseTeam(const QByteArray& body);
Result<QList<Admin>> parseAdmins(const QByteArray& body);
Result<QList<AwayReason>> parseAwayReasons(const QByteArray& body);
Result<QList<TeamMetric>> parseTeamMetrics(const QByteArray& body);

} // namespace Parsers
