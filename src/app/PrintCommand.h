#pragma once

#include "CommandLine.h"

class EffectiveConfig;

// `floorwatch --print`: fetch once (from Intercom with the token of
// FLOORWATCH_ACCESS_TOKEN, or from the demo), write to stdout, return the
// exit code. Runs the event loop until the fetch is done.
int runPrintCommand(const AppOptions& options, const EffectiveConfig& config);
