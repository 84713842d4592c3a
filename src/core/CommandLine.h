#pragma once

#include "ApiConfig.h"
#include "OutputFormat.h"
#include "Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for on the command line. The token is deliberately
// not here: it never travels on a command line.
struct AppOptions
{
    bool demo = false;
    std::optional<OutputFormat::Format> print; // headless: fetch once, print, exit
    QString teamId;                            // the last --team (the window shows one team)
    QStringList teamIds;              // every --team, in order, without repeats (the kiosk rotates)
    std::optional<int> idleThreshold; // clamped to 1-86400; unset: settings or 1800
    std::optional<int> intervalSeconds; // at least 5; unset: settings or 15
    QString screenshotFile;             // write a PNG once data is drawn, then exit
    QSize windowSize;
    QString theme; // system | light | dark; empty: settings
    QString
        language;   // --lang: de, en, es, fr, ja, pt_BR or system; empty: settings, then the system
    QString region; // us | eu | au
    QString apiBaseUrl; // overrides the region
    QString apiVersion = ApiConfig::kDefaultVersion;
    bool apiVersionGiven = false; // --api-version was on the command line

    // Wall display and deployment.
    bool kiosk = false;
    std::optional<int> screen;        // 0-based index into the screens; unset: config
    std::optional<int> rotateSeconds; // 5-3600; unset: config or 20
    QString configFile;               // an INI file deployed by IT
    bool dumpConfig = false;          // print the effective configuration and exit
    bool signIn = false;              // read a token from stdin, check it, keep it in the keychain
};

namespace CommandLine {

enum class Outcome
{
    Run,
    ShowHelp,
    ShowVersion
};

struct Parsed
{
    Outcome outcome = Outcome::Run;
    AppOptions options;
    QString text; // help or version text
};

// Parses arguments (argv[0] first). A usage error is a BadConfiguration.
Result<Parsed> parse(const QStringList& arguments);

// Base URL and version from the options, validated: nothing is contacted.
Result<ApiConfig> apiConfig(const AppOptions& options);

QString exitCodeHelp();

} // namespace CommandLine
