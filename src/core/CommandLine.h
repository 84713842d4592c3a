#pragma once

#include "AppOptions.h"
#include "Result.h"

#include <QString>

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

QString exitCodeHelp();

} // namespace CommandLine
