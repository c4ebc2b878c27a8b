#pragma once

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

class Clock;

// One per workspace, shared by every request the app makes to the Recall API. Token buckets for the
// two request classes of the spec (list: 60/min, per-id: 300/min by default); requests over budget
// queue in FIFO order instead of failing. A 429 pauses its class for Retry-After plus jitter, and each
// further 429 in a row doubles the pause (the API key is shared with the customer's own integration:
// a workspace that stays throttled must not get more load from us); the caller then reschedules.
// Background requests (status polls) wait while anything the user asked for is queued in their class,
// and while the class is paused or was throttled recently. Backoff delays for retried idempotent
// requests come from here too, so every wait the app makes is visible in one place (state()). No wait
// is ever longer than RetryAfter::maxWaitMs (ten minutes), whatever a caller or a server asks for.
class RateBudget : public QObject
{
    Q_OBJECT
public:
    enum class RequestClass { List, PerId };
    Q_ENUM(RequestClass)

    // Foreground: what the user asked for. Background: work the app does by itself (status polls),
    // which must never compete with the foreground nor add load to a throttled workspace.
    enum class Priority { Foreground, Background };
    Q_ENUM(Priority)

    struct Limits
    {
        int listPerMinute = 60;
        int perIdPerMinute = 300;
        friend bool operator==(const Limits &, const Limits &) = default;
    };

    struct BackoffPolicy
    {
        qint64 initialMs = 1000; // delay before the first retry
        double factor = 2.0; // each later retry waits this much longer
        qint64 maxMs = 30000; // cap of one delay
        int maxAttempts = 5; // retries after the first try; then give up
        double jitter = 0.2; // up to this fraction of a delay is added at random
        qint64 maxPauseMs = 5 * 60 * 1000; // cap of a 429 pause doubled by 429s in a row (Retry-After may exceed it)
    };

    struct ClassState
    {
        int queued = 0; // requests waiting for a token
        qint64 msUntilNextSlot = 0; // clock ms until the next queued request may start (0: now)
        qint64 pausedForMs = 0; // clock ms left of a 429 pause (0: not paused)
        int throttledInARow = 0; // 429s in a row; 0 once the server has let one through again
        friend bool operator==(const ClassState &, const ClassState &) = default;
    };

    struct State
    {
        ClassState list;
        ClassState perId;
        int totalQueued() const { return list.queued + perId.queued; }
        friend bool operator==(const State &, const State &) = default;
    };

    // Without a clock the budget uses real time (a SteadyClock it owns). The clock must outlive it.
    explicit RateBudget(Clock *clock = nullptr, QObject *parent = nullptr);
    ~RateBudget() override;

    Clock *clock() const { return m_clock; }

    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }
    void setBackoffPolicy(const BackoffPolicy &policy);
    BackoffPolicy backoffPolicy() const { return m_backoff; }
    // Seeds the jitter so tests are repeatable.
    void setJitterSeed(quint32 seed);

    // Runs start() once cls has a token: at once (synchronously, before schedule returns) when one
    // is free and nothing of cls is queued, otherwise later in FIFO order. Returns a ticket for cancel().
    // A Background request starts only when no Foreground request of cls is queued or waiting for a
    // retry, and not while cls is paused or within one more pause length after it.
    quint64 schedule(RequestClass cls, std::function<void()> start, Priority priority = Priority::Foreground);
    // Like schedule(), but the request joins the queue of cls only after delayMs of clock time
    // (at most RetryAfter::maxWaitMs).
    quint64 scheduleAfter(
        RequestClass cls, qint64 delayMs, std::function<void()> start, Priority priority = Priority::Foreground);
    // Drops a queued or delayed request; false if it already started or is unknown.
    bool cancel(quint64 ticket);

    // A 429 arrived for a request of cls: nothing of cls starts until the pause plus jitter has passed.
    // Retry-After (retryAfterMs, at most RetryAfter::maxWaitMs) is the floor of the pause; each further
    // 429 in a row doubles it (up to BackoffPolicy::maxPauseMs). sentInEpoch is throttleEpoch(cls) as it
    // was when the request was sent: a request sent before the latest 429 arrived was throttled in the
    // same breath and does not double the pause again. Without it the 429 counts as a further one.
    // Returns the clock ms the class is now paused for.
    qint64 pause(RequestClass cls, qint64 retryAfterMs, std::optional<quint64> sentInEpoch = std::nullopt);
    // The server answered a request of cls (sent in sentInEpoch) with something other than a 429: a
    // request sent after the latest 429 got through, so the run of 429s is over.
    void notThrottled(RequestClass cls, quint64 sentInEpoch);
    // Moves on with every 429 that doubles a pause; a request keeps the value it was sent in.
    quint64 throttleEpoch(RequestClass cls) const { return bucket(cls).throttleEpoch; }

    // Clock ms to wait before retry number attempt (1 = first retry) of a failed idempotent
    // request, jitter included; nullopt once the policy's attempts are used up.
    std::optional<qint64> backoffDelayMs(int attempt);

    State state() const;

Q_SIGNALS:
    // The queue lengths, the wait or a pause changed; read state().
    void stateChanged();

private:
    struct Pending
    {
        quint64 ticket = 0;
        std::function<void()> start;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 refilledAtMs = 0;
        qint64 pausedUntilMs = 0;
        std::deque<Pending> queue; // foreground
        std::deque<Pending> background;
        int throttledInARow = 0;
        quint64 throttleEpoch = 0;
        qint64 lastPauseMs = 0; // the latest pause before jitter: what the next 429 in a row doubles
        qint64 backgroundFromMs = 0; // background requests wait for this clock time
    };
    struct Delayed
    {
        quint64 ticket = 0;
        RequestClass cls = RequestClass::PerId;
        Priority priority = Priority::Foreground;
        qint64 dueMs = 0;
        std::function<void()> start;
    };

    // What stateChanged() reports on: queue lengths, pauses in force and the limits (which move the waits).
    struct Signature
    {
        int listQueued = 0;
        int perIdQueued = 0;
        qint64 listPausedUntilMs = 0;
        qint64 perIdPausedUntilMs = 0;
        int listThrottled = 0;
        int perIdThrottled = 0;
        Limits limits;
        friend bool operator==(const Signature &, const Signature &) = default;
    };

    Bucket &bucket(RequestClass cls);
    const Bucket &bucket(RequestClass cls) const;
    int perMinute(RequestClass cls) const;
    void refill(Bucket &b, int perMinute, qint64 nowMs) const;
    double tokensAt(const Bucket &b, int perMinute, qint64 nowMs) const;
    qint64 msUntilToken(const Bucket &b, int perMinute, qint64 nowMs) const;
    ClassState classState(RequestClass cls, qint64 nowMs) const;
    int delayedCount(RequestClass cls, std::optional<Priority> priority = std::nullopt) const;
    bool backgroundMayStart(RequestClass cls, qint64 nowMs) const;
    void promoteDue(qint64 nowMs);
    bool startNext();
    void pump();
    void armTimer();
    Signature signature(qint64 nowMs) const;
    double nextUnitRandom();

    Clock *m_clock = nullptr;
    Limits m_limits;
    BackoffPolicy m_backoff;
    Bucket m_list;
    Bucket m_perId;
    std::deque<Delayed> m_delayed;
    quint64 m_nextTicket = 1;
    quint32 m_jitterState = 0x9e3779b9u;
    QTimer m_timer;
    bool m_pumping = false;
    bool m_repump = false; // something changed while pumping: look again before leaving
    Signature m_reported;
};
