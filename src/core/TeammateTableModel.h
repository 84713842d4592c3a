#pragma once

#include "TeamSnapshot.h"
#include "TeamThresholds.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Clock;
class MetricsStore;
struct SnapshotDiff;

// One team's teammates as the latest poll sees them. Each poll is applied as
// row inserts, removals and dataChanged, never a reset, so that what the
// supervisor selected, sorted and scrolled to stays put while numbers move.
class TeammateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        OpenColumn,
        IdleColumn,
        SnoozedColumn,
        LoadColumn,
        SinceChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        // The raw value behind a cell, for sorting: numbers, seconds, ratios,
        // and a case-folded name.
        SortRole = Qt::UserRole + 1,
        AdminIdRole,
        SeverityRole, // a Severity::Level: 0 normal, 1 warning, 2 critical
        AwayRole,
        KnownRole,
    };
    Q_ENUM(Role)

    TeammateTableModel(const MetricsStore& store, Clock& clock, QObject* parent = nullptr);

    void setTeam(const QString& teamId);
    QString teamId() const { return m_teamId; }

    void setThresholds(const TeamThresholds& thresholds);
    TeamThresholds thresholds() const { return m_thresholds; }

    // The shown team's, as its snapshot carries them.
    Totals totals() const { return m_totals; }
    int activeCount() const { return m_activeCount; }
    int awayCount() const { return m_awayCount; }
    std::optional<int> assignmentLimit() const { return m_assignmentLimit; }

    // The model row of a teammate, or -1.
    int rowOf(const QString& adminId) const { return m_rowOf.value(adminId, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "12 min", "2 h 5 min": how a span reads in the "Since change" column.
    static QString compactDuration(qint64 seconds);

public slots:
    // Re-reads the clock for the "Since change" column: signals the rows
    // whose text reads differently since they were last signalled.
    void refreshRelativeTimes();

signals:
    void totalsChanged();

private:
    struct Entry
    {
        TeammateRow row;
        QString sortName;             // case-folded once, not on every comparison
        qint64 countsChangedAtMs = 0; // snapshot time of the last count change
        qint64 sinceChangeShown = 0;  // sinceChangeStep() when last signalled
    };
    struct PendingChange
    {
        int row;
        qsizetype snapshotIndex;
        bool counts;
    };

    // What a poll does to the rows: who stays, who changed, who joined.
    struct Plan
    {
        QList<bool> keep; // per current row
        QList<PendingChange> changes;
        QList<qsizetype> joiners; // indexes into the snapshot's rows
    };

    void onSnapshotUpdated(const QString& teamId, const SnapshotDiff& diff);
    bool planFromDiff(const TeamSnapshot& snapshot, const SnapshotDiff& diff, Plan& plan) const;
    Plan planByMatching(const TeamSnapshot& snapshot) const;
    void addChange(const TeammateRow& next, qsizetype index, int row, Plan& plan) const;
    void loadTeam();
    void removeLeavers(const QList<bool>& keep);
    void applyChanges(const TeamSnapshot& snapshot, QList<PendingChange>& changes);
    void rebuildIndex();
    bool updateTotals(const TeamSnapshot* snapshot);

    int severity(int column, const TeammateRow& row) const;
    qint64 secondsSinceChange(const Entry& entry) const;
    qint64 secondsSinceChange(const Entry& entry, qint64 nowMs) const;
    // What compactDuration() shows of a span, as a number that changes
    // exactly when its text does.
    static qint64 sinceChangeStep(qint64 seconds);
    void emitRowRuns(const QList<int>& rows, int firstColumn, int lastColumn,
                     const QList<int>& roles);
    QString displayText(int column, const Entry& entry) const;
    QString describe(int column, const Entry& entry) const;
    QVariant sortValue(int column, const Entry& entry) const;
    std::optional<double> load(const TeammateRow& row) const;

    const MetricsStore& m_store;
    Clock& m_clock;
    QString m_teamId;
    QList<Entry> m_rows;
    QHash<QString, int> m_rowOf;
    TeamThresholds m_thresholds;
    std::optional<int> m_assignmentLimit;
    Totals m_totals;
    int m_activeCount = 0;
    int m_awayCount = 0;
};
