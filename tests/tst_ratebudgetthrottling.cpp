// RateBudget under 429s: pauses with jitter, doubling while the class stays throttled, no wait past ten
// minutes, and background requests kept behind the foreground and away from a throttled class.
#include "core/clock.h"
#include "net/ratebudget.h"
#include "net/retryafter.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <vector>

using RequestClass = RateBudget::RequestClass;
using Priority = RateBudget::Priority;

class TestRateBudgetThrottling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pauseHoldsClassForRetryAfterPlusJitter();
    void pauseJitterIsBoundedAndRepeatable();
    void longerPauseIsKept();
    void everyWaitIsBoundedToTenMinutes();
    void throttledInARowDoublesThePause();
    void retryAfterStaysTheFloor();
    void answerSentBeforeTheLatest429DoesNotReset();
    void backgroundWaitsBehindForeground();
    void backgroundStaysAwayFromThrottledClass();
    void backgroundWaitsForDelayedForegroundRetry();
};

namespace {

// Advances one clock ms at a time until *flag flips; returns the clock ms that took, or -1 past limitMs.
qint64 advanceUntil(ManualClock &clock, const bool &flag, qint64 limitMs)
{
    for (qint64 waited = 0; waited <= limitMs; ++waited) {
        if (flag)
            return waited;
        clock.advance(1);
    }
    return -1;
}

// A budget without jitter, so that every pause is exactly what the policy says.
void withoutJitter(RateBudget &budget)
{
    RateBudget::BackoffPolicy policy = budget.backoffPolicy();
    policy.jitter = 0.0;
    budget.setBackoffPolicy(policy);
}

} // namespace

void TestRateBudgetThrottling::pauseHoldsClassForRetryAfterPlusJitter()
{
    ManualClock clock;
    RateBudget budget(&clock);
    budget.setJitterSeed(7);
    QSignalSpy spy(&budget, &RateBudget::stateChanged);

    budget.pause(RequestClass::List, 2000);
    QCOMPARE(spy.count(), 1);
    const qint64 pausedFor = budget.state().list.pausedForMs;
    QVERIFY2(pausedFor >= 2000 && pausedFor <= 2400, QByteArray::number(pausedFor).constData());
    QCOMPARE(budget.state().list.msUntilNextSlot, pausedFor);
    QCOMPARE(budget.state().perId.pausedForMs, 0);

    bool listStarted = false;
    bool perIdStarted = false;
    budget.schedule(RequestClass::List, [&] { listStarted = true; });
    budget.schedule(RequestClass::PerId, [&] { perIdStarted = true; });
    QVERIFY(perIdStarted);
    QVERIFY(!listStarted);

    clock.advance(1999);
    QVERIFY(!listStarted);
    const qint64 waited = 1999 + advanceUntil(clock, listStarted, 1000);
    QCOMPARE(waited, pausedFor);
    QCOMPARE(budget.state().list.pausedForMs, 0);
    QCOMPARE(budget.state().list.queued, 0);
}

void TestRateBudgetThrottling::pauseJitterIsBoundedAndRepeatable()
{
    const auto pausedFor = [](quint32 seed, qint64 retryAfterMs) {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSeed(seed);
        budget.pause(RequestClass::PerId, retryAfterMs);
        return budget.state().perId.pausedForMs;
    };
    bool someJitter = false;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const qint64 shortPause = pausedFor(seed, 1000);
        QVERIFY(shortPause >= 1000 && shortPause <= 1200);
        someJitter = someJitter || shortPause > 1000;
        QCOMPARE(pausedFor(seed, 1000), shortPause);
        // 20% of a minute would be 12 s; the extra is capped so a long Retry-After stays close to itself.
        const qint64 longPause = pausedFor(seed, 60000);
        QVERIFY(longPause >= 60000 && longPause <= 61000);
    }
    QVERIFY(someJitter);
}

void TestRateBudgetThrottling::longerPauseIsKept()
{
    // Two requests sent before any 429, both throttled: the second 429 is the same throttling, not a
    // further one, so only the Retry-After counts (a 429 in a row would double the pause instead).
    ManualClock clock;
    RateBudget budget(&clock);
    const quint64 epoch = budget.throttleEpoch(RequestClass::List);
    budget.pause(RequestClass::List, 10000, epoch);
    const qint64 first = budget.state().list.pausedForMs;
    budget.pause(RequestClass::List, 1000, epoch);
    QCOMPARE(budget.state().list.pausedForMs, first);
    QCOMPARE(budget.state().list.throttledInARow, 1);

    bool started = false;
    budget.schedule(RequestClass::List, [&] { started = true; });
    clock.advance(9999);
    QVERIFY(!started);
    QVERIFY(advanceUntil(clock, started, 2000) >= 1);
}

void TestRateBudgetThrottling::everyWaitIsBoundedToTenMinutes()
{
    // Whatever a caller passes on (a server's absurd Retry-After, a misconfigured policy), no wait may
    // overflow the clock arithmetic (and so a timer), and none parks a class for longer than ten minutes.
    constexpr qint64 huge = std::numeric_limits<qint64>::max();
    ManualClock clock;
    RateBudget budget(&clock);
    budget.setJitterSeed(3);
    budget.pause(RequestClass::List, huge);
    const qint64 paused = budget.state().list.pausedForMs;
    QVERIFY2(
        paused >= RetryAfter::maxWaitMs && paused <= RetryAfter::maxWaitMs + 1000, qPrintable(QString::number(paused)));

    bool retried = false;
    budget.scheduleAfter(RequestClass::PerId, huge, [&] { retried = true; });
    clock.advance(RetryAfter::maxWaitMs - 1);
    QVERIFY(!retried);
    clock.advance(1);
    QVERIFY(retried);

    budget.setBackoffPolicy({huge, 1e300, huge, 3, 1.0});
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const qint64 delay = budget.backoffDelayMs(attempt).value_or(-1);
        QVERIFY2(delay >= 0 && delay <= RetryAfter::maxWaitMs, qPrintable(QString::number(delay)));
    }
}

void TestRateBudgetThrottling::throttledInARowDoublesThePause()
{
    // The server keeps saying "3 s" and keeps refusing: each retry that is refused again waits twice as
    // long, up to the cap, and the first request it lets through ends the run.
    ManualClock clock;
    RateBudget budget(&clock);
    withoutJitter(budget);
    QSignalSpy changed(&budget, &RateBudget::stateChanged);
    std::vector<qint64> pauses;
    for (int i = 0; i < 9; ++i) {
        const quint64 sentIn = budget.throttleEpoch(RequestClass::List); // the retry is sent...
        pauses.push_back(budget.pause(RequestClass::List, 3000, sentIn)); // ...and refused
        QCOMPARE(budget.state().list.pausedForMs, pauses.back());
        QCOMPARE(budget.state().list.throttledInARow, i + 1);
        clock.advance(pauses.back());
    }
    QCOMPARE(pauses, (std::vector<qint64> {3000, 6000, 12000, 24000, 48000, 96000, 192000, 300000, 300000}));
    QCOMPARE(budget.state().perId.throttledInARow, 0);
    QVERIFY(changed.count() >= 9);

    changed.clear();
    budget.notThrottled(RequestClass::List, budget.throttleEpoch(RequestClass::List));
    QCOMPARE(budget.state().list.throttledInARow, 0);
    QCOMPARE(changed.count(), 1); // the status bar drops its "retry n"
    QCOMPARE(budget.pause(RequestClass::List, 3000, budget.throttleEpoch(RequestClass::List)), 3000);
}

void TestRateBudgetThrottling::retryAfterStaysTheFloor()
{
    ManualClock clock;
    RateBudget budget(&clock);
    withoutJitter(budget);
    budget.pause(RequestClass::PerId, 1000);
    clock.advance(1000);
    // Doubling would give 2 s; the server asks for 8 min, beyond the doubling cap of 5 min: 8 min it is.
    QCOMPARE(budget.pause(RequestClass::PerId, 8 * 60 * 1000), 8 * 60 * 1000);
    clock.advance(8 * 60 * 1000);
    // The next 429 in a row asks for 1 s: doubling from 8 min is capped at 5 min.
    QCOMPARE(budget.pause(RequestClass::PerId, 1000), 5 * 60 * 1000);
}

void TestRateBudgetThrottling::answerSentBeforeTheLatest429DoesNotReset()
{
    // A slow answer to a request sent before the class was throttled proves nothing about the throttle.
    ManualClock clock;
    RateBudget budget(&clock);
    withoutJitter(budget);
    const quint64 before = budget.throttleEpoch(RequestClass::List);
    budget.pause(RequestClass::List, 2000, before);
    budget.notThrottled(RequestClass::List, before);
    QCOMPARE(budget.state().list.throttledInARow, 1);
    clock.advance(2000);
    QCOMPARE(budget.pause(RequestClass::List, 2000, budget.throttleEpoch(RequestClass::List)), 4000);
}

void TestRateBudgetThrottling::backgroundWaitsBehindForeground()
{
    ManualClock clock;
    RateBudget budget(&clock);
    budget.setLimits({60, 60});
    std::vector<int> order;
    // With a token free and nothing queued, a background request starts at once.
    budget.schedule(
        RequestClass::PerId, [&] { order.push_back(0); }, Priority::Background);
    QCOMPARE(order, (std::vector<int> {0}));
    for (int i = 1; i < 60; ++i)
        budget.schedule(RequestClass::PerId, [] {});
    // Out of tokens: both wait, and the user's request takes the next token though it came later.
    budget.schedule(
        RequestClass::PerId, [&] { order.push_back(2); }, Priority::Background);
    budget.schedule(RequestClass::PerId, [&] { order.push_back(1); });
    budget.schedule(
        RequestClass::List, [&] { order.push_back(10); }, Priority::Background); // another class
    QCOMPARE(order, (std::vector<int> {0, 10}));
    QCOMPARE(budget.state().perId.queued, 2);
    clock.advance(1000);
    QCOMPARE(order, (std::vector<int> {0, 10, 1}));
    clock.advance(1000);
    QCOMPARE(order, (std::vector<int> {0, 10, 1, 2}));
}

void TestRateBudgetThrottling::backgroundStaysAwayFromThrottledClass()
{
    // After a 429 the user's retry goes first and alone: background work waits one more pause length,
    // so it is never retried beside the foreground request.
    ManualClock clock;
    RateBudget budget(&clock);
    withoutJitter(budget);
    budget.pause(RequestClass::PerId, 3000);
    bool foreground = false;
    bool background = false;
    budget.schedule(
        RequestClass::PerId, [&] { background = true; }, Priority::Background);
    budget.schedule(RequestClass::PerId, [&] { foreground = true; });
    clock.advance(3000);
    QVERIFY(foreground);
    QVERIFY(!background);
    QCOMPARE(advanceUntil(clock, background, 10000), 3000);

    // A background request that gets a 429 itself waits behind, like any other.
    background = false;
    foreground = false;
    budget.pause(RequestClass::PerId, 3000);
    budget.schedule(
        RequestClass::PerId, [&] { background = true; }, Priority::Background);
    budget.schedule(RequestClass::PerId, [&] { foreground = true; });
    const qint64 paused = budget.state().perId.pausedForMs;
    QCOMPARE(paused, 6000); // the second 429 in a row
    clock.advance(paused);
    QVERIFY(foreground);
    QVERIFY(!background);
    QCOMPARE(advanceUntil(clock, background, 20000), 6000);
}

void TestRateBudgetThrottling::backgroundWaitsForDelayedForegroundRetry()
{
    ManualClock clock;
    RateBudget budget(&clock);
    std::vector<int> order;
    budget.scheduleAfter(RequestClass::PerId, 5000, [&] { order.push_back(1); }); // a 503 being retried
    budget.schedule(
        RequestClass::PerId, [&] { order.push_back(2); }, Priority::Background);
    QVERIFY(order.empty());
    clock.advance(4999);
    QVERIFY(order.empty());
    clock.advance(1);
    QCOMPARE(order, (std::vector<int> {1, 2}));
}

QTEST_GUILESS_MAIN(TestRateBudgetThrottling)
#include "tst_ratebudgetthrottling.moc"
