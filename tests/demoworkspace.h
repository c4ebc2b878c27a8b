#pragma once

#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/memorykeystore.h"
#include "core/clock.h"
#include "demo/demoserver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QSettings>
#include <QTest>

#include <memory>

// What every network test starts from: the demo server and a client sharing one clock, sped up so
// that a minute of rate budget passes in 60 ms on both sides of the socket.
// The requests of one method ("PATCH", "DELETE") the demo server's API listener saw, in order.
inline QList<DemoServer::RecordedRequest> recordedRequests(const DemoServer &server, const QByteArray &method)
{
    QList<DemoServer::RecordedRequest> out;
    const auto requests = server.apiRequests();
    for (const auto &r : requests) {
        if (r.method == method)
            out.append(r);
    }
    return out;
}

inline bool startDemoWorkspace(std::unique_ptr<SteadyClock> &clock, std::unique_ptr<DemoServer> &server,
    std::unique_ptr<RateBudget> &budget, std::unique_ptr<RecallClient> &client, double speed = 1000.0,
    const DemoServer::Options &options = {})
{
    clock = std::make_unique<SteadyClock>(speed);
    server = std::make_unique<DemoServer>(options);
    server->setClock(clock.get());
    if (!server->start())
        return false;
    budget = std::make_unique<RateBudget>(clock.get());
    client = std::make_unique<RecallClient>(budget.get());
    client->setConnection({server->baseUrl(), server->token()});
    return true;
}

// One demo workspace as a unit, for tests that need two (a connection switch).
struct DemoWorkspace
{
    std::unique_ptr<SteadyClock> clock;
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<RateBudget> budget;
    std::unique_ptr<RecallClient> client;

    bool start(const DemoServer::Options &options = {}, double speed = 1000.0)
    {
        return startDemoWorkspace(clock, server, budget, client, speed, options);
    }
    // The client first: it cancels its requests while the budget still exists.
    void reset()
    {
        client.reset();
        budget.reset();
        server.reset();
        clock.reset();
    }
};

// What the connection tests start from: empty settings, a demo server to aim custom profiles at, and
// a manager keeping keys in memory.
inline bool startConnections(std::unique_ptr<DemoServer> &server, std::unique_ptr<ConnectionStore> &store,
    std::unique_ptr<MemoryKeyStore> &keys, std::unique_ptr<ConnectionManager> &manager)
{
    QSettings().clear();
    server = std::make_unique<DemoServer>();
    if (!server->start())
        return false;
    store = std::make_unique<ConnectionStore>();
    keys = std::make_unique<MemoryKeyStore>();
    manager = std::make_unique<ConnectionManager>(store.get(), keys.get());
    return true;
}

// Saves a profile named "Loopback" for the demo server with this key and returns its id (empty when
// saving failed or took longer than 5 s). context receives the manager's answer.
inline QString saveLoopbackProfile(
    ConnectionManager &manager, const DemoServer &server, QObject *context, const QString &key)
{
    ConnectionProfile profile;
    profile.label = QStringLiteral("Loopback");
    profile.customBaseUrl = server.baseUrl();
    QString id;
    bool done = false;
    manager.saveProfile(profile, key, context, [&](const ConnectionProfile &saved, const QString &error) {
        done = true;
        if (error.isEmpty())
            id = saved.id;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return {};
    return id;
}
