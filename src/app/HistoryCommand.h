#pragma once

#include "CommandLine.h"

class EffectiveConfig;

// `floorwatch --history csv|json --team ID [--from] [--to] [--step]`: what
// this computer kept of a team, written to stdout. Reads the history file
// (the demo's with --demo); never touches the network.
int runHistoryCommand(const AppOptions& options, const EffectiveConfig& config);
