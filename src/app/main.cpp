#include "Clock.h"
#include "CommandLine.h"
#include "DemoBackend.h"
#include "ExitCode.h"
#include "FloorwatchVersion.h"
#include "NetworkAccessManager.h"
#include "LiveTerminal.h"
#include "PrintCommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

// The one place where Floorwatch's objects are created and wired together.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("floorwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Floorwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOORWATCH_VERSION));

    const auto parsed = CommandLine::parse(QCoreApplication::arguments());
    const auto fail = [](const QString& message) {
        std::fprintf(stderr, "floorwatch: %s\n", message.toLocal8Bit().constData());
        return int(ExitCode::Usage);
    };
    if (!parsed.ok())
        return fail(parsed.error().userMessage() + QLatin1Char(' ')
                    + QCoreApplication::translate("main", "Try --help."));
    if (parsed.value().outcome != CommandLine::Outcome::Run) {
        std::fprintf(stdout, "%s\n", parsed.value().text.toLocal8Bit().constData());
        return int(ExitCode::Ok);
    }
    const AppOptions& options = parsed.value().options;

    auto config = CommandLine::apiConfig(options);
    if (!config.ok())
        return fail(config.error().userMessage());

    SystemClock clock;
    NetworkAccessManager network;
    QString token = qEnvironmentVariable("FLOORWATCH_ACCESS_TOKEN").trimmed();
    std::optional<DemoBackend> demo;
    if (options.demo) {
        demo.emplace(clock);
        const auto url = demo->start();
        if (!url.ok())
            return fail(url.error().userMessage());
        config.value().baseUrl = url.value();
        token = demo->token();
    }
    if (token.isEmpty())
        return fail(QCoreApplication::translate(
            "main", "No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN "
                    "to a private app's access token, or try --demo."));
    if (options.print)
        return runPrintCommand(options, config.value(), token, network, clock);
    return runLiveTerminal(options, config.value(), token, network, clock);
}
