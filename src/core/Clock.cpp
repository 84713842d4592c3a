#include "Clock.h"

#include <QTimer>
#include <QtNumeric>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

// Delays and their sums saturate instead of wrapping: a delay from a server
// or a file can be anything.
qint64 saturatedAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace

SystemClock::SystemClock(std::chrono::milliseconds longestTimer)
    : m_longestTimerMs(std::clamp<qint64>(longestTimer.count(), 1, kLongestTimer.count()))
{}

SystemClock::~SystemClock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::arm(QTimer* timer, const QDeadlineTimer& deadline) const
{
    // Never narrowed: at most m_longestTimerMs, which fits an int.
    const qint64 remaining = deadline.remainingTime(); // -1 only for "forever"
    const qint64 interval =
        remaining < 0 ? m_longestTimerMs : std::min(remaining, m_longestTimerMs);
    timer->start(int(interval));
}

QTimer* SystemClock::newTimer(TimerId id)
{
    auto* timer = new QTimer(&m_owner);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_timers.insert(id, timer);
    return timer;
}

Clock::TimerId SystemClock::schedule(std::chrono::milliseconds delay, QObject* context,
                                     std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    QTimer* timer = newTimer(id);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // QDeadlineTimer saturates a deadline too far away to "forever".
    const QDeadlineTimer deadline(std::max<qint64>(0, delay.count()), Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [this, id, timer, guard, hasContext, deadline, fn = std::move(fn)] {
                         if (!deadline.hasExpired()) { // a long wait, one part done
                             arm(timer, deadline);
                             return;
                         }
                         m_timers.remove(id);
                         timer->deleteLater();
                         if (!hasContext || guard)
                             fn();
                     });
    arm(timer, deadline);
    return id;
}

Clock::TimerId SystemClock::scheduleRepeating(std::chrono::milliseconds period, QObject* context,
                                              std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    QTimer* timer = newTimer(id);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const qint64 periodMs = std::max<qint64>(1, period.count());
    auto deadline = std::make_shared<QDeadlineTimer>(periodMs, Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [this, id, timer, guard, hasContext, periodMs, deadline, fn = std::move(fn)] {
                         if (!deadline->hasExpired()) {
                             arm(timer, *deadline);
                             return;
                         }
                         if (hasContext && !guard) {
                             cancel(id);
                             return;
                         }
                         // The next run is a period after this one was due,
                         // so a late run does not delay the others; runs
                         // missed altogether (a suspended machine) are dropped.
                         *deadline += periodMs;
                         if (deadline->hasExpired())
                             *deadline = QDeadlineTimer(periodMs, Qt::PreciseTimer);
                         arm(timer, *deadline);
                         fn(); // may cancel this timer: it is deleted later
                     });
    arm(timer, *deadline);
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (const QPointer<QTimer> timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

ManualClock::ManualClock(QDateTime start)
    : m_nowMs(start.toMSecsSinceEpoch())
{}

QDateTime ManualClock::now() const
{
    return Utc::fromMSecsSinceEpoch(m_nowMs);
}

Clock::TimerId ManualClock::schedule(std::chrono::milliseconds delay, QObject* context,
                                     std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    m_queue.emplace(saturatedAdd(m_nowMs, std::max<qint64>(0, delay.count())),
                    Entry{id, context, context != nullptr, std::move(fn)});
    return id;
}

Clock::TimerId ManualClock::scheduleRepeating(std::chrono::milliseconds period, QObject* context,
                                              std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    const qint64 periodMs = std::max<qint64>(1, period.count());
    m_queue.emplace(saturatedAdd(m_nowMs, periodMs),
                    Entry{id, context, context != nullptr, std::move(fn), periodMs});
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->second.id == id) {
            m_queue.erase(it);
            return;
        }
    }
}

void ManualClock::advance(std::chrono::milliseconds step)
{
    const qint64 target = saturatedAdd(m_nowMs, std::max<qint64>(0, step.count()));
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        auto node = m_queue.extract(m_queue.begin());
        m_nowMs = std::max(m_nowMs, node.key());
        Entry& e = node.mapped();
        if (e.hasContext && !e.context)
            continue;
        if (e.periodMs == 0) {
            e.fn();
            continue;
        }
        // Queued again before it runs, so that it can cancel itself; run
        // from a copy, as cancelling destroys the queued one.
        const std::function<void()> fn = e.fn;
        const qint64 next = saturatedAdd(node.key(), e.periodMs);
        if (next == node.key())
            continue; // the end of time: no next run
        node.key() = next;
        m_queue.insert(std::move(node));
        fn();
    }
    m_nowMs = target;
}

qint64 ManualClock::msUntilNext() const
{
    return m_queue.empty() ? -1 : std::max<qint64>(0, m_queue.begin()->first - m_nowMs);
}
