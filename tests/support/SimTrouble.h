#pragma once

// Every kind of trouble a display meets from Intercom's side, made to happen
// in the simulator for the metrics calls of one team. The window's and the
// wall's tests walk the same list, so both show each kind.

#include "SimFaults.h"
#include "SimServer.h"
#include "SimWorkspace.h"

enum class SimTrouble
{
    TokenRevoked,      // 401
    MetricsRestricted, // 403: realtime monitoring not enabled
    RateLimited,       // 429 until the window resets
    ServerErrors,      // 5xx on every call
    TruncatedBody,
    Hang, // the reply never comes
    MalformedJson,
};

inline void causeTrouble(SimTrouble trouble, SimServer& server, SimWorkspace& workspace,
                         const QString& team)
{
    SimFaults faults;
    faults.scope = SimFaultScope::MetricsOnly;
    switch (trouble) {
    case SimTrouble::TokenRevoked:
        server.setToken(QStringLiteral("revoked"));
        break;
    case SimTrouble::MetricsRestricted:
        workspace.setMetricsRestricted(team, true);
        break;
    case SimTrouble::RateLimited:
        server.startRateLimitBurst(1);
        break;
    case SimTrouble::ServerErrors:
        faults.serverErrorRate = 1.0;
        break;
    case SimTrouble::TruncatedBody:
        faults.bodyFault = SimBodyFault::Truncated;
        break;
    case SimTrouble::Hang:
        faults.hang = true;
        break;
    case SimTrouble::MalformedJson:
        faults.bodyFault = SimBodyFault::MalformedJson;
        break;
    }
    server.setFaults(faults);
}
