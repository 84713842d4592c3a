#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QString>

// Sorting and the quick filter over an TeammateTableModel. Sorting stays live
// (dynamicSortFilter), so a poll re-sorts in place and the selection follows
// the teammate, not the row number.
class TeammateSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeammateSortFilterProxy(QObject* parent = nullptr);

    // Matches name, status (with the away reason) or admin id, ignoring case.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int compareValues(const QVariant& left, const QVariant& right) const;

    QString m_filterText;
    QCollator m_collator;
};
