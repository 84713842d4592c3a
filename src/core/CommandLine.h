#pragma once

#include "ApiConfig.h"
#include "OutputFormat.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for on the command line. The token is deliberately
// not here: it never travels on a command line.
struct AppOptions
{
    bool demo = false;
    std::optional<OutputFormat::Format> print; // headless: fetch once, print, exit
    QString teamId;
    int idleThreshold = ApiConfig::kDefaultIdleThreshold;
    int intervalSeconds = 15; // poll interval, at least 5
    QString region;     // us | eu | au
    QString apiBaseUrl; // overrides the region
    QString apiVersion = ApiConfig::kDefaultVersion;
};

namespace CommandLine {

enum class Outcome { Run, ShowHelp, ShowVersion };

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
