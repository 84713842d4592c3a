#pragma once

#include "SimTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

class SimWorkspace;

// Response bodies in the shapes of Intercom's OpenAPI description, with its
// quirks kept on purpose: admin ids are strings but team.admin_ids and
// admin.team_ids are integers; away_status_reason.id is a string but
// admin.away_status_reason_id an integer; /me has an avatar object where
// /admins has a URL string. Compact JSON, as Intercom sends.
namespace SimJson {

QByteArray me(const SimWorkspace& workspace);
QByteArray teamList(const SimWorkspace& workspace);
QByteArray team(const SimWorkspace& workspace, const SimTeam& team);
QByteArray adminList(const SimWorkspace& workspace);
QByteArray awayReasonList(const SimWorkspace& workspace);
QByteArray teamMetrics(const QList<SimMetric>& metrics);
QByteArray error(const QString& requestId, const QString& code, const QString& message,
                 const QString& field = {});

} // namespace SimJson
