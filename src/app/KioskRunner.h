#pragma once

#include "ApiConfig.h"
#include "Clock.h"
#include "CommandLine.h"
#include "DemoBackend.h"
#include "EffectiveConfig.h"
#include "HistoryStore.h"
#include "IntercomClient.h"
#include "MetricsStore.h"
#include "NetworkAccessManager.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class DisplayAwake;
class KioskSession;
class KioskView;
class QApplication;
class QScreen;
class SettingsStores;
class TokenStore;

// `floorwatch --kiosk`: creates and wires the wall display's objects, puts
// the view on its screen (and back on it when that screen returns), and
// saves a screenshot for --screenshot.
class KioskRunner : public QObject
{
    Q_OBJECT

public:
    KioskRunner(const AppOptions& options, std::unique_ptr<SettingsStores> stores,
                EffectiveConfig config, QObject* parent = nullptr);
    ~KioskRunner() override;

    // Returns an exit code when the display cannot start, else nullopt
    // (the view is up, or comes up once the demo's teams are known).
    std::optional<int> start(QApplication& app);

private:
    void begin(const QStringList& teams);
    void placeOnScreen();

    AppOptions m_options;
    std::unique_ptr<SettingsStores> m_stores;
    EffectiveConfig m_config;
    SystemClock m_clock;
    NetworkAccessManager m_network;
    std::optional<DemoBackend> m_demo;
    IntercomClient m_client;
    MetricsStore m_store;
    HistoryStore m_history{m_clock};
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<DisplayAwake> m_awake;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<KioskView> m_view;
    QPointer<QScreen> m_screen;
    QString m_environmentToken;
};
