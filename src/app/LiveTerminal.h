#pragma once

#include "CommandLine.h"

class Clock;
class QNetworkAccessManager;

// `floorwatch` without --print: polls one team and redraws its table in the
// terminal after every poll, with the freshness and any error, until
// interrupted. Without --team it shows the first team of the workspace.
int runLiveTerminal(const AppOptions& options, const ApiConfig& config, const QString& token,
                    QNetworkAccessManager& network, Clock& clock);
