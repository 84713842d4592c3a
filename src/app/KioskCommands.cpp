#include "KioskCommands.h"

#include "ApiConfig.h"
#include "Clock.h"
#include "Console.h"
#include "EffectiveConfig.h"
#include "ExitCode.h"
#include "KeychainTokenStore.h"
#include "NetworkAccessManager.h"
#include "SecretInput.h"
#include "Settings.h"
#include "SettingsStores.h"
#include "SignInCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KioskCommands)
};

} // namespace

int runDumpConfig(const AppOptions& options, const SettingsStores& stores,
                  const EffectiveConfig& config)
{
    QString token;
    if (options.demo)
        token = Tr::tr("the demo's own, made up for each run");
    else if (!qEnvironmentVariable(ApiConfig::kTokenVariable).trimmed().isEmpty())
        token = Tr::tr("from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)");
    else if (!config.workspace().isEmpty())
        token =
            Tr::tr("in the system keychain under workspace %1 (not shown)").arg(config.workspace());
    else
        token = Tr::tr("none yet: run floorwatch --sign-in on this computer");
    const QString text = config.dump(stores.configFile(), stores.userFile(), token);
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    return int(ExitCode::Ok);
}

int runSignIn(const SettingsStores& stores, const EffectiveConfig& config)
{
    const auto token = SecretInput::readLine(
        Tr::tr("Paste the access token of your Intercom app (Developer Hub \u2192 your app \u2192 "
               "Authentication) and press Enter; it is not shown:"));
    if (!token)
        return Console::fail(Tr::tr("No access token was given on standard input."));

    SystemClock clock;
    NetworkAccessManager network;
    KeychainTokenStore tokens;
    tokens.setClock(clock);
    SignInCommand command({network, clock, tokens, stores.user()});
    command.setApiVersion(config.apiVersion());
    const auto url = config.baseUrl();
    if (!url.ok())
        return Console::fail(url.error().userMessage());
    // A fixed address is the only one tried; otherwise every region is.
    if (config.hasCustomBaseUrl())
        command.setCustomBaseUrl(url.value());
    else if (config.baseUrlFixed())
        command.setRegionUrl(url.value());

    int exitCode = int(ExitCode::Ok);
    bool finished = false;
    command.run(*token, [&](const SignInCommand::Outcome& outcome) {
        finished = true;
        exitCode = int(outcome.code);
        if (outcome.code != ExitCode::Ok) {
            Console::fail(outcome.message, outcome.code);
        } else {
            std::fprintf(stdout, "%s\n", outcome.message.toLocal8Bit().constData());
            const QString chosen = stores.user().get(Setting::Workspace);
            const QString effective = EffectiveConfig::currentWorkspace(stores.layers());
            if (effective != chosen)
                Console::say(Tr::tr("Note: %1 sets auth/workspace=%2, which a wall display "
                                    "uses before this sign-in; change it to %3.")
                                 .arg(stores.configFile(), effective, chosen));
        }
        QCoreApplication::exit(exitCode);
    });
    if (!finished) // an empty token is answered at once
        QCoreApplication::exec();
    return exitCode;
}
