#pragma once

// The simulated workspace on loopback with a manual clock (minutes pass when
// a test says so), an IntercomClient pointed at it with a valid token, and
// the store. SimPipeline adds a poller connected to the store through the
// product's own pipeline. Header-only: tests that include it link
// floorwatch_sim.

#include "Clock.h"
#include "IntercomClient.h"
#include "MetricsStore.h"
#include "NetworkAccessManager.h"
#include "Pipeline.h"
#include "Poller.h"
#include "SimServer.h"
#include "SimWorkspace.h"
#include "UtcDateTime.h"

#include <QTest>

struct SimBackend
{
    explicit SimBackend(const QString& token, SimConfig config = {},
                        QDateTime start = Utc::dateTime(QDate(2026, 1, 5), QTime(9, 0)))
        : clock(std::move(start))
        , workspace(config, clock)
        , server(workspace, token)
    {
        if (server.listen(0) == 0)
            qFatal("simulator did not start");
        ApiConfig api;
        api.baseUrl = server.baseUrl();
        client.setConfig(api);
    }

    ManualClock clock;
    SimWorkspace workspace;
    SimServer server;
    NetworkAccessManager network;
    IntercomClient client{&network, clock};
    MetricsStore store;
};

struct SimPipeline : SimBackend
{
    explicit SimPipeline(const QString& token, SimConfig config = {}, quint32 jitterSeed = 3)
        : SimBackend(token, config)
    {
        client.setToken(token);
        poller.setJitterSeed(jitterSeed);
        connectPipeline(poller, store);
    }

    Poller poller{client, clock};

    // Waits until no team has a request in flight.
    bool settle(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [this] {
                for (const QString& id : poller.teams())
                    if (poller.state(id).phase == PollState::Phase::Polling)
                        return false;
                return client.callsInFlight() == 0;
            },
            timeoutMs);
    }
};
