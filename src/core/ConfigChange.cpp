#include "ConfigChange.h"

#include "IntercomClient.h"
#include "Poller.h"

void applyConfigChange(const ConfigChange& change, IntercomClient& client, Poller* poller)
{
    if (change.api) {
        ApiConfig config = client.config();
        config.baseUrl = change.api->baseUrl;
        config.apiVersion = change.api->apiVersion;
        client.setConfig(config);
    }
    if (change.token)
        client.setToken(*change.token);
    if (!poller)
        return;
    if (change.interval)
        poller->setInterval(*change.interval);
    if (change.idleThreshold)
        poller->setIdleThreshold(*change.idleThreshold);
    poller->retryStopped();
}
