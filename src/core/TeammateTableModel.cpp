#include "TeammateTableModel.h"

#include "Clock.h"
#include "MetricsStore.h"
#include "Severity.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace {

// Everything a teammate's row can show differently after a poll.
const QList<int> kRowRoles{Qt::DisplayRole,
                           Qt::ToolTipRole,
                           Qt::AccessibleTextRole,
                           TeammateTableModel::SortRole,
                           TeammateTableModel::SeverityRole,
                           TeammateTableModel::AwayRole,
                           TeammateTableModel::KnownRole};
const QList<int> kTextRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                            TeammateTableModel::SortRole};

// Past this many separate runs of rows, one signal per run costs listeners
// more (a pass over their rows per signal, a layout change per signal in a
// sort proxy) than one wider signal: measured with 2,000 teammates.
constexpr qsizetype kMaxSignalRuns = 32;

bool isNumberColumn(int column)
{
    return column >= TeammateTableModel::OpenColumn;
}

} // namespace

TeammateTableModel::TeammateTableModel(const MetricsStore& store, Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_store, &MetricsStore::snapshotUpdated, this, &TeammateTableModel::onSnapshotUpdated);
}

void TeammateTableModel::setTeam(const QString& teamId)
{
    if (teamId == m_teamId)
        return;
    // Another team is another table: nothing of the old one carries over.
    beginResetModel();
    m_teamId = teamId;
    loadTeam();
    endResetModel();
    updateTotals(m_teamId.isEmpty() ? nullptr : m_store.latest(m_teamId));
    emit totalsChanged();
}

void TeammateTableModel::loadTeam()
{
    m_rows.clear();
    m_rowOf.clear();
    m_assignmentLimit.reset();
    const TeamSnapshot* snapshot = m_teamId.isEmpty() ? nullptr : m_store.latest(m_teamId);
    if (!snapshot)
        return;
    m_assignmentLimit = snapshot->assignmentLimit;
    const qint64 at = snapshot->fetchedAt.toMSecsSinceEpoch();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    m_rows.reserve(snapshot->rows.size());
    m_rowOf.reserve(snapshot->rows.size());
    for (const TeammateRow& row : snapshot->rows) {
        // A repeated id is a bad response the parser rejects; should one
        // get through, the first row stands.
        if (m_rowOf.contains(row.adminId))
            continue;
        // The history remembers when the counts last moved, which is better
        // than claiming everyone changed the moment the team was picked.
        qint64 changedAt = at;
        if (const History* history = m_store.teammateHistory(m_teamId, row.adminId);
            history && !history->points().empty()) {
            changedAt = std::min(at, history->points().back().msecs);
        }
        m_rowOf.insert(row.adminId, int(m_rows.size()));
        m_rows.append(Entry{row, row.name.toCaseFolded(), changedAt});
        m_rows.last().sinceChangeShown = sinceChangeStep(secondsSinceChange(m_rows.last(), nowMs));
    }
}

void TeammateTableModel::onSnapshotUpdated(const QString& teamId, const SnapshotDiff& diff)
{
    if (teamId != m_teamId || m_teamId.isEmpty())
        return;
    const TeamSnapshot* snapshot = m_store.latest(teamId);
    const std::optional<int> limit = snapshot ? snapshot->assignmentLimit : std::nullopt;
    const bool limitChanged = limit != m_assignmentLimit;
    // The common quiet poll: the store found nothing new for this table.
    if (snapshot && diff.isEmpty() && !limitChanged && snapshot->rows.size() == m_rows.size())
        return;

    if (limitChanged) {
        m_assignmentLimit = limit;
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, LoadColumn), index(int(m_rows.size()) - 1, LoadColumn),
                             kTextRoles);
        }
    }

    // The store's diff says what moved since its previous snapshot, which
    // this table mirrors. After the store forgot the team (the kiosk at
    // night) its diff starts from nothing while the table still has rows:
    // then, and only then, the rows are matched by id instead.
    Plan plan;
    if (!snapshot)
        plan.keep.fill(false, m_rows.size());
    else if (!planFromDiff(*snapshot, diff, plan))
        plan = planByMatching(*snapshot);

    // Changes first, at today's row numbers; then leavers; joiners go to the
    // end, so nobody else moves.
    if (snapshot)
        applyChanges(*snapshot, plan.changes);
    if (plan.keep.contains(false)) {
        removeLeavers(plan.keep);
        rebuildIndex();
    }
    const QList<qsizetype>& joiners = plan.joiners;
    if (!joiners.isEmpty()) {
        const qint64 at = snapshot->fetchedAt.toMSecsSinceEpoch();
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(joiners.size()) - 1);
        m_rows.reserve(m_rows.size() + joiners.size());
        for (const qsizetype i : std::as_const(joiners)) {
            const TeammateRow& row = snapshot->rows[i];
            m_rowOf.insert(row.adminId, int(m_rows.size()));
            m_rows.append(Entry{row, row.name.toCaseFolded(), at});
            m_rows.last().sinceChangeShown =
                sinceChangeStep(secondsSinceChange(m_rows.last(), nowMs));
        }
        endInsertRows();
    }

    if (updateTotals(snapshot) || limitChanged)
        emit totalsChanged();
}

bool TeammateTableModel::planFromDiff(const TeamSnapshot& snapshot, const SnapshotDiff& diff,
                                      Plan& plan) const
{
    plan.keep.fill(true, m_rows.size());
    qsizetype leaving = 0;
    for (const QString& id : diff.removed) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0 || !plan.keep[row])
            return false;
        plan.keep[row] = false;
        ++leaving;
    }
    // The diff names teammates, not positions: one pass over the snapshot
    // finds the rows it names (a small set; most polls name few or none).
    QSet<QString> named;
    named.reserve(diff.added.size() + diff.countsChanged.size() + diff.otherChanged.size());
    for (const QList<QString>* ids : {&diff.added, &diff.countsChanged, &diff.otherChanged})
        for (const QString& id : *ids)
            named.insert(id);
    if (!named.isEmpty()) {
        for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
            const TeammateRow& next = snapshot.rows[i];
            if (!named.remove(next.adminId))
                continue; // unchanged, or a repeated id whose first row stands
            const auto found = m_rowOf.constFind(next.adminId);
            if (found == m_rowOf.cend())
                plan.joiners.append(i);
            else if (plan.keep[found.value()])
                addChange(next, i, found.value(), plan);
            else
                return false;
            if (named.isEmpty())
                break;
        }
    }
    // Every row accounted for, or the table and the store's previous
    // snapshot were not the same.
    return named.isEmpty() && m_rows.size() - leaving + plan.joiners.size() == snapshot.rows.size();
}

TeammateTableModel::Plan TeammateTableModel::planByMatching(const TeamSnapshot& snapshot) const
{
    Plan plan;
    plan.keep.fill(false, m_rows.size());
    QSet<QString> joinerIds;
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        const TeammateRow& next = snapshot.rows[i];
        const auto found = m_rowOf.constFind(next.adminId);
        if (found == m_rowOf.cend()) {
            // A repeated id is a bad response the parser rejects; should
            // one get through, the first row stands.
            if (!joinerIds.contains(next.adminId)) {
                joinerIds.insert(next.adminId);
                plan.joiners.append(i);
            }
            continue;
        }
        const int row = found.value();
        if (std::exchange(plan.keep[row], true))
            continue;
        addChange(next, i, row, plan);
    }
    return plan;
}

void TeammateTableModel::addChange(const TeammateRow& next, qsizetype index, int row,
                                   Plan& plan) const
{
    const TeammateRow& current = m_rows[row].row;
    const bool counts = !current.sameCounts(next);
    if (counts || !current.samePresence(next))
        plan.changes.append({row, index, counts});
}

void TeammateTableModel::applyChanges(const TeamSnapshot& snapshot, QList<PendingChange>& changes)
{
    if (changes.isEmpty())
        return;
    std::sort(changes.begin(), changes.end(),
              [](const PendingChange& a, const PendingChange& b) { return a.row < b.row; });
    const qint64 at = snapshot.fetchedAt.toMSecsSinceEpoch();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const auto commit = [&](const PendingChange& change) {
        Entry& entry = m_rows[change.row];
        const TeammateRow& next = snapshot.rows[change.snapshotIndex];
        if (entry.row.name != next.name)
            entry.sortName = next.name.toCaseFolded();
        entry.row = next;
        if (change.counts)
            entry.countsChangedAtMs = at;
        // The whole row is signalled: so is its "Since change".
        entry.sinceChangeShown = sinceChangeStep(secondsSinceChange(entry, nowMs));
    };
    const int lastColumn = ColumnCount - 1;
    if (changes.size() * 2 > m_rows.size()) {
        // Most of the team moved: one signal, one repaint, one re-sort.
        for (const PendingChange& change : std::as_const(changes))
            commit(change);
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn), kRowRoles);
        return;
    }
    qsizetype runs = 1;
    for (qsizetype i = 1; i < changes.size(); ++i)
        runs += changes[i].row == changes[i - 1].row + 1 ? 0 : 1;
    if (runs > kMaxSignalRuns) {
        // Changes scattered all over: one span, because a sort proxy answers
        // every signal that moves rows with a layout change of its own.
        for (const PendingChange& change : std::as_const(changes))
            commit(change);
        emit dataChanged(index(changes.first().row, 0), index(changes.last().row, lastColumn),
                         kRowRoles);
        return;
    }
    // Each run of rows is written just before its own signal. A sort proxy
    // places the signalled rows among the others by their current values,
    // so the others must still hold the values it last sorted by; writing
    // everything first and signalling afterwards leaves it misordered.
    for (qsizetype first = 0; first < changes.size();) {
        qsizetype last = first;
        commit(changes[first]);
        while (last + 1 < changes.size() && changes[last + 1].row == changes[last].row + 1)
            commit(changes[++last]);
        emit dataChanged(index(changes[first].row, 0), index(changes[last].row, lastColumn),
                         kRowRoles);
        first = last + 1;
    }
}

void TeammateTableModel::removeLeavers(const QList<bool>& keep)
{
    QList<std::pair<int, int>> ranges; // descending, so earlier rows keep their numbers
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (keep[row]) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !keep[row])
            --row;
        ranges.append({row + 1, last});
    }
    if (ranges.size() <= kMaxSignalRuns) {
        for (const auto& [first, last] : std::as_const(ranges)) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        return;
    }

    // Many scattered leavers (a team reorganised): one removal per range
    // would make every listener walk its rows once per range. Instead the
    // leavers move behind everyone else, in one layout change that keeps the
    // others in order and persistent indexes (selection) valid, and go in a
    // single removal.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int count = int(m_rows.size());
    QList<int> newRow(count);
    QList<Entry> reordered;
    reordered.reserve(count);
    for (int pass = 0; pass < 2; ++pass) {
        const bool staying = pass == 0;
        for (int row = 0; row < count; ++row) {
            if (keep[row] == staying) {
                newRow[row] = int(reordered.size());
                reordered.append(std::move(m_rows[row]));
            }
        }
    }
    const int staying = int(std::count(keep.cbegin(), keep.cend(), true));
    m_rows = std::move(reordered);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& persistent : from)
        to.append(createIndex(newRow[persistent.row()], persistent.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    beginRemoveRows({}, staying, count - 1);
    m_rows.resize(staying);
    endRemoveRows();
}

void TeammateTableModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row].row.adminId, row);
}

bool TeammateTableModel::updateTotals(const TeamSnapshot* snapshot)
{
    const Totals totals = snapshot ? snapshot->totals : Totals{};
    const int away = snapshot ? snapshot->awayCount : 0;
    const int active = snapshot ? snapshot->activeCount : 0;
    const bool changed = totals != m_totals || away != m_awayCount || active != m_activeCount;
    m_totals = totals;
    m_awayCount = away;
    m_activeCount = active;
    return changed;
}

void TeammateTableModel::setThresholds(const TeamThresholds& thresholds)
{
    if (thresholds == m_thresholds)
        return;
    const bool openChanged = thresholds.openWarning != m_thresholds.openWarning ||
                             thresholds.openCritical != m_thresholds.openCritical;
    const bool idleChanged = thresholds.idleWarning != m_thresholds.idleWarning ||
                             thresholds.idleCritical != m_thresholds.idleCritical;
    m_thresholds = thresholds;
    const int last = int(m_rows.size()) - 1;
    if (last < 0)
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, SeverityRole};
    emit dataChanged(index(0, NameColumn), index(last, NameColumn), {SeverityRole});
    const int first = openChanged ? OpenColumn : IdleColumn;
    const int end = idleChanged ? IdleColumn : OpenColumn;
    emit dataChanged(index(0, first), index(last, end), roles);
}

void TeammateTableModel::refreshRelativeTimes()
{
    // Most rows read the same as ten seconds ago ("12 min"): only the others
    // are signalled, so views repaint and proxies re-sort only those.
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QList<int> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        Entry& entry = m_rows[row];
        const qint64 step = sinceChangeStep(secondsSinceChange(entry, nowMs));
        if (step != entry.sinceChangeShown) {
            entry.sinceChangeShown = step;
            changed.append(row);
        }
    }
    emitRowRuns(changed, SinceChangeColumn, SinceChangeColumn, kTextRoles);
}

void TeammateTableModel::emitRowRuns(const QList<int>& rows, int firstColumn, int lastColumn,
                                     const QList<int>& roles)
{
    if (rows.isEmpty())
        return;
    qsizetype runs = 1;
    for (qsizetype i = 1; i < rows.size(); ++i)
        runs += rows[i] == rows[i - 1] + 1 ? 0 : 1;
    if (runs > kMaxSignalRuns) {
        emit dataChanged(index(rows.first(), firstColumn), index(rows.last(), lastColumn), roles);
        return;
    }
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        emit dataChanged(index(rows[first], firstColumn), index(rows[last], lastColumn), roles);
        first = last + 1;
    }
}

int TeammateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeammateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeammateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size() ||
        index.column() >= ColumnCount)
        return {};
    const Entry& entry = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, entry);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return describe(column, entry);
    case Qt::TextAlignmentRole:
        return int((isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case SortRole:
        return sortValue(column, entry);
    case AdminIdRole:
        return entry.row.adminId;
    case SeverityRole:
        return severity(column, entry.row);
    case AwayRole:
        return entry.row.away;
    case KnownRole:
        return entry.row.known;
    default:
        return {};
    }
}

QVariant TeammateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case OpenColumn:
            return tr("Open");
        case IdleColumn:
            return tr("Idle");
        case SnoozedColumn:
            return tr("Snoozed");
        case LoadColumn:
            return tr("Load");
        case SinceChangeColumn:
            return tr("Since change");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OpenColumn:
            return tr("Open conversations assigned to the teammate");
        case IdleColumn:
            return tr("Open conversations waiting for a reply longer than the idle threshold");
        case SnoozedColumn:
            return tr("Snoozed conversations");
        case LoadColumn:
            return tr("Open conversations as a share of the team's assignment limit");
        case SinceChangeColumn:
            return tr("Time since the teammate's open, idle or snoozed counts last changed");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags TeammateTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TeammateTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(AdminIdRole, QByteArrayLiteral("adminId"));
    names.insert(SeverityRole, QByteArrayLiteral("severity"));
    names.insert(AwayRole, QByteArrayLiteral("away"));
    names.insert(KnownRole, QByteArrayLiteral("known"));
    return names;
}

QString TeammateTableModel::compactDuration(qint64 seconds)
{
    if (seconds < 1)
        return tr("now");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : tr("%1 h").arg(hours);
    }
    const qint64 days = hours / 24;
    return hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days);
}

int TeammateTableModel::severity(int column, const TeammateRow& row) const
{
    switch (column) {
    case NameColumn:
        return Severity::row(row, m_thresholds);
    case OpenColumn:
        return Severity::open(row, m_thresholds);
    case IdleColumn:
        return Severity::idle(row, m_thresholds);
    default:
        return Severity::Normal;
    }
}

qint64 TeammateTableModel::secondsSinceChange(const Entry& entry) const
{
    return secondsSinceChange(entry, m_clock.now().toMSecsSinceEpoch());
}

qint64 TeammateTableModel::secondsSinceChange(const Entry& entry, qint64 nowMs) const
{
    return std::max<qint64>(0, (nowMs - entry.countsChangedAtMs) / 1000);
}

qint64 TeammateTableModel::sinceChangeStep(qint64 seconds)
{
    // As compactDuration(): seconds, then minutes, then hours from a day on.
    if (seconds < 60)
        return seconds;
    if (seconds < 24 * 3600)
        return seconds - seconds % 60;
    return seconds - seconds % 3600;
}

std::optional<double> TeammateTableModel::load(const TeammateRow& row) const
{
    // A limit of zero would make every share infinite; treat it as none.
    if (!m_assignmentLimit || *m_assignmentLimit <= 0)
        return std::nullopt;
    return double(row.open) / double(*m_assignmentLimit);
}

QString TeammateTableModel::displayText(int column, const Entry& entry) const
{
    const TeammateRow& row = entry.row;
    const auto withGlyph = [](int value, int level) {
        const QString glyph = Severity::glyph(Severity::Level(level));
        return glyph.isEmpty() ? QString::number(value)
                               : glyph + QLatin1Char(' ') + QString::number(value);
    };
    switch (column) {
    case NameColumn:
        return row.name;
    case StatusColumn:
        if (!row.away)
            return tr("Active");
        if (row.awayReason && !row.awayReason->isEmpty())
            return tr("Away \u00B7 %1").arg(*row.awayReason);
        return tr("Away");
    case OpenColumn:
        return withGlyph(row.open, severity(OpenColumn, row));
    case IdleColumn:
        return withGlyph(row.idle, severity(IdleColumn, row));
    case SnoozedColumn:
        return QString::number(row.snoozed);
    case LoadColumn:
        if (const auto share = load(row))
            return tr("%1 %").arg(qRound(*share * 100.0));
        return QStringLiteral("\u2014"); // an em dash: this team has no limit
    case SinceChangeColumn:
        return compactDuration(secondsSinceChange(entry));
    default:
        return {};
    }
}

QString TeammateTableModel::describe(int column, const Entry& entry) const
{
    const TeammateRow& row = entry.row;
    const auto withLevel = [](const QString& text, int level, int warning, int critical) {
        if (level == Severity::Critical)
            return tr("%1 \u2014 critical, at or above %2").arg(text).arg(critical);
        if (level == Severity::Warning)
            return tr("%1 \u2014 warning, at or above %2").arg(text).arg(warning);
        return text;
    };
    switch (column) {
    case NameColumn: {
        QString text = row.jobTitle.isEmpty() ? row.name : tr("%1, %2").arg(row.name, row.jobTitle);
        if (!row.known)
            text = tr("%1 \u2014 not in the teammate directory yet").arg(text);
        return text;
    }
    case StatusColumn:
        if (!row.away)
            return tr("Active");
        if (row.awayReason && !row.awayReason->isEmpty())
            return tr("Away: %1").arg(*row.awayReason);
        return tr("Away");
    case OpenColumn: {
        // No English translation is shipped to resolve "(s)", so the source
        // carries both English forms; %n keeps each open to languages with
        // more plural forms.
        const QString text = row.open == 1 ? tr("%n open conversation", nullptr, row.open)
                                           : tr("%n open conversations", nullptr, row.open);
        return withLevel(text, severity(OpenColumn, row), m_thresholds.openWarning,
                         m_thresholds.openCritical);
    }
    case IdleColumn: {
        const QString text = row.idle == 1 ? tr("%n idle conversation", nullptr, row.idle)
                                           : tr("%n idle conversations", nullptr, row.idle);
        return withLevel(text, severity(IdleColumn, row), m_thresholds.idleWarning,
                         m_thresholds.idleCritical);
    }
    case SnoozedColumn:
        return row.snoozed == 1 ? tr("%n snoozed conversation", nullptr, row.snoozed)
                                : tr("%n snoozed conversations", nullptr, row.snoozed);
    case LoadColumn:
        if (const auto share = load(row)) {
            return tr("%1 of the assignment limit of %2 (%3 %)")
                .arg(row.open)
                .arg(*m_assignmentLimit)
                .arg(qRound(*share * 100.0));
        }
        return tr("This team has no assignment limit");
    case SinceChangeColumn: {
        const qint64 seconds = secondsSinceChange(entry);
        if (seconds < 1)
            return tr("Counts changed just now");
        return tr("Counts last changed %1 ago").arg(compactDuration(seconds));
    }
    default:
        return {};
    }
}

QVariant TeammateTableModel::sortValue(int column, const Entry& entry) const
{
    const TeammateRow& row = entry.row;
    switch (column) {
    case NameColumn:
        return entry.sortName;
    case StatusColumn:
        return row.away ? 1 : 0;
    case OpenColumn:
        return row.open;
    case IdleColumn:
        return row.idle;
    case SnoozedColumn:
        return row.snoozed;
    case LoadColumn:
        if (const auto share = load(row))
            return *share;
        return {};
    case SinceChangeColumn:
        return secondsSinceChange(entry);
    default:
        return {};
    }
}
