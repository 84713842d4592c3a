#include "WindowRunner.h"

#include "ConfigChange.h"
#include "Console.h"
#include "ExitCode.h"
#include "FirstFrameLog.h"
#include "MainWindow.h"
#include "Pipeline.h"
#include "Settings.h"
#include "SettingsStores.h"
#include "SignInController.h"
#include "Theme.h"

#include <QApplication>
#include <QTimer>

WindowRunner::WindowRunner(const AppOptions& options, std::unique_ptr<SettingsStores> stores,
                           EffectiveConfig config, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_stores(std::move(stores))
    , m_config(std::move(config))
    , m_client(&m_network, m_clock)
    , m_poller(m_client, m_clock)
{
    m_tokens.setClock(m_clock); // the keychain's timeouts run on the app's clock too
}

WindowRunner::~WindowRunner()
{
    // The window and the sign-in go first: they use everything else.
    m_signIn.reset();
    m_window.reset();
}

std::optional<int> WindowRunner::start(QApplication& app)
{
    Settings& settings = m_stores->user();
    Theme::apply(app, Theme::fromName(m_config.theme()));

    auto api = m_config.apiConfig();
    if (!api.ok()) {
        Console::say(api.error().userMessage());
        return int(ExitCode::Usage);
    }
    QString firstTeam = m_options.teamId;
    if (m_options.demo) {
        m_demo.emplace(m_clock);
        const auto url = m_demo->start();
        if (!url.ok()) {
            Console::say(url.error().userMessage());
            return int(ExitCode::Usage);
        }
        api.value().baseUrl = url.value();
        if (firstTeam.isEmpty() && settings.get(Setting::LastTeam).isEmpty())
            firstTeam = m_demo->firstTeamId();
    }
    applyConfigChange({.api = api.value(),
                       .token = m_demo ? std::optional(m_demo->token()) : std::nullopt,
                       .interval = m_config.pollInterval(),
                       .idleThreshold = m_config.idleThresholdSeconds()},
                      m_client, &m_poller);
    connectPipeline(m_poller, m_store);
    m_store.setHistoryWindow(std::chrono::hours(8));
    m_store.setPollInterval(m_config.pollInterval());
    applyHistoryConfig(m_history, m_config, m_options.demo);
    connectHistory(m_store, m_history, m_clock,
                   {.workspace = [this] { return m_config.workspace(); },
                    .interval = [this] { return m_poller.interval(); }});

    m_window = std::make_unique<MainWindow>(
        MainWindow::Services{m_clock, m_client, m_poller, m_store, settings, &m_history,
                             [this] { return m_config.workspace(); }});
    // Whatever writes the settings (the dialog, the toolbar), the
    // configuration is resolved and applied again, once per change burst.
    connect(&settings, &Settings::changed, this, [this, &app](const QString& key) {
        if (key.startsWith(QLatin1String("window/")) || key.startsWith(QLatin1String("teams/")) ||
            m_reconfigurePending)
            return;
        m_reconfigurePending = true;
        QTimer::singleShot(0, this, [this, &app] {
            m_reconfigurePending = false;
            reconfigure(app);
        });
    });
    if (m_options.windowSize.isValid())
        m_window->resize(m_options.windowSize);
    if (!m_options.screenshotFile.isEmpty())
        Console::screenshotWhenReady(m_window.get(), &MainWindow::firstDataShown,
                                     m_options.screenshotFile);
    connect(m_window.get(), &MainWindow::firstDataShown, this,
            [this] { logFirstPresentedFrame(m_window.get()); });
    m_window->show();

    if (m_demo) {
        m_window->start(firstTeam); // the demo has its own token
        return std::nullopt;
    }
    const auto token = ApiConfig::environmentToken();
    if (!token.ok()) {
        Console::say(token.error().userMessage());
        return int(ExitCode::Usage);
    }
    const QList<ConfigLayer> layers = m_stores->layers();
    const AppOptions options = m_options;
    m_signIn = std::make_unique<SignInController>(SignInController::Services{
        m_network, m_clock, m_tokens, settings, m_client, m_poller, *m_window, [options, layers] {
            // What the stores say now: the dialogs may have changed them.
            return EffectiveConfig::resolve(options, layers);
        }});
    m_signIn->start(token.value(), firstTeam);
    return std::nullopt;
}

void WindowRunner::reconfigure(QApplication& app)
{
    const auto resolved = EffectiveConfig::resolve(m_options, m_stores->layers());
    if (!resolved.ok()) {
        Console::say(resolved.error().userMessage());
        return;
    }
    m_config = resolved.value();
    ConfigChange change{.interval = m_config.pollInterval(),
                        .idleThreshold = m_config.idleThresholdSeconds()};
    // The demo keeps its own address; elsewhere the token's workspace region
    // still counts unless the configuration fixes the address.
    if (const auto api = m_config.apiConfig(m_signIn ? m_signIn->workspaceRegion() : QString());
        api.ok()) {
        change.api = api.value();
        if (m_demo)
            change.api->baseUrl = m_client.config().baseUrl;
    }
    applyConfigChange(change, m_client, &m_poller);
    applyHistoryConfig(m_history, m_config, m_options.demo);
    m_store.setPollInterval(m_config.pollInterval());
    Theme::apply(app, Theme::fromName(m_config.theme()));
    m_window->refreshSettings();
}
