#pragma once

#include "core/clock.h"
#include "demo/demoserver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <memory>

// What every network test starts from: the demo server and a client sharing one clock, sped up so
// that a minute of rate budget passes in 60 ms on both sides of the socket.
inline bool startDemoWorkspace(std::unique_ptr<SteadyClock> &clock, std::unique_ptr<DemoServer> &server,
    std::unique_ptr<RateBudget> &budget, std::unique_ptr<RecallClient> &client, double speed = 1000.0)
{
    clock = std::make_unique<SteadyClock>(speed);
    server = std::make_unique<DemoServer>();
    server->setClock(clock.get());
    if (!server->start())
        return false;
    budget = std::make_unique<RateBudget>(clock.get());
    client = std::make_unique<RecallClient>(budget.get());
    client->setConnection({server->baseUrl(), server->token()});
    return true;
}
