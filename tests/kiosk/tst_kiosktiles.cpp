// The wall's big numbers fit their tiles, however many digits a large
// team's totals have, at 1080p and at 4K.

#include "KioskChrome.h"
#include "KioskScale.h"
#include "KioskStyle.h"
#include "KioskTeamPainters.h"
#include "Severity.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

class TestKioskTiles : public QObject
{
    Q_OBJECT

private slots:
    void numbersFitTheirTiles_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("severity");
        for (const QSize screen : {QSize(1920, 1080), QSize(3840, 2160)}) {
            for (const int value : {12448, 99999, 123456, 999999}) {
                for (const int severity : {0, 2}) {
                    const QByteArray name = QByteArray::number(screen.width()) + "x" +
                                            QByteArray::number(screen.height()) + " " +
                                            QByteArray::number(value) + " severity " +
                                            QByteArray::number(severity);
                    QTest::newRow(name.constData()) << screen << value << severity;
                }
            }
        }
    }

    void numbersFitTheirTiles()
    {
        QFETCH(QSize, screen);
        QFETCH(int, value);
        QFETCH(int, severity);
        const KioskStyle style(KioskColours::dark(), KioskScale::unit(screen));
        const QRectF inner = KioskChrome::inner(style, QRectF(QPointF(), QSizeF(screen)));
        const QRectF row(inner.left(), inner.top(), inner.width(), KioskTiles::height(style));
        const QList<QRectF> tiles = KioskTiles::rects(style, row, 4);
        QCOMPARE(tiles.size(), 4);
        KioskTiles::Tile tile{QStringLiteral("Open"), value, Qt::blue, severity, {}, {}};
        for (const QRectF& r : tiles) {
            const QFont font = KioskTiles::numberFont(style, r, tile);
            const double drawn = QFontMetricsF(font).horizontalAdvance(QString::number(value));
            const double room = KioskTiles::numberRoom(style, r, tile);
            QVERIFY2(drawn <= room,
                     qPrintable(QStringLiteral("%1 px drawn in %2 px").arg(drawn).arg(room)));
            // Still a big number: no smaller than a third of the planned size.
            QVERIFY(font.pixelSize() * 3 >= style.font(10.5).pixelSize());
        }
    }

    void smallNumbersKeepThePlannedSize()
    {
        const KioskStyle style(KioskColours::dark(), KioskScale::unit(QSize(1920, 1080)));
        const QRectF r(0, 0, 400, KioskTiles::height(style));
        const KioskTiles::Tile tile{QStringLiteral("Open"), 42, Qt::blue, 2, {}, {}};
        QCOMPARE(KioskTiles::numberFont(style, r, tile).pixelSize(),
                 style.font(10.5, QFont::Bold).pixelSize());
    }

    // The trend's axis labels: a six-digit top gets smaller type, not
    // fewer digits.
    void fittingFontFitsAndKeepsSmallTextAsIs()
    {
        const KioskStyle style(KioskColours::dark(), 20);
        const QString top = QStringLiteral("250000");
        const QFont f = style.fittingFont(2.2, QFont::Normal, top, style.u(4.8));
        QVERIFY(QFontMetricsF(f).horizontalAdvance(top) <= style.u(4.8));
        QCOMPARE(
            style.fittingFont(2.2, QFont::Normal, QStringLiteral("50"), style.u(4.8)).pixelSize(),
            style.font(2.2).pixelSize());
    }
};

QTEST_MAIN(TestKioskTiles)
#include "tst_kiosktiles.moc"
