// The supervisor's table and the wall display mark a teammate the same way
// for the same numbers and thresholds, thresholds of zero (switched off)
// included: one rule, not two that drift apart.

#include "Clock.h"
#include "KioskScale.h"
#include "KioskStyle.h"
#include "KioskTeamPage.h"
#include "KioskTeamPainters.h"
#include "MetricsStore.h"
#include "Severity.h"
#include "TeammateTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

Q_DECLARE_METATYPE(TeamThresholds)

namespace {

const QString kTeam = QStringLiteral("42");

QList<TeamMetric> metrics()
{
    // open, idle from 0 up, so every threshold below has rows on both sides.
    QList<TeamMetric> list;
    const int counts[][2] = {{0, 0}, {1, 0}, {3, 1}, {8, 2}, {12, 3}, {20, 0}, {0, 5}};
    int id = 1;
    for (const auto& [open, idle] : counts)
        list.append(TeamMetric{QString::number(id++), open, idle, 0});
    return list;
}

} // namespace

class TestSeverityAgreement : public QObject
{
    Q_OBJECT

private slots:
    void theRule_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("warning");
        QTest::addColumn<int>("critical");
        QTest::addColumn<int>("level");
        QTest::newRow("below") << 7 << 8 << 12 << int(Severity::Normal);
        QTest::newRow("at warning") << 8 << 8 << 12 << int(Severity::Warning);
        QTest::newRow("at critical") << 12 << 8 << 12 << int(Severity::Critical);
        QTest::newRow("zero count, zero thresholds") << 0 << 0 << 0 << int(Severity::Normal);
        QTest::newRow("zero warning is off") << 5 << 0 << 12 << int(Severity::Normal);
        QTest::newRow("zero critical is off") << 50 << 8 << 0 << int(Severity::Warning);
        QTest::newRow("negative is off") << 50 << -1 << -1 << int(Severity::Normal);
    }
    void theRule()
    {
        QFETCH(int, count);
        QFETCH(int, warning);
        QFETCH(int, critical);
        QFETCH(int, level);
        QCOMPARE(int(Severity::of(count, warning, critical)), level);
    }

    void glyphs()
    {
        QCOMPARE(Severity::glyph(Severity::Warning), QStringLiteral("\u25B2"));
        QCOMPARE(Severity::glyph(Severity::Critical), QStringLiteral("\u25A0"));
        QVERIFY(Severity::glyph(Severity::Normal).isEmpty());
    }

    void tableAndWallAgree_data()
    {
        QTest::addColumn<TeamThresholds>("thresholds");
        QTest::newRow("defaults") << TeamThresholds{};
        QTest::newRow("all zero") << TeamThresholds{0, 0, 0, 0};
        QTest::newRow("warnings zero") << TeamThresholds{0, 12, 0, 3};
        QTest::newRow("criticals zero") << TeamThresholds{8, 0, 1, 0};
        QTest::newRow("negative") << TeamThresholds{-1, -5, -1, -5};
        QTest::newRow("low") << TeamThresholds{1, 2, 1, 2};
    }
    void tableAndWallAgree()
    {
        QFETCH(TeamThresholds, thresholds);
        ManualClock clock;
        MetricsStore store;
        store.ingest(kTeam, metrics(), clock.now(), 1800);

        TeammateTableModel table(store, clock);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setThresholds(thresholds);
        table.setTeam(kTeam);

        const QSize screen(1920, 1080);
        const KioskStyle style(KioskColours::dark(), KioskScale::unit(screen));
        KioskTeamPage wall(store, clock);
        wall.setKioskStyle(&style);
        wall.setTeam(kTeam, thresholds);
        wall.resize(screen);
        wall.grab(); // paints, and so decides what the wall marks

        // The wall lists as many as fit, the most loaded first; each one it
        // shows is compared.
        QVERIFY(wall.shownTeammates().size() >= 3);
        int compared = 0;
        for (const TeamMetric& m : metrics()) {
            const std::optional<Severity::Level> wallLevel = wall.shownLevel(m.adminId);
            if (!wallLevel)
                continue;
            ++compared;
            const int row = table.rowOf(m.adminId);
            QVERIFY(row >= 0);
            const int tableLevel = table.index(row, TeammateTableModel::NameColumn)
                                       .data(TeammateTableModel::SeverityRole)
                                       .toInt();
            QVERIFY2(tableLevel == int(*wallLevel),
                     qPrintable(QStringLiteral("teammate %1 (open %2, idle %3): table %4, wall %5")
                                    .arg(m.adminId)
                                    .arg(m.open)
                                    .arg(m.idle)
                                    .arg(tableLevel)
                                    .arg(int(*wallLevel))));
            // A level that is switched off never marks anyone.
            if (thresholds.openWarning <= 0 && thresholds.openCritical <= 0 &&
                thresholds.idleWarning <= 0 && thresholds.idleCritical <= 0)
                QCOMPARE(tableLevel, int(Severity::Normal));
        }
        QCOMPARE(compared, int(wall.shownTeammates().size()));
    }

    void wallTilesCountWhatTheTableMarks_data() { tableAndWallAgree_data(); }
    void wallTilesCountWhatTheTableMarks()
    {
        QFETCH(TeamThresholds, thresholds);
        ManualClock clock;
        MetricsStore store;
        store.ingest(kTeam, metrics(), clock.now(), 1800);
        TeammateTableModel table(store, clock);
        table.setThresholds(thresholds);
        table.setTeam(kTeam);

        const KioskStyle style(KioskColours::dark(), KioskScale::unit(QSize(1920, 1080)));
        const QList<KioskTiles::Tile> tiles =
            KioskTiles::tiles(style, *store.latest(kTeam), thresholds);
        QCOMPARE(tiles.size(), 4);
        const struct
        {
            int column;
            int warning;
            int critical;
        } counted[] = {
            {TeammateTableModel::OpenColumn, thresholds.openWarning, thresholds.openCritical},
            {TeammateTableModel::IdleColumn, thresholds.idleWarning, thresholds.idleCritical},
        };
        for (int k = 0; k < 2; ++k) {
            int marked[3] = {0, 0, 0};
            for (int row = 0; row < table.rowCount(); ++row)
                ++marked[table.index(row, counted[k].column)
                             .data(TeammateTableModel::SeverityRole)
                             .toInt()];
            const KioskTiles::Tile& tile = tiles[k];
            const int expected = marked[Severity::Critical]  ? Severity::Critical
                                 : marked[Severity::Warning] ? Severity::Warning
                                                             : Severity::Normal;
            QCOMPARE(tile.severity, expected);
            for (const Severity::Level level : {Severity::Warning, Severity::Critical}) {
                // "▲ 3 at 8+": as many at that level as the table marks, or no mark.
                QCOMPARE(tile.footer.contains(Severity::glyph(level)), marked[level] > 0);
                if (marked[level] > 0) {
                    const QString mark = Severity::glyph(level) + QLatin1Char(' ') +
                                         QString::number(marked[level]) + QStringLiteral(" at");
                    QVERIFY2(tile.footer.contains(mark), qPrintable(tile.footer));
                }
            }
            // A level that is off is never named as a bar to stay below.
            if (counted[k].warning <= 0 && counted[k].critical <= 0)
                QVERIFY2(tile.footer.isEmpty(), qPrintable(tile.footer));
        }
    }
};

QTEST_MAIN(TestSeverityAgreement)
#include "tst_severityagreement.moc"
