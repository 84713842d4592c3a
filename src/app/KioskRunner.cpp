#include "KioskRunner.h"

#include "Console.h"
#include "DisplayAwake.h"
#include "ExitCode.h"
#include "FirstFrameLog.h"
#include "InMemoryTokenStore.h"
#include "KeychainTokenStore.h"
#include "KioskSession.h"
#include "KioskView.h"
#include "Pipeline.h"
#include "SettingsStores.h"
#include "Theme.h"

#include <QApplication>
#include <QScreen>
#include <QSysInfo>
#include <QTimer>
#include <QWindow>

using namespace std::chrono;

namespace {

// The trend covers the working day: the active hours, or eight hours.
qint64 historyWindowMs(const EffectiveConfig& config)
{
    const auto hours =
        ActiveHours::parseHours(config.value(Settings::Key::KioskActiveHours).toString());
    if (!hours)
        return 8LL * 3600 * 1000;
    qint64 ms = hours->first.msecsTo(hours->second);
    if (ms <= 0)
        ms += 24LL * 3600 * 1000;
    return std::min<qint64>(ms, 16LL * 3600 * 1000);
}

} // namespace

KioskRunner::KioskRunner(const AppOptions& options, std::unique_ptr<SettingsStores> stores,
                         EffectiveConfig config, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_stores(std::move(stores))
    , m_config(std::move(config))
    , m_client(&m_network, m_clock)
{}

KioskRunner::~KioskRunner()
{
    // The view and the session go first: they use everything else.
    m_view.reset();
    m_session.reset();
}

std::optional<int> KioskRunner::start(QApplication& app)
{
    Theme::apply(app, m_config.lightTheme() ? Theme::Mode::Light : Theme::Mode::Dark);
    QGuiApplication::setQuitOnLastWindowClosed(true);

    auto api = m_config.apiConfig();
    if (!api.ok()) {
        Console::say(api.error().userMessage());
        return int(ExitCode::Usage);
    }
    if (m_options.demo) {
        m_demo.emplace(m_clock);
        const auto url = m_demo->start();
        if (!url.ok()) {
            Console::say(url.error().userMessage());
            return int(ExitCode::Usage);
        }
        api.value().baseUrl = url.value();
        m_tokens = std::make_unique<InMemoryTokenStore>();
    } else {
        const auto token = ApiConfig::environmentToken();
        if (!token.ok()) {
            Console::say(token.error().userMessage());
            return int(ExitCode::Usage);
        }
        m_environmentToken = token.value();
        m_tokens = std::make_unique<KeychainTokenStore>();
    }
    m_tokens->setClock(m_clock); // the keychain's timeouts run on the app's clock too
    m_client.setConfig(api.value());
    m_store.setHistoryWindow(duration_cast<seconds>(milliseconds(historyWindowMs(m_config))));
    // The wall draws the team's trend, never a teammate's.
    m_store.setTeammateHistoryBudget(0);
    m_store.setPollInterval(m_config.pollInterval());
    applyHistoryConfig(m_history, m_config, m_options.demo);
    const QList<ConfigLayer> layers = m_stores->layers();
    connectHistory(m_store, m_history, m_clock,
                   {.workspace = [layers] { return EffectiveConfig::currentWorkspace(layers); },
                    .interval = [interval = m_config.pollInterval()] { return interval; }});
    m_awake = DisplayAwake::create(tr("Floorwatch wall display during active hours"));

    if (!m_config.kioskTeams().isEmpty() || !m_options.demo) {
        begin(m_config.kioskTeams());
        return std::nullopt;
    }
    // The demo shows every team of the simulated workspace.
    m_client.setToken(m_demo->token());
    m_client.teams(this, [this](const Result<QList<Team>>& teams) {
        QStringList ids;
        if (teams.ok())
            for (const Team& t : teams.value())
                ids << t.id;
        if (ids.isEmpty())
            ids << m_demo->firstTeamId();
        begin(ids);
    });
    return std::nullopt;
}

void KioskRunner::begin(const QStringList& teams)
{
    KioskSession::Options options;
    options.teams = teams;
    options.rotate = seconds(m_config.rotateSeconds());
    options.interval = m_config.pollInterval();
    options.idleThreshold = m_config.idleThresholdSeconds();
    options.schedule = m_config.schedule();
    if (!m_options.demo)
        options.baseUrlFor = [config = m_config](const QString& region) -> std::optional<QUrl> {
            const auto url = config.baseUrl(region);
            return url.ok() ? std::optional(url.value()) : std::nullopt;
        };
    options.useKeychain = !m_options.demo;
    options.environmentToken = m_environmentToken;
    const QList<ConfigLayer> layers = m_stores->layers();
    options.workspace = [layers] { return EffectiveConfig::currentWorkspace(layers); };
    m_session = std::make_unique<KioskSession>(
        KioskSession::Services{m_clock, m_client, m_store, *m_tokens, *m_awake}, options);

    if (m_options.demo) {
        m_session->useToken(m_demo->token());
    } else if (!m_environmentToken.isEmpty()) {
        Console::say(
            tr("Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, "
               "the keychain is asked."));
        m_session->useToken(m_environmentToken);
    }

    KioskView::Options view;
    view.light = m_config.lightTheme();
    view.exitChord = m_config.exitChord();
    view.configFile = m_stores->configFile();
    view.thresholds = [config = m_config](const QString& team) { return config.thresholds(team); };
    view.historyWindowMs = historyWindowMs(m_config);
    view.host = QSysInfo::machineHostName();
    view.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_view = std::make_unique<KioskView>(KioskView::Services{m_clock, *m_session, m_store}, view);
    connect(m_view.get(), &KioskView::exitRequested, qApp, &QCoreApplication::quit);

    if (!m_options.screenshotFile.isEmpty())
        Console::screenshotWhenReady(m_view.get(), &KioskView::firstDataShown,
                                     m_options.screenshotFile);
    connect(m_view.get(), &KioskView::firstDataShown, this,
            [this] { logFirstPresentedFrame(m_view.get()); });
    const QList<QScreen*> screens = QGuiApplication::screens();
    const int wanted = m_config.screen();
    if (wanted >= screens.size())
        Console::say(
            tr("There is no screen %1 (screens 0 to %2); using the primary screen until it "
               "appears.")
                .arg(wanted)
                .arg(screens.size() - 1));
    // A television switched off and on again disappears and comes back.
    connect(qApp, &QGuiApplication::screenAdded, this, &KioskRunner::placeOnScreen);
    connect(qApp, &QGuiApplication::screenRemoved, this,
            [this] { QTimer::singleShot(0, this, &KioskRunner::placeOnScreen); });
    placeOnScreen();
    m_session->start();
    m_view->refresh();
}

void KioskRunner::placeOnScreen()
{
    if (!m_view)
        return;
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = screens.value(m_config.screen(), QGuiApplication::primaryScreen());
    if (!target || (target == m_screen && m_view->isVisible()))
        return;
    m_screen = target;
    m_view->setGeometry(target->geometry());
    m_view->winId(); // the native window, so that it can be moved to the screen
    if (QWindow* window = m_view->windowHandle())
        window->setScreen(target);
    if (m_options.windowSize.isValid()) {
        // --window-size (screenshots, trying it out): a window, not the screen.
        m_view->resize(m_options.windowSize);
        m_view->show();
    } else {
        m_view->showFullScreen();
    }
    m_view->activateWindow();
    m_view->setFocus();
}
