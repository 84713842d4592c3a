#include "Pipeline.h"

#include "MetricsStore.h"
#include "Poller.h"

void connectPipeline(Poller& poller, MetricsStore& store)
{
    QObject::connect(&poller, &Poller::directoryReceived, &store, &MetricsStore::setDirectory);
    QObject::connect(&poller, &Poller::metricsReceived, &store, &MetricsStore::ingest);
}
