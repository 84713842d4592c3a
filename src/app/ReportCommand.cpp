#include "ReportCommand.h"

#include "Clock.h"
#include "Console.h"
#include "EffectiveConfig.h"
#include "ExitCode.h"
#include "HistoryStore.h"
#include "OutputFormat.h"
#include "Pipeline.h"
#include "ServerText.h"
#include "ShiftReport.h"
#include "ShiftReportPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimeZone>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

} // namespace

int runReportCommand(const AppOptions& options, const EffectiveConfig& config)
{
    SystemClock clock;
    const QDateTime now = clock.now();
    const QDate today = now.toLocalTime().date();
    const QDate day = options.date.isValid() ? options.date : today;
    if (day > today)
        return Console::fail(tr("%1 is still to come: a report is of today or a day before.")
                                 .arg(day.toString(Qt::ISODate)));
    const bool pdf = *options.report == ReportFormat::Pdf;
    if (pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Console::fail(tr("A PDF report cannot be painted here."), ExitCode::Unavailable);

    // Refused before anything is read, so that a script learns of it at once.
    const QString path = options.outputFile;
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return Console::fail(tr("%1 already exists, and a report never overwrites a file: remove "
                                "it or choose another --output.")
                                 .arg(path));

    HistoryStore store(clock);
    if (!openKeptHistory(store, config, options.demo))
        return Console::fail(tr("This computer has kept no history yet."), ExitCode::NotFound);
    if (store.mode() != HistoryStore::Mode::Disk)
        return Console::fail(store.notice(), ExitCode::Unavailable);
    const QString teamId = options.teamIds.constFirst();
    const ShiftReport report =
        ShiftReport::compute(store, config.workspace(), teamId, day, config.thresholds(teamId),
                             QTimeZone::systemTimeZone());
    if (report.empty())
        return Console::fail(tr("This computer kept no history of team %1 on %2.")
                                 .arg(ServerText::inert(teamId, 40), day.toString(Qt::ISODate)),
                             ExitCode::NotFound);

    // NewOnly: a file that appeared meanwhile is not overwritten either.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Console::fail(tr("Cannot create %1: %2").arg(path, file.errorString()));
    bool written = false;
    if (pdf) {
        written = ShiftReportPage::writePdf(report, now, &file);
    } else {
        const QByteArray bytes = OutputFormat::shiftReport(report);
        written = file.write(bytes) == bytes.size();
    }
    file.close();
    if (!written || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.remove(); // never leave half a report behind
        return Console::fail(tr("Cannot write %1: %2").arg(path, why));
    }
    return int(ExitCode::Ok);
}
