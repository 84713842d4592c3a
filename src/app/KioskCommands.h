#pragma once

#include "CommandLine.h"

class EffectiveConfig;
class SettingsStores;

// The command-line entries of deployments, each returning the exit code.

// --dump-config: the effective configuration on standard output.
int runDumpConfig(const AppOptions& options, const SettingsStores& stores,
                  const EffectiveConfig& config);

// --sign-in: a token from standard input into the keychain. Runs the event
// loop until the check and the keychain are done.
int runSignIn(const SettingsStores& stores, const EffectiveConfig& config);
