#include "Clock.h"

#include <QTest>

using namespace std::chrono_literals;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockFiresInOrder()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        QStringList fired;
        QObject context;
        clock.schedule(20s, &context, [&] { fired << QStringLiteral("b"); });
        clock.schedule(10s, &context, [&] {
            fired << QStringLiteral("a");
            clock.schedule(5s, &context, [&] { fired << QStringLiteral("a2"); });
        });
        clock.advance(9s);
        QVERIFY(fired.isEmpty());
        clock.advance(11s);
        QCOMPARE(fired,
                 (QStringList{QStringLiteral("a"), QStringLiteral("a2"), QStringLiteral("b")}));
        QCOMPARE(start.secsTo(clock.now()), 20);
    }

    void cancelledAndOrphanedCallbacksDoNotFire()
    {
        ManualClock clock;
        int fired = 0;
        auto* context = new QObject;
        const auto id = clock.schedule(1s, nullptr, [&] { ++fired; });
        clock.schedule(1s, context, [&] { ++fired; });
        clock.cancel(id);
        delete context;
        clock.advance(2s);
        QCOMPARE(fired, 0);
    }

    void systemClockFires()
    {
        SystemClock clock;
        bool fired = false;
        QObject context;
        clock.schedule(10ms, &context, [&] { fired = true; });
        QTRY_VERIFY(fired);
        bool cancelled = false;
        clock.cancel(clock.schedule(10ms, &context, [&] { cancelled = true; }));
        bool later = false;
        clock.schedule(30ms, &context, [&] { later = true; });
        QTRY_VERIFY(later); // the cancelled one was due first
        QVERIFY(!cancelled);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
