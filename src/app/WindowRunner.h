#pragma once

#include "Clock.h"
#include "CommandLine.h"
#include "DemoBackend.h"
#include "EffectiveConfig.h"
#include "HistoryStore.h"
#include "IntercomClient.h"
#include "KeychainTokenStore.h"
#include "MetricsStore.h"
#include "NetworkAccessManager.h"
#include "Poller.h"

#include <QObject>

#include <memory>
#include <optional>

class MainWindow;
class QApplication;
class SettingsStores;
class SignInController;

// The supervisor's window: creates and wires its objects, applies the
// effective configuration (again whenever the settings dialog changes it),
// and saves a screenshot for --screenshot.
class WindowRunner : public QObject
{
    Q_OBJECT

public:
    WindowRunner(const AppOptions& options, std::unique_ptr<SettingsStores> stores,
                 EffectiveConfig config, QObject* parent = nullptr);
    ~WindowRunner() override;

    // Returns an exit code when the window cannot start, else nullopt.
    std::optional<int> start(QApplication& app);

private:
    void reconfigure(QApplication& app);

    AppOptions m_options;
    std::unique_ptr<SettingsStores> m_stores;
    EffectiveConfig m_config;
    SystemClock m_clock;
    NetworkAccessManager m_network;
    std::optional<DemoBackend> m_demo;
    IntercomClient m_client;
    Poller m_poller;
    MetricsStore m_store;
    HistoryStore m_history{m_clock};
    KeychainTokenStore m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInController> m_signIn;
    bool m_reconfigurePending = false;
};
