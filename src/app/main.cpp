#include "CommandLine.h"
#include "Console.h"
#include "EffectiveConfig.h"
#include "ExitCode.h"
#include "FloorwatchVersion.h"
#include "HistoryCommand.h"
#include "KioskCommands.h"
#include "KioskRunner.h"
#include "PrintCommand.h"
#include "ReportCommand.h"
#include "Settings.h"
#include "SettingsStores.h"
#include "Translations.h"
#include "WindowRunner.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <memory>

// Mode dispatch: the command line and the configuration are read and
// checked here, once; each mode wires its own objects.

namespace {

// What the run needs of Qt: a window (QApplication), painting without a
// window (QGuiApplication: fonts for --report), or neither.
enum class Needs
{
    Window,
    Painting,
    Nothing
};

Needs needs(int argc, char* argv[])
{
    Needs result = Needs::Window;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const qsizetype equals = arg.indexOf('=');
        const QByteArray name = equals < 0 ? arg : arg.first(equals); // --report=pdf too
        if (name == "--report")
            return Needs::Painting;
        if (name == "--print" || name == "--help" || name == "-h" || name == "--version" ||
            name == "-v" || name == "--sign-in" || name == "--dump-config" || name == "--history")
            result = Needs::Nothing;
    }
    return result;
}

// The language of everything Floorwatch says, settled before the command
// line is parsed so that --help and usage errors are translated too:
// --lang, then the setting ui/language (the demo's own settings with
// --demo), then the system's preferred languages.
void installTranslations(QCoreApplication& app)
{
    const QStringList args = QCoreApplication::arguments();
    const Settings settings(Settings::openUserStore(
        args.contains(QStringLiteral("--demo")) ? Settings::Store::Demo : Settings::Store::User));
    Translations::install(
        app, Translations::resolveLanguage(Translations::languageFromArguments(args),
                                           settings.get(Setting::Language), QLocale::system()));
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    const Needs need = needs(argc, argv);
    if (need == Needs::Window) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (need == Needs::Painting) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A report is painted, never shown: it has to work from cron and
        // over ssh, where there is no display to connect to. The offscreen
        // platform has the fonts and needs none. (Windows and macOS paint
        // with their own platform, which needs no display server.)
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (platform.isNull())
            qunsetenv("QT_QPA_PLATFORM");
        else
            qputenv("QT_QPA_PLATFORM", platform);
#endif
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
        return Console::fail(parsed.error().userMessage() + QLatin1Char(' ') +
                             QCoreApplication::translate("main", "Try --help."));
    if (parsed.value().outcome != CommandLine::Outcome::Run) {
        std::fprintf(stdout, "%s\n", parsed.value().text.toLocal8Bit().constData());
        return int(ExitCode::Ok);
    }
    const AppOptions& options = parsed.value().options;

    auto stores = SettingsStores::open(options);
    if (!stores.ok())
        return Console::fail(stores.error().userMessage());
    const auto config = EffectiveConfig::resolve(options, stores.value()->layers());
    if (!config.ok())
        return Console::fail(config.error().userMessage());
    for (const QString& notice : config.value().notices())
        Console::say(notice);

    if (options.signIn)
        return runSignIn(*stores.value(), config.value());
    if (options.dumpConfig)
        return runDumpConfig(options, *stores.value(), config.value());
    if (options.print)
        return runPrintCommand(options, config.value());
    if (options.history)
        return runHistoryCommand(options, config.value());
    if (options.report)
        return runReportCommand(options, config.value());

    auto& gui = static_cast<QApplication&>(*app);
    if (config.value().kioskEnabled()) {
        KioskRunner runner(options, std::move(stores.value()), config.value());
        if (const auto failed = runner.start(gui))
            return *failed;
        return QApplication::exec();
    }
    WindowRunner runner(options, std::move(stores.value()), config.value());
    if (const auto failed = runner.start(gui))
        return *failed;
    return QApplication::exec();
}
