#include "clock.h"

#include <cmath>

SteadyClock::SteadyClock(double speed, QObject *parent)
    : Clock(parent)
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_elapsed.start();
}

qint64 SteadyClock::nowMs() const
{
    return static_cast<qint64>(static_cast<double>(m_elapsed.nsecsElapsed()) * m_speed / 1e6);
}

qint64 SteadyClock::realDelayMs(qint64 clockMs) const
{
    if (clockMs <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(clockMs) / m_speed));
}

void ManualClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_now += ms;
    Q_EMIT advanced();
}
