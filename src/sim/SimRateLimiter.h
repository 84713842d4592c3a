#pragma once

#include <QDateTime>

#include <algorithm>

// Intercom's rate limit: a per-minute allowance enforced in 10-second
// windows, each allowed a sixth of it. Windows are aligned to multiples of
// ten Unix seconds; X-RateLimit-Reset is the end of the current window.
class SimRateLimiter
{
public:
    struct Window
    {
        bool allowed = true;
        int limit = 0;      // per minute, as X-RateLimit-Limit reports
        int remaining = 0;  // left in the current 10-second window
        qint64 resetAt = 0; // Unix seconds
    };

    explicit SimRateLimiter(int perMinute = 10000) { setPerMinute(perMinute); }

    void setPerMinute(int perMinute) { m_perMinute = std::max(1, perMinute); }
    int perMinute() const { return m_perMinute; }
    int windowBudget() const { return std::max(1, m_perMinute / 6); }

    // Counts one request if the window has room.
    Window take(const QDateTime& now)
    {
        roll(now);
        Window w = describe();
        if (m_used >= windowBudget()) {
            w.allowed = false;
            return w;
        }
        ++m_used;
        w.remaining = windowBudget() - m_used;
        return w;
    }

    // The current window without counting anything.
    Window peek(const QDateTime& now)
    {
        roll(now);
        return describe();
    }

private:
    void roll(const QDateTime& now)
    {
        const qint64 start = now.toSecsSinceEpoch() / 10 * 10;
        if (start != m_windowStart) {
            m_windowStart = start;
            m_used = 0;
        }
    }

    Window describe() const
    {
        return Window{m_used < windowBudget(), m_perMinute, std::max(0, windowBudget() - m_used),
                      m_windowStart + 10};
    }

    int m_perMinute = 10000;
    qint64 m_windowStart = -1;
    int m_used = 0;
};
