#pragma once

#include "Poller.h"

#include <QMainWindow>

#include <functional>

class Clock;
class DashboardView;
class IntercomClient;
class HistoryStore;
class QMenu;
class LookBackView;
class MetricsStore;
class QLabel;
class QSpinBox;
class QTabBar;
class Settings;
struct Team;

// The supervisor's window: pinned teams as tabs, the idle threshold and poll
// interval at hand, and one team's dashboard. Objects it works with are made
// in main() and passed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Services
    {
        Clock& clock;
        IntercomClient& client;
        Poller& poller;
        MetricsStore& store;
        Settings& settings;
        HistoryStore* history = nullptr; // none: no history is kept
        // The workspace the history is kept under (it may change on sign-in).
        std::function<QString()> workspace = {};
    };

    explicit MainWindow(Services services, QWidget* parent = nullptr);

    // Opens a team (the last used one, or the picker when there is none).
    void start(const QString& teamId = {});
    void showTeam(const QString& teamId);
    QString currentTeam() const { return m_current; }
    DashboardView* dashboard() const { return m_dashboard; }
    LookBackView* lookBack() const { return m_lookBack; }
    // Shows the poller's interval and threshold and the team's thresholds
    // (after the configuration changed: whoever wires the window listens to
    // Settings::changed and applies the effective configuration).
    void refreshSettings();

    void openTeamPicker();
    void openSettings();
    // The current team's shift report for a day (File > Shift report…).
    void openShiftReport();

signals:
    // The token was refused: the sign-in dialog should come back.
    void signInRequested();
    void signOutRequested();
    void firstDataShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void buildMenus();
    void buildExportMenu(QMenu* menu);
    void updatePolledTeams();
    void rebuildTabs();
    void onIdleControlsChanged();
    void showEffectiveThreshold();
    int effectiveThreshold() const;
    void onStateChanged(const QString& teamId, const PollState& state);
    QString teamName(const QString& teamId) const;

    Services m_s;
    DashboardView* m_dashboard;
    LookBackView* m_lookBack = nullptr; // with a history only
    QTabBar* m_tabs;
    QSpinBox* m_idleMinutes;
    QSpinBox* m_idleSeconds;
    QLabel* m_idleEffective;
    QSpinBox* m_interval;
    QTimer* m_idleDebounce;
    QString m_current;
    bool m_signInAsked = false;
    bool m_firstDataShown = false;
    bool m_updatingTabs = false;
};
