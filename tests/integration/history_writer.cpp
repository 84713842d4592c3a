// A process that writes polls into a history file as fast as it can and
// says after each one that it is on disk: what tst_historycrash kills
// mid-write and runs twice at once.
//
// history_writer FILE TEAM POLLS ROWS   (POLLS 0: until killed)
#include "Clock.h"
#include "HistoryStore.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return 2;
    const QString team = args.at(2);
    const int polls = args.at(3).toInt();
    const int rows = args.at(4).toInt();
    ManualClock clock;
    HistoryStore store(clock);
    store.open(args.at(1));
    if (store.mode() != HistoryStore::Mode::Disk)
        return 3;
    TeamSnapshot previous;
    for (int poll = 1; polls == 0 || poll <= polls; ++poll) {
        TeamSnapshot next;
        next.teamId = team;
        next.fetchedAt = clock.now();
        next.idleThreshold = 1800;
        for (int i = 0; i < rows; ++i) {
            TeammateRow row;
            row.adminId = QString::number(i);
            row.name = QStringLiteral("Agent %1").arg(i);
            row.open = poll + i; // everyone changes every poll
            next.rows.append(row);
        }
        next.totals = Snapshots::totalsOf(next.rows);
        store.record(QString(), next, diffSnapshots(previous, next), std::chrono::seconds(15));
        if (!store.notice().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.notice()));
            return 4;
        }
        std::printf("committed %d\n", poll);
        std::fflush(stdout);
        previous = std::move(next);
        clock.advance(std::chrono::seconds(15));
    }
    return 0;
}
