// Fills a history file with a day of the simulated workspace, as the demo
// would have kept it had it run all day (with an hour's break at noon, a
// gap), ending now: to look at the window and the wall with a full day
// behind them. The polls go through the product's own client, poller and
// pipeline against the simulator on loopback, with a manual clock.
//
// history_day FILE [HOURS]    FILE: e.g. the demo's demo-history.sqlite

#include "HistoryStore.h"
#include "SimPipeline.h"

#include <QCoreApplication>

#include <cstdio>

using namespace std::chrono;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    const int hoursBack = args.size() > 2 ? std::clamp(args.at(2).toInt(), 1, 24 * 14) : 24;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QString token = QStringLiteral("history-day");
    SimBackend sim(token, SimConfig{}, end.addSecs(-3600LL * hoursBack));
    sim.client.setToken(token);
    Poller poller(sim.client, sim.clock);
    connectPipeline(poller, sim.store);
    HistoryStore history(sim.clock);
    history.open(args.at(1));
    if (history.mode() != HistoryStore::Mode::Disk)
        return 3;
    connectHistory(sim.store, history, sim.clock,
                   {.workspace = [] { return QString(); }, .interval = [] { return seconds(15); }});
    QList<QString> teams;
    for (const auto& team : sim.workspace.teams())
        teams.append(team.id);
    poller.setTeams(teams);
    const auto settle = [&] {
        return QTest::qWaitFor([&] { return sim.client.callsInFlight() == 0; }, 10000);
    };
    int polls = 0;
    while (sim.clock.now() < end.addSecs(-60)) {
        const int hour = sim.clock.now().toLocalTime().time().hour();
        if (hour == 12 && !poller.teams().isEmpty())
            poller.setTeams({}); // lunch: nothing polled
        else if (hour != 12 && poller.teams().isEmpty())
            poller.setTeams(teams);
        settle();
        sim.clock.advance(seconds(5));
        ++polls;
    }
    settle();
    std::printf("%d steps of 5 s; history in %s (%lld bytes used)\n", polls, qPrintable(args.at(1)),
                qlonglong(history.usedBytes()));
    return 0;
}
