#pragma once

#include <QString>

#include <chrono>
#include <functional>

class Clock;
class EffectiveConfig;
class HistoryStore;
class MetricsStore;
class Poller;

// The one path from polls to pixels: every metrics poll and directory
// refresh of the poller goes into the store, and everything that shows or
// keeps numbers (tables, charts, the wall, history, alerts) listens to the
// store, never to the poller, so no consumer depends on the order in which
// it was connected. The window, the kiosk and the tests all connect here.
void connectPipeline(Poller& poller, MetricsStore& store);

// Makes `history` what the configuration says: its limits, and open (the
// demo's file with `demo`) or closed as the history is turned on or off.
void applyHistoryConfig(HistoryStore& history, const EffectiveConfig& config, bool demo);

// For a command that reads the history: opens the file this computer kept
// (with the configured limits, which its upkeep applies), and false without
// creating one when there is none.
bool openKeptHistory(HistoryStore& history, const EffectiveConfig& config, bool demo);

struct HistoryContext
{
    std::function<QString()> workspace;             // the one polled now
    std::function<std::chrono::seconds()> interval; // the poll interval now
};

// Keeps every snapshot of `store` in `history`, and starts each team's
// trend with what `history` holds of the store's trend window, gaps
// included: the trend survives a restart.
void connectHistory(MetricsStore& store, HistoryStore& history, const Clock& clock,
                    HistoryContext context);
