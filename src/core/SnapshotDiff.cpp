#include "SnapshotDiff.h"

#include <QHashFunctions>

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
