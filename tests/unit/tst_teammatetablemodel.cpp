#include "Clock.h"
#include "MetricsStore.h"
#include "TeammateSortFilterProxy.h"
#include "TeammateTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kTeam = QStringLiteral("42");
const QString kOtherTeam = QStringLiteral("77");

QString id(const char* text)
{
    return QString::fromLatin1(text);
}

TeamMetric metric(const char* adminId, int open, int idle = 0, int snoozed = 0)
{
    return TeamMetric{id(adminId), open, idle, snoozed};
}

Admin admin(const char* adminId, const char* name, bool away = false,
            const char* reasonId = nullptr)
{
    Admin a;
    a.id = id(adminId);
    a.name = QString::fromUtf8(name);
    a.away = away;
    if (reasonId)
        a.awayReasonId = id(reasonId);
    return a;
}

Directory directory(std::optional<int> assignmentLimit = std::nullopt)
{
    Directory d;
    for (const Admin& a :
         {admin("1", "Ana Souza"), admin("2", "kenji Watanabe", true, "9"), admin("3", "Bea Lund"),
          admin("4", "Omar Haddad", true), admin("5", "Zoe Adler")}) {
        d.admins.insert(a.id, a);
    }
    d.awayReasons.insert(id("9"), AwayReason{id("9"), QStringLiteral("Lunch"), {}, false});
    Team team;
    team.id = kTeam;
    team.name = QStringLiteral("Support EMEA");
    team.assignmentLimit = assignmentLimit;
    d.teams.insert(team.id, team);
    return d;
}

// The model, the sort proxy over it, and a model tester on each: every
// signal either emits is checked for consistency as the test runs.
struct Fixture
{
    ManualClock clock;
    MetricsStore store;
    TeammateTableModel model{store, clock};
    TeammateSortFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Fixture()
    {
        proxy.setSourceModel(&model);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTeam(kTeam);
    }

    SnapshotDiff poll(const QList<TeamMetric>& metrics, const QString& team = kTeam)
    {
        return store.ingest(team, metrics, clock.now(), 1800);
    }

    QString text(const char* adminId, int column) const
    {
        return model.index(model.rowOf(id(adminId)), column).data().toString();
    }
    QVariant value(const char* adminId, int column, int role) const
    {
        return model.index(model.rowOf(id(adminId)), column).data(role);
    }

    QStringList proxyOrder() const
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(TeammateTableModel::AdminIdRole).toString());
        return ids;
    }
};

// Everything a model tells its views about structure; a poll may only
// produce data changes and row inserts/removals.
struct StructureSpies
{
    explicit StructureSpies(const QAbstractItemModel* model)
        : reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy layout;
    QSignalSpy changed;
};

struct Range
{
    int firstRow;
    int lastRow;
    int firstColumn;
    int lastColumn;
    QList<int> roles;
};

Range rangeOf(const QList<QVariant>& dataChangedArgs)
{
    const auto topLeft = dataChangedArgs.at(0).value<QModelIndex>();
    const auto bottomRight = dataChangedArgs.at(1).value<QModelIndex>();
    return {topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column(),
            dataChangedArgs.at(2).value<QList<int>>()};
}

} // namespace

class TestTeammateTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndCountsEqualTheSnapshot()
    {
        Fixture f;
        f.store.setDirectory(directory());
        StructureSpies spies(&f.model);
        f.poll({metric("1", 5, 2, 1), metric("2", 0, 0, 3), metric("3", 1, 0, 0)});

        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.columnCount(), int(TeammateTableModel::ColumnCount));
        const TeamSnapshot* snapshot = f.store.latest(kTeam);
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const TeammateRow& expected = snapshot->rows[row];
            const auto at = [&](int column) { return f.model.index(row, column); };
            QCOMPARE(at(0).data(TeammateTableModel::AdminIdRole).toString(), expected.adminId);
            QCOMPARE(at(TeammateTableModel::NameColumn).data().toString(), expected.name);
            QCOMPARE(at(TeammateTableModel::OpenColumn).data().toString(),
                     QString::number(expected.open));
            QCOMPARE(at(TeammateTableModel::IdleColumn).data(TeammateTableModel::SortRole).toInt(),
                     expected.idle);
            QCOMPARE(at(TeammateTableModel::SnoozedColumn).data().toString(),
                     QString::number(expected.snoozed));
            QCOMPARE(at(TeammateTableModel::OpenColumn).data(TeammateTableModel::SortRole).toInt(),
                     expected.open);
            QCOMPARE(at(1).data(TeammateTableModel::AwayRole).toBool(), expected.away);
            QCOMPARE(at(1).data(TeammateTableModel::KnownRole).toBool(), expected.known);
        }
        QCOMPARE(f.model.totals(), (Totals{6, 2, 4}));
        QCOMPARE(f.model.activeCount(), 2);
        QCOMPARE(f.model.awayCount(), 1);

        // Right-aligned numbers, left-aligned words.
        const auto alignment = [&](int column) {
            return Qt::Alignment(f.model.index(0, column).data(Qt::TextAlignmentRole).toInt());
        };
        QVERIFY(alignment(TeammateTableModel::OpenColumn) & Qt::AlignRight);
        QVERIFY(alignment(TeammateTableModel::LoadColumn) & Qt::AlignRight);
        QVERIFY(alignment(TeammateTableModel::NameColumn) & Qt::AlignLeft);
    }

    void headersAreNamed()
    {
        Fixture f;
        const QStringList expected{QStringLiteral("Name"),        QStringLiteral("Status"),
                                   QStringLiteral("Open"),        QStringLiteral("Idle"),
                                   QStringLiteral("Snoozed"),     QStringLiteral("Load"),
                                   QStringLiteral("Since change")};
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(f.model.headerData(column, Qt::Horizontal).toString(), expected[column]);
    }

    void choosingATeamLoadsItAndIgnoresOthers()
    {
        ManualClock clock;
        MetricsStore store;
        store.setDirectory(directory());
        store.ingest(kTeam, {metric("1", 3), metric("3", 4)}, clock.now(), 1800);
        store.ingest(kOtherTeam, {metric("5", 9)}, clock.now(), 1800);

        TeammateTableModel model(store, clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy totals(&model, &TeammateTableModel::totalsChanged);
        model.setTeam(kTeam);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totals().open, 7);
        QCOMPARE(totals.count(), 1);

        StructureSpies spies(&model);
        store.ingest(kOtherTeam, {metric("5", 10), metric("4", 1)}, clock.now(), 1800);
        QCOMPARE(spies.changed.count() + spies.inserted.count() + spies.removed.count(), 0);

        model.setTeam(kOtherTeam);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TeammateTableModel::NameColumn).data().toString(),
                 QStringLiteral("Zoe Adler"));
    }

    void onePollChangingOneTeammateSignalsExactlyThatRow()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 5), metric("2", 1), metric("3", 2), metric("4", 0)});
        f.clock.advance(15s);

        StructureSpies spies(&f.model);
        StructureSpies proxySpies(&f.proxy);
        f.poll({metric("1", 5), metric("2", 1), metric("3", 7), metric("4", 0)});

        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(proxySpies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstRow, f.model.rowOf(id("3")));
        QCOMPARE(r.lastRow, r.firstRow);
        QVERIFY(r.roles.contains(Qt::DisplayRole));
        QVERIFY(r.roles.contains(TeammateTableModel::SortRole));
        QVERIFY(r.roles.contains(TeammateTableModel::SeverityRole));
        QCOMPARE(f.text("3", TeammateTableModel::OpenColumn), QStringLiteral("7"));

        // Nothing new, nothing emitted.
        spies.changed.clear();
        f.clock.advance(15s);
        f.poll({metric("1", 5), metric("2", 1), metric("3", 7), metric("4", 0)});
        QCOMPARE(spies.changed.count(), 0);
    }

    void scatteredChangesAreSignalledPerContiguousRange()
    {
        Fixture f;
        QList<TeamMetric> metrics;
        const QList<QByteArray> ids{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        for (const QByteArray& adminId : ids)
            metrics.append(metric(adminId.constData(), 1));
        f.poll(metrics);

        StructureSpies spies(&f.model);
        metrics[1].open = 2;
        metrics[2].open = 2;
        metrics[6].open = 2;
        f.poll(metrics);
        QCOMPARE(spies.changed.count(), 2);
        QCOMPARE(rangeOf(spies.changed.at(0)).firstRow, 1);
        QCOMPARE(rangeOf(spies.changed.at(0)).lastRow, 2);
        QCOMPARE(rangeOf(spies.changed.at(1)).firstRow, 6);
        QCOMPARE(rangeOf(spies.changed.at(1)).lastRow, 6);
    }

    void changesScatteredOverManyRunsGiveOneSpan()
    {
        Fixture f;
        QList<TeamMetric> metrics;
        for (int i = 0; i < 300; ++i)
            metrics.append(TeamMetric{QString::number(1000 + i), 1, 0, 0});
        f.poll(metrics);

        StructureSpies spies(&f.model);
        for (int i = 10; i < 290; i += 4) // 70 separate rows, under half
            metrics[i].open = 2;
        f.poll(metrics);
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstRow, 10);
        QCOMPARE(r.lastRow, 286);
        QCOMPARE(f.model.index(286, TeammateTableModel::OpenColumn).data().toString(),
                 QStringLiteral("2"));
    }

    void mostRowsChangedGivesOneRangedSignal()
    {
        Fixture f;
        QList<TeamMetric> metrics;
        const QList<QByteArray> ids{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        for (const QByteArray& adminId : ids)
            metrics.append(metric(adminId.constData(), 1));
        f.poll(metrics);

        StructureSpies spies(&f.model);
        for (int i : {0, 2, 3, 5, 6, 8, 9})
            metrics[i].idle = 4;
        f.poll(metrics);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstRow, 0);
        QCOMPARE(r.lastRow, 9);
        QCOMPARE(r.firstColumn, 0);
        QCOMPARE(r.lastColumn, TeammateTableModel::ColumnCount - 1);
        QVERIFY(!r.roles.isEmpty());
    }

    void joinersAreAppendedAndLeaversRemoved()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 5), metric("2", 1), metric("3", 2)});

        StructureSpies spies(&f.model);
        f.poll({metric("4", 6), metric("1", 5), metric("3", 2), metric("5", 0)});
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 1); // where "2" was
        QCOMPARE(spies.removed.first().at(2).toInt(), 1);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 2); // appended after the others
        QCOMPARE(spies.inserted.first().at(2).toInt(), 3);
        QCOMPARE(spies.changed.count(), 0);

        // Everyone kept their place; the joiners follow in the poll's order.
        QCOMPARE(f.model.rowOf(id("1")), 0);
        QCOMPARE(f.model.rowOf(id("3")), 1);
        QCOMPARE(f.model.rowOf(id("4")), 2);
        QCOMPARE(f.model.rowOf(id("5")), 3);
        QCOMPARE(f.model.rowOf(id("2")), -1);
        QCOMPARE(f.text("4", TeammateTableModel::NameColumn), QStringLiteral("Omar Haddad"));
        QCOMPARE(f.model.totals(), (Totals{13, 0, 0}));
    }

    void manyScatteredLeaversGoInOneRemovalKeepingTheSelection()
    {
        Fixture f;
        QList<TeamMetric> metrics;
        QList<QByteArray> ids;
        for (int i = 0; i < 200; ++i) {
            ids.append(QByteArray::number(1000 + i));
            metrics.append(metric(ids.last().constData(), i % 13, i % 3));
        }
        f.poll(metrics);
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(&f.proxy);
        const QString kept = QStringLiteral("1101");
        const int proxyRow = int(f.proxyOrder().indexOf(kept));
        selection.select(f.proxy.index(proxyRow, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QList<TeamMetric> half;
        for (int i = 1; i < metrics.size(); i += 2)
            half.append(metrics[i]);
        StructureSpies spies(&f.model);
        StructureSpies proxySpies(&f.proxy);
        f.poll(half);

        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(proxySpies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(f.model.rowCount(), 100);
        for (int row = 0; row < f.model.rowCount(); ++row) {
            QCOMPARE(f.model.index(row, 0).data(TeammateTableModel::AdminIdRole).toString(),
                     half[row].adminId);
            QCOMPARE(f.model.rowOf(half[row].adminId), row);
        }
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TeammateTableModel::AdminIdRole).toString(), kept);
    }

    void sortedProxyFollowsAPollAndKeepsTheSelection()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 9), metric("2", 10), metric("3", 2), metric("4", 4)});
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
        // Numbers, not text: "9" sorts after "10" as a string.
        QCOMPARE(f.proxyOrder(), (QStringList{id("2"), id("1"), id("4"), id("3")}));

        QItemSelectionModel selection(&f.proxy);
        selection.select(f.proxy.index(2, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.setCurrentIndex(f.proxy.index(2, 0), QItemSelectionModel::NoUpdate);

        StructureSpies proxySpies(&f.proxy);
        f.clock.advance(15s);
        f.poll({metric("1", 1), metric("2", 10), metric("3", 14), metric("4", 12)});

        QCOMPARE(proxySpies.reset.count(), 0);
        QCOMPARE(f.proxyOrder(), (QStringList{id("3"), id("4"), id("2"), id("1")}));
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TeammateTableModel::AdminIdRole).toString(), id("4"));
        QCOMPARE(selection.currentIndex().data(TeammateTableModel::AdminIdRole).toString(),
                 id("4"));
    }

    void sortedProxyStaysOrderedThroughScatteredChanges()
    {
        // Several separate rows changing in one poll, with joiners and
        // leavers, poll after poll: the proxy never falls out of order.
        Fixture f;
        QRandomGenerator random(20260105);
        QList<TeamMetric> metrics;
        int nextId = 500;
        for (int i = 0; i < 60; ++i)
            metrics.append(TeamMetric{QString::number(nextId++), (i * 7) % 23, i % 4, 0});
        f.poll(metrics);
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::DescendingOrder);

        for (int poll = 0; poll < 40; ++poll) {
            for (int i = 0; i < 5; ++i)
                metrics[random.bounded(int(metrics.size()))].open = random.bounded(30);
            if (poll % 3 == 0)
                metrics.removeAt(random.bounded(int(metrics.size())));
            if (poll % 4 == 0)
                metrics.insert(random.bounded(int(metrics.size())),
                               TeamMetric{QString::number(nextId++), random.bounded(30), 0, 0});
            f.clock.advance(15s);
            f.poll(metrics);

            QCOMPARE(f.proxy.rowCount(), int(metrics.size()));
            for (int row = 1; row < f.proxy.rowCount(); ++row) {
                const QModelIndex above = f.proxy.index(row - 1, TeammateTableModel::OpenColumn);
                const QModelIndex below = f.proxy.index(row, TeammateTableModel::OpenColumn);
                const int a = above.data(TeammateTableModel::SortRole).toInt();
                const int b = below.data(TeammateTableModel::SortRole).toInt();
                QVERIFY2(
                    a > b || (a == b && above.data(TeammateTableModel::AdminIdRole).toInt() <
                                            below.data(TeammateTableModel::AdminIdRole).toInt()),
                    qPrintable(
                        QStringLiteral("poll %1, rows %2 and %3").arg(poll).arg(row - 1).arg(row)));
            }
        }
    }

    void everyColumnSortsByItsValueWithTiesByName()
    {
        Fixture f;
        f.store.setDirectory(directory(10));
        f.poll({metric("5", 3, 1, 0), metric("1", 3, 0, 2), metric("2", 8, 0, 1),
                metric("3", 1, 2, 5)});

        // Zoe (5) and Ana (1) tie on open: by name, A to Z in both directions.
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("3"), id("1"), id("5"), id("2")}));
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("2"), id("1"), id("5"), id("3")}));

        // Case-insensitive: "kenji" between "Bea" and "Zoe".
        f.proxy.sort(TeammateTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("1"), id("3"), id("2"), id("5")}));

        // Collated, not by code point: "Élise" sorts with the Es, "Teammate 9"
        // before "Teammate 10". (The C locale the tests run in collates by
        // code point, so a real one is set for this.)
        {
            const QLocale previous;
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
            Fixture g;
            Directory d = directory();
            d.admins.insert(id("6"), admin("6", "\u00C9lise Moreau"));
            g.store.setDirectory(d);
            g.poll(
                {metric("5", 0), metric("6", 0), metric("1", 0), metric("10", 0), metric("9", 0)});
            g.proxy.sort(TeammateTableModel::NameColumn, Qt::AscendingOrder);
            QCOMPARE(g.proxyOrder(), (QStringList{id("1"), id("6"), id("9"), id("10"), id("5")}));
        }

        // Away after active.
        f.proxy.sort(TeammateTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxyOrder().last(), id("2"));

        f.proxy.sort(TeammateTableModel::IdleColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("3"), id("5"), id("1"), id("2")}));
        f.proxy.sort(TeammateTableModel::SnoozedColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("3"), id("1"), id("2"), id("5")}));
        f.proxy.sort(TeammateTableModel::LoadColumn, Qt::DescendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("2"), id("1"), id("5"), id("3")}));

        // Since change, in seconds: "3" changes later, so it changed least long ago.
        f.clock.advance(90s);
        f.poll({metric("5", 3, 1, 0), metric("1", 3, 0, 2), metric("2", 8, 0, 1),
                metric("3", 2, 2, 5)});
        QCOMPARE(f.value("3", TeammateTableModel::SinceChangeColumn, TeammateTableModel::SortRole)
                     .toLongLong(),
                 0);
        QCOMPARE(f.value("1", TeammateTableModel::SinceChangeColumn, TeammateTableModel::SortRole)
                     .toLongLong(),
                 90);
        f.proxy.sort(TeammateTableModel::SinceChangeColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxyOrder().first(), id("3"));
    }

    void filterMatchesNameStatusAndId()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 1), metric("2", 1), metric("3", 1), metric("5", 1), metric("123", 1)});
        QCOMPARE(f.proxy.rowCount(), 5);

        f.proxy.setFilterText(QStringLiteral("SOUZA"));
        QCOMPARE(f.proxyOrder(), QStringList{id("1")});
        f.proxy.setFilterText(QStringLiteral("lunch"));
        QCOMPARE(f.proxyOrder(), QStringList{id("2")});
        f.proxy.setFilterText(QStringLiteral("away"));
        QCOMPARE(f.proxyOrder(), QStringList{id("2")});
        f.proxy.setFilterText(QStringLiteral("teammate 1"));
        QCOMPARE(f.proxyOrder(), QStringList{id("123")});
        f.proxy.setFilterText(QStringLiteral("5")); // Zoe's admin id, in no name or status
        QCOMPARE(f.proxyOrder(), QStringList{id("5")});
        f.proxy.setFilterText(QStringLiteral("nobody"));
        QCOMPARE(f.proxy.rowCount(), 0);

        // A filter stays live: a teammate going away shows up under "away".
        f.proxy.setFilterText(QStringLiteral("away"));
        Directory d = directory();
        d.admins[id("1")].away = true;
        f.store.setDirectory(d);
        QCOMPARE(f.proxyOrder(), (QStringList{id("1"), id("2")}));

        f.proxy.setFilterText(QString());
        QCOMPARE(f.proxy.rowCount(), 5);
    }

    void thresholdsSetSeverityAndGlyph()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 9, 0), metric("2", 14, 3), metric("3", 2, 1)});

        QCOMPARE(f.text("1", TeammateTableModel::OpenColumn), QStringLiteral("\u25B2 9"));
        QCOMPARE(
            f.value("1", TeammateTableModel::OpenColumn, TeammateTableModel::SeverityRole).toInt(),
            1);
        QCOMPARE(f.text("2", TeammateTableModel::OpenColumn), QStringLiteral("\u25A0 14"));
        QCOMPARE(
            f.value("2", TeammateTableModel::OpenColumn, TeammateTableModel::SeverityRole).toInt(),
            2);
        QCOMPARE(f.text("3", TeammateTableModel::OpenColumn), QStringLiteral("2"));
        QCOMPARE(
            f.value("3", TeammateTableModel::OpenColumn, TeammateTableModel::SeverityRole).toInt(),
            0);
        QCOMPARE(f.text("3", TeammateTableModel::IdleColumn), QStringLiteral("\u25B2 1"));
        QCOMPARE(f.text("2", TeammateTableModel::IdleColumn), QStringLiteral("\u25A0 3"));
        // The name carries the worst level of the row.
        QCOMPARE(
            f.value("1", TeammateTableModel::NameColumn, TeammateTableModel::SeverityRole).toInt(),
            1);
        QCOMPARE(
            f.value("2", TeammateTableModel::NameColumn, TeammateTableModel::SeverityRole).toInt(),
            2);
        QCOMPARE(
            f.value("3", TeammateTableModel::NameColumn, TeammateTableModel::SeverityRole).toInt(),
            1);
        QCOMPARE(f.value("2", TeammateTableModel::SnoozedColumn, TeammateTableModel::SeverityRole)
                     .toInt(),
                 0);
        // The sort value stays the bare number.
        QCOMPARE(f.value("2", TeammateTableModel::OpenColumn, TeammateTableModel::SortRole).toInt(),
                 14);

        // Spelt out for tooltips and screen readers.
        for (int role : {int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
            QCOMPARE(f.value("2", TeammateTableModel::OpenColumn, role).toString(),
                     QStringLiteral("14 open conversations \u2014 critical, at or above 12"));
            QCOMPARE(f.value("1", TeammateTableModel::OpenColumn, role).toString(),
                     QStringLiteral("9 open conversations \u2014 warning, at or above 8"));
            QCOMPARE(f.value("3", TeammateTableModel::IdleColumn, role).toString(),
                     QStringLiteral("1 idle conversation \u2014 warning, at or above 1"));
            QCOMPARE(f.value("3", TeammateTableModel::OpenColumn, role).toString(),
                     QStringLiteral("2 open conversations"));
        }

        // Crossing by moving the thresholds: data changes, no reset.
        StructureSpies spies(&f.model);
        f.model.setThresholds(TeamThresholds{10, 15, 1, 3});
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.layout.count(), 0);
        QVERIFY(!spies.changed.isEmpty());
        bool openSignalled = false;
        for (const auto& args : std::as_const(spies.changed)) {
            const Range r = rangeOf(args);
            QCOMPARE(r.firstRow, 0);
            QCOMPARE(r.lastRow, 2);
            QVERIFY(r.roles.contains(TeammateTableModel::SeverityRole));
            QVERIFY(r.lastColumn <= TeammateTableModel::IdleColumn);
            openSignalled |= r.firstColumn <= TeammateTableModel::OpenColumn &&
                             TeammateTableModel::OpenColumn <= r.lastColumn;
        }
        QVERIFY(openSignalled);
        QCOMPARE(f.text("1", TeammateTableModel::OpenColumn), QStringLiteral("9"));
        QCOMPARE(
            f.value("1", TeammateTableModel::OpenColumn, TeammateTableModel::SeverityRole).toInt(),
            0);
        QCOMPARE(f.text("2", TeammateTableModel::OpenColumn), QStringLiteral("\u25B2 14"));
        QCOMPARE(
            f.value("2", TeammateTableModel::OpenColumn, TeammateTableModel::SeverityRole).toInt(),
            1);

        // Crossing by a poll.
        f.poll({metric("1", 15, 0), metric("2", 14, 3), metric("3", 2, 1)});
        QCOMPARE(f.text("1", TeammateTableModel::OpenColumn), QStringLiteral("\u25A0 15"));
        QCOMPARE(
            f.value("1", TeammateTableModel::NameColumn, TeammateTableModel::SeverityRole).toInt(),
            2);
    }

    void sinceChangeFollowsTheClock()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 2), metric("2", 3)});
        QCOMPARE(f.text("1", TeammateTableModel::SinceChangeColumn), QStringLiteral("now"));

        StructureSpies spies(&f.model);
        f.clock.advance(45s);
        QCOMPARE(spies.changed.count(), 0); // time alone does not signal
        f.model.refreshRelativeTimes();
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstColumn, int(TeammateTableModel::SinceChangeColumn));
        QCOMPARE(r.lastColumn, int(TeammateTableModel::SinceChangeColumn));
        QCOMPARE(r.firstRow, 0);
        QCOMPARE(r.lastRow, 1);
        QVERIFY(r.roles.contains(Qt::DisplayRole));
        QCOMPARE(f.text("1", TeammateTableModel::SinceChangeColumn), QStringLiteral("45 s"));

        // Polls that leave the counts alone keep the time of the last change.
        f.poll({metric("1", 2), metric("2", 3)});
        f.clock.advance(11min + 15s);
        f.poll({metric("1", 2), metric("2", 4)});
        QCOMPARE(f.text("1", TeammateTableModel::SinceChangeColumn), QStringLiteral("12 min"));
        QCOMPARE(f.text("2", TeammateTableModel::SinceChangeColumn), QStringLiteral("now"));
        QCOMPARE(f.value("1", TeammateTableModel::SinceChangeColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Counts last changed 12 min ago"));

        f.clock.advance(1h + 53min);
        QCOMPARE(f.text("1", TeammateTableModel::SinceChangeColumn), QStringLiteral("2 h 5 min"));

        QCOMPARE(TeammateTableModel::compactDuration(0), QStringLiteral("now"));
        QCOMPARE(TeammateTableModel::compactDuration(59), QStringLiteral("59 s"));
        QCOMPARE(TeammateTableModel::compactDuration(60), QStringLiteral("1 min"));
        QCOMPARE(TeammateTableModel::compactDuration(7200), QStringLiteral("2 h"));
        QCOMPARE(TeammateTableModel::compactDuration(26 * 3600 + 120), QStringLiteral("1 d 2 h"));
    }

    // "Since change" is refreshed every few seconds; only the rows whose
    // text reads differently are signalled, one signal per run of rows.
    void sinceChangeSignalsOnlyRowsThatReadDifferently()
    {
        Fixture f;
        f.store.setDirectory(directory());
        const auto all = [](int a, int b) {
            return QList<TeamMetric>{metric("1", 1), metric("2", a), metric("3", 1),
                                     metric("5", 1), metric("6", b), metric("9", 1)};
        };
        f.poll(all(1, 1));
        StructureSpies spies(&f.model);
        const auto refreshed = [&] {
            spies.changed.clear();
            f.model.refreshRelativeTimes();
            QList<Range> ranges;
            for (const QList<QVariant>& args : std::as_const(spies.changed))
                ranges << rangeOf(args);
            return ranges;
        };
        QCOMPARE(refreshed().size(), 0); // all still "now"

        f.clock.advance(5min);
        QList<Range> ranges = refreshed();
        QCOMPARE(ranges.size(), 1); // every row now reads "5 min": one span
        QCOMPARE(ranges[0].firstRow, 0);
        QCOMPARE(ranges[0].lastRow, 5);
        QCOMPARE(ranges[0].firstColumn, int(TeammateTableModel::SinceChangeColumn));
        QCOMPARE(ranges[0].lastColumn, int(TeammateTableModel::SinceChangeColumn));

        f.clock.advance(10s);
        QCOMPARE(refreshed().size(), 0); // 5 min 10 s still reads "5 min"

        f.poll(all(4, 7)); // the counts of "2" and "6" move
        f.clock.advance(20s);
        ranges = refreshed();
        QCOMPARE(ranges.size(), 2); // "20 s" in two rows apart; "5 min" elsewhere
        for (const Range& r : std::as_const(ranges)) {
            QCOMPARE(r.firstRow, r.lastRow);
            QCOMPARE(r.firstColumn, int(TeammateTableModel::SinceChangeColumn));
            QVERIFY(r.roles.contains(Qt::DisplayRole));
        }
        QCOMPARE(ranges[0].firstRow, f.model.rowOf(id("2")));
        QCOMPARE(ranges[1].firstRow, f.model.rowOf(id("6")));
        QCOMPARE(f.text("2", TeammateTableModel::SinceChangeColumn), QStringLiteral("20 s"));
        QCOMPARE(f.text("1", TeammateTableModel::SinceChangeColumn), QStringLiteral("5 min"));
        QCOMPARE(refreshed().size(), 0); // nothing new without time passing

        f.clock.advance(30s); // "2" and "6" at 50 s, the others at 6 min
        ranges = refreshed();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges[0].firstRow, 0);
        QCOMPARE(ranges[0].lastRow, 5);
        QCOMPARE(spies.reset.count() + spies.layout.count(), 0);
    }

    void sinceChangeOfATeamPickedLaterComesFromHistory()
    {
        ManualClock clock;
        MetricsStore store;
        store.setPollInterval(10min); // polled every ten minutes, without a break
        store.ingest(kTeam, {metric("1", 2), metric("2", 3)}, clock.now(), 1800);
        clock.advance(10min);
        store.ingest(kTeam, {metric("1", 2), metric("2", 4)}, clock.now(), 1800);
        clock.advance(5min);

        TeammateTableModel model(store, clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTeam(kTeam);
        QCOMPARE(model.index(model.rowOf(id("1")), TeammateTableModel::SinceChangeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("15 min"));
        QCOMPARE(model.index(model.rowOf(id("2")), TeammateTableModel::SinceChangeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("5 min"));
    }

    void loadNeedsAnAssignmentLimit()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 9), metric("2", 3)});
        QCOMPARE(f.model.assignmentLimit(), std::nullopt);
        QCOMPARE(f.text("1", TeammateTableModel::LoadColumn), QStringLiteral("\u2014"));
        QVERIFY(
            !f.value("1", TeammateTableModel::LoadColumn, TeammateTableModel::SortRole).isValid());

        // The limit arrives with the next directory refresh.
        StructureSpies spies(&f.model);
        QSignalSpy totals(&f.model, &TeammateTableModel::totalsChanged);
        f.store.setDirectory(directory(12));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstColumn, int(TeammateTableModel::LoadColumn));
        QCOMPARE(r.lastColumn, int(TeammateTableModel::LoadColumn));
        QCOMPARE(r.lastRow, 1);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(f.model.assignmentLimit(), std::optional<int>(12));
        QCOMPARE(f.text("1", TeammateTableModel::LoadColumn), QStringLiteral("75 %"));
        QCOMPARE(f.text("2", TeammateTableModel::LoadColumn), QStringLiteral("25 %"));
        QCOMPARE(
            f.value("1", TeammateTableModel::LoadColumn, TeammateTableModel::SortRole).toDouble(),
            0.75);
        QVERIFY(f.value("1", TeammateTableModel::LoadColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("12")));
    }

    void statusShowsAwayAndReason()
    {
        Fixture f;
        f.store.setDirectory(directory());
        f.poll({metric("1", 1), metric("2", 1), metric("4", 1)});
        QCOMPARE(f.text("1", TeammateTableModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(f.text("2", TeammateTableModel::StatusColumn),
                 QStringLiteral("Away \u00B7 Lunch"));
        QCOMPARE(f.text("4", TeammateTableModel::StatusColumn), QStringLiteral("Away"));
        QVERIFY(
            f.value("2", TeammateTableModel::OpenColumn, TeammateTableModel::AwayRole).toBool());
        QVERIFY(
            !f.value("1", TeammateTableModel::OpenColumn, TeammateTableModel::AwayRole).toBool());
        QVERIFY(
            f.value("1", TeammateTableModel::StatusColumn, TeammateTableModel::SortRole).toInt() <
            f.value("2", TeammateTableModel::StatusColumn, TeammateTableModel::SortRole).toInt());
        QCOMPARE(f.model.awayCount(), 2);
        QCOMPARE(f.model.activeCount(), 1);
    }

    void directoryArrivingLaterNamesTeammatesInPlace()
    {
        Fixture f;
        f.poll({metric("1", 1), metric("123", 4)});
        QCOMPARE(f.text("123", TeammateTableModel::NameColumn), QStringLiteral("Teammate 123"));
        QVERIFY(
            !f.value("1", TeammateTableModel::NameColumn, TeammateTableModel::KnownRole).toBool());
        QVERIFY(f.value("1", TeammateTableModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("directory")));

        StructureSpies spies(&f.model);
        StructureSpies proxySpies(&f.proxy);
        f.store.setDirectory(directory());
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(proxySpies.reset.count(), 0);
        QCOMPARE(spies.inserted.count() + spies.removed.count(), 0);
        QCOMPARE(spies.changed.count(), 1);
        const Range r = rangeOf(spies.changed.first());
        QCOMPARE(r.firstRow, f.model.rowOf(id("1")));
        QCOMPARE(r.lastRow, r.firstRow);
        QVERIFY(r.roles.contains(Qt::DisplayRole));
        QVERIFY(r.roles.contains(TeammateTableModel::KnownRole));
        QCOMPARE(f.text("1", TeammateTableModel::NameColumn), QStringLiteral("Ana Souza"));
        QVERIFY(
            f.value("1", TeammateTableModel::NameColumn, TeammateTableModel::KnownRole).toBool());
        QCOMPARE(f.text("123", TeammateTableModel::NameColumn), QStringLiteral("Teammate 123"));

        // A rename re-sorts a proxy sorted by name.
        f.proxy.sort(TeammateTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(f.proxyOrder(), (QStringList{id("1"), id("123")}));
        Directory renamed = directory();
        renamed.admins[id("1")].name = QStringLiteral("Zuzana Novak");
        f.store.setDirectory(renamed);
        QCOMPARE(f.proxyOrder(), (QStringList{id("123"), id("1")}));
    }

    void aRepeatedIdShowsOnce()
    {
        // The parser rejects these; the table must not grow from one anyway.
        Fixture f;
        f.poll({metric("1", 1), metric("2", 2)});
        for (int poll = 0; poll < 3; ++poll) {
            f.poll({metric("1", 1), metric("2", 2), metric("1", 5)});
            QCOMPARE(f.model.rowCount(), 2);
            QCOMPARE(f.text("1", TeammateTableModel::OpenColumn), QStringLiteral("1"));
        }
    }

    void totalsChangeWithTheCounts()
    {
        Fixture f;
        QSignalSpy totals(&f.model, &TeammateTableModel::totalsChanged);
        f.poll({metric("1", 1, 1, 1), metric("2", 2, 0, 0)});
        QCOMPARE(totals.count(), 1);
        QCOMPARE(f.model.totals(), (Totals{3, 1, 1}));
        f.poll({metric("1", 1, 1, 1), metric("2", 2, 0, 0)});
        QCOMPARE(totals.count(), 1);
        f.poll({metric("1", 1, 1, 1)});
        QCOMPARE(totals.count(), 2);
        QCOMPARE(f.model.totals(), (Totals{1, 1, 1}));
    }

    void aForgottenTeamPolledAgainIsNotDuplicated()
    {
        Fixture f;
        f.poll({metric("1", 1), metric("2", 2)});
        f.store.forgetTeam(kTeam);
        // The store now reports both as joiners; the table already has them.
        StructureSpies spies(&f.model);
        f.poll({metric("1", 1), metric("2", 5), metric("3", 0)});
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 2);
        QCOMPARE(f.text("2", TeammateTableModel::OpenColumn), QStringLiteral("5"));
    }

    void aForgottenTeamPolledAgainDropsWhoLeftMeanwhile()
    {
        // The store's diff after forgetting starts from nothing, so it
        // cannot name who left; the table finds out by itself.
        Fixture f;
        f.poll({metric("1", 1), metric("2", 2), metric("3", 3)});
        f.store.forgetTeam(kTeam);
        StructureSpies spies(&f.model);
        f.poll({metric("3", 4), metric("1", 1)});
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(f.model.rowOf(id("2")), -1);
        QCOMPARE(f.text("3", TeammateTableModel::OpenColumn), QStringLiteral("4"));
        QCOMPARE(f.model.totals(), (Totals{5, 0, 0}));
    }

    void largeTeamPoll()
    {
        // 2,000 teammates, a sorted proxy, a tenth of them changing per poll.
        Fixture f;
        QList<TeamMetric> metrics;
        for (int i = 0; i < 2000; ++i)
            metrics.append(TeamMetric{QString::number(10000 + i), i % 17, i % 5, i % 3});
        f.poll(metrics);
        f.proxy.sort(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
        StructureSpies spies(&f.model);
        int step = 0;
        QBENCHMARK
        {
            ++step;
            for (int i = step % 10; i < metrics.size(); i += 10)
                metrics[i].open = (metrics[i].open + 3) % 17;
            f.clock.advance(15s);
            f.poll(metrics);
        }
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(f.model.rowCount(), 2000);
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            const int open = f.proxy.index(row, TeammateTableModel::OpenColumn)
                                 .data(TeammateTableModel::SortRole)
                                 .toInt();
            QVERIFY(open <= previous);
            previous = open;
        }
    }
};

QTEST_GUILESS_MAIN(TestTeammateTableModel)
#include "tst_teammatetablemodel.moc"
