// The supervisor's window against the real simulator over loopback, with a
// manual clock: what the table shows, how polls update it, and how every
// kind of error is shown while the last good numbers stay on screen.

#include "ChartPanel.h"
#include "DashboardView.h"
#include "Freshness.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SimPipeline.h"
#include "SimTrouble.h"
#include "StatusBanner.h"
#include "SummaryHeader.h"
#include "TeammateSortFilterProxy.h"
#include "TeammateTableModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("gui-token");
const QString kTeam = QStringLiteral("5017691");

struct Fixture : SimPipeline
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<MainWindow> window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    static SimConfig config()
    {
        SimConfig c;
        c.speed = 20; // counts move between polls
        return c;
    }

    Fixture()
        : SimPipeline(kToken, config(), 5)
    {
        window = std::make_unique<MainWindow>(
            MainWindow::Services{clock, client, poller, store, settings});
        window->resize(1280, 800);
        window->show();
        DashboardView* d = window->dashboard();
        QAbstractItemModel* models[] = {
            d->model(), d->table()->model(),
            qobject_cast<QAbstractProxyModel*>(d->table()->model())->sourceModel()};
        for (QAbstractItemModel* m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    DashboardView* dashboard() const { return window->dashboard(); }
    QTableView* table() const { return dashboard()->table(); }
    TeammateTableModel* model() const { return dashboard()->model(); }

    bool waitForData()
    {
        return QTest::qWaitFor(
            [this] {
                const TeamSnapshot* s = store.latest(kTeam);
                return s && !s->rows.isEmpty() && s->rows.first().known &&
                       model()->rowCount() == s->rows.size();
            },
            10000);
    }
    void nextPoll()
    {
        const QDateTime at = poller.state(kTeam).nextPollAt;
        if (at.isValid())
            clock.advance(std::chrono::milliseconds(std::max<qint64>(0, clock.now().msecsTo(at))));
    }
    // Cell text of the view (sorted, filtered, styled) for an admin.
    QModelIndex viewIndex(const QString& adminId, int column) const
    {
        const QAbstractItemModel* m = table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, column);
            if (i.data(TeammateTableModel::AdminIdRole).toString() == adminId)
                return i;
        }
        return {};
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void tableShowsExactlyTheSimulatorsTeammates()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        const QList<SimMetric> expected = f.workspace.teamMetrics(kTeam, 1800);
        QCOMPARE(f.table()->model()->rowCount(), expected.size());
        for (const SimMetric& m : expected) {
            const QModelIndex name = f.viewIndex(m.adminId, TeammateTableModel::NameColumn);
            QVERIFY2(name.isValid(), qPrintable(m.adminId));
            const SimAdmin& admin = f.workspace.admins().at(f.workspace.adminIndex(m.adminId));
            QCOMPARE(name.data().toString(), admin.name);
            QCOMPARE(f.viewIndex(m.adminId, TeammateTableModel::OpenColumn)
                         .data(TeammateTableModel::SortRole)
                         .toInt(),
                     m.open);
            QCOMPARE(f.viewIndex(m.adminId, TeammateTableModel::IdleColumn)
                         .data(TeammateTableModel::SortRole)
                         .toInt(),
                     m.idle);
            QCOMPARE(f.viewIndex(m.adminId, TeammateTableModel::SnoozedColumn)
                         .data(TeammateTableModel::SortRole)
                         .toInt(),
                     m.snoozed);
        }
        int open = 0;
        for (const SimMetric& m : expected)
            open += m.open;
        QCOMPARE(f.dashboard()->header()->valueText(QStringLiteral("open")), QString::number(open));
        // The same "as of" as the wall display shows, then how long ago.
        const QString asOf =
            Freshness::asOf(f.store.latest(kTeam)->fetchedAt, QTimeZone::systemTimeZone());
        QVERIFY(asOf.startsWith(QLatin1String("as of ")));
        QVERIFY2(f.dashboard()->freshnessText().startsWith(asOf + QStringLiteral(" \u00B7 ")),
                 qPrintable(f.dashboard()->freshnessText()));
        QVERIFY(f.window->windowTitle().contains(f.workspace.teams().first().name));
    }

    void pollsUpdateWithoutResetKeepingSelectionAndSort()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        f.table()->sortByColumn(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
        f.table()->selectRow(2);
        const QString selected = f.table()
                                     ->selectionModel()
                                     ->selectedRows()
                                     .first()
                                     .data(TeammateTableModel::AdminIdRole)
                                     .toString();
        QSignalSpy resets(f.model(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy viewResets(f.table()->model(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(f.model(), &QAbstractItemModel::dataChanged);
        const TeamSnapshot before = *f.store.latest(kTeam);
        bool moved = false;
        for (int i = 0; i < 20 && !moved; ++i) {
            f.nextPoll();
            QVERIFY(f.settle());
            const TeamSnapshot* now = f.store.latest(kTeam);
            for (int r = 0; r < now->rows.size() && r < before.rows.size(); ++r)
                moved = moved || !now->rows[r].sameCounts(before.rows[r]);
        }
        QVERIFY2(moved, "the simulation should move within 20 polls");
        QVERIFY(changed.count() > 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(viewResets.count(), 0);
        const QModelIndexList rows = f.table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(TeammateTableModel::AdminIdRole).toString(), selected);
        // Still sorted by open, descending.
        const QAbstractItemModel* m = f.table()->model();
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, TeammateTableModel::OpenColumn)
                        .data(TeammateTableModel::SortRole)
                        .toInt() >= m->index(r, TeammateTableModel::OpenColumn)
                                        .data(TeammateTableModel::SortRole)
                                        .toInt());
    }

    void thresholdCrossingChangesColourAndGlyph()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        const QAbstractItemModel* m = f.table()->model();
        // Find a teammate with some open conversations.
        QModelIndex open;
        for (int r = 0; r < m->rowCount() && !open.isValid(); ++r)
            if (m->index(r, TeammateTableModel::OpenColumn)
                    .data(TeammateTableModel::SortRole)
                    .toInt() >= 2)
                open = m->index(r, TeammateTableModel::OpenColumn);
        QVERIFY(open.isValid());
        const int count = open.data(TeammateTableModel::SortRole).toInt();
        const QString admin = open.data(TeammateTableModel::AdminIdRole).toString();

        f.dashboard()->setThresholds({count + 1, count + 2, 50, 60});
        QModelIndex cell = f.viewIndex(admin, TeammateTableModel::OpenColumn);
        QCOMPARE(cell.data().toString(), QString::number(count));
        const QVariant normalBackground = cell.data(Qt::BackgroundRole);

        f.dashboard()->setThresholds({count, count + 2, 50, 60});
        cell = f.viewIndex(admin, TeammateTableModel::OpenColumn);
        QCOMPARE(cell.data(TeammateTableModel::SeverityRole).toInt(), 1);
        const QString warning = cell.data().toString();
        QVERIFY(warning != QString::number(count)); // a glyph, not only colour
        QVERIFY(warning.endsWith(QString::number(count)));
        QVERIFY(cell.data(Qt::BackgroundRole) != normalBackground);

        f.dashboard()->setThresholds({1, count, 50, 60});
        cell = f.viewIndex(admin, TeammateTableModel::OpenColumn);
        QCOMPARE(cell.data(TeammateTableModel::SeverityRole).toInt(), 2);
        QVERIFY(cell.data().toString() != warning);
        QVERIFY(cell.data(Qt::BackgroundRole) != normalBackground);
    }

    void errorsShowTheirBannerAndKeepTheData_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("action");
        QTest::newRow("unauthorized") << 0 << "Sign in again" << int(StatusBanner::Action::SignIn);
        QTest::newRow("forbidden")
            << 1 << "Real-time monitoring is not enabled" << int(StatusBanner::Action::Retry);
        QTest::newRow("rate limited") << 2 << "paused until" << int(StatusBanner::Action::None);
        QTest::newRow("server error") << 3 << "server error" << int(StatusBanner::Action::Retry);
        QTest::newRow("network") << 4 << "Offline" << int(StatusBanner::Action::Retry);
        QTest::newRow("timeout") << 5 << "did not answer in time"
                                 << int(StatusBanner::Action::Retry);
        QTest::newRow("bad response") << 6 << "cannot use" << int(StatusBanner::Action::Retry);
        QTest::newRow("bad request")
            << 7 << "API version 9.99" << int(StatusBanner::Action::OpenSettings);
        QTest::newRow("bad configuration")
            << 8 << "No Intercom access token" << int(StatusBanner::Action::OpenSettings);
    }
    void errorsShowTheirBannerAndKeepTheData()
    {
        QFETCH(int, fault);
        QFETCH(QString, says);
        QFETCH(int, action);
        Fixture f;
        QSignalSpy signIn(f.window.get(), &MainWindow::signInRequested);
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        QVERIFY(f.settle());
        QVERIFY(!f.dashboard()->banner()->isVisible());
        const int rows = f.table()->model()->rowCount();

        // The simulator's kinds of trouble first, then two of this side's.
        ApiConfig api = f.client.config();
        switch (fault) {
        case 7:
            api.apiVersion = QStringLiteral("9.99");
            f.client.setConfig(api);
            break;
        case 8:
            f.client.setToken(QString());
            break;
        default:
            causeTrouble(SimTrouble(fault), f.server, f.workspace, kTeam);
            break;
        }
        f.nextPoll();
        if (fault == 5) {
            QTRY_COMPARE(f.server.pendingReplyCount(), 1);
            f.clock.advance(30s);
        }
        QTRY_VERIFY(f.dashboard()->banner()->isVisible());
        StatusBanner* banner = f.dashboard()->banner();
        QVERIFY2(banner->text().contains(says, Qt::CaseInsensitive), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QLatin1Char('{')));
        QCOMPARE(int(banner->action()), action);
        // The last good numbers are still there.
        QCOMPARE(f.table()->model()->rowCount(), rows);
        QVERIFY(f.dashboard()->freshnessText().contains(QLatin1String("as of")));
        if (fault == 0)
            QCOMPARE(signIn.count(), 1);
        // The request id (when the server gave one) is behind Details.
        if (fault <= 3)
            QVERIFY(banner->detailsText().contains(QLatin1String("Request id")));
        // After twice the interval without fresh data, it is marked stale.
        f.clock.advance(31s);
        f.dashboard()->refreshTime();
        QVERIFY(f.dashboard()->isStale());
        QVERIFY(f.dashboard()->freshnessText().contains(QLatin1String("Stale")));
        QCOMPARE(f.table()->model()->rowCount(), rows);
    }

    void tabsShowWhatTheStoreHoldsWhateverTheWiringOrder()
    {
        // The window is wired before the pipeline: it must still name the
        // pinned teams once the directory is in the store, whichever of the
        // two hears of the directory first.
        SimBackend b(kToken, Fixture::config());
        b.client.setToken(kToken);
        Poller poller(b.client, b.clock);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        const SimTeam other = b.workspace.teams().at(1);
        QVERIFY(settings.set(Setting::PinnedTeams, {kTeam, other.id}));
        MainWindow window({b.clock, b.client, poller, b.store, settings});
        connectPipeline(poller, b.store);
        window.start(kTeam);
        QTRY_VERIFY(b.store.directory().fetchedAt.isValid());
        auto* tabs = window.findChild<QTabBar*>(QStringLiteral("teamTabs"));
        QVERIFY(tabs);
        QTRY_COMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), other.name);
    }

    void bannerTextsDifferPerKind()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSet<QString> texts;
        for (ApiError::Kind kind :
             {ApiError::Kind::Unauthorized, ApiError::Kind::Forbidden, ApiError::Kind::NotFound,
              ApiError::Kind::RateLimited, ApiError::Kind::ServerError, ApiError::Kind::Network,
              ApiError::Kind::Timeout, ApiError::Kind::Tls, ApiError::Kind::BadResponse,
              ApiError::Kind::BadRequest, ApiError::Kind::BadConfiguration}) {
            PollState state;
            state.lastError = ApiError(kind, QStringLiteral("detail"));
            state.nextPollAt = now.addSecs(12);
            texts.insert(StatusBanner::headline(*state.lastError, state, now));
        }
        QCOMPARE(texts.size(), 11);
    }

    void notFoundOffersAnotherTeam()
    {
        Fixture f;
        f.window->start(QStringLiteral("4242"));
        QTRY_VERIFY(f.dashboard()->banner()->isVisible());
        QVERIFY(f.dashboard()->banner()->text().contains(QLatin1String("Pick another team")));
        QCOMPARE(f.dashboard()->banner()->action(), StatusBanner::Action::PickTeam);
    }

    void recoversWhenTheFaultEnds()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        QVERIFY(f.settle());
        SimFaults faults;
        faults.serverErrorRate = 1.0;
        faults.scope = SimFaultScope::MetricsOnly;
        f.server.setFaults(faults);
        f.nextPoll();
        QTRY_VERIFY(f.dashboard()->banner()->isVisible());
        f.server.clearFaults();
        f.nextPoll();
        QTRY_VERIFY(!f.dashboard()->banner()->isVisible());
        f.dashboard()->refreshTime();
        QVERIFY(!f.dashboard()->isStale());
    }

    void staleMarkingFollowsTheClock()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        QVERIFY(f.settle());
        f.dashboard()->refreshTime();
        QVERIFY(!f.dashboard()->isStale());
        f.server.setHang(true);
        f.clock.advance(29s); // one poll is hanging; 29 s is not yet 2 × 15 s
        f.dashboard()->refreshTime();
        QVERIFY(!f.dashboard()->isStale());
        f.clock.advance(2s);
        f.dashboard()->refreshTime();
        QVERIFY(f.dashboard()->isStale());
        QVERIFY(f.table()->model()->rowCount() > 0);
        QVERIFY(f.table()->model()->index(0, 0).data(Qt::ForegroundRole).isValid()); // dimmed
    }

    // The age beside "as of" reads in steps ("just now", "10 s ago", …)
    // and the view wakes by itself when the text or the staleness changes,
    // not once a second.
    void freshnessStepsByItself()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        QVERIFY(f.settle());
        f.server.setHang(true);
        const QDateTime fetchedAt = f.store.latest(kTeam)->fetchedAt;
        for (qint64 age = fetchedAt.secsTo(f.clock.now()); age <= 70;
             age = fetchedAt.secsTo(f.clock.now())) {
            const QString text = f.dashboard()->freshnessText();
            const QString ago = age < 10   ? QStringLiteral("just now")
                                : age < 60 ? QStringLiteral("%1 s ago").arg(age - age % 10)
                                           : QStringLiteral("1 min ago");
            QVERIFY2(text.endsWith(QStringLiteral(" \u00B7 ") + ago),
                     qPrintable(QStringLiteral("%1 s: %2").arg(age).arg(text)));
            QCOMPARE(text.contains(QLatin1String("Stale")), age > 30);
            QCOMPARE(f.dashboard()->isStale(), age > 30);
            f.clock.advance(1s);
        }
    }

    void changingTheIdleThresholdPollsAtOnce()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        QVERIFY(f.settle());
        QSignalSpy received(&f.poller, &Poller::metricsReceived);
        auto* minutes = f.window->findChild<QSpinBox*>(QStringLiteral("idleMinutesSpin"));
        auto* seconds = f.window->findChild<QSpinBox*>(QStringLiteral("idleSecondsSpin"));
        QVERIFY(minutes && seconds);
        minutes->setValue(1);
        seconds->setValue(30);
        // No clock advance: the re-poll does not wait for the next interval.
        QTRY_VERIFY(!received.isEmpty());
        QCOMPARE(received.last().at(3).toInt(), 90);
        QCOMPARE(f.settings.get(Setting::IdleThresholdSeconds), 90);
        auto* effective = f.window->findChild<QLabel*>(QStringLiteral("idleEffectiveLabel"));
        QVERIFY(effective->text().contains(QLatin1String("90 s")));
        minutes->setValue(0);
        seconds->setValue(0);
        QVERIFY(effective->text().contains(QLatin1String("1 s"))); // clamped, and it says so
        QTRY_COMPARE(received.last().at(3).toInt(), 1);
    }

    void selectingATeammateShowsTheirTrend()
    {
        Fixture f;
        f.window->start(kTeam);
        QVERIFY(f.waitForData());
        ChartPanel* charts = f.dashboard()->charts();
        QVERIFY(!charts->barNames().isEmpty());
        f.table()->selectRow(0);
        QVERIFY(charts->trendPointCount() >= 1);
        QVERIFY(charts->findChild<QWidget*>(QStringLiteral("trendChart")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
