#pragma once

#include "TeamSnapshot.h"

#include <QList>
#include <QString>

// What changed from one poll to the next, matched by admin_id.
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
