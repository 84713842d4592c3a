#include "Clock.h"
#include "HistoryStore.h"
#include "ShiftReportDialog.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono;

namespace {

const QString kTeam = QStringLiteral("42");

// An hour of polls of team 42 from 09:00 local time today, then the clock
// at 10:00.
struct Fixture
{
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toUTC()};
    HistoryStore history{clock};

    Fixture()
    {
        history.open(QString());
        TeamSnapshot previous;
        for (int m = 0; m <= 60; ++m) {
            TeamSnapshot s;
            s.teamId = kTeam;
            s.teamName = QStringLiteral("Billing");
            s.fetchedAt = clock.now();
            s.idleThreshold = 1800;
            TeammateRow row;
            row.adminId = QStringLiteral("7");
            row.name = QStringLiteral("Ana");
            row.open = m < 30 ? 12 : 2;
            s.rows = {row};
            s.totals = Snapshots::totalsOf(s.rows);
            history.record(QString(), s, diffSnapshots(previous, s), seconds(60));
            previous = s;
            if (m < 60)
                clock.advance(minutes(1));
        }
    }
    ShiftReportDialog::Source source() { return {history, clock, QString(), kTeam, {}}; }
};

} // namespace

class TestShiftReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTodayAndSaves()
    {
        Fixture f;
        ShiftReportDialog dialog(f.source());
        dialog.show();
        const auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"));
        QVERIFY(date);
        QCOMPARE(date->date(), QDate(2026, 3, 2));
        QCOMPARE(date->maximumDate(), QDate(2026, 3, 2)); // no day still to come
        QVERIFY(!dialog.report().empty());
        QCOMPARE(dialog.report().teammates.size(), size_t(1));
        QCOMPARE(ShiftReport::minutes(dialog.report().teammates[0].openCriticalMs), 30);
        const auto* preview = dialog.findChild<QLabel*>(QStringLiteral("preview"));
        QVERIFY(!preview->pixmap().isNull());
        auto* savePdf = dialog.findChild<QPushButton*>(QStringLiteral("savePdfButton"));
        auto* saveCsv = dialog.findChild<QPushButton*>(QStringLiteral("saveCsvButton"));
        QVERIFY(savePdf && savePdf->isEnabled());
        QVERIFY(saveCsv && saveCsv->isEnabled());

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
        QCOMPARE(dialog.saveTo(pdf, ShiftReportDialog::Format::Pdf), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
        const QString csv = dir.filePath(QStringLiteral("day.csv"));
        QCOMPARE(dialog.saveTo(csv, ShiftReportDialog::Format::Csv), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().startsWith("kind,date,team_id"));
        // Somewhere that cannot be written: said, for a person.
        QVERIFY(!dialog
                     .saveTo(dir.filePath(QStringLiteral("no/such/folder/day.csv")),
                             ShiftReportDialog::Format::Csv)
                     .isEmpty());
    }

    void aDayWithoutHistorySaysSo()
    {
        Fixture f;
        ShiftReportDialog dialog(f.source());
        dialog.show();
        dialog.setDay(QDate(2026, 3, 1));
        QVERIFY(dialog.report().empty());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("preview"))->pixmap().isNull());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("savePdfButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveCsvButton"))->isEnabled());
        dialog.setDay(QDate(2026, 3, 2));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveCsvButton"))->isEnabled());
    }
};

QTEST_MAIN(TestShiftReportDialog)
#include "tst_shiftreportdialog.moc"
