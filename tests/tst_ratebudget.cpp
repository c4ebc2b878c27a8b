#include "core/clock.h"
#include "net/ratebudget.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using RequestClass = RateBudget::RequestClass;

class TestRateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultBudgetUsesRealTime();
    void sixtyFirstListRequestQueues();
    void perIdAndListBucketsAreIndependent();
    void queuedRequestsStartInFifoOrder();
    void newRequestWaitsBehindQueue();
    void backoffGrowsCapsAndEnds();
    void backoffJitterIsBoundedAndSeeded();
    void cancelDropsQueuedAndDelayed();
    void scheduleAfterJoinsQueueAfterDelay();
    void stateChangedOnlyWhenStateChanges();
    void limitsChangeAtRuntime();
    void reentrantCallbacks();
    void destructorDropsPendingRequests();
    void steadyClockRunsMinutesThroughTimer();
};

void TestRateBudget::defaultBudgetUsesRealTime()
{
    RateBudget budget;
    QVERIFY(budget.clock());
    QVERIFY(qobject_cast<SteadyClock *>(budget.clock()));
    bool started = false;
    budget.schedule(RequestClass::List, [&] { started = true; });
    QVERIFY(started);
}

void TestRateBudget::sixtyFirstListRequestQueues()
{
    ManualClock clock;
    RateBudget budget(&clock);
    int started = 0;
    for (int i = 0; i < 60; ++i)
        budget.schedule(RequestClass::List, [&] { ++started; });
    QCOMPARE(started, 60);
    QCOMPARE(budget.state().list.queued, 0);

    bool sixtyFirst = false;
    budget.schedule(RequestClass::List, [&] { sixtyFirst = true; });
    QVERIFY(!sixtyFirst);
    QCOMPARE(budget.state().list.queued, 1);
    QCOMPARE(budget.state().list.msUntilNextSlot, 1000);

    clock.advance(999);
    QVERIFY(!sixtyFirst);
    QCOMPARE(budget.state().list.msUntilNextSlot, 1);
    clock.advance(1);
    QVERIFY(sixtyFirst);
    QCOMPARE(budget.state().list.queued, 0);
}

void TestRateBudget::perIdAndListBucketsAreIndependent()
{
    ManualClock clock;
    RateBudget budget(&clock);
    int list = 0;
    int perId = 0;
    for (int i = 0; i < 61; ++i)
        budget.schedule(RequestClass::List, [&] { ++list; });
    QCOMPARE(list, 60);

    for (int i = 0; i < 301; ++i)
        budget.schedule(RequestClass::PerId, [&] { ++perId; });
    QCOMPARE(perId, 300);
    QCOMPARE(budget.state().list.queued, 1);
    QCOMPARE(budget.state().perId.queued, 1);
    QCOMPARE(budget.state().totalQueued(), 2);

    // 300/min refills one per-id token every 200 ms; the list class needs the full second.
    clock.advance(200);
    QCOMPARE(perId, 301);
    QCOMPARE(list, 60);
    clock.advance(800);
    QCOMPARE(list, 61);
}

void TestRateBudget::queuedRequestsStartInFifoOrder()
{
    ManualClock clock;
    RateBudget budget(&clock);
    for (int i = 0; i < 60; ++i)
        budget.schedule(RequestClass::List, [] {});
    std::vector<int> order;
    for (int i = 0; i < 5; ++i)
        budget.schedule(RequestClass::List, [&order, i] { order.push_back(i); });
    QVERIFY(order.empty());

    // One big step frees several tokens at once: they must still go out in arrival order.
    clock.advance(3000);
    QCOMPARE(order, (std::vector<int> {0, 1, 2}));
    clock.advance(2000);
    QCOMPARE(order, (std::vector<int> {0, 1, 2, 3, 4}));
}

void TestRateBudget::newRequestWaitsBehindQueue()
{
    ManualClock clock;
    RateBudget budget(&clock);
    budget.pause(RequestClass::List, 1000);
    std::vector<int> order;
    budget.schedule(RequestClass::List, [&] { order.push_back(1); });
    budget.schedule(RequestClass::List, [&] { order.push_back(2); });
    QVERIFY(order.empty());
    QCOMPARE(budget.state().list.queued, 2);
    clock.advance(5000);
    QCOMPARE(order, (std::vector<int> {1, 2}));
    // With the queue drained and tokens to spare, a request starts before schedule() returns.
    budget.schedule(RequestClass::List, [&] { order.push_back(3); });
    QCOMPARE(order, (std::vector<int> {1, 2, 3}));

    // Tokens to spare but others still in line (the budget is in the middle of starting them): the
    // newcomer queues behind them, and the callback that scheduled it finishes before anything else starts.
    budget.pause(RequestClass::List, 1000);
    order.clear();
    budget.schedule(RequestClass::List, [&] {
        order.push_back(4);
        budget.schedule(RequestClass::List, [&] { order.push_back(6); });
        order.push_back(40);
    });
    budget.schedule(RequestClass::List, [&] { order.push_back(5); });
    clock.advance(5000);
    QCOMPARE(order, (std::vector<int> {4, 40, 5, 6}));
}

void TestRateBudget::backoffGrowsCapsAndEnds()
{
    ManualClock clock;
    RateBudget budget(&clock);
    budget.setBackoffPolicy({1000, 2.0, 5000, 5, 0.0});
    QCOMPARE(budget.backoffDelayMs(0), std::nullopt);
    QCOMPARE(budget.backoffDelayMs(1), std::optional<qint64>(1000));
    QCOMPARE(budget.backoffDelayMs(2), std::optional<qint64>(2000));
    QCOMPARE(budget.backoffDelayMs(3), std::optional<qint64>(4000));
    QCOMPARE(budget.backoffDelayMs(4), std::optional<qint64>(5000));
    QCOMPARE(budget.backoffDelayMs(5), std::optional<qint64>(5000));
    QCOMPARE(budget.backoffDelayMs(6), std::nullopt);
}

void TestRateBudget::backoffJitterIsBoundedAndSeeded()
{
    const auto sequence = [](quint32 seed) {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSeed(seed);
        std::vector<qint64> delays;
        for (int attempt = 1; attempt <= 5; ++attempt)
            delays.push_back(budget.backoffDelayMs(attempt).value_or(-1));
        return delays;
    };
    const std::vector<qint64> bases {1000, 2000, 4000, 8000, 16000}; // the default policy
    const std::vector<qint64> a = sequence(42);
    for (size_t i = 0; i < bases.size(); ++i) {
        QVERIFY(a[i] >= bases[i]);
        QVERIFY(a[i] <= bases[i] * 12 / 10);
    }
    QCOMPARE(sequence(42), a);
    QVERIFY(sequence(43) != a);
}

void TestRateBudget::cancelDropsQueuedAndDelayed()
{
    ManualClock clock;
    RateBudget budget(&clock);
    bool firstStarted = false;
    const quint64 immediate = budget.schedule(RequestClass::List, [&] { firstStarted = true; });
    QVERIFY(firstStarted);
    QVERIFY(!budget.cancel(immediate));
    QVERIFY(!budget.cancel(987654));

    for (int i = 0; i < 59; ++i)
        budget.schedule(RequestClass::List, [] {});
    std::vector<int> started;
    const quint64 a = budget.schedule(RequestClass::List, [&] { started.push_back(1); });
    budget.schedule(RequestClass::List, [&] { started.push_back(2); });
    const quint64 delayed = budget.scheduleAfter(RequestClass::PerId, 500, [&] { started.push_back(3); });
    QCOMPARE(budget.state().totalQueued(), 3);

    QVERIFY(budget.cancel(a));
    QVERIFY(!budget.cancel(a));
    QVERIFY(budget.cancel(delayed));
    QCOMPARE(budget.state().list.queued, 1);
    QCOMPARE(budget.state().perId.queued, 0);

    clock.advance(10000);
    QCOMPARE(started, (std::vector<int> {2}));
}

void TestRateBudget::scheduleAfterJoinsQueueAfterDelay()
{
    ManualClock clock;
    RateBudget budget(&clock);
    bool retried = false;
    budget.scheduleAfter(RequestClass::PerId, 500, [&] { retried = true; });
    QCOMPARE(budget.state().perId.queued, 1);
    clock.advance(499);
    QVERIFY(!retried);
    clock.advance(1);
    QVERIFY(retried);
    QCOMPARE(budget.state().perId.queued, 0);

    // Once due, a delayed request is an ordinary queued one: it waits behind those already in line.
    for (int i = 0; i < 60; ++i)
        budget.schedule(RequestClass::List, [] {});
    std::vector<int> order;
    budget.scheduleAfter(RequestClass::List, 100, [&] { order.push_back(2); });
    budget.schedule(RequestClass::List, [&] { order.push_back(1); });
    QCOMPARE(budget.state().list.queued, 2);
    clock.advance(1000);
    QCOMPARE(order, (std::vector<int> {1}));
    clock.advance(1000);
    QCOMPARE(order, (std::vector<int> {1, 2}));

    // Several falling due in one clock step line up by due time, not by when they were scheduled.
    budget.pause(RequestClass::PerId, 10000);
    order.clear();
    budget.scheduleAfter(RequestClass::PerId, 300, [&] { order.push_back(3); });
    budget.scheduleAfter(RequestClass::PerId, 100, [&] { order.push_back(1); });
    budget.scheduleAfter(RequestClass::PerId, 200, [&] { order.push_back(2); });
    clock.advance(20000);
    QCOMPARE(order, (std::vector<int> {1, 2, 3}));
}

void TestRateBudget::stateChangedOnlyWhenStateChanges()
{
    ManualClock clock;
    RateBudget budget(&clock);
    QSignalSpy spy(&budget, &RateBudget::stateChanged);

    for (int i = 0; i < 60; ++i)
        budget.schedule(RequestClass::List, [] {});
    QCOMPARE(spy.count(), 0); // nothing waited

    budget.schedule(RequestClass::List, [] {});
    QCOMPARE(spy.count(), 1);
    budget.schedule(RequestClass::List, [] {});
    QCOMPARE(spy.count(), 2);
    QCOMPARE(budget.state().list.queued, 2);

    for (int i = 0; i < 9; ++i)
        clock.advance(100);
    QCOMPARE(spy.count(), 2); // tokens trickling in are not worth a signal
    clock.advance(100);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(budget.state().list.queued, 1);

    budget.pause(RequestClass::PerId, 300);
    QCOMPARE(spy.count(), 4);
    const qint64 pausedFor = budget.state().perId.pausedForMs;
    clock.advance(pausedFor - 1);
    QCOMPARE(spy.count(), 4);
    clock.advance(1); // the pause ends
    QCOMPARE(spy.count(), 5);
    QCOMPARE(budget.state().perId.pausedForMs, 0);

    clock.advance(1000); // the last list request starts
    QCOMPARE(spy.count(), 6);
    QCOMPARE(budget.state().totalQueued(), 0);
    QCOMPARE(budget.state().list.pausedForMs, 0);
    clock.advance(1000);
    QCOMPARE(spy.count(), 6);
}

void TestRateBudget::limitsChangeAtRuntime()
{
    ManualClock clock;
    RateBudget budget(&clock);
    QCOMPARE(budget.limits(), RateBudget::Limits {});
    int started = 0;
    for (int i = 0; i < 61; ++i)
        budget.schedule(RequestClass::List, [&] { ++started; });
    clock.advance(500);
    QCOMPARE(budget.state().list.msUntilNextSlot, 500);

    // Half a token was earned at the old rate; the missing half comes twice as fast now.
    QSignalSpy spy(&budget, &RateBudget::stateChanged);
    budget.setLimits({120, 300});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(budget.limits(), (RateBudget::Limits {120, 300}));
    QCOMPARE(budget.state().list.msUntilNextSlot, 250);
    clock.advance(249);
    QCOMPARE(started, 60);
    clock.advance(1);
    QCOMPARE(started, 61);

    // A lower limit shrinks the bucket at once: a full bucket keeps only the new capacity.
    clock.advance(60000);
    budget.setLimits({10, 300});
    started = 0;
    for (int i = 0; i < 11; ++i)
        budget.schedule(RequestClass::List, [&] { ++started; });
    QCOMPARE(started, 10);
    QCOMPARE(budget.state().list.msUntilNextSlot, 6000);

    budget.setLimits({60, 3});
    int perId = 0;
    for (int i = 0; i < 4; ++i)
        budget.schedule(RequestClass::PerId, [&] { ++perId; });
    QCOMPARE(perId, 3);

    // With nothing queued no one looked at the bucket since it ran dry; the change must still credit
    // the time that passed at the old rate.
    RateBudget idle(&clock);
    for (int i = 0; i < 60; ++i)
        idle.schedule(RequestClass::List, [] {});
    clock.advance(500);
    idle.setLimits({120, 300});
    QCOMPARE(idle.state().list.msUntilNextSlot, 250);
}

void TestRateBudget::reentrantCallbacks()
{
    ManualClock clock;
    RateBudget budget(&clock);
    for (int i = 0; i < 60; ++i)
        budget.schedule(RequestClass::List, [] {});

    std::vector<QString> log;
    quint64 doomed = 0;
    // The first queued request, run from the timer path, schedules a follow-up, cancels a request
    // behind it and pauses its class: all of that while the budget is in the middle of starting it.
    budget.schedule(RequestClass::List, [&] {
        log.push_back(QStringLiteral("first"));
        budget.schedule(RequestClass::List, [&] { log.push_back(QStringLiteral("follow-up")); });
        QVERIFY(budget.cancel(doomed));
        budget.schedule(RequestClass::PerId, [&] {
            log.push_back(QStringLiteral("nested per-id"));
            budget.schedule(RequestClass::PerId, [&] { log.push_back(QStringLiteral("nested twice")); });
        });
        budget.pause(RequestClass::List, 5000);
    });
    doomed = budget.schedule(RequestClass::List, [&] { log.push_back(QStringLiteral("cancelled")); });
    budget.schedule(RequestClass::List, [&] { log.push_back(QStringLiteral("second")); });

    clock.advance(1000);
    const std::vector<QString> afterFirst {
        QStringLiteral("first"), QStringLiteral("nested per-id"), QStringLiteral("nested twice")};
    QCOMPARE(log, afterFirst);
    QCOMPARE(budget.state().list.queued, 2);

    clock.advance(10000);
    const std::vector<QString> all {QStringLiteral("first"), QStringLiteral("nested per-id"),
        QStringLiteral("nested twice"), QStringLiteral("second"), QStringLiteral("follow-up")};
    QCOMPARE(log, all);
    QCOMPARE(budget.state().totalQueued(), 0);
}

void TestRateBudget::destructorDropsPendingRequests()
{
    ManualClock clock;
    int started = 0;
    auto budget = std::make_unique<RateBudget>(&clock);
    for (int i = 0; i < 62; ++i)
        budget->schedule(RequestClass::List, [&] { ++started; });
    budget->scheduleAfter(RequestClass::PerId, 100, [&] { ++started; });
    QCOMPARE(started, 60);
    budget.reset();
    QCOMPARE(started, 60);
    clock.advance(60000);
    QCOMPARE(started, 60);
}

void TestRateBudget::steadyClockRunsMinutesThroughTimer()
{
    // Speed 1000: a clock minute passes in 60 real ms, so three minutes of list budget take ~0.2 s.
    SteadyClock clock(1000.0);
    const qint64 createdAt = clock.nowMs();
    RateBudget budget(&clock);
    constexpr int requests = 240;
    int started = 0;
    qint64 lastStartedAt = 0;
    for (int i = 0; i < requests; ++i) {
        budget.schedule(RequestClass::List, [&] {
            ++started;
            lastStartedAt = clock.nowMs();
        });
    }
    QVERIFY(started < requests);

    // A 429 on the per-id class: the paused request and a backed-off retry need the timer too.
    const qint64 pausedAt = clock.nowMs();
    budget.pause(RequestClass::PerId, 60000);
    bool afterPause = false;
    qint64 afterPauseAt = 0;
    budget.schedule(RequestClass::PerId, [&] {
        afterPause = true;
        afterPauseAt = clock.nowMs();
    });
    bool delayed = false;
    budget.scheduleAfter(RequestClass::PerId, 90000, [&] { delayed = true; });

    QTRY_COMPARE_WITH_TIMEOUT(started, requests, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(afterPause && delayed, 20000);
    // 180 tokens beyond the initial 60 at one a clock second: the budget must not have cut corners.
    QVERIFY(lastStartedAt - createdAt >= 180000);
    QVERIFY(afterPauseAt - pausedAt >= 60000);
    QTRY_COMPARE_WITH_TIMEOUT(budget.state().totalQueued(), 0, 20000);

    // The end of a pause is news even with nothing waiting: the timer must wake up for it alone.
    QSignalSpy spy(&budget, &RateBudget::stateChanged);
    budget.pause(RequestClass::List, 30000);
    QCOMPARE(spy.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
    QCOMPARE(budget.state().list.pausedForMs, 0);
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
