#include "Clock.h"
#include "CommandLine.h"
#include "DemoBackend.h"
#include "ExitCode.h"
#include "FloorwatchVersion.h"
#include "IntercomClient.h"
#include "KeychainTokenStore.h"
#include "KioskCommands.h"
#include "KioskRunner.h"
#include "MainWindow.h"
#include "MetricsStore.h"
#include "NetworkAccessManager.h"
#include "Poller.h"
#include "PrintCommand.h"
#include "Settings.h"
#include "SettingsStores.h"
#include "SignInController.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

// The one place where Floorwatch's objects are created and wired together.

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "floorwatch: %s\n", message.toLocal8Bit().constData());
    return int(ExitCode::Usage);
}

bool wantsWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--print" || arg == "--help" || arg == "-h" || arg == "--version" ||
            arg == "-v" || arg == "--sign-in" || arg == "--dump-config")
            return false;
    }
    return true;
}

// Command line first, then the user's settings, then the defaults.
ApiConfig effectiveConfig(const AppOptions& options, const ApiConfig& fromCommandLine,
                          const Settings& settings)
{
    ApiConfig config = fromCommandLine;
    if (options.apiBaseUrl.isEmpty() && options.region.isEmpty()) {
        const QString custom = settings.customBaseUrl();
        const auto url = custom.isEmpty() ? ApiConfig::baseUrlForRegion(settings.region())
                                          : ApiConfig::validateBaseUrl(custom);
        if (url.ok())
            config.baseUrl = url.value();
    }
    if (options.apiVersion == ApiConfig::kDefaultVersion)
        config.apiVersion = settings.apiVersion();
    return config;
}

// --screenshot: the window as it looks once the first data is on screen.
void saveScreenshotWhenReady(MainWindow& window, const QString& file)
{
    QObject::connect(&window, &MainWindow::firstDataShown, &window, [&window, file] {
        // Let layouts and charts settle for a moment before grabbing.
        QTimer::singleShot(700, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(
                    stderr, "floorwatch: %s\n",
                    qPrintable(
                        QCoreApplication::translate("main", "could not write %1").arg(file)));
            QCoreApplication::exit(saved ? 0 : int(ExitCode::Usage));
        });
    });
    QTimer::singleShot(60000, &window, [] {
        std::fprintf(stderr, "floorwatch: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "no data arrived for the screenshot within 60 s")));
        QCoreApplication::exit(int(ExitCode::Unavailable));
    });
}

// The wall display: everything it needs is made and wired by KioskRunner.
int runKiosk(QApplication& app, const AppOptions& options)
{
    auto stores = SettingsStores::open(options);
    if (!stores.ok())
        return fail(stores.error().userMessage());
    KioskRunner runner(options, std::move(stores.value()));
    if (const auto failed = runner.start(app))
        return *failed;
    return QApplication::exec();
}

int runWindow(QApplication& app, const AppOptions& options, const ApiConfig& commandLineConfig)
{
    SystemClock clock;
    NetworkAccessManager network;

    // The demo keeps its own settings, so it never touches a real setup.
    Settings settings(options.demo
                          ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                        QStringLiteral("Floorwatch"),
                                                        QStringLiteral("floorwatch-demo"))
                          : Settings::openUserStore());
    settings.migrate();
    Theme::apply(app, Theme::fromName(options.theme.isEmpty() ? settings.theme() : options.theme));

    ApiConfig config = effectiveConfig(options, commandLineConfig, settings);
    QString token;
    std::optional<DemoBackend> demo;
    QString firstTeam = options.teamId;
    if (options.demo) {
        demo.emplace(clock);
        const auto url = demo->start();
        if (!url.ok())
            return fail(url.error().userMessage());
        config.baseUrl = url.value();
        token = demo->token();
        if (firstTeam.isEmpty() && settings.lastTeam().isEmpty())
            firstTeam = demo->firstTeamId();
    }

    IntercomClient client(&network, clock);
    client.setConfig(config);
    client.setToken(token);
    Poller poller(client, clock);
    poller.setInterval(
        std::chrono::seconds(options.intervalSeconds.value_or(settings.pollIntervalSeconds())));
    poller.setIdleThreshold(options.idleThreshold.value_or(settings.idleThresholdSeconds()));
    MetricsStore store;
    store.setHistoryWindow(std::chrono::hours(8));
    QObject::connect(&poller, &Poller::directoryReceived, &store, &MetricsStore::setDirectory);
    QObject::connect(&poller, &Poller::metricsReceived, &store, &MetricsStore::ingest);

    MainWindow window({clock, client, poller, store, settings});
    const bool baseUrlLocked =
        options.demo || !options.apiBaseUrl.isEmpty() || !options.region.isEmpty();
    window.setBaseUrlLocked(baseUrlLocked);
    if (options.windowSize.isValid())
        window.resize(options.windowSize);
    if (!options.screenshotFile.isEmpty())
        saveScreenshotWhenReady(window, options.screenshotFile);
    window.show();

    KeychainTokenStore tokens;
    SignInController signIn({network, clock, tokens, settings, client, poller, window},
                            baseUrlLocked);
    if (options.demo)
        window.start(firstTeam); // the demo has its own token
    else
        signIn.start(qEnvironmentVariable("FLOORWATCH_ACCESS_TOKEN").trimmed(), firstTeam);
    return QApplication::exec();
}

// The language of everything Floorwatch says, settled before the command
// line is parsed so that --help and usage errors are translated too:
// --lang, then the setting ui/language (the demo's own settings with
// --demo), then the system's preferred languages.
void installTranslations(QCoreApplication& app)
{
    const QStringList args = QCoreApplication::arguments();
    const bool demo = args.contains(QStringLiteral("--demo"));
    const Settings settings(demo ? std::make_unique<QSettings>(QSettings::IniFormat,
                                                               QSettings::UserScope,
                                                               QStringLiteral("Floorwatch"),
                                                               QStringLiteral("floorwatch-demo"))
                                 : Settings::openUserStore());
    Translations::install(app,
                          Translations::resolveLanguage(Translations::languageFromArguments(args),
                                                        settings.language(), QLocale::system()));
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
#ifdef Q_OS_MACOS
        // QtKeychain gets the Keychain's answers on the main dispatch queue,
        // which only a Core Foundation run loop drains; QCoreApplication's
        // default dispatcher on macOS is not one, so --sign-in would wait
        // forever (QApplication's Cocoa dispatcher is one). Qt reads this
        // variable once, when the application object is made.
        qputenv("QT_EVENT_DISPATCHER_CORE_FOUNDATION", "1");
#endif
        app = std::make_unique<QCoreApplication>(argc, argv);
#ifdef Q_OS_MACOS
        qunsetenv("QT_EVENT_DISPATCHER_CORE_FOUNDATION");
#endif
    }
    QCoreApplication::setApplicationName(QStringLiteral("floorwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Floorwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOORWATCH_VERSION));
    installTranslations(*app);

    const auto parsed = CommandLine::parse(QCoreApplication::arguments());
    if (!parsed.ok())
        return fail(parsed.error().userMessage() + QLatin1Char(' ') +
                    QCoreApplication::translate("main", "Try --help."));
    if (parsed.value().outcome != CommandLine::Outcome::Run) {
        std::fprintf(stdout, "%s\n", parsed.value().text.toLocal8Bit().constData());
        return int(ExitCode::Ok);
    }
    const AppOptions& options = parsed.value().options;
    const auto config = CommandLine::apiConfig(options);
    if (!config.ok())
        return fail(config.error().userMessage());

    if (options.signIn)
        return runSignIn(options);
    if (options.dumpConfig)
        return runDumpConfig(options);
    if (!options.print) {
        const auto kiosk = kioskRequested(options);
        if (!kiosk.ok())
            return fail(kiosk.error().userMessage());
        auto& gui = static_cast<QApplication&>(*app);
        if (kiosk.value())
            return runKiosk(gui, options);
        if (!options.configFile.isEmpty())
            std::fprintf(stderr, "floorwatch: %s\n",
                         QCoreApplication::translate("main",
                                                     "--config is read by the wall display "
                                                     "(--kiosk, or kiosk/enabled=true in it); this "
                                                     "window uses your own settings.")
                             .toLocal8Bit()
                             .constData());
        return runWindow(gui, options, config.value());
    }

    SystemClock clock;
    NetworkAccessManager network;
    ApiConfig printConfig = config.value();
    QString token = qEnvironmentVariable("FLOORWATCH_ACCESS_TOKEN").trimmed();
    std::optional<DemoBackend> demo;
    if (options.demo) {
        demo.emplace(clock);
        const auto url = demo->start();
        if (!url.ok())
            return fail(url.error().userMessage());
        printConfig.baseUrl = url.value();
        token = demo->token();
    }
    if (token.isEmpty())
        return fail(QCoreApplication::translate(
            "main", "No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN "
                    "to a private app's access token, or try --demo."));
    return runPrintCommand(options, printConfig, token, network, clock);
}
