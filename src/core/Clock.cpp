#include "Clock.h"

#include <QTimer>

SystemClock::SystemClock() = default;
SystemClock::~SystemClock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::schedule(std::chrono::milliseconds delay, QObject* context,
                                     std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    auto* timer = new QTimer(&m_owner);
    timer->setSingleShot(true);
    timer->setTimerType(delay.count() < 2000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(timer, &QTimer::timeout, timer,
                     [this, id, timer, guard, hasContext, fn = std::move(fn)] {
                         m_timers.remove(id);
                         timer->deleteLater();
                         if (!hasContext || guard)
                             fn();
                     });
    m_timers.insert(id, timer);
    timer->start(std::max<qint64>(0, delay.count()));
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
    m_queue.emplace(m_nowMs + std::max<qint64>(0, delay.count()),
                    Entry{id, context, context != nullptr, std::move(fn)});
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
    const qint64 target = m_nowMs + std::max<qint64>(0, step.count());
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        auto node = m_queue.extract(m_queue.begin());
        m_nowMs = std::max(m_nowMs, node.key());
        Entry& e = node.mapped();
        if (!e.hasContext || e.context)
            e.fn();
    }
    m_nowMs = target;
}

qint64 ManualClock::msUntilNext() const
{
    return m_queue.empty() ? -1 : std::max<qint64>(0, m_queue.begin()->first - m_nowMs);
}
