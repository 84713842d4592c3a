// Keeping the display awake on Linux: org.freedesktop.ScreenSaver's
// Inhibit / UnInhibit, against a stand-in service on a private session bus
// (with-keyring.sh --no-secrets).

#include "ScreenSaverInhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    int inhibits = 0;
    QList<uint> released;
    QString lastApp;
    QString lastReason;

public slots:
    uint Inhibit(const QString& app, const QString& reason)
    {
        ++inhibits;
        lastApp = app;
        lastReason = reason;
        return 4000 + uint(inhibits);
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

class TestDisplayAwake : public QObject
{
    Q_OBJECT

    // The service on a connection of its own, as another process would be.
    QDBusConnection serviceBus()
    {
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                             QStringLiteral("fake-saver"));
    }

private slots:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("needs a session bus (run through tests/keychain/with-keyring.sh)");
    }

    void inhibitsAndReleases()
    {
        FakeScreenSaver saver;
        QDBusConnection bus = serviceBus();
        QVERIFY(bus.registerObject(ScreenSaverInhibitor::kPath, &saver,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(ScreenSaverInhibitor::kService));

        {
            ScreenSaverInhibitor awake(QStringLiteral("wall display"));
            awake.setKeepAwake(true);
            QTRY_COMPARE(awake.cookie(), 4001u);
            QCOMPARE(saver.inhibits, 1);
            QCOMPARE(saver.lastReason, QStringLiteral("wall display"));
            awake.setKeepAwake(true); // no second inhibition
            awake.setKeepAwake(false);
            QTRY_COMPARE(saver.released, QList<uint>{4001u});
            QCOMPARE(awake.cookie(), 0u);

            awake.setKeepAwake(true);
            QTRY_COMPARE(awake.cookie(), 4002u);
        }
        // Gone with the program: released.
        QTRY_COMPARE(saver.released, (QList<uint>{4001u, 4002u}));
        QCOMPARE(saver.inhibits, 2);
        bus.unregisterService(ScreenSaverInhibitor::kService);
        bus.unregisterObject(ScreenSaverInhibitor::kPath);
    }

    void waitsForAServiceThatIsNotThereYet()
    {
        ScreenSaverInhibitor awake(QStringLiteral("wall display"));
        awake.setRetryInterval(50);
        awake.setKeepAwake(true);
        QTRY_VERIFY(awake.failedAttempts() >= 3); // no crash, nothing held
        QCOMPARE(awake.cookie(), 0u);

        FakeScreenSaver saver;
        QDBusConnection bus = serviceBus();
        QVERIFY(bus.registerObject(ScreenSaverInhibitor::kPath, &saver,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(ScreenSaverInhibitor::kService));
        QTRY_VERIFY(awake.cookie() != 0);
        awake.setKeepAwake(false);
        QTRY_COMPARE(saver.released.size(), 1);
        bus.unregisterService(ScreenSaverInhibitor::kService);
        bus.unregisterObject(ScreenSaverInhibitor::kPath);
    }
};

QTEST_GUILESS_MAIN(TestDisplayAwake)
#include "tst_displayawake.moc"
