#pragma once

#include <QElapsedTimer>
#include <QObject>

// The time source of the rate budget and of the demo server's rate limit. Both take a Clock so that
// tests can run minutes of budget in milliseconds (SteadyClock with a speed) or step it by hand
// (ManualClock).
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds since an arbitrary fixed point; never goes backwards.
    virtual qint64 nowMs() const = 0;

    // How many real milliseconds a QTimer must wait for this clock to move on by clockMs,
    // or -1 for a clock that only moves when told to (it then emits advanced()).
    virtual qint64 realDelayMs(qint64 clockMs) const = 0;

Q_SIGNALS:
    // Emitted by a clock that moves in steps, after each step.
    void advanced();
};

// Real time, optionally sped up: speed 1000 makes a minute pass in 60 ms.
class SteadyClock final : public Clock
{
    Q_OBJECT
public:
    explicit SteadyClock(double speed = 1.0, QObject *parent = nullptr);

    qint64 nowMs() const override;
    qint64 realDelayMs(qint64 clockMs) const override;
    double speed() const { return m_speed; }

private:
    QElapsedTimer m_elapsed;
    double m_speed = 1.0;
};

// Time that moves only when advance() is called.
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;

    qint64 nowMs() const override { return m_now; }
    qint64 realDelayMs(qint64) const override { return -1; }
    void advance(qint64 ms);

private:
    qint64 m_now = 0;
};
