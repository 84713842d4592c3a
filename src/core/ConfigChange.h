#pragma once

#include "ApiConfig.h"

#include <QString>

#include <chrono>
#include <optional>

class IntercomClient;
class Poller;

// A change of what the poll loop works with; unset parts stay as they are.
struct ConfigChange
{
    std::optional<ApiConfig> api = std::nullopt; // base URL and Intercom-Version
    std::optional<QString> token = std::nullopt;
    std::optional<std::chrono::seconds> interval = std::nullopt;
    std::optional<int> idleThreshold = std::nullopt; // checked against the settings table
};

// The one place a configuration change reaches the client and the poller
// (the window's settings and sign-in, the wall display's token watch).
// Teams stopped on an error (a refused token, a wrong address, a rejected
// version) get another go. `poller` may be null (nothing polls yet).
void applyConfigChange(const ConfigChange& change, IntercomClient& client, Poller* poller);
