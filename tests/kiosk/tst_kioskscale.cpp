#include "KioskScale.h"

#include <QTest>

class TestKioskScale : public QObject
{
    Q_OBJECT

private slots:
    void followsTheHeight()
    {
        QCOMPARE(KioskScale::unit(QSize(1920, 1080)), 10.8);
        QCOMPARE(KioskScale::unit(QSize(3840, 2160)), 21.6);
        QCOMPARE(KioskScale::unit(QSize(1280, 720)), 7.2);
    }

    void narrowViewsFollowTheWidth()
    {
        // A portrait screen: the width limits what fits across.
        QCOMPARE(KioskScale::unit(QSize(1080, 1920)), 7.2);
    }

    void physicallySmallScreensGetLargerUnits()
    {
        // A 55-inch television: 1210 x 680 mm.
        const double tv = KioskScale::unit(QSize(1920, 1080), QSizeF(1210, 680), QSize(1920, 1080));
        QCOMPARE(tv, 10.8);
        // A 24-inch monitor: 531 x 299 mm, read from as far away.
        const double monitor =
            KioskScale::unit(QSize(1920, 1080), QSizeF(531, 299), QSize(1920, 1080));
        QVERIFY(monitor > tv);
        QVERIFY(monitor <= tv * KioskScale::kMaxBoost + 1e-9);
    }

    void madeUpPhysicalSizesAreIgnored()
    {
        // EDID "sizes" that only say 16:9, zero, or impossible pixel shapes.
        QCOMPARE(KioskScale::physicalBoost(QSize(1920, 1080), QSizeF(16, 9), QSize(1920, 1080)),
                 1.0);
        QCOMPARE(KioskScale::physicalBoost(QSize(1920, 1080), QSizeF(0, 0), QSize(1920, 1080)),
                 1.0);
        QCOMPARE(KioskScale::physicalBoost(QSize(1920, 1080), QSizeF(600, 100), QSize(1920, 1080)),
                 1.0);
    }
};

QTEST_GUILESS_MAIN(TestKioskScale)
#include "tst_kioskscale.moc"
