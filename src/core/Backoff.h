#pragma once

#include <QRandomGenerator>

#include <chrono>

// Exponential backoff with full jitter: after the n-th consecutive failure
// the wait is uniform in [floor, min(cap, base * 2^(n-1))]. Jitter keeps many
// displays that lost the network together from returning together.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed);

    void setBase(std::chrono::milliseconds base) { m_base = base; }
    std::chrono::milliseconds ceiling(int failures) const;
    std::chrono::milliseconds delay(int failures);

    static constexpr std::chrono::milliseconds kFloor{1000};

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_random;
};
