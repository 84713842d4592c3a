#pragma once

#include "CommandLine.h"

class QNetworkAccessManager;
class Clock;

// `floorwatch --print`: fetch once, write to stdout, return the exit code.
// Runs the event loop until the fetch is done.
int runPrintCommand(const AppOptions& options, const ApiConfig& config, const QString& token,
                    QNetworkAccessManager& network, Clock& clock);
