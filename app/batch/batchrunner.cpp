#include "batchrunner_p.h"
#include "core/clock.h"
#include "edit/metadatasaver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "net/requestbuilder.h"

#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr int progressIntervalMs = 250;
constexpr int journalDelayMs = 200;
// Items in flight: enough for half a second of the per-id budget, so that the budget always has the
// next request queued when a token comes, and few enough that a pause or the user's own clicks wait
// behind at most a few seconds of batch.
constexpr double inFlightSeconds = 0.5;
constexpr int minInFlight = 4;
constexpr int maxInFlight = 64;

} // namespace

BatchRunner::BatchRunner(RecallClient *client, BatchJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    Q_ASSERT(journal);
    // The client's destructor drops every call without an answer: stop instead of waiting for them.
    if (client)
        connect(client, &QObject::destroyed, this, [this] { halt(); });
}

BatchRunner::~BatchRunner()
{
    // Nothing is written here: a runner torn down mid-run leaves the journal as its last step wrote
    // it, exactly as a kill would, and resume() takes it up from there.
    for (const auto &worker : m_workers) {
        if (worker->fetch && m_client)
            m_client->cancel(worker->fetch);
        if (worker->saver) {
            // The saver may be emitting right now (a slot of ours deleted us): it goes once it is done.
            worker->saver->disconnect(this);
            worker->saver->cancel();
            worker->saver.release()->deleteLater();
        }
    }
}

int BatchRunner::concurrency() const
{
    if (m_concurrency > 0)
        return m_concurrency;
    const int perMinute = m_client ? m_client->budget()->limits().perIdPerMinute : 300;
    const int wanted = static_cast<int>(std::ceil(perMinute / 60.0 * inFlightSeconds));
    return std::clamp(wanted, minInFlight, maxInFlight);
}

void BatchRunner::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    const QPointer<BatchRunner> self(this);
    Q_EMIT phaseChanged(phase);
    if (self) // a slot may have deleted the runner (it should use deleteLater())
        Q_EMIT progressChanged();
}

void BatchRunner::reset(Batch batch)
{
    cancel();
    m_batch = std::move(batch);
    m_queue.clear();
    m_settledInPhase = 0;
    m_totalInPhase = 0;
    m_requestTimesMs.clear();
    m_settleTimesMs.clear();
    Q_EMIT batchReset();
}

bool BatchRunner::startDryRun(const QStringList &artifactIds, const QList<BatchOperation> &operations)
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running || !m_client)
        return false;
    if (!BatchOps::firstProblem(operations).isEmpty())
        return false;
    Batch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.connection = m_connectionName;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.operations = operations;
    QSet<QString> seen;
    for (const QString &id : artifactIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        BatchItem item;
        item.artifactId = id;
        batch.items.append(item);
    }
    if (batch.items.isEmpty())
        return false;
    reset(std::move(batch));
    for (int i = 0; i < m_batch.items.size(); ++i)
        m_queue.push_back(i);
    m_totalInPhase = static_cast<int>(m_queue.size());
    m_phaseStartMs = m_client->budget()->clock()->nowMs();
    setPaused(false);
    setPhase(Phase::DryRun);
    pump();
    return true;
}

bool BatchRunner::run()
{
    if (m_phase != Phase::Reviewing || !m_client || m_batch.toSend() == 0)
        return false;
    for (BatchItem &item : m_batch.items) {
        const bool send = item.verdict == BatchVerdict::WillChange;
        item.state = send ? BatchItem::RunState::Pending : BatchItem::RunState::NotSent;
        item.idempotencyKey = send ? RequestBuilder::newIdempotencyKey() : QByteArray();
        item.message.clear();
    }
    if (!writeJournal()) {
        for (BatchItem &item : m_batch.items) {
            item.state = BatchItem::RunState::NotSent;
            item.idempotencyKey.clear();
        }
        return false;
    }
    Q_EMIT batchReset();
    return startRun();
}

bool BatchRunner::resume(const Batch &batch)
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running || !m_client)
        return false;
    reset(batch);
    return startRun();
}

bool BatchRunner::resume()
{
    if (m_phase != Phase::Stopped || !m_client)
        return false;
    return startRun();
}

bool BatchRunner::startRun()
{
    m_queue.clear();
    m_settledInPhase = 0;
    for (int i = 0; i < m_batch.items.size(); ++i) {
        if (!m_batch.items.at(i).settled())
            m_queue.push_back(i);
    }
    m_totalInPhase = static_cast<int>(m_queue.size());
    m_phaseStartMs = m_client->budget()->clock()->nowMs();
    m_requestTimesMs.clear();
    m_settleTimesMs.clear();
    setPaused(false);
    setPhase(Phase::Running);
    pump();
    finishPhaseIfDone();
    return true;
}

void BatchRunner::pause()
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running)
        setPaused(true);
}

void BatchRunner::unpause()
{
    if (!m_paused)
        return;
    setPaused(false);
    pump();
}

void BatchRunner::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
    scheduleProgress();
}

void BatchRunner::cancel()
{
    // Items claimed for sending but never started go back to the line as they were.
    for (int index : m_queue) {
        if (m_batch.items.at(index).state == BatchItem::RunState::Sending) {
            m_batch.items[index].state = BatchItem::RunState::Pending;
            Q_EMIT itemChanged(index);
        }
    }
    dropWork();
    if (m_phase == Phase::DryRun) {
        setPhase(Phase::Idle);
    } else if (m_phase == Phase::Running) {
        // Items cut off keep their journaled state (Pending or Sending): resume() looks at them again.
        writeJournal();
        setPhase(Phase::Stopped);
    }
}

void BatchRunner::dropWork()
{
    for (const auto &worker : m_workers) {
        if (!worker->busy())
            continue;
        if (worker->fetch && m_client)
            m_client->cancel(worker->fetch);
        worker->fetch = 0;
        worker->index = -1; // before cancel(): the saver's stage change then counts for nobody
        if (worker->saver)
            worker->saver->cancel();
    }
    m_queue.clear();
    setPaused(false);
}

void BatchRunner::halt()
{
    // Nothing more may go out: a journal that cannot be written, or no client to send with. What is
    // on disk stays as it is, so that a resume starts from the last step that was recorded.
    dropWork();
    if (m_phase == Phase::DryRun)
        setPhase(Phase::Idle);
    else if (m_phase == Phase::Running)
        setPhase(Phase::Stopped);
}

BatchRunner::Progress BatchRunner::progress() const
{
    Progress p;
    p.done = m_settledInPhase;
    p.total = m_totalInPhase;
    if (m_phase == Phase::Running || m_phase == Phase::Stopped || m_phase == Phase::Finished) {
        // A resumed run counts what earlier sessions settled too: "152 of 320", not "16 of 168".
        p.done = m_batch.settledToSend();
        p.total = m_batch.toSend();
    }
    p.inFlight = static_cast<int>(
        std::count_if(m_workers.cbegin(), m_workers.cend(), [](const auto &w) { return w->busy(); }));
    if (!m_client)
        return p;
    const qint64 now = m_client->budget()->clock()->nowMs();
    const auto inLastMinute = [now](const std::deque<qint64> &times) {
        return static_cast<int>(
            std::count_if(times.cbegin(), times.cend(), [now](qint64 t) { return now - t < minuteMs; }));
    };
    p.requestsLastMinute = inLastMinute(m_requestTimesMs);
    p.artifactsLastMinute = inLastMinute(m_settleTimesMs);
    const qint64 elapsed = now - m_phaseStartMs;
    if (elapsed > 0 && m_settledInPhase > 0)
        p.artifactsPerMinute = m_settledInPhase * double(minuteMs) / elapsed;
    const int left = p.total - p.done;
    if (left <= 0) {
        p.msLeft = 0;
    } else if (m_paused) {
        p.msLeft = -1; // nothing moves until the user says so
    } else if (m_phase == Phase::DryRun || m_phase == Phase::Running) {
        // The budget is the bottleneck by design: what is left costs one request (dry run) or two
        // (a GET and a PATCH) per artifact at the per-id limit. Once enough has been seen, the pace
        // actually measured wins (429s, a shared key or a slow server make it slower).
        const int perItem = m_phase == Phase::DryRun ? 1 : 2;
        const int perMinute = std::max(1, m_client->budget()->limits().perIdPerMinute);
        p.msLeft = qint64(left) * perItem * minuteMs / perMinute;
        if (m_settledInPhase >= 10 && elapsed >= 10 * 1000)
            p.msLeft = std::max(p.msLeft, static_cast<qint64>(left * minuteMs / p.artifactsPerMinute));
    }
    return p;
}

BatchRunner::Worker *BatchRunner::idleWorker()
{
    for (const auto &worker : m_workers) {
        if (!worker->busy())
            return worker.get();
    }
    if (static_cast<int>(m_workers.size()) >= concurrency())
        return nullptr;
    m_workers.push_back(std::make_unique<Worker>());
    return m_workers.back().get();
}

void BatchRunner::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_paused && !m_queue.empty() && (m_phase == Phase::DryRun || m_phase == Phase::Running)) {
        if (!m_client) {
            halt();
            break;
        }
        Worker *worker = idleWorker();
        if (!worker)
            break;
        const int index = m_queue.front();
        m_queue.pop_front();
        worker->index = index;
        if (m_phase == Phase::DryRun)
            startDryRunItem(worker);
        else if (!startRunItem(worker))
            break;
    }
    m_pumping = false;
    scheduleProgress();
}

void BatchRunner::settle(int index)
{
    ++m_settledInPhase;
    if (m_client)
        remember(m_settleTimesMs, m_client->budget()->clock()->nowMs());
    if (m_phase == Phase::Running)
        markJournalDirty();
    const QPointer<BatchRunner> self(this);
    Q_EMIT itemChanged(index);
    if (!self)
        return;
    pump();
    finishPhaseIfDone();
}

void BatchRunner::finishPhaseIfDone()
{
    if (!m_queue.empty() || std::any_of(m_workers.cbegin(), m_workers.cend(), [](const auto &w) { return w->busy(); }))
        return;
    if (m_phase == Phase::DryRun) {
        setPaused(false);
        setPhase(Phase::Reviewing);
    } else if (m_phase == Phase::Running) {
        setPaused(false);
        m_batch.finished = std::all_of(
            m_batch.items.cbegin(), m_batch.items.cend(), [](const BatchItem &item) { return item.settled(); });
        writeJournal();
        setPhase(m_batch.finished ? Phase::Finished : Phase::Stopped);
    }
}

bool BatchRunner::writeJournal()
{
    m_journalDirty = false;
    QString why;
    if (m_journal->save(m_batch, &why))
        return true;
    Q_EMIT journalFailed(tr("The batch journal could not be written (%1). The batch stopped before sending anything "
                            "it could not record.")
                             .arg(why));
    return false;
}

void BatchRunner::markJournalDirty()
{
    // The answers of PATCHes are journaled with the next write, at the latest journalDelayMs later:
    // losing them to a crash costs one GET each on resume (the item is looked at again), never a resend.
    if (m_journalDirty)
        return;
    m_journalDirty = true;
    QTimer::singleShot(journalDelayMs, this, [this] {
        if (m_journalDirty && !writeJournal())
            halt();
    });
}

void BatchRunner::remember(std::deque<qint64> &times, qint64 nowMs)
{
    times.push_back(nowMs);
    while (!times.empty() && nowMs - times.front() >= minuteMs)
        times.pop_front();
}

void BatchRunner::noteRequest()
{
    if (!m_client)
        return;
    remember(m_requestTimesMs, m_client->budget()->clock()->nowMs());
}

void BatchRunner::scheduleProgress()
{
    if (m_progressQueued)
        return;
    m_progressQueued = true;
    QTimer::singleShot(progressIntervalMs, this, [this] {
        m_progressQueued = false;
        Q_EMIT progressChanged();
    });
}
