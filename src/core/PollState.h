#pragma once

#include "ApiError.h"

#include <QDateTime>

#include <optional>

// What the poller is doing for one team, for status lines and banners.
struct PollState
{
    enum class Phase
    {
        Waiting,     // next poll scheduled at the normal interval
        Polling,     // a request is in flight
        BackingOff,  // transient failure; retrying at nextPollAt
        RateLimited, // paused until nextPollAt (X-RateLimit-Reset)
        Stopped,     // needs the user: 401, 403, 404, 400 or bad configuration
    };
    Phase phase = Phase::Waiting;
    std::optional<ApiError> lastError;
    QDateTime nextPollAt;
    QDateTime lastSuccessAt;
    int consecutiveFailures = 0;
};
