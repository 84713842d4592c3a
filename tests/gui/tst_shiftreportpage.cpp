#include "Clock.h"
#include "HistoryStore.h"
#include "ShiftReport.h"
#include "ShiftReportPage.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace std::chrono;

namespace {

const QString kTeam = QStringLiteral("5017");

QDateTime utc(int hour, int minute)
{
    return Utc::dateTime(QDate(2026, 3, 2), QTime(hour, minute));
}

// A working day of `people` teammates in UTC: 07:00-11:00, a break in
// polling, 11:45-16:30, a poll a minute. Counts rise and fall; everyone
// takes lunch, some a break; one leaves at 13:00, one during the gap.
void writeDay(HistoryStore& store, ManualClock& clock, int people)
{
    static const QStringList names{
        QStringLiteral("Ana Lima"),
        QStringLiteral("Bartholomew Fitzgerald-Montgomery, Customer Care Lead"),
        QStringLiteral("佐藤 花子"),
        QStringLiteral("Chidi Okafor"),
        QStringLiteral("Dana \x1b[31mRed\x1b[0m"),
        QStringLiteral("Élodie Martin"),
    };
    TeamSnapshot previous;
    const auto poll = [&](int minute) {
        TeamSnapshot s;
        s.teamId = kTeam;
        s.teamName = QStringLiteral("Billing & Payments (EMEA)");
        s.fetchedAt = clock.now();
        s.idleThreshold = 1800;
        for (int i = 0; i < people; ++i) {
            if ((i == 3 && minute >= 360) || (i == 4 && minute >= 240))
                continue; // left
            TeammateRow row;
            row.adminId = QString::number(1000 + i);
            row.name = i < names.size() ? names.at(i) : QStringLiteral("Agent %1").arg(i + 1);
            row.known = true;
            const double wave = std::sin((minute + i * 17) / 45.0);
            row.open = std::max(0, int(std::lround(6 + 5 * wave)) + i % 5 - 2);
            row.idle = row.open >= 9 ? (minute / 13 + i) % 4 : 0;
            row.snoozed = i % 3;
            const int lunch = 240 + (i % 4) * 15; // 11:00 on
            if (minute >= lunch && minute < lunch + 30) {
                row.away = true;
                row.awayReason = QStringLiteral("Lunch");
            } else if (i % 3 == 0 && minute >= 420 && minute < 430) {
                row.away = true;
                row.awayReason = QStringLiteral("Coffee break");
            } else if (i == 5 && minute >= 100 && minute < 160) {
                row.away = true; // no reason given
            }
            s.rows.append(row);
        }
        s.totals = Snapshots::totalsOf(s.rows);
        store.record(QString(), s, diffSnapshots(previous, s), seconds(60));
        previous = s;
    };
    clock.advance(milliseconds(clock.now().msecsTo(utc(7, 0))));
    for (int m = 0; m <= 240; ++m) {
        poll(m);
        clock.advance(minutes(1));
    }
    clock.advance(minutes(44));
    previous = {};
    for (int m = 285; m <= 570; ++m) {
        poll(m);
        clock.advance(minutes(1));
    }
}

ShiftReport reportOf(int people)
{
    ManualClock clock(utc(6, 0));
    HistoryStore store(clock);
    store.open(QString());
    writeDay(store, clock, people);
    TeamThresholds thresholds;
    return ShiftReport::compute(store, QString(), kTeam, QDate(2026, 3, 2), thresholds,
                                QTimeZone(0));
}

} // namespace

class TestShiftReportPage : public QObject
{
    Q_OBJECT

private slots:
    void pdfIsOnePage()
    {
        const ShiftReport report = reportOf(30);
        QVERIFY(!report.empty());
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QVERIFY(ShiftReportPage::writePdf(report, utc(17, 0), &pdf));
        const QByteArray bytes = pdf.data();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(bytes).count(
                     QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))),
                 1);

        // To look at it: FLOORWATCH_REPORT_SAMPLES=<folder>.
        const QString samples = qEnvironmentVariable("FLOORWATCH_REPORT_SAMPLES");
        if (!samples.isEmpty()) {
            QFile file(QDir(samples).filePath(QStringLiteral("shift-report.pdf")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            const QImage few = ShiftReportPage::image(reportOf(3), utc(17, 0), 1.5);
            QVERIFY(few.save(QDir(samples).filePath(QStringLiteral("shift-report-few.png"))));
        }
    }

    void listsWhoFitsAndCountsTheRest()
    {
        const ShiftReport many = reportOf(40);
        QCOMPARE(many.teammates.size(), size_t(40));
        QImage page(ShiftReportPage::pageSize().toSize(), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        const int listed = ShiftReportPage::paint(painter, many, utc(17, 0));
        QVERIFY2(listed > 15 && listed < 40, qPrintable(QString::number(listed)));

        const ShiftReport few = reportOf(3);
        QCOMPARE(ShiftReportPage::paint(painter, few, utc(17, 0)), 3);
    }

    void printsBlackOnWhite()
    {
        // Nothing lighter than the shading and nothing in colour: the page
        // reads the same from a monochrome printer.
        const QImage page = ShiftReportPage::image(reportOf(12), utc(17, 0), 1.0);
        int ink = 0, colour = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QRgb c = page.pixel(x, y);
                colour += qRed(c) != qGreen(c) || qGreen(c) != qBlue(c);
                ink += qRed(c) < 128;
            }
        QCOMPARE(colour, 0);
        QVERIFY(ink > 2000);
    }
};

QTEST_MAIN(TestShiftReportPage)
#include "tst_shiftreportpage.moc"
