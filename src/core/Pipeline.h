#pragma once

class MetricsStore;
class Poller;

// The one path from polls to pixels: every metrics poll and directory
// refresh of the poller goes into the store, and everything that shows or
// keeps numbers (tables, charts, the wall, history, alerts) listens to the
// store, never to the poller, so no consumer depends on the order in which
// it was connected. The window, the kiosk and the tests all connect here.
void connectPipeline(Poller& poller, MetricsStore& store);
