#pragma once

#include "demoworkspace.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

// What the client tests share: the demo workspace with a quick retry policy, a collector for one
// callback's result, and a "load all" that follows `next` pages the way ArtifactListModel does.

// Collects one callback's result for QTRY_ macros.
template <typename T> struct Outcome
{
    std::optional<Result<T>> result;
    RecallClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) { result.emplace(r); };
    }
    bool done() const { return result.has_value(); }
    bool ok() const { return result && result->ok(); }
    const T &value() const { return result->value(); }
    const ApiError &error() const { return result->error(); }
    // For failure messages: safe to evaluate on a success (QVERIFY2 always evaluates its message).
    QString errorText() const { return result && !result->ok() ? result->error().displayText() : QString(); }
};

// The demo workspace (startDemoWorkspace) with retries that wait 200 ms to 2 s of clock time, a fixed
// jitter seed and a 10 s transfer timeout.
inline bool startClientWorkspace(std::unique_ptr<SteadyClock> &clock, std::unique_ptr<DemoServer> &server,
    std::unique_ptr<RateBudget> &budget, std::unique_ptr<RecallClient> &client, double speed = 1000.0)
{
    if (!startDemoWorkspace(clock, server, budget, client, speed))
        return false;
    RateBudget::BackoffPolicy fast;
    fast.initialMs = 200;
    fast.maxMs = 2000;
    fast.maxAttempts = 4;
    budget->setBackoffPolicy(fast);
    budget->setJitterSeed(7);
    client->setTransferTimeoutMs(10000);
    return true;
}

// A callback for the first page that follows `next` until it is empty, collecting ids in order, one
// request after another (as ArtifactListModel::loadAll does). The function refers to itself only
// weakly; whichever request is pending owns it. *pages counts the pages that arrived, if given.
inline RecallClient::Callback<ArtifactPage> followPages(
    RecallClient *client, QObject *context, QStringList *ids, bool *finished, ApiError *error, int *pages = nullptr)
{
    using Callback = RecallClient::Callback<ArtifactPage>;
    auto self = std::make_shared<Callback>();
    *self = [client, context, ids, finished, error, pages, weak = std::weak_ptr<Callback>(self)](
                const Result<ArtifactPage> &page) {
        if (!page) {
            *error = page.error();
            *finished = true;
            return;
        }
        if (pages)
            ++*pages;
        for (const Artifact &a : page->results)
            ids->append(a.id);
        if (page->next.isEmpty()) {
            *finished = true;
        } else if (const auto strong = weak.lock()) {
            client->fetchPage(page->next, context, [strong](const Result<ArtifactPage> &next) { (*strong)(next); });
        }
    };
    return [self](const Result<ArtifactPage> &page) { (*self)(page); };
}
