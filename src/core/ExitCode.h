#pragma once

#include "ApiError.h"

// Exit codes of floorwatch, documented in --help and the README.
enum class ExitCode : int
{
    Ok = 0,
    Usage = 2, // usage or configuration error
    Unauthorized = 3,
    Forbidden = 4, // forbidden / feature not enabled
    NotFound = 5,  // team not found
    RateLimited = 6,
    Unavailable = 7, // network, timeout, TLS or server error (5xx)
    BadResponse = 8,
};

inline ExitCode exitCodeFor(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::Unauthorized:
        return ExitCode::Unauthorized;
    case K::Forbidden:
        return ExitCode::Forbidden;
    case K::NotFound:
        return ExitCode::NotFound;
    case K::RateLimited:
        return ExitCode::RateLimited;
    case K::ServerError:
    case K::Network:
    case K::Timeout:
    case K::Tls:
        return ExitCode::Unavailable;
    case K::BadResponse:
        return ExitCode::BadResponse;
    case K::BadRequest:
    case K::BadConfiguration:
        return ExitCode::Usage;
    }
    return ExitCode::BadResponse;
}
