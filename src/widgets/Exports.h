#pragma once

#include <QString>

#include <functional>

class DashboardView;
class HistoryStore;
class QWidget;

// File → Export: what is on screen, or a stretch of the kept history, to a
// file. Each writer returns an error text (empty when written); server
// text in CSV cells is made spreadsheet-safe by OutputFormat.
namespace Exports {

// The team's table as it is on screen: its rows in the order shown, with
// the filter applied, as CSV.
QString writeTable(const DashboardView& view, const QString& path);
// The bar chart and the trend as they are drawn, as PNG.
QString writeCharts(const DashboardView& view, const QString& path);
// Every change of the team (everyone's state at `fromMs` first) as CSV.
QString writeHistory(const HistoryStore& history, const QString& workspace, const QString& teamId,
                     qint64 fromMs, qint64 toMs, const QString& path);

// Asks for a file (starting in the user's documents with `suggestedName`)
// and runs `write` on it, saying what went wrong if it did.
void saveAs(QWidget* parent, const QString& title, const QString& suggestedName,
            const QString& filter, const std::function<QString(const QString&)>& write);

} // namespace Exports
