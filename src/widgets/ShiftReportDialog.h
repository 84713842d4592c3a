#pragma once

#include "ShiftReport.h"

#include <QDialog>

#include <memory>

class Clock;
class HistoryStore;

namespace Ui {
class ShiftReportDialog;
}

// The shift report of one team for a chosen day, as it will print, with
// "Save as PDF…" and "Save as CSV…". Reads the history when the day
// changes; never touches the network.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Source
    {
        const HistoryStore& history;
        Clock& clock;
        QString workspace;
        QString teamId;
        TeamThresholds thresholds;
    };

    enum class Format
    {
        Pdf,
        Csv
    };

    explicit ShiftReportDialog(Source source, QWidget* parent = nullptr);
    ~ShiftReportDialog() override;

    // Shows the report of `day` (local time; today at most).
    void setDay(QDate day);
    const ShiftReport& report() const { return m_report; }
    // Writes the report shown to `path`, replacing what is there (the file
    // dialog asked first). Empty on success, else why not, for a person.
    QString saveTo(const QString& path, Format format) const;

private:
    void refresh();
    void save(Format format);

    std::unique_ptr<Ui::ShiftReportDialog> m_ui;
    Source m_source;
    ShiftReport m_report;
    QPushButton* m_savePdf;
    QPushButton* m_saveCsv;
};
