#pragma once

#include "CommandLine.h"

class EffectiveConfig;

// `floorwatch --report pdf|csv --team ID [--date YYYY-MM-DD] --output FILE`:
// the shift report of a team for one local day, from the history this
// computer kept; never touches the network. The file is created, never
// overwritten. A PDF needs a QGuiApplication (main makes one, on a
// platform that needs no display).
int runReportCommand(const AppOptions& options, const EffectiveConfig& config);
