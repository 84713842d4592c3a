#include "ShiftReportDialog.h"
#include "ui_ShiftReportDialog.h"

#include "Clock.h"
#include "HistoryStore.h"
#include "OutputFormat.h"
#include "ShiftReportPage.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace {

// The history keeps a summary for 13 months by default: no day before.
constexpr int kOldestDay = 400;

} // namespace

ShiftReportDialog::ShiftReportDialog(Source source, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShiftReportDialog>())
    , m_source(std::move(source))
{
    m_ui->setupUi(this);
    m_savePdf = m_ui->buttonBox->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_saveCsv = m_ui->buttonBox->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    m_saveCsv->setObjectName(QStringLiteral("saveCsvButton"));
    connect(m_savePdf, &QPushButton::clicked, this, [this] { save(Format::Pdf); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { save(Format::Csv); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QDate today = m_source.clock.now().toLocalTime().date();
    m_ui->dateEdit->setDateRange(today.addDays(-kOldestDay), today);
    m_ui->dateEdit->setDate(today);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ShiftReportDialog::refresh);
    refresh();
}

ShiftReportDialog::~ShiftReportDialog() = default;

void ShiftReportDialog::setDay(QDate day)
{
    m_ui->dateEdit->setDate(day); // refreshes when it changes
}

void ShiftReportDialog::refresh()
{
    m_report = ShiftReport::compute(m_source.history, m_source.workspace, m_source.teamId,
                                    m_ui->dateEdit->date(), m_source.thresholds,
                                    QTimeZone::systemTimeZone());
    const bool empty = m_report.empty();
    m_savePdf->setEnabled(!empty);
    m_saveCsv->setEnabled(!empty);
    m_ui->statusLabel->setText(
        empty ? tr("Nothing was kept of this team on that day: Floorwatch was not polling it.")
              : QString());
    if (empty) {
        m_ui->preview->setPixmap(QPixmap());
        return;
    }
    // The page as it prints, a point a pixel: 595 pixels wide.
    const qreal ratio = devicePixelRatioF();
    QImage page = ShiftReportPage::image(m_report, m_source.clock.now(), ratio);
    page.setDevicePixelRatio(ratio);
    m_ui->preview->setPixmap(QPixmap::fromImage(page));
}

QString ShiftReportDialog::saveTo(const QString& path, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    bool written = false;
    if (format == Format::Pdf) {
        written = ShiftReportPage::writePdf(m_report, m_source.clock.now(), &file);
    } else {
        const QByteArray bytes = OutputFormat::shiftReport(m_report);
        written = file.write(bytes) == bytes.size();
    }
    if (!written || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void ShiftReportDialog::save(Format format)
{
    const bool pdf = format == Format::Pdf;
    // Only characters every file system takes, from the team id.
    QString team = m_source.teamId;
    team.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString name = QStringLiteral("shift-report-%1-%2.%3")
                             .arg(team.left(40), m_report.date.toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the shift report as PDF") : tr("Save the shift report as CSV"),
        QDir(folder).filePath(name), pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = saveTo(path, format); !problem.isEmpty())
        QMessageBox::warning(this, tr("Shift report"), problem);
}
