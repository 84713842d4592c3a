#include "HistoryCommand.h"

#include "Clock.h"
#include "Console.h"
#include "EffectiveConfig.h"
#include "ExitCode.h"
#include "HistoryStore.h"
#include "OutputFormat.h"
#include "Pipeline.h"
#include "ServerText.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

// Enough rows for a month at one a minute, or a day at one every second.
constexpr qint64 kMostSteps = 50000;

QString tr(const char* text)
{
    return QCoreApplication::translate("HistoryCommand", text);
}

} // namespace

int runHistoryCommand(const AppOptions& options, const EffectiveConfig& config)
{
    SystemClock clock;
    const QDateTime now = clock.now();
    const QDateTime to = options.to.isValid() ? options.to : now;
    const QDateTime from = options.from.isValid()
                               ? options.from
                               : QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC();
    if (to <= from)
        return Console::fail(tr("--to must come after --from."));

    HistoryStore store(clock);
    if (!openKeptHistory(store, config, options.demo))
        return Console::fail(tr("This computer has kept no history yet."), ExitCode::NotFound);
    if (store.mode() != HistoryStore::Mode::Disk)
        return Console::fail(store.notice(), ExitCode::Unavailable);

    OutputFormat::HistoryExport out;
    out.teamId = options.teamIds.constFirst();
    out.fromMs = from.toMSecsSinceEpoch();
    out.toMs = to.toMSecsSinceEpoch();
    out.stepSeconds = options.stepSeconds;
    const QString workspace = config.workspace();
    out.spans = store.teamTotals(workspace, out.teamId, out.fromMs, out.toMs).spans;
    if (out.spans.empty())
        return Console::fail(tr("This computer kept no history of team %1 between %2 and %3.")
                                 .arg(ServerText::inert(out.teamId, 40),
                                      from.toLocalTime().toString(Qt::ISODate),
                                      to.toLocalTime().toString(Qt::ISODate)),
                             ExitCode::NotFound);
    if (options.stepSeconds) {
        const qint64 stepMs = *options.stepSeconds * 1000;
        if ((out.toMs - out.fromMs) / stepMs > kMostSteps)
            return Console::fail(tr("That is more than 50000 steps: use a larger --step or a "
                                    "shorter range."));
        for (qint64 at = out.fromMs; at <= out.toMs; at += stepMs)
            if (const auto rows = store.rowsAt(workspace, out.teamId, at))
                for (const HistoryRow& row : *rows)
                    out.rows.push_back({at, row, false});
    } else {
        out.rows = store.changes(workspace, out.teamId, out.fromMs, out.toMs);
    }
    const QByteArray bytes = OutputFormat::history(out, *options.history);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return int(ExitCode::Ok);
}
