#pragma once

#include "TeamSnapshot.h"

#include <QList>
#include <QString>

// What changed from one poll to the next, matched by admin_id. added,
// countsChanged and otherChanged are in the order of the next snapshot's
// rows, removed in the order of the previous one's.
struct SnapshotDiff
{
    QList<QString> added;         // ids in next, not in previous
    QList<QString> removed;       // ids in previous, not in next
    QList<QString> countsChanged; // open, idle or snoozed differ
    QList<QString> otherChanged;  // name or away state differ, counts equal

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && countsChanged.isEmpty() &&
               otherChanged.isEmpty();
    }
};

SnapshotDiff diffSnapshots(const TeamSnapshot& previous, const TeamSnapshot& next);

// Moves `snapshot` on to the next poll in place and says what changed, as
// Snapshots::join followed by diffSnapshots would. `snapshot` must have been
// joined with `directory` (the store joins again whenever the directory
// changes): a teammate who stays keeps the row already joined, so only
// joiners are looked up, counts are compared as integers, and on the usual
// poll (the same teammates in the same order) no string is copied or
// hashed. Ids are assumed unique, as the parser guarantees.
SnapshotDiff advanceSnapshot(TeamSnapshot& snapshot, const QList<TeamMetric>& metrics,
                             const Directory& directory, const QDateTime& fetchedAt,
                             int idleThreshold);
