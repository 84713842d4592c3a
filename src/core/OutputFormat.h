#pragma once

#include "ApiTypes.h"
#include "HistoryStore.h"
#include "ShiftReport.h"
#include "TeamSnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Renders what `floorwatch --print`, `--history` and `--report csv` show. Pure functions: no I/O.
namespace OutputFormat {

enum class Format
{
    Table,
    Json,
    Csv
};

std::optional<Format> parseFormat(const QString& name);

QByteArray snapshot(const TeamSnapshot& snapshot, Format format);
QByteArray teams(const QList<Team>& teams, Format format);

// A team's kept history (`--history`): the spans polled, and rows (as
// they changed, or one per teammate per step). CSV or JSON; a table is
// not offered for it.
struct HistoryExport
{
    QString teamId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::optional<qint64> stepSeconds;
    std::vector<HistorySpan> spans;
    std::vector<HistoryChange> rows;
};
QByteArray history(const HistoryExport& history, Format format);

// A team's day (`--report csv`): one table with a `kind` column. One `team`
// row (the day's figures and the thresholds used), then each `teammate`
// followed by an `away` row per reason, then an `hour` row per hour of the
// day (the team's trend). Minutes have one decimal; times are local ISO
// 8601 with their offset.
QByteArray shiftReport(const ShiftReport& report);

// A CSV field, quoted when needed and defused against spreadsheet formulas.
QString csvField(const QString& value);

} // namespace OutputFormat
