// The real program in a real X server (Xvfb): `floorwatch --demo
// --screenshot` must produce a picture of a living dashboard.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void demoWindowUnderXvfb_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::newRow("1280x800 light") << QSize(1280, 800) << "light";
        QTest::newRow("2560x1440 dark") << QSize(2560, 1440) << "dark";
    }
    void demoWindowUnderXvfb()
    {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X server (run through xvfb-run)");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLOORWATCH_BIN),
                {QStringLiteral("--demo"), QStringLiteral("--theme"), theme,
                 QStringLiteral("--screenshot"), file, QStringLiteral("--window-size"),
                 QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // A blank or single-colour window has a handful of colours; a
        // dashboard with text, numbers and charts has many.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        const QRgb corner = image.pixel(5, image.height() / 2);
        const bool dark = qGray(corner) < 128;
        QCOMPARE(dark, theme == QLatin1String("dark"));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
