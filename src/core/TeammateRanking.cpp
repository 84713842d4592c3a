#include "TeammateRanking.h"

#include <QCollator>

const std::vector<int>& TeammateRanking::nameRanks(const QList<TeammateRow>& rows)
{
    m_ranks.resize(size_t(rows.size()));
    bool complete = true;
    for (qsizetype i = 0; i < rows.size() && complete; ++i) {
        const auto it = m_rankOf.constFind(rows.at(i).name);
        complete = it != m_rankOf.cend();
        if (complete)
            m_ranks[size_t(i)] = it.value();
    }
    if (complete)
        return m_ranks;
    // A name not seen before: order these names afresh. Names change with
    // the directory, every few minutes at most; the names of those who
    // left are dropped here too.
    QList<QString> names;
    names.reserve(rows.size());
    for (const TeammateRow& row : rows)
        names.append(row.name);
    // The same order as QString::localeAwareCompare.
    QCollator collator;
    std::sort(names.begin(), names.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    m_rankOf.clear();
    m_rankOf.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        m_rankOf.insert(names.at(i), int(i));
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_ranks[size_t(i)] = m_rankOf.value(rows.at(i).name);
    return m_ranks;
}
