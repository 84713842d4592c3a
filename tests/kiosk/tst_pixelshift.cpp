#include "PixelShift.h"

#include <QSet>
#include <QTest>

class TestPixelShift : public QObject
{
    Q_OBJECT

private slots:
    void startsInPlace() { QCOMPARE(PixelShift::offsetAt(0), QPoint(0, 0)); }

    void staysWithinBoundsAndCoversTheSquare()
    {
        QSet<QPair<int, int>> seen;
        for (quint64 step = 0; step < 2000; ++step) {
            const QPoint p = PixelShift::offsetAt(step);
            QVERIFY(qAbs(p.x()) <= PixelShift::kAmplitude);
            QVERIFY(qAbs(p.y()) <= PixelShift::kAmplitude);
            seen.insert({p.x(), p.y()});
        }
        // Most of the 17 x 17 positions are visited, not a line or a circle.
        QVERIFY2(seen.size() > 120, qPrintable(QString::number(seen.size())));
    }

    void movesGentlyAndDeterministically()
    {
        for (quint64 step = 1; step < 500; ++step) {
            const QPoint d = PixelShift::offsetAt(step) - PixelShift::offsetAt(step - 1);
            QVERIFY(qAbs(d.x()) <= 3 && qAbs(d.y()) <= 4);
            QCOMPARE(PixelShift::offsetAt(step), PixelShift::offsetAt(step + 391)); // the period
        }
        QVERIFY(PixelShift::offsetAt(1) != PixelShift::offsetAt(0));
    }

    void otherAmplitudes()
    {
        for (quint64 step = 0; step < 400; ++step)
            QVERIFY(qAbs(PixelShift::offsetAt(step, 100).x()) <= 100);
    }
};

QTEST_GUILESS_MAIN(TestPixelShift)
#include "tst_pixelshift.moc"
