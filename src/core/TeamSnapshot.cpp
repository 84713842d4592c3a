#include "TeamSnapshot.h"

#include <QCoreApplication>

namespace {
struct SnapshotTr
{
    Q_DECLARE_TR_FUNCTIONS(TeamSnapshot)
};
} // namespace

namespace Snapshots {

TeamSnapshot join(const QString& teamId, const QList<TeamMetric>& metrics,
                  const Directory& directory, const QDateTime& fetchedAt, int idleThreshold)
{
    TeamSnapshot snapshot;
    snapshot.teamId = teamId;
    snapshot.fetchedAt = fetchedAt;
    snapshot.idleThreshold = idleThreshold;
    joinTeam(snapshot, directory);
    // Translated once, not once per unknown teammate: before the directory
    // has loaded, that is every row of every poll.
    QString unknownName;
    snapshot.rows.reserve(metrics.size());
    for (const TeamMetric& m : metrics) {
        // Filled in place: this runs for every teammate on every poll.
        TeammateRow& row = snapshot.rows.emplaceBack();
        joinRow(row, m, directory, unknownName);
        snapshot.awayCount += row.away ? 1 : 0;
    }
    snapshot.totals = totalsOf(snapshot.rows);
    snapshot.activeCount = int(snapshot.rows.size()) - snapshot.awayCount;
    return snapshot;
}

void joinTeam(TeamSnapshot& snapshot, const Directory& directory)
{
    if (const auto team = directory.teams.constFind(snapshot.teamId);
        team != directory.teams.cend()) {
        snapshot.teamName = team->name;
        snapshot.assignmentLimit = team->assignmentLimit;
    } else {
        snapshot.teamName.clear();
        snapshot.assignmentLimit.reset();
    }
}

void joinRow(TeammateRow& row, const TeamMetric& m, const Directory& directory,
             QString& unknownName)
{
    row.adminId = m.adminId;
    row.open = m.open;
    row.idle = m.idle;
    row.snoozed = m.snoozed;
    if (const auto admin = directory.admins.constFind(m.adminId);
        admin != directory.admins.cend()) {
        row.known = true;
        row.name = admin->name;
        row.jobTitle = admin->jobTitle;
        row.away = admin->away;
        if (admin->away && admin->awayReasonId) {
            const auto reason = directory.awayReasons.constFind(*admin->awayReasonId);
            if (reason != directory.awayReasons.cend())
                row.awayReason = reason->label;
        }
    } else {
        if (unknownName.isNull())
            unknownName = SnapshotTr::tr("Teammate %1");
        row.name = unknownName.arg(m.adminId);
    }
}

Totals totalsOf(const QList<TeammateRow>& rows)
{
    Totals totals;
    for (const TeammateRow& row : rows) {
        totals.open += row.open;
        totals.idle += row.idle;
        totals.snoozed += row.snoozed;
    }
    return totals;
}

} // namespace Snapshots
