#include "TeammateSortFilterProxy.h"

#include "TeammateTableModel.h"

#include <QVariant>

TeammateSortFilterProxy::TeammateSortFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Teammate 9" before "Teammate 10"
    setSortRole(TeammateTableModel::SortRole);
    // The filter reads several columns; -1 makes a change in any of them
    // re-run it.
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TeammateSortFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool TeammateSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    const auto contains = [&](int column, int role) {
        return model->index(sourceRow, column, sourceParent)
            .data(role)
            .toString()
            .contains(m_filterText, Qt::CaseInsensitive);
    };
    return contains(TeammateTableModel::NameColumn, Qt::DisplayRole) ||
           contains(TeammateTableModel::StatusColumn, Qt::DisplayRole) ||
           contains(TeammateTableModel::NameColumn, TeammateTableModel::AdminIdRole);
}

int TeammateSortFilterProxy::compareValues(const QVariant& left, const QVariant& right) const
{
    // No value (load without an assignment limit) sorts before any value.
    if (!left.isValid() || !right.isValid())
        return int(left.isValid()) - int(right.isValid());
    const int leftType = left.typeId();
    const int rightType = right.typeId();
    // Counts are the common case and are compared without conversions: a
    // poll of a large team re-sorts by way of thousands of comparisons.
    if (leftType == QMetaType::Int && rightType == QMetaType::Int) {
        const int a = *static_cast<const int*>(left.constData());
        const int b = *static_cast<const int*>(right.constData());
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    if (leftType == QMetaType::QString || rightType == QMetaType::QString)
        return m_collator.compare(left.toString(), right.toString());
    const double a = left.toDouble();
    const double b = right.toDouble();
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool TeammateSortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int role = sortRole();
    if (const int byColumn = compareValues(left.data(role), right.data(role)))
        return byColumn < 0;

    // Equal values fall back to the name, then the admin id, so that the
    // order is total and rows with equal counts do not trade places from one
    // poll to the next. The name reads A to Z in either direction: the sort
    // calls this with the operands swapped when descending.
    const QAbstractItemModel* model = left.model();
    const QModelIndex leftName =
        model->index(left.row(), TeammateTableModel::NameColumn, left.parent());
    const QModelIndex rightName =
        model->index(right.row(), TeammateTableModel::NameColumn, right.parent());
    int tie = compareValues(leftName.data(TeammateTableModel::SortRole),
                            rightName.data(TeammateTableModel::SortRole));
    if (tie == 0) {
        tie = compareValues(leftName.data(TeammateTableModel::AdminIdRole),
                            rightName.data(TeammateTableModel::AdminIdRole));
    }
    return sortOrder() == Qt::DescendingOrder ? tie > 0 : tie < 0;
}
