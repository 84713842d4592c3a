#include "MainWindow.h"

#include "Clock.h"
#include "ConfigChange.h"
#include "DashboardView.h"
#include "Exports.h"
#include "FloorwatchVersion.h"
#include "HistoryStore.h"
#include "IntercomClient.h"
#include "LookBackView.h"
#include "MetricsStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SettingsSchema.h"
#include "ShiftReportDialog.h"
#include "TeamPicker.h"
#include "Theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

MainWindow::MainWindow(Services services, QWidget* parent)
    : QMainWindow(parent)
    , m_s(services)
    , m_dashboard(new DashboardView(services.store, services.clock, this))
    , m_tabs(new QTabBar(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_idleSeconds(new QSpinBox(this))
    , m_idleEffective(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_idleDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Floorwatch"));
    if (m_s.history) {
        if (!m_s.workspace)
            m_s.workspace = [] { return QString(); };
        m_lookBack = new LookBackView({m_s.clock, m_s.store, *m_s.history, m_s.workspace},
                                      m_dashboard, this);
        setCentralWidget(m_lookBack);
        m_dashboard->setHistory(m_s.history, m_s.workspace);
    } else {
        setCentralWidget(m_dashboard);
    }
    buildToolBar();
    buildMenus();
    refreshSettings();

    connect(&m_s.poller, &Poller::stateChanged, this, &MainWindow::onStateChanged);
    if (m_s.history) {
        // A damaged, unwritable or newer history file: said once, and
        // Floorwatch goes on (the history in memory, or in a new file).
        const auto tell = [this](const QString& notice) {
            if (!notice.isEmpty())
                statusBar()->showMessage(notice);
        };
        connect(m_s.history, &HistoryStore::noticeChanged, this, tell);
        tell(m_s.history->notice());
    }
    connect(&m_s.store, &MetricsStore::directoryChanged, this, [this] { rebuildTabs(); });
    connect(&m_s.store, &MetricsStore::snapshotUpdated, this, [this](const QString& teamId) {
        if (teamId == m_current && !m_firstDataShown) {
            m_firstDataShown = true;
            rebuildTabs();
            emit firstDataShown();
        }
    });
    connect(m_dashboard, &DashboardView::bannerAction, this, [this](StatusBanner::Action action) {
        switch (action) {
        case StatusBanner::Action::SignIn:
            emit signInRequested();
            break;
        case StatusBanner::Action::PickTeam:
            openTeamPicker();
            break;
        case StatusBanner::Action::OpenSettings:
            openSettings();
            break;
        case StatusBanner::Action::Retry:
            m_s.poller.pollNow(m_current);
            break;
        case StatusBanner::Action::None:
            break;
        }
    });
    const QByteArray geometry = m_s.settings.get(Setting::WindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 800);
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Team"));
    bar->setObjectName(QStringLiteral("teamToolBar"));
    bar->setMovable(false);

    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->setAccessibleName(tr("Pinned teams"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    bar->addWidget(m_tabs);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_updatingTabs && index >= 0)
            showTeam(m_tabs->tabData(index).toString());
    });
    connect(m_tabs, &QTabBar::tabCloseRequested, this, [this](int index) {
        QStringList pinned = m_s.settings.get(Setting::PinnedTeams);
        pinned.removeAll(m_tabs->tabData(index).toString());
        m_s.settings.set(Setting::PinnedTeams, pinned);
        rebuildTabs();
        updatePolledTeams();
    });

    auto* pick = new QToolButton(this);
    pick->setObjectName(QStringLiteral("teamsButton"));
    pick->setText(tr("Teams…"));
    pick->setToolTip(tr("Choose and pin teams (Ctrl+T)"));
    pick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(pick, &QToolButton::clicked, this, &MainWindow::openTeamPicker);
    bar->addWidget(pick);

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    // Idle threshold in minutes and seconds, applied as soon as it settles.
    auto* idleLabel = new QLabel(tr("Idle after"), this);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setRange(0, 1440);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setAccessibleName(tr("Idle threshold, minutes"));
    m_idleSeconds->setObjectName(QStringLiteral("idleSecondsSpin"));
    m_idleSeconds->setRange(0, 59);
    m_idleSeconds->setSuffix(tr(" s"));
    m_idleSeconds->setAccessibleName(tr("Idle threshold, seconds"));
    m_idleEffective->setObjectName(QStringLiteral("idleEffectiveLabel"));
    m_idleEffective->setForegroundRole(QPalette::PlaceholderText);
    idleLabel->setBuddy(m_idleMinutes);
    bar->addWidget(idleLabel);
    bar->addWidget(m_idleMinutes);
    bar->addWidget(m_idleSeconds);
    bar->addWidget(m_idleEffective);
    m_idleDebounce->setSingleShot(true);
    m_idleDebounce->setInterval(400);
    connect(m_idleDebounce, &QTimer::timeout, this, &MainWindow::onIdleControlsChanged);
    for (QSpinBox* spin : {m_idleMinutes, m_idleSeconds}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            showEffectiveThreshold();
            m_idleDebounce->start();
        });
    }

    bar->addSeparator();
    auto* intervalLabel = new QLabel(tr("Refresh every"), this);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    const auto [minInterval, maxInterval] = Settings::intRange(Settings::Key::PollIntervalSeconds);
    m_interval->setRange(minInterval, maxInterval);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Poll interval in seconds"));
    intervalLabel->setBuddy(m_interval);
    bar->addWidget(intervalLabel);
    bar->addWidget(m_interval);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_s.settings.set(Setting::PollIntervalSeconds, seconds);
        applyConfigChange({.interval = std::chrono::seconds(seconds)}, m_s.client, &m_s.poller);
        m_dashboard->setInterval(m_s.poller.interval());
    });

    auto* refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setText(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Poll this team now (F5)"));
    connect(refresh, &QToolButton::clicked, this, [this] { m_s.poller.pollNow(m_current); });
    bar->addWidget(refresh);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Choose &team…"), this, &MainWindow::openTeamPicker);
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);
    QAction* report = file->addAction(tr("Shift &report…"), this, &MainWindow::openShiftReport);
    report->setObjectName(QStringLiteral("shiftReportAction"));
    // Only with a history to read and a team to read it for.
    connect(file, &QMenu::aboutToShow, report,
            [this, report] { report->setEnabled(m_s.history && !m_current.isEmpty()); });
    buildExportMenu(file->addMenu(tr("&Export")));
    file->addSeparator();
    file->addAction(tr("Sign &in…"), this, &MainWindow::signInRequested);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Floorwatch"), this, [this] {
        QMessageBox::about(this, tr("About Floorwatch"),
                           tr("<b>Floorwatch %1</b><p>Live Intercom team load for support "
                              "supervisors and wall displays.</p>")
                               .arg(QStringLiteral(FLOORWATCH_VERSION)));
    });
}

void MainWindow::buildExportMenu(QMenu* menu)
{
    // floorwatch-<team>-<date>-<time>.<ext>, in the user's documents.
    const auto name = [this](const char* extension) {
        return QStringLiteral("floorwatch-%1-%2.%3")
            .arg(m_current, m_s.clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 QLatin1String(extension));
    };
    const QString csv = tr("CSV files (*.csv)");
    menu->addAction(tr("The &table as CSV…"), this, [this, name, csv] {
        Exports::saveAs(
            this, tr("Export the table"), name("csv"), csv,
            [this](const QString& path) { return Exports::writeTable(*m_dashboard, path); });
    });
    menu->addAction(tr("The &charts as PNG…"), this, [this, name] {
        Exports::saveAs(
            this, tr("Export the charts"), name("png"), tr("PNG images (*.png)"),
            [this](const QString& path) { return Exports::writeCharts(*m_dashboard, path); });
    });
    if (!m_s.history)
        return;
    menu->addAction(tr("The &history of the trend's range as CSV…"), this, [this, name, csv] {
        const QDateTime now = m_s.clock.now();
        const qint64 from = m_dashboard->trendStart(now).toMSecsSinceEpoch();
        Exports::saveAs(this, tr("Export the history"), name("csv"), csv,
                        [this, from, now](const QString& path) {
                            return Exports::writeHistory(*m_s.history, m_s.workspace(), m_current,
                                                         from, now.toMSecsSinceEpoch(), path);
                        });
    });
}

void MainWindow::refreshSettings()
{
    const QSignalBlocker a(m_idleMinutes), b(m_idleSeconds), c(m_interval);
    const int idle = m_s.poller.idleThreshold();
    m_idleMinutes->setValue(idle / 60);
    m_idleSeconds->setValue(idle % 60);
    showEffectiveThreshold();
    m_interval->setValue(int(m_s.poller.interval().count()));
    m_dashboard->setInterval(m_s.poller.interval());
    if (!m_current.isEmpty())
        m_dashboard->setThresholds(m_s.settings.thresholds(m_current));
}

int MainWindow::effectiveThreshold() const
{
    // The settings table clamps as Intercom does.
    return SettingsSchema::check(Settings::Key::IdleThresholdSeconds,
                                 m_idleMinutes->value() * 60 + m_idleSeconds->value())
        .value.toInt();
}

void MainWindow::showEffectiveThreshold()
{
    const int asked = m_idleMinutes->value() * 60 + m_idleSeconds->value();
    const int effective = effectiveThreshold();
    m_idleEffective->setText(asked == effective
                                 ? tr("(%1 s)").arg(effective)
                                 : tr("(%1 s: the nearest Intercom allows)").arg(effective));
}

void MainWindow::onIdleControlsChanged()
{
    const int effective = effectiveThreshold();
    m_s.settings.set(Setting::IdleThresholdSeconds, effective);
    // Polls every team at once.
    applyConfigChange({.idleThreshold = effective}, m_s.client, &m_s.poller);
}

void MainWindow::start(const QString& teamId)
{
    const QString team = !teamId.isEmpty() ? teamId : m_s.settings.get(Setting::LastTeam);
    if (!team.isEmpty())
        showTeam(team);
    else
        QTimer::singleShot(0, this, &MainWindow::openTeamPicker);
}

void MainWindow::showTeam(const QString& teamId)
{
    if (teamId.isEmpty() || teamId == m_current)
        return;
    m_current = teamId;
    m_s.settings.set(Setting::LastTeam, teamId);
    m_dashboard->setTeam(teamId);
    if (m_lookBack)
        m_lookBack->setTeam(teamId);
    m_dashboard->setThresholds(m_s.settings.thresholds(teamId));
    updatePolledTeams();
    m_dashboard->setPollState(m_s.poller.state(teamId));
    rebuildTabs();
}

void MainWindow::updatePolledTeams()
{
    QStringList teams = m_s.settings.get(Setting::PinnedTeams);
    if (!m_current.isEmpty() && !teams.contains(m_current))
        teams.prepend(m_current);
    m_s.poller.setTeams(teams);
}

QString MainWindow::teamName(const QString& teamId) const
{
    const auto& teams = m_s.store.directory().teams;
    const auto it = teams.constFind(teamId);
    return it != teams.cend() ? it->name : tr("Team %1").arg(teamId);
}

void MainWindow::rebuildTabs()
{
    // Tabs: the pinned teams, plus the open one when it is not pinned.
    QStringList ids = m_s.settings.get(Setting::PinnedTeams);
    if (!m_current.isEmpty() && !ids.contains(m_current))
        ids.append(m_current);
    m_updatingTabs = true;
    while (m_tabs->count() > ids.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (int i = 0; i < ids.size(); ++i) {
        if (i >= m_tabs->count())
            m_tabs->addTab(QString());
        m_tabs->setTabText(i, teamName(ids[i]));
        m_tabs->setTabData(i, ids[i]);
        m_tabs->setTabToolTip(i, tr("Team id %1").arg(ids[i]));
    }
    m_tabs->setCurrentIndex(int(ids.indexOf(m_current)));
    m_updatingTabs = false;
    setWindowTitle(m_current.isEmpty() ? tr("Floorwatch")
                                       : tr("%1 — Floorwatch").arg(teamName(m_current)));
}

void MainWindow::openTeamPicker()
{
    auto* picker = new TeamPicker(this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setPinnedTeams(m_s.settings.get(Setting::PinnedTeams));
    const auto& known = m_s.store.directory().teams;
    if (!known.isEmpty())
        picker->setTeams(known.values());
    m_s.client.teams(picker, [picker](const Result<QList<Team>>& teams) {
        if (teams.ok())
            picker->setTeams(teams.value());
        else
            picker->setMessage(teams.error().userMessage());
    });
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_s.settings.set(Setting::PinnedTeams, picker->pinnedTeams());
        showTeam(picker->chosenTeam());
        updatePolledTeams();
        rebuildTabs();
    });
    picker->open();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_s.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_current.isEmpty())
        dialog->setTeam(m_current, teamName(m_current));
    connect(dialog, &QDialog::accepted, this, &MainWindow::refreshSettings);
    connect(dialog, &SettingsDialog::clearHistoryRequested, this, [this] {
        if (m_s.history && m_s.history->clear())
            statusBar()->showMessage(tr("The history kept on this computer was cleared."), 10000);
    });
    dialog->open();
}

void MainWindow::openShiftReport()
{
    if (!m_s.history || m_current.isEmpty())
        return;
    auto* dialog =
        new ShiftReportDialog({*m_s.history, m_s.clock, m_s.workspace ? m_s.workspace() : QString(),
                               m_current, m_s.settings.thresholds(m_current)},
                              this);
    dialog->setObjectName(QStringLiteral("shiftReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Shift report: %1").arg(teamName(m_current)));
    dialog->open();
}

void MainWindow::onStateChanged(const QString& teamId, const PollState& state)
{
    if (teamId != m_current)
        return;
    m_dashboard->setPollState(state);
    const bool unauthorized =
        state.lastError && state.lastError->kind() == ApiError::Kind::Unauthorized;
    if (unauthorized && !m_signInAsked) {
        m_signInAsked = true;
        emit signInRequested();
    }
    if (!state.lastError)
        m_signInAsked = false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_s.settings.set(Setting::WindowGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}
