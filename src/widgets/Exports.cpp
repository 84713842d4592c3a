#include "Exports.h"

#include "ChartPanel.h"
#include "DashboardView.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "OutputFormat.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace {

QString writeBytes(const QString& path, const QByteArray& bytes)
{
    // Written beside and then moved over: a failed export never leaves
    // half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

namespace Exports {

QString writeTable(const DashboardView& view, const QString& path)
{
    const TeamSnapshot* live = view.store().latest(view.teamId());
    if (!live)
        return QObject::tr("There is nothing on screen to export yet.");
    TeamSnapshot shown = *live;
    shown.rows.clear();
    QHash<QString, const TeammateRow*> byId;
    for (const TeammateRow& row : live->rows)
        byId.insert(row.adminId, &row);
    const QAbstractItemModel* model = view.table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, 0).data(TeammateTableModel::AdminIdRole).toString();
        if (const TeammateRow* row = byId.value(id))
            shown.rows.append(*row);
    }
    return writeBytes(path, OutputFormat::snapshot(shown, OutputFormat::Format::Csv));
}

QString writeCharts(const DashboardView& view, const QString& path)
{
    const QPixmap image = view.charts()->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return QObject::tr("Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString writeHistory(const HistoryStore& history, const QString& workspace, const QString& teamId,
                     qint64 fromMs, qint64 toMs, const QString& path)
{
    OutputFormat::HistoryExport out;
    out.teamId = teamId;
    out.fromMs = fromMs;
    out.toMs = toMs;
    out.spans = history.teamTotals(workspace, teamId, fromMs, toMs).spans;
    if (out.spans.empty())
        return QObject::tr("Nothing was kept of this team in that time.");
    out.rows = history.changes(workspace, teamId, fromMs, toMs);
    return writeBytes(path, OutputFormat::history(out, OutputFormat::Format::Csv));
}

void saveAs(QWidget* parent, const QString& title, const QString& suggestedName,
            const QString& filter, const std::function<QString(const QString&)>& write)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + suggestedName;
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    if (path.isEmpty())
        return;
    if (const QString problem = write(path); !problem.isEmpty())
        QMessageBox::warning(parent, title, problem);
}

} // namespace Exports
