#include "HistorySchema.h"

#include "HistoryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace {

// Version 1. Times are seconds since the epoch, UTC. `series` names a
// teammate in a team. `points` holds every change of a teammate, keyed by
// time first so that writing a poll appends to the end of the file's tree
// (pages stay full: a point takes about 20 bytes); every 15 minutes, and
// at the start of each span, a poll writes everyone (`keyframes`), so that
// the table at any moment is read from at most 15 minutes of changes.
// `minutes` is what is left of the points after the detail retention (the
// highest and the last value of each minute). `totals` are the team's
// sums, as they changed. A span's last poll holds for one poll `interval`. `state` is 0 active, 1
// away, 2 gone from the team.
const char* const kVersion1[] = {
    "CREATE TABLE teams(id INTEGER PRIMARY KEY, workspace TEXT NOT NULL, team TEXT NOT NULL, "
    "name TEXT, UNIQUE(workspace, team))",
    "CREATE TABLE series(id INTEGER PRIMARY KEY, team INTEGER NOT NULL, admin TEXT NOT NULL, "
    "name TEXT, UNIQUE(team, admin))",
    "CREATE TABLE labels(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
    "CREATE TABLE spans(team INTEGER NOT NULL, began INTEGER NOT NULL, ended INTEGER NOT NULL, "
    "threshold INTEGER NOT NULL, interval INTEGER NOT NULL, PRIMARY KEY(team, began)) "
    "WITHOUT ROWID",
    "CREATE TABLE keyframes(team INTEGER NOT NULL, t INTEGER NOT NULL, PRIMARY KEY(team, t)) "
    "WITHOUT ROWID",
    "CREATE TABLE totals(team INTEGER NOT NULL, t INTEGER NOT NULL, open INTEGER NOT NULL, "
    "idle INTEGER NOT NULL, snoozed INTEGER NOT NULL, PRIMARY KEY(team, t)) WITHOUT ROWID",
    "CREATE TABLE points(t INTEGER NOT NULL, team INTEGER NOT NULL, series INTEGER NOT NULL, "
    "open INTEGER NOT NULL, idle INTEGER NOT NULL, snoozed INTEGER NOT NULL, "
    "state INTEGER NOT NULL, reason INTEGER, PRIMARY KEY(t, team, series)) WITHOUT ROWID",
    "CREATE TABLE minutes(minute INTEGER NOT NULL, team INTEGER NOT NULL, "
    "series INTEGER NOT NULL, open_max INTEGER NOT NULL, open INTEGER NOT NULL, "
    "idle_max INTEGER NOT NULL, idle INTEGER NOT NULL, snoozed_max INTEGER NOT NULL, "
    "snoozed INTEGER NOT NULL, state INTEGER NOT NULL, reason INTEGER, "
    "PRIMARY KEY(minute, team, series)) WITHOUT ROWID",
};

struct Step
{
    int toVersion;
    const char* const* statements;
    int count;
};
// Each later version adds a step here; a database at version N runs every
// step after it, in order.
const Step kSteps[] = {
    {1, kVersion1, int(std::size(kVersion1))},
};
static_assert(std::size(kSteps) == HistoryStore::kSchemaVersion);

} // namespace

namespace HistorySchema {

QSqlError migrate(QSqlDatabase& db, int fromVersion)
{
    QSqlQuery q(db);
    // Before the first table: lets dropped history give its pages back (an
    // open file has had it set already, before WAL; a memory one has not).
    if (fromVersion == 0)
        q.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
    // IMMEDIATE: another Floorwatch opening the same new file waits here,
    // then finds the version it wrote instead of creating the tables twice.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError();
    const auto fail = [&q] {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail();
    const int version = std::max(fromVersion, q.value(0).toInt());
    q.finish();
    for (const Step& step : kSteps) {
        if (step.toVersion <= version)
            continue;
        for (int i = 0; i < step.count; ++i)
            if (!q.exec(QString::fromLatin1(step.statements[i])))
                return fail();
    }
    if (version < HistoryStore::kSchemaVersion &&
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(HistoryStore::kSchemaVersion)))
        return fail();
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail();
    return {};
}

} // namespace HistorySchema
