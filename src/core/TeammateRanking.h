#pragma once

#include "TeamSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

// The most loaded teammates first, for views that show the top few of a
// large team: one partial sort per snapshot instead of a full sort per
// paint. Ties are broken by name in the user's collation; each name's place
// in that order is worked out once and kept, so comparing two teammates
// compares integers, not strings.
class TeammateRanking
{
public:
    // The first `count` rows in order: `compare(a, b)` orders by load and
    // says < 0 when a goes first, 0 for a tie; ties go by name, then by
    // their order in `rows`.
    template <typename Compare>
    QList<qsizetype> top(const QList<TeammateRow>& rows, qsizetype count, Compare compare)
    {
        const std::vector<int>& rank = nameRanks(rows);
        std::vector<qsizetype> order(size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i)
            order[size_t(i)] = i;
        const auto middle = order.begin() + std::clamp<qsizetype>(count, 0, rows.size());
        std::partial_sort(order.begin(), middle, order.end(), [&](qsizetype a, qsizetype b) {
            if (const int c = compare(rows.at(a), rows.at(b)); c != 0)
                return c < 0;
            if (rank[size_t(a)] != rank[size_t(b)])
                return rank[size_t(a)] < rank[size_t(b)];
            return a < b;
        });
        return QList<qsizetype>(order.begin(), middle);
    }

private:
    // Each row's name's place in collation order.
    const std::vector<int>& nameRanks(const QList<TeammateRow>& rows);

    QHash<QString, int> m_rankOf;
    std::vector<int> m_ranks;
};
