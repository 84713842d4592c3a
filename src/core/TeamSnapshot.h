#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Names, away state and teams, refreshed slowly; joined with fast metrics.
struct Directory
{
    QHash<QString, Admin> admins;
    QHash<QString, AwayReason> awayReasons;
    QHash<QString, Team> teams;
    QDateTime fetchedAt;
};

struct Totals
{
    int open = 0;
    int idle = 0;
    int snoozed = 0;
    friend bool operator==(const Totals&, const Totals&) = default;
};

// One teammate's row: the metric joined with who they are.
struct TeammateRow
{
    QString adminId;
    QString name; // falls back to "Teammate <id>" until the directory knows them
    bool known = false;
    QString jobTitle;
    bool away = false;
    std::optional<QString> awayReason; // label, when away with a reason
    int open = 0;
    int idle = 0;
    int snoozed = 0;

    bool sameCounts(const TeammateRow& o) const
    {
        return open == o.open && idle == o.idle && snoozed == o.snoozed;
    }
    bool samePresence(const TeammateRow& o) const
    {
        return name == o.name && away == o.away && awayReason == o.awayReason &&
               jobTitle == o.jobTitle && known == o.known;
    }
};

struct TeamSnapshot
{
    QString teamId;
    QString teamName;
    std::optional<int> assignmentLimit;
    QDateTime fetchedAt;
    int idleThreshold = 0;
    QList<TeammateRow> rows;
    // Worked out once, when the snapshot is joined; every view shows these.
    Totals totals;
    int activeCount = 0;
    int awayCount = 0;
};

namespace Snapshots {

TeamSnapshot join(const QString& teamId, const QList<TeamMetric>& metrics,
                  const Directory& directory, const QDateTime& fetchedAt, int idleThreshold);
Totals totalsOf(const QList<TeammateRow>& rows);
// One teammate's row, as join makes it. `unknownName` caches the translated
// "Teammate %1" across calls; pass the same empty string for one snapshot.
void joinRow(TeammateRow& row, const TeamMetric& metric, const Directory& directory,
             QString& unknownName);
// The team's name and assignment limit, from the directory.
void joinTeam(TeamSnapshot& snapshot, const Directory& directory);

} // namespace Snapshots
