#include "ratebudget.h"

#include "core/clock.h"
#include "retryafter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kMsPerMinute = 60000.0;
// Refills add fractions of a token per clock ms; without a tolerance, rounding could leave a bucket at
// 0.9999999 tokens after exactly the right wait and cost an extra timer round trip.
constexpr double kTokenEpsilon = 1e-9;
// A Retry-After is the server's own estimate: a little spread is enough to keep a crowd of clients from
// coming back in the same millisecond, and a long Retry-After must not turn into a much longer pause.
constexpr qint64 kMaxPauseJitterMs = 1000;

// Every wait the budget makes is bounded, so no clock arithmetic can overflow and no request class
// can be parked for longer than a user would ever wait.
qint64 boundedWait(qint64 ms)
{
    return std::clamp<qint64>(ms, 0, RetryAfter::maxWaitMs);
}

} // namespace

RateBudget::RateBudget(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : new SteadyClock(1.0, this))
{
    const qint64 now = m_clock->nowMs();
    for (Bucket *b : {&m_list, &m_perId}) {
        b->refilledAtMs = now;
        b->pausedUntilMs = now;
    }
    m_list.tokens = m_limits.listPerMinute;
    m_perId.tokens = m_limits.perIdPerMinute;
    m_reported = signature(now);

    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which for long waits means waking up for nothing.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateBudget::pump);
    // A clock that only moves in steps has no real-time deadline to arm a timer for.
    connect(m_clock, &Clock::advanced, this, &RateBudget::pump);
}

RateBudget::~RateBudget()
{
    m_timer.stop();
    disconnect(m_clock, nullptr, this, nullptr);
    // Pending requests end here without starting. They leave the queues before their captures are
    // destroyed, so a capture that cancels its ticket on destruction finds nothing left to touch.
    const auto list = std::move(m_list.queue);
    const auto perId = std::move(m_perId.queue);
    const auto listBackground = std::move(m_list.background);
    const auto perIdBackground = std::move(m_perId.background);
    const auto delayed = std::move(m_delayed);
}

void RateBudget::setLimits(const Limits &limits)
{
    Limits sane = limits;
    // A zero limit would divide by zero and stall the class forever; one a minute is the floor.
    sane.listPerMinute = std::max(1, sane.listPerMinute);
    sane.perIdPerMinute = std::max(1, sane.perIdPerMinute);
    if (sane == m_limits)
        return;
    const qint64 now = m_clock->nowMs();
    // Tokens earned so far were earned at the old rate.
    refill(m_list, m_limits.listPerMinute, now);
    refill(m_perId, m_limits.perIdPerMinute, now);
    m_limits = sane;
    m_list.tokens = std::min(m_list.tokens, static_cast<double>(m_limits.listPerMinute));
    m_perId.tokens = std::min(m_perId.tokens, static_cast<double>(m_limits.perIdPerMinute));
    pump();
}

void RateBudget::setBackoffPolicy(const BackoffPolicy &policy)
{
    m_backoff = policy;
    m_backoff.initialMs = boundedWait(m_backoff.initialMs);
    m_backoff.maxMs = boundedWait(m_backoff.maxMs);
    m_backoff.factor = std::max(1.0, m_backoff.factor);
    m_backoff.maxAttempts = std::max(0, m_backoff.maxAttempts);
    m_backoff.jitter = std::clamp(m_backoff.jitter, 0.0, 1.0);
    m_backoff.maxPauseMs = boundedWait(m_backoff.maxPauseMs);
}

void RateBudget::setJitterSeed(quint32 seed)
{
    // Small seeds (1, 2, 3 in tests) would make xorshift's first outputs tiny, i.e. no jitter at all; the
    // murmur3 finaliser spreads them over the whole range first.
    seed ^= seed >> 16;
    seed *= 0x85ebca6bu;
    seed ^= seed >> 13;
    seed *= 0xc2b2ae35u;
    seed ^= seed >> 16;
    // xorshift never leaves zero, so zero gets a fixed stand-in.
    m_jitterState = seed ? seed : 0x9e3779b9u;
}

quint64 RateBudget::schedule(RequestClass cls, std::function<void()> start, Priority priority)
{
    const quint64 ticket = m_nextTicket++;
    const qint64 now = m_clock->nowMs();
    // Delayed requests that are already due were first in line.
    promoteDue(now);
    Bucket &b = bucket(cls);
    refill(b, perMinute(cls), now);
    const bool mayStart = priority == Priority::Foreground ? b.queue.empty() && now >= b.pausedUntilMs
                                                           : b.background.empty() && backgroundMayStart(cls, now);
    if (mayStart && b.tokens >= 1.0 - kTokenEpsilon) {
        b.tokens = std::max(0.0, b.tokens - 1.0);
        if (start)
            start();
        return ticket;
    }
    (priority == Priority::Foreground ? b.queue : b.background).push_back({ticket, std::move(start)});
    pump();
    return ticket;
}

quint64 RateBudget::scheduleAfter(RequestClass cls, qint64 delayMs, std::function<void()> start, Priority priority)
{
    delayMs = boundedWait(delayMs);
    if (delayMs <= 0)
        return schedule(cls, std::move(start), priority);
    const quint64 ticket = m_nextTicket++;
    m_delayed.push_back({ticket, cls, priority, m_clock->nowMs() + delayMs, std::move(start)});
    pump();
    return ticket;
}

bool RateBudget::cancel(quint64 ticket)
{
    bool found = false;
    for (std::deque<Pending> *queue : {&m_list.queue, &m_list.background, &m_perId.queue, &m_perId.background}) {
        const auto it
            = std::find_if(queue->begin(), queue->end(), [&](const Pending &p) { return p.ticket == ticket; });
        if (it != queue->end()) {
            queue->erase(it);
            found = true;
        }
    }
    const auto it
        = std::find_if(m_delayed.begin(), m_delayed.end(), [&](const Delayed &d) { return d.ticket == ticket; });
    if (it != m_delayed.end()) {
        m_delayed.erase(it);
        found = true;
    }
    if (found)
        pump();
    return found;
}

qint64 RateBudget::pause(RequestClass cls, qint64 retryAfterMs, std::optional<quint64> sentInEpoch)
{
    Bucket &b = bucket(cls);
    qint64 pauseMs = boundedWait(retryAfterMs);
    if (sentInEpoch.value_or(b.throttleEpoch) == b.throttleEpoch) {
        // A further 429: the server's own estimate was too short (or it understates on purpose), so
        // the wait doubles. Retry-After stays the floor: a long one is never shortened.
        ++b.throttleEpoch;
        ++b.throttledInARow;
        if (b.throttledInARow > 1)
            pauseMs = std::max(pauseMs, std::min(m_backoff.maxPauseMs, 2 * b.lastPauseMs));
        b.lastPauseMs = pauseMs;
    }
    const auto spread = static_cast<double>(pauseMs) * m_backoff.jitter * nextUnitRandom();
    const qint64 jitterMs = std::min(kMaxPauseJitterMs, static_cast<qint64>(std::llround(spread)));
    const qint64 now = m_clock->nowMs();
    // A shorter Retry-After arriving later does not mean the server forgave the longer one.
    b.pausedUntilMs = std::max(b.pausedUntilMs, now + pauseMs + jitterMs);
    // Background work stays away for one more pause length: the foreground retries go first, alone.
    b.backgroundFromMs = std::max(b.backgroundFromMs, b.pausedUntilMs + b.lastPauseMs);
    pump();
    return b.pausedUntilMs - now;
}

void RateBudget::notThrottled(RequestClass cls, quint64 sentInEpoch)
{
    Bucket &b = bucket(cls);
    // An answer to a request sent before the latest 429 says nothing about the throttling since.
    if (sentInEpoch != b.throttleEpoch || b.throttledInARow == 0)
        return;
    b.throttledInARow = 0;
    b.lastPauseMs = 0;
    pump();
}

std::optional<qint64> RateBudget::backoffDelayMs(int attempt)
{
    if (attempt < 1 || attempt > m_backoff.maxAttempts)
        return std::nullopt;
    // Capping in double before converting keeps a large attempt from overflowing the integer.
    const double uncapped = static_cast<double>(m_backoff.initialMs) * std::pow(m_backoff.factor, attempt - 1);
    const double base = std::min(uncapped, static_cast<double>(m_backoff.maxMs));
    return boundedWait(static_cast<qint64>(std::llround(base + base * m_backoff.jitter * nextUnitRandom())));
}

RateBudget::State RateBudget::state() const
{
    const qint64 now = m_clock->nowMs();
    return {classState(RequestClass::List, now), classState(RequestClass::PerId, now)};
}

RateBudget::Bucket &RateBudget::bucket(RequestClass cls)
{
    return cls == RequestClass::List ? m_list : m_perId;
}

const RateBudget::Bucket &RateBudget::bucket(RequestClass cls) const
{
    return cls == RequestClass::List ? m_list : m_perId;
}

int RateBudget::perMinute(RequestClass cls) const
{
    return cls == RequestClass::List ? m_limits.listPerMinute : m_limits.perIdPerMinute;
}

void RateBudget::refill(Bucket &b, int perMinuteLimit, qint64 nowMs) const
{
    b.tokens = tokensAt(b, perMinuteLimit, nowMs);
    b.refilledAtMs = std::max(b.refilledAtMs, nowMs);
}

double RateBudget::tokensAt(const Bucket &b, int perMinuteLimit, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.refilledAtMs);
    // Multiplying before dividing keeps whole-token waits exact (1000 ms * 60 / 60000 == 1.0).
    const double earned = static_cast<double>(elapsed) * perMinuteLimit / kMsPerMinute;
    return std::min(static_cast<double>(perMinuteLimit), b.tokens + earned);
}

qint64 RateBudget::msUntilToken(const Bucket &b, int perMinuteLimit, qint64 nowMs) const
{
    const double missing = 1.0 - tokensAt(b, perMinuteLimit, nowMs);
    if (missing <= kTokenEpsilon)
        return 0;
    return static_cast<qint64>(std::ceil(missing * kMsPerMinute / perMinuteLimit - kTokenEpsilon));
}

int RateBudget::delayedCount(RequestClass cls, std::optional<Priority> priority) const
{
    return static_cast<int>(std::count_if(m_delayed.cbegin(), m_delayed.cend(),
        [cls, priority](const Delayed &d) { return d.cls == cls && (!priority || d.priority == *priority); }));
}

bool RateBudget::backgroundMayStart(RequestClass cls, qint64 nowMs) const
{
    // Behind every foreground request of the class, including one waiting to be retried, and away from
    // a class that is paused or was throttled only a pause length ago. Tokens are checked by the caller.
    const Bucket &b = bucket(cls);
    return b.queue.empty() && delayedCount(cls, Priority::Foreground) == 0 && nowMs >= b.pausedUntilMs
        && nowMs >= b.backgroundFromMs;
}

RateBudget::ClassState RateBudget::classState(RequestClass cls, qint64 nowMs) const
{
    const Bucket &b = bucket(cls);
    ClassState s;
    s.queued = static_cast<int>(b.queue.size() + b.background.size()) + delayedCount(cls);
    s.pausedForMs = std::max<qint64>(0, b.pausedUntilMs - nowMs);
    s.msUntilNextSlot = std::max(s.pausedForMs, msUntilToken(b, perMinute(cls), nowMs));
    s.throttledInARow = b.throttledInARow;
    return s;
}

void RateBudget::promoteDue(qint64 nowMs)
{
    std::vector<Delayed> due;
    for (auto it = m_delayed.begin(); it != m_delayed.end();) {
        if (it->dueMs <= nowMs) {
            due.push_back(std::move(*it));
            it = m_delayed.erase(it);
        } else {
            ++it;
        }
    }
    // Several may fall due in one clock step; the one that was due first goes first.
    std::stable_sort(due.begin(), due.end(), [](const Delayed &a, const Delayed &b) { return a.dueMs < b.dueMs; });
    for (Delayed &d : due) {
        Bucket &b = bucket(d.cls);
        (d.priority == Priority::Foreground ? b.queue : b.background).push_back({d.ticket, std::move(d.start)});
    }
}

bool RateBudget::startNext()
{
    const qint64 now = m_clock->nowMs();
    promoteDue(now);
    for (const RequestClass cls : {RequestClass::List, RequestClass::PerId}) {
        Bucket &b = bucket(cls);
        std::deque<Pending> &queue = b.queue.empty() ? b.background : b.queue;
        if (queue.empty() || now < b.pausedUntilMs)
            continue;
        if (&queue == &b.background && !backgroundMayStart(cls, now))
            continue;
        refill(b, perMinute(cls), now);
        if (b.tokens < 1.0 - kTokenEpsilon)
            continue;
        b.tokens = std::max(0.0, b.tokens - 1.0);
        // Off the queue before it runs, so that the callback sees a consistent budget and cannot
        // cancel a request that is already starting.
        const std::function<void()> start = std::move(queue.front().start);
        queue.pop_front();
        if (start)
            start();
        return true;
    }
    return false;
}

void RateBudget::pump()
{
    if (m_pumping) {
        // A start() callback changed the budget; the running loop below picks that up.
        m_repump = true;
        return;
    }
    m_pumping = true;
    for (;;) {
        m_repump = false;
        if (!startNext() && !m_repump)
            break;
    }
    m_pumping = false;
    armTimer();

    const Signature now = signature(m_clock->nowMs());
    if (now != m_reported) {
        m_reported = now;
        Q_EMIT stateChanged();
    }
}

void RateBudget::armTimer()
{
    const qint64 now = m_clock->nowMs();
    std::optional<qint64> wait;
    const auto consider = [&](qint64 ms) { wait = std::min(wait.value_or(ms), ms); };
    for (const RequestClass cls : {RequestClass::List, RequestClass::PerId}) {
        const Bucket &b = bucket(cls);
        // The end of a pause changes state() even with nothing queued, so it is worth a wake-up.
        if (b.pausedUntilMs > now)
            consider(b.pausedUntilMs - now);
        else if (!b.queue.empty())
            consider(msUntilToken(b, perMinute(cls), now));
        else if (!b.background.empty() && delayedCount(cls, Priority::Foreground) == 0)
            consider(std::max(b.backgroundFromMs - now, msUntilToken(b, perMinute(cls), now)));
        // (Behind a delayed foreground request, background work wakes with it.)
    }
    for (const Delayed &d : m_delayed)
        consider(d.dueMs - now);

    const qint64 realMs = wait ? m_clock->realDelayMs(std::max<qint64>(1, *wait)) : -1;
    if (realMs < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::min<qint64>(realMs, std::numeric_limits<int>::max())));
}

RateBudget::Signature RateBudget::signature(qint64 nowMs) const
{
    Signature s;
    const State state {classState(RequestClass::List, nowMs), classState(RequestClass::PerId, nowMs)};
    s.listQueued = state.list.queued;
    s.perIdQueued = state.perId.queued;
    s.listThrottled = state.list.throttledInARow;
    s.perIdThrottled = state.perId.throttledInARow;
    // An expired pause reads as 0, so its end is a change just like its start.
    s.listPausedUntilMs = m_list.pausedUntilMs > nowMs ? m_list.pausedUntilMs : 0;
    s.perIdPausedUntilMs = m_perId.pausedUntilMs > nowMs ? m_perId.pausedUntilMs : 0;
    s.limits = m_limits;
    return s;
}

double RateBudget::nextUnitRandom()
{
    // xorshift32: tiny, and the same seed gives the same waits in every test run.
    quint32 x = m_jitterState;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    m_jitterState = x;
    return static_cast<double>(x) / 4294967296.0;
}
