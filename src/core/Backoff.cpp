#include "Backoff.h"

#include <algorithm>

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed)
    : m_base(base)
    , m_cap(cap)
    , m_random(seed)
{}

std::chrono::milliseconds Backoff::ceiling(int failures) const
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 grown = m_base.count() << std::min(doublings, 20);
    return std::chrono::milliseconds(std::clamp<qint64>(grown, kFloor.count(), m_cap.count()));
}

std::chrono::milliseconds Backoff::delay(int failures)
{
    const qint64 upper = ceiling(failures).count();
    const qint64 lower = std::min<qint64>(kFloor.count(), upper);
    return std::chrono::milliseconds(lower + qint64(m_random.bounded(double(upper - lower + 1))));
}
