#include "SnapshotDiff.h"

#include <QHash>

SnapshotDiff diffSnapshots(const TeamSnapshot& previous, const TeamSnapshot& next)
{
    SnapshotDiff diff;
    QHash<QString, const TeammateRow*> before;
    before.reserve(previous.rows.size());
    for (const TeammateRow& row : previous.rows)
        before.insert(row.adminId, &row);

    for (const TeammateRow& row : next.rows) {
        const auto it = before.constFind(row.adminId);
        if (it == before.cend()) {
            diff.added.append(row.adminId);
            continue;
        }
        const TeammateRow& old = **it;
        if (!old.sameCounts(row))
            diff.countsChanged.append(row.adminId);
        else if (!old.samePresence(row))
            diff.otherChanged.append(row.adminId);
        before.erase(it);
    }
    // Whatever is left was not in the new poll; keep the previous order.
    for (const TeammateRow& row : previous.rows)
        if (before.contains(row.adminId))
            diff.removed.append(row.adminId);
    return diff;
}
