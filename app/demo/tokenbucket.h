#pragma once

#include <QtGlobal>

#include <algorithm>

// A per-minute limit as a token bucket that refills continuously: capacity = the limit, so a quiet
// client may burst the full minute's budget, then gets one request per (60 s / limit).
// Time comes from the caller (the server's Clock), so tests can step it. Tokens are counted in
// units of 1/60000 so that refill per millisecond is an integer and the arithmetic is exact: a
// test that waits exactly Retry-After seconds always gets through.
class TokenBucket
{
public:
    void configure(int perMinute, qint64 nowMs)
    {
        m_perMinute = perMinute;
        m_units = std::max(0, perMinute) * unitsPerToken;
        m_lastMs = nowMs;
    }

    // As if the whole budget had just been used: the next token comes one interval after nowMs.
    void drain(qint64 nowMs)
    {
        m_units = 0;
        m_lastMs = nowMs;
    }

    // Takes one token. When none is left returns false and sets retryAfterSeconds to the whole
    // seconds (rounded up, at least 1) until one is available.
    bool take(qint64 nowMs, int *retryAfterSeconds)
    {
        if (m_perMinute <= 0)
            return true;
        const qint64 capacity = qint64(m_perMinute) * unitsPerToken;
        if (nowMs > m_lastMs) {
            m_units = std::min(capacity, m_units + (nowMs - m_lastMs) * m_perMinute);
            m_lastMs = nowMs;
        }
        if (m_units >= unitsPerToken) {
            m_units -= unitsPerToken;
            return true;
        }
        const qint64 waitMs = (unitsPerToken - m_units + m_perMinute - 1) / m_perMinute;
        if (retryAfterSeconds)
            *retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
        return false;
    }

private:
    static constexpr qint64 unitsPerToken = 60000;

    int m_perMinute = 0;
    qint64 m_units = 0;
    qint64 m_lastMs = 0;
};
