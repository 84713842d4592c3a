// The real program in a real X server (Xvfb): `floorwatch --demo --kiosk
// --screenshot` at 1080p and at 4K must give a living, dark wall display.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestKioskScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void wallDisplayUnderXvfb_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1080p") << QSize(1920, 1080);
        QTest::newRow("4K") << QSize(3840, 2160);
    }
    void wallDisplayUnderXvfb()
    {
        QFETCH(QSize, size);
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X server (run through xvfb-run)");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kiosk.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLOORWATCH_BIN),
                {QStringLiteral("--demo"), QStringLiteral("--kiosk"),
                 QStringLiteral("--screenshot"), file, QStringLiteral("--window-size"),
                 QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);

        // Not blank: text, numbers, bars and the rotation in many colours…
        QSet<QRgb> colours;
        int lit = 0, samples = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QRgb c = image.pixel(x, y);
                colours.insert(c);
                lit += qGray(c) > 128 ? 1 : 0;
                ++samples;
            }
        }
        QVERIFY2(colours.size() > 60, qPrintable(QString::number(colours.size())));
        // …on a dark, calm background: mostly dark, some bright ink.
        QVERIFY(qGray(image.pixel(2, image.height() / 2)) < 40);
        const double ink = double(lit) / samples;
        QVERIFY2(ink > 0.02 && ink < 0.35, qPrintable(QString::number(ink)));
        // The top band (team name and "as of") has large bright text.
        int bright = 0;
        for (int y = 0; y < image.height() / 10; y += 2)
            for (int x = 0; x < image.width(); x += 2)
                bright += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
        QVERIFY(bright > image.width() * image.height() / 2000);
    }
};

QTEST_MAIN(TestKioskScreenshot)
#include "tst_kioskscreenshot.moc"
