#pragma once

#include "batch/batchjournal.h"
#include "batch/batchrunner.h"
#include "core/clock.h"
#include "demo/demoserver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>
#include <memory>

// A batch against the demo server on a clock moved by hand: time moves only while nothing is on the
// wire, straight to the moment the rate budget lets the next request go. What a test measures is
// then the runner's and the budget's own pacing, never the machine's speed. The server keeps its
// default limits (300 per-id requests a minute) unless a test changes them.
struct BatchWorkspace
{
    ManualClock clock;
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<RateBudget> budget;
    std::unique_ptr<RecallClient> client;

    struct Served
    {
        qint64 atMs = 0;
        QString method;
        int status = 0;
    };
    QList<Served> served; // every API answer, with the clock time it was written at

    bool start(int artifacts)
    {
        DemoServer::Options options;
        options.artifactCount = artifacts;
        server = std::make_unique<DemoServer>(options);
        server->setClock(&clock);
        if (!server->start())
            return false;
        QObject::connect(
            server.get(), &DemoServer::requestServed, [this](const QString &method, const QString &path, int status) {
                if (path.startsWith(QLatin1String("/api/")))
                    served.append({clock.nowMs(), method, status});
            });
        budget = std::make_unique<RateBudget>(&clock);
        budget->setJitterSeed(11);
        client = std::make_unique<RecallClient>(budget.get());
        client->setConnection({server->baseUrl(), server->token()});
        return true;
    }

    // Both sides' per-id budgets used up, as after a busy minute: a batch started now goes at the
    // steady pace from its first request, instead of doing its first minute's worth at once.
    void drainBudgets()
    {
        server->drainRateLimits();
        bool ran = true;
        while (ran) {
            ran = false;
            const quint64 ticket = budget->schedule(RateBudget::RequestClass::PerId, [&ran] { ran = true; });
            if (!ran)
                budget->cancel(ticket);
        }
    }

    // Runs the event loop until nothing is on the wire (twice in a row, so that answers queued as
    // events have started whatever they start).
    void settle()
    {
        int quiet = 0;
        while (quiet < 2) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (client->requestsOnTheWire() > 0) {
                quiet = 0;
                QTest::qWait(1);
            } else {
                ++quiet;
            }
        }
    }

    // Moves the clock on until done() holds or maxClockMs have passed; false on the latter.
    bool driveUntil(const std::function<bool()> &done, qint64 maxClockMs = 60 * 60 * 1000)
    {
        const qint64 until = clock.nowMs() + maxClockMs;
        while (true) {
            settle();
            if (done())
                return true;
            if (clock.nowMs() >= until)
                return false;
            const RateBudget::State state = budget->state();
            qint64 step = 250; // something waits on a timer of its own (a retry's backoff, a pause)
            if (state.perId.queued > 0)
                step = std::max<qint64>(1, state.perId.msUntilNextSlot);
            clock.advance(step);
        }
    }

    int count(const QString &method, int status) const
    {
        return static_cast<int>(std::count_if(served.cbegin(), served.cend(),
            [&](const Served &s) { return s.method == method && (status == 0 || s.status == status); }));
    }
};
