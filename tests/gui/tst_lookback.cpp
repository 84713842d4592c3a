#include "ChartPanel.h"
#include "Clock.h"
#include "DashboardView.h"
#include "Exports.h"
#include "HistoryStore.h"
#include "LookBackView.h"
#include "MetricsStore.h"
#include "Pipeline.h"
#include "SummaryHeader.h"
#include "UtcDateTime.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono;
using namespace Qt::StringLiterals;

namespace {

const QString kTeam = u"t1"_s;

// What a dashboard's table says of one teammate: open, or -1 if absent.
int openOf(DashboardView* view, const QString& adminId)
{
    const TeammateTableModel* model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, TeammateTableModel::OpenColumn);
        if (index.data(TeammateTableModel::AdminIdRole).toString() == adminId)
            return index.data(TeammateTableModel::SortRole).toInt();
    }
    return -1;
}

} // namespace

class TestLookBack : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        m_clock.emplace(); // 09:00 UTC
        m_start = m_clock->now();
        m_history.emplace(*m_clock);
        m_history->open(m_dir->filePath(u"history.sqlite"_s));
        m_live.emplace();
        connectHistory(
            *m_live, *m_history, *m_clock,
            {.workspace = [] { return u"w"_s; }, .interval = [] { return seconds(120); }});
        // 09:00 Ana has 3 open, 09:02 five, 09:04 nine (and Ben goes away).
        poll(3);
        m_clock->advance(minutes(2));
        poll(5);
        m_clock->advance(minutes(2));
        poll(9);
        m_liveView = new DashboardView(*m_live, *m_clock);
        m_view.emplace(LookBackView::Services{*m_clock, *m_live, *m_history, [] { return u"w"_s; }},
                       m_liveView);
        m_liveView->setTeam(kTeam);
        m_view->setTeam(kTeam);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_view));
    }
    void cleanup()
    {
        m_view.reset();
        m_live.reset();
        m_history.reset();
    }

    void draggingShowsTheTeamAsItWas()
    {
        QVERIFY(m_view->isLive());
        QCOMPARE(m_view->stateText(), u"Live"_s);
        QSlider* timeline = m_view->timeline();
        QCOMPARE(timeline->maximum(), 4); // 09:00 … now (09:04), a minute a step
        QCOMPARE(timeline->value(), timeline->maximum());

        timeline->setValue(3); // 09:03: the 09:02 poll holds
        QVERIFY(!m_view->isLive());
        QVERIFY(m_view->pastView()->isVisible());
        QVERIFY(!m_liveView->isVisible());
        QCOMPARE(openOf(m_view->pastView(), u"1"_s), 5);
        const QString at = Utc::fromMSecsSinceEpoch(m_start.toMSecsSinceEpoch() + 180000)
                               .toLocalTime()
                               .toString(u"HH:mm"_s);
        QCOMPARE(m_view->stateText(), u"History · %1"_s.arg(at));
        QVERIFY(m_view->findChild<QWidget*>(u"backToLiveButton"_s)->isVisible());

        timeline->setValue(0);
        QCOMPARE(openOf(m_view->pastView(), u"1"_s), 3);

        // Polling goes on while looking back: the live side moves, the past does not.
        m_clock->advance(minutes(1));
        poll(11);
        QCOMPARE(openOf(m_view->pastView(), u"1"_s), 3);
        QCOMPARE(openOf(m_liveView, u"1"_s), 11);
        // A moment is never "stale", however long ago it was.
        m_clock->advance(hours(2));
        m_view->pastView()->refreshTime();
        QVERIFY(!m_view->pastView()->isStale());
        QVERIFY(m_liveView->isStale());

        // Esc: back to now.
        QTest::keyClick(m_view->timeline(), Qt::Key_Escape);
        QVERIFY(m_view->isLive());
        QVERIFY(m_liveView->isVisible());
        QCOMPARE(timeline->value(), timeline->maximum());
    }

    void aMomentNotPolledSaysSoAndKeepsTheScreen()
    {
        m_view->showMoment(m_start.toMSecsSinceEpoch() - 3600 * 1000);
        QVERIFY(m_view->isLive());
        QVERIFY(m_view->stateText().contains(u"nothing was polled"_s));
        QCOMPARE(openOf(m_liveView, u"1"_s), 9);
    }

    void theAwayStateIsTheOneOfThen()
    {
        m_view->showMoment(m_start.toMSecsSinceEpoch() + 60000);
        const TeammateTableModel* model = m_view->pastView()->model();
        bool seen = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, 0);
            if (index.data(TeammateTableModel::AdminIdRole).toString() == u"2"_s) {
                QVERIFY(!index.data(TeammateTableModel::AwayRole).toBool());
                seen = true;
            }
        }
        QVERIFY(seen);
        m_view->showMoment(m_clock->now().toMSecsSinceEpoch());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, 0);
            if (index.data(TeammateTableModel::AdminIdRole).toString() == u"2"_s)
                QVERIFY(index.data(TeammateTableModel::AwayRole).toBool());
        }
    }

    // The trend reaches past the shift kept in memory when asked: from the
    // history, with the night as a gap.
    void longerTrendsComeFromTheHistory()
    {
        m_live->setHistoryWindow(hours(8));
        m_clock->advance(hours(12)); // the morning is out of the shift now
        poll(4);
        m_liveView->setHistory(&*m_history, [] { return u"w"_s; });
        ChartPanel* charts = m_liveView->charts();
        auto* range = charts->findChild<QComboBox*>(u"trendRangeCombo"_s);
        QVERIFY(range && range->isVisible());
        const int shift = charts->trendPointCount();
        range->setCurrentIndex(range->findData(int(ChartPanel::TrendRange::Day)));
        QCOMPARE(charts->trendRange(), ChartPanel::TrendRange::Day);
        // 09:00, 09:02, 09:04 (each a step), the gap, and 21:04.
        QVERIFY2(charts->trendPointCount() > shift,
                 qPrintable(u"%1 vs %2"_s.arg(charts->trendPointCount()).arg(shift)));
        range->setCurrentIndex(0);
        QCOMPARE(charts->trendPointCount(), shift);
    }

    // File → Export: the table as shown (order and filter), the charts as
    // drawn, the history of a range; each parses back.
    void exportsWriteWhatIsShown()
    {
        const QString table = m_dir->filePath(u"table.csv"_s);
        QVERIFY(Exports::writeTable(*m_liveView, table).isEmpty());
        QFile file(table);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(u"Ana"_s)); // most open first, as on screen
        file.close();
        m_liveView->findChild<QLineEdit*>(u"filterEdit"_s)->setText(u"Ben"_s);
        QVERIFY(Exports::writeTable(*m_liveView, table).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(u"Ben"_s));

        const QString png = m_dir->filePath(u"charts.png"_s);
        QVERIFY(Exports::writeCharts(*m_liveView, png).isEmpty());
        QVERIFY(!QImage(png).isNull());

        const QString history = m_dir->filePath(u"history.csv"_s);
        QVERIFY(Exports::writeHistory(*m_history, u"w"_s, kTeam, m_start.toMSecsSinceEpoch(),
                                      m_clock->now().toMSecsSinceEpoch(), history)
                    .isEmpty());
        QFile kept(history);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        // The header, both at 09:00, Ana at 09:02, Ana and Ben at 09:04.
        QCOMPARE(QString::fromUtf8(kept.readAll()).count(u'\n'), 6);
        QVERIFY(!Exports::writeHistory(*m_history, u"w"_s, u"other"_s, 0, 1, history).isEmpty());
        QVERIFY(!Exports::writeTable(*m_liveView, u"/proc/no/such/file.csv"_s).isEmpty());
    }

private:
    void poll(int anaOpen)
    {
        Directory directory;
        for (const auto& [id, name] : {std::pair{u"1"_s, u"Ana"_s}, std::pair{u"2"_s, u"Ben"_s}}) {
            Admin admin;
            admin.id = id;
            admin.name = name;
            admin.away = id == u"2"_s && anaOpen >= 9;
            directory.admins.insert(id, admin);
        }
        m_live->setDirectory(directory);
        m_live->ingest(kTeam, {{u"1"_s, anaOpen, 1, 0}, {u"2"_s, 2, 0, 0}}, m_clock->now(), 1800);
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<ManualClock> m_clock;
    QDateTime m_start;
    std::optional<HistoryStore> m_history;
    std::optional<MetricsStore> m_live;
    DashboardView* m_liveView = nullptr; // owned by the view
    std::optional<LookBackView> m_view;
};

QTEST_MAIN(TestLookBack)
#include "tst_lookback.moc"
