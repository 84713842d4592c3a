#pragma once

#include "UtcDateTime.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>

// The source of time for everything that waits: polling, backoff, deadlines,
// staleness, rotation. The product uses SystemClock; tests and the simulator
// drive a ManualClock so that minutes pass in microseconds.
class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // Runs `fn` once after `delay`, unless cancelled or `context` is gone.
    virtual TimerId schedule(std::chrono::milliseconds delay, QObject* context,
                             std::function<void()> fn) = 0;
    // Runs `fn` every `period` (at least 1 ms) until cancelled or `context`
    // is gone, with one timer for all the runs: for ticks, where scheduling
    // anew each time would make a timer per tick.
    virtual TimerId scheduleRepeating(std::chrono::milliseconds period, QObject* context,
                                      std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

// Any delay is safe: QTimer takes an int of milliseconds (about 24.8 days),
// so a longer wait is made of several shorter ones that end on the same
// monotonic deadline. Timers are precise: a coarse timer may fire 5 % early
// or late to share a wake-up with others, which lines up waits that were
// meant to follow each other (polls a stagger apart).
class SystemClock final : public Clock
{
public:
    static constexpr std::chrono::milliseconds kLongestTimer{std::chrono::hours(24)};

    // `longestTimer` is the longest single QTimer interval, shortened only
    // by tests that check the re-arming.
    explicit SystemClock(std::chrono::milliseconds longestTimer = kLongestTimer);
    ~SystemClock() override;
    QDateTime now() const override;
    TimerId schedule(std::chrono::milliseconds delay, QObject* context,
                     std::function<void()> fn) override;
    TimerId scheduleRepeating(std::chrono::milliseconds period, QObject* context,
                              std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    void arm(QTimer* timer, const QDeadlineTimer& deadline) const;
    QTimer* newTimer(TimerId id);

    QObject m_owner; // parent of the timers, so they die with the clock
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
    qint64 m_longestTimerMs;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = Utc::dateTime(QDate(2026, 1, 5), QTime(9, 0)));
    QDateTime now() const override;
    TimerId schedule(std::chrono::milliseconds delay, QObject* context,
                     std::function<void()> fn) override;
    TimerId scheduleRepeating(std::chrono::milliseconds period, QObject* context,
                              std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward, firing every due callback in time order (callbacks
    // scheduled while advancing fire too when they fall inside the step).
    void advance(std::chrono::milliseconds step);
    int pendingCount() const { return int(m_queue.size()); }
    // Time until the next pending callback, or -1 if none.
    qint64 msUntilNext() const;

private:
    struct Entry
    {
        TimerId id;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
        qint64 periodMs = 0; // 0: once
    };
    qint64 m_nowMs;
    std::multimap<qint64, Entry> m_queue;
    TimerId m_nextId = 1;
};
