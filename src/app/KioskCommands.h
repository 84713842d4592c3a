#pragma once

#include "CommandLine.h"
#include "Result.h"

// The command-line entries of kiosk deployments, each returning the exit code.

// --kiosk, or kiosk/enabled in the config file or the user's settings.
Result<bool> kioskRequested(const AppOptions& options);

// --dump-config: the effective configuration on standard output.
int runDumpConfig(const AppOptions& options);

// --sign-in: a token from standard input into the keychain. Runs the event
// loop until the check and the keychain are done.
int runSignIn(const AppOptions& options);
