#pragma once

#include "batch/batchjournal.h"
#include "batch/batchrunner.h"

#include <QDateTime>
#include <QString>

// The batch dialog's sentences, kept apart from the widgets so that tests read them without a window:
// what the dry run found, what the run did, and how far a phase has come.
namespace BatchText {

// "412 will change, 80 no change, 3 invalid, 1 gone": every verdict with items, "will change" always.
QString dryRunSummary(const Batch &batch);
// "398 done, 2 conflicts, 1 gone, 1 error" over the items to send; "n not sent yet" while some wait.
QString runSummary(const Batch &batch);
// "120 of 412 sent · 288 requests in the last minute · 96 artifacts/min · finishing in 3 min"; verb names the count
// ("fetched", "sent"). now: the wall clock the estimate is added to (tests pin it).
QString progressLine(const BatchRunner::Progress &progress, const QString &counted, const QDateTime &now);
// "finishing in 3 min", "finishing in under a minute"; empty while the estimate is unknown (-1).
QString timeLeft(qint64 msLeft, const QDateTime &now);
// The resume question's sentence for a batch left unfinished.
QString resumeQuestion(const Batch &batch, const QString &connectionLabel, const QDateTime &now);

} // namespace BatchText
