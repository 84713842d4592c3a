#include "Clock.h"

#include <QElapsedTimer>
#include <QRegularExpression>
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

    void manualClockTakesAnyDelay()
    {
        ManualClock clock;
        int fired = 0;
        clock.schedule(std::chrono::milliseconds(qint64(1) << 31), nullptr, [&] { fired |= 1; });
        clock.schedule(std::chrono::milliseconds(qint64(1) << 40), nullptr, [&] { fired |= 2; });
        clock.schedule(std::chrono::milliseconds::max(), nullptr, [&] { fired |= 4; });
        clock.advance(std::chrono::milliseconds((qint64(1) << 31) - 1));
        QCOMPARE(fired, 0);
        clock.advance(1ms);
        QCOMPARE(fired, 1);
        QCOMPARE(clock.msUntilNext(), (qint64(1) << 40) - (qint64(1) << 31));
        clock.advance(std::chrono::milliseconds(qint64(1) << 40));
        QCOMPARE(fired, 3);
        QCOMPARE(clock.pendingCount(), 1); // the longest wait never wrapped into the past
    }

    void systemClockTakesAnyDelay()
    {
        // Narrowed to int, 2^31 ms was a negative interval (the timer never
        // ran) and 2^40 ms or 2^32 + 5 ms a few milliseconds (it fired at once).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Tt]imer")));
        SystemClock clock;
        QObject context;
        int fired = 0;
        clock.schedule(std::chrono::milliseconds(qint64(1) << 31), &context, [&] { fired |= 1; });
        clock.schedule(std::chrono::milliseconds(qint64(1) << 40), &context, [&] { fired |= 2; });
        clock.schedule(std::chrono::milliseconds((qint64(1) << 32) + 5), &context,
                       [&] { fired |= 4; });
        clock.schedule(std::chrono::milliseconds::max(), &context, [&] { fired |= 8; });
        bool later = false;
        clock.schedule(100ms, &context, [&] { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(fired, 0);
    }

    void systemClockWaitsInPartsUntilTheWholeDelay()
    {
        SystemClock clock(20ms); // each QTimer at most 20 ms
        QObject context;
        QElapsedTimer elapsed;
        elapsed.start();
        int fired = 0;
        qint64 firedAfter = 0;
        clock.schedule(130ms, &context, [&] {
            ++fired;
            firedAfter = elapsed.elapsed();
        });
        QTRY_COMPARE(fired, 1);
        QVERIFY2(firedAfter >= 130, qPrintable(QString::number(firedAfter)));
        bool later = false;
        clock.schedule(60ms, &context, [&] { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(fired, 1); // fired once, not once per part
    }

    void manualClockRepeats()
    {
        ManualClock clock;
        int ticks = 0;
        QObject context;
        Clock::TimerId id = 0;
        id = clock.scheduleRepeating(1s, &context, [&] {
            if (++ticks == 5)
                clock.cancel(id); // from inside its own run
        });
        clock.advance(999ms);
        QCOMPARE(ticks, 0);
        clock.advance(1ms);
        QCOMPARE(ticks, 1);
        clock.advance(2500ms);
        QCOMPARE(ticks, 3);
        QCOMPARE(clock.pendingCount(), 1); // one entry for every run
        clock.advance(1h);
        QCOMPARE(ticks, 5);
        QCOMPARE(clock.pendingCount(), 0);

        auto* gone = new QObject;
        int orphaned = 0;
        clock.scheduleRepeating(1s, gone, [&] { ++orphaned; });
        clock.advance(2s);
        delete gone;
        clock.advance(2s);
        QCOMPARE(orphaned, 2);
        QCOMPARE(clock.pendingCount(), 0);
    }

    void systemClockRepeatsUntilCancelled()
    {
        SystemClock clock;
        QObject context;
        int ticks = 0;
        const auto id = clock.scheduleRepeating(10ms, &context, [&] { ++ticks; });
        QTRY_VERIFY(ticks >= 3);
        clock.cancel(id);
        const int stopped = ticks;
        bool later = false;
        clock.schedule(50ms, &context, [&] { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(ticks, stopped);

        // Its context gone, it stops too.
        auto* gone = new QObject;
        int orphaned = 0;
        clock.scheduleRepeating(10ms, gone, [&] { ++orphaned; });
        QTRY_VERIFY(orphaned >= 1);
        delete gone;
        const int before = orphaned;
        later = false;
        clock.schedule(50ms, &context, [&] { later = true; });
        QTRY_VERIFY(later);
        QCOMPARE(orphaned, before);
    }

    void systemClockRepeatsLongPeriodsInParts()
    {
        SystemClock clock(20ms); // each QTimer at most 20 ms
        QObject context;
        QElapsedTimer elapsed;
        elapsed.start();
        QList<qint64> runs;
        const auto id = clock.scheduleRepeating(70ms, &context, [&] { runs << elapsed.elapsed(); });
        QTRY_COMPARE(runs.size(), 2);
        clock.cancel(id);
        QVERIFY2(runs[0] >= 70 && runs[1] >= 140, qPrintable(QString::number(runs[1])));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
