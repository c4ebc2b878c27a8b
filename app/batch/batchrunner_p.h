#pragma once

// What the two halves of BatchRunner share: batchrunner.cpp runs the phases (pump, pause, journal,
// progress), batchrunneritems.cpp the work on one artifact (a dry run's GET, a run's save).

#include "batch/batchrunner.h"
#include "net/recallclient.h"

#include <memory>

namespace BatchRunnerDetail {
constexpr qint64 defaultRetryAfterMs = 1000;
}

// One artifact in flight: a Retrieve of the dry run, or a save of the run.
struct BatchRunner::Worker
{
    int index = -1; // the item; -1: idle
    RecallClient::RequestId fetch = 0; // dry run
    std::unique_ptr<MetadataSaver> saver; // run; made on first use, then reused
    MetadataSaver::Stage lastStage = MetadataSaver::Stage::Idle;
    bool followedUp = false; // removeKeptKeys() was sent for this item: never a second time
    bool busy() const { return index >= 0; }
};
