#include "SnapshotDiff.h"

#include <QHash>
#include <QHashFunctions>

#include <algorithm>
#include <limits>
#include <vector>

SnapshotDiff diffSnapshots(const TeamSnapshot& previous, const TeamSnapshot& next)
{
    SnapshotDiff diff;
    const QList<TeammateRow>& before = previous.rows;

    // The previous rows by admin_id, in an open-addressing table sized once,
    // with each hash kept beside its row so that strings are only compared
    // on a likely match. A QHash<QString, ...> grew, copied every key,
    // compared strings on every probe and was most of the diff; this runs
    // for every teammate on every poll. With repeated ids the last row wins,
    // as it did there.
    struct Slot
    {
        quint32 hash = 0;
        quint32 rowPlusOne = 0; // 0: empty
    };
    // A snapshot of 4 billion rows would not fit in memory to begin with.
    Q_ASSERT(before.size() < qsizetype(std::numeric_limits<quint32>::max()));
    qsizetype capacity = 16;
    while (capacity < 2 * before.size())
        capacity *= 2;
    const size_t mask = size_t(capacity - 1);
    std::vector<Slot> table(static_cast<size_t>(capacity));
    std::vector<quint32> slotOfRow(static_cast<size_t>(before.size()));
    // Seeded like QHash, so that ids chosen to collide cannot make this slow.
    const size_t seed = QHashSeed::globalSeed();

    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString& id = before[i].adminId;
        const size_t hash = qHash(id, seed);
        size_t pos = hash & mask;
        for (;; pos = (pos + 1) & mask) {
            Slot& slot = table[pos];
            if (slot.rowPlusOne == 0 ||
                (slot.hash == quint32(hash) && before[slot.rowPlusOne - 1].adminId == id)) {
                slot = Slot{quint32(hash), quint32(i + 1)};
                break;
            }
        }
        slotOfRow[size_t(i)] = quint32(pos);
    }

    // A previous row is matched at most once: a repeated id in the new poll
    // counts as added, as it did when matched rows were erased from the hash.
    std::vector<bool> matched(static_cast<size_t>(capacity));
    for (const TeammateRow& row : next.rows) {
        const size_t hash = qHash(row.adminId, seed);
        const TeammateRow* old = nullptr;
        size_t pos = hash & mask;
        for (;; pos = (pos + 1) & mask) {
            const Slot& slot = table[pos];
            if (slot.rowPlusOne == 0)
                break;
            if (slot.hash == quint32(hash) && before[slot.rowPlusOne - 1].adminId == row.adminId) {
                if (!matched[pos])
                    old = &before[slot.rowPlusOne - 1];
                break;
            }
        }
        if (!old) {
            diff.added.append(row.adminId);
            continue;
        }
        if (!old->sameCounts(row))
            diff.countsChanged.append(row.adminId);
        else if (!old->samePresence(row))
            diff.otherChanged.append(row.adminId);
        matched[pos] = true;
    }
    // Whatever is left was not in the new poll; keep the previous order.
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!matched[slotOfRow[size_t(i)]])
            diff.removed.append(before[i].adminId);
    }
    return diff;
}

SnapshotDiff advanceSnapshot(TeamSnapshot& snapshot, const QList<TeamMetric>& metrics,
                             const Directory& directory, const QDateTime& fetchedAt,
                             int idleThreshold)
{
    SnapshotDiff diff;
    snapshot.fetchedAt = fetchedAt;
    snapshot.idleThreshold = idleThreshold;
    Snapshots::joinTeam(snapshot, directory);
    QList<TeammateRow>& rows = snapshot.rows;
    const qsizetype count = metrics.size();

    // A teammate's row stays where it was; only the counts can move. The
    // id compare is a length check and a few bytes, with no hashing.
    const auto update = [&diff](TeammateRow& row, const TeamMetric& m, Totals& totals) {
        if (row.open != m.open || row.idle != m.idle || row.snoozed != m.snoozed) {
            row.open = m.open;
            row.idle = m.idle;
            row.snoozed = m.snoozed;
            diff.countsChanged.append(row.adminId);
        }
        totals.open += m.open;
        totals.idle += m.idle;
        totals.snoozed += m.snoozed;
    };

    qsizetype same = 0;
    const qsizetype common = std::min(rows.size(), count);
    while (same < common && rows.at(same).adminId == metrics.at(same).adminId)
        ++same;
    Totals totals;
    if (same == rows.size() && same == count) {
        // The usual poll: the same teammates in the same order.
        for (qsizetype i = 0; i < count; ++i)
            update(rows[i], metrics.at(i), totals);
        snapshot.totals = totals;
        return diff;
    }

    // Someone joined, left or moved: rows are matched by id. The rows of
    // those who stay are moved, not copied, so their strings are not
    // touched either.
    QHash<QString, qsizetype> previousRow;
    previousRow.reserve(rows.size());
    for (qsizetype i = same; i < rows.size(); ++i)
        previousRow.insert(rows.at(i).adminId, i);
    std::vector<bool> taken(size_t(rows.size()), false);
    QList<TeammateRow> next;
    next.reserve(count);
    QString unknownName;
    int awayCount = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const TeamMetric& m = metrics.at(i);
        const qsizetype j = i < same ? i : previousRow.value(m.adminId, -1);
        if (j >= 0 && !taken[size_t(j)]) {
            taken[size_t(j)] = true;
            TeammateRow& row = next.emplaceBack(std::move(rows[j]));
            update(row, m, totals);
            awayCount += row.away ? 1 : 0;
            continue;
        }
        TeammateRow& row = next.emplaceBack();
        Snapshots::joinRow(row, m, directory, unknownName);
        diff.added.append(row.adminId);
        totals.open += row.open;
        totals.idle += row.idle;
        totals.snoozed += row.snoozed;
        awayCount += row.away ? 1 : 0;
    }
    // Whatever is left was not in the new poll; keep the previous order.
    for (qsizetype j = 0; j < rows.size(); ++j) {
        if (!taken[size_t(j)])
            diff.removed.append(rows.at(j).adminId);
    }
    rows = std::move(next);
    snapshot.totals = totals;
    snapshot.awayCount = awayCount;
    snapshot.activeCount = int(rows.size()) - awayCount;
    return diff;
}
