#include "statuspoller.h"

#include "core/clock.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
qint64 grown(qint64 intervalMs, double growth)
{
    return static_cast<qint64>(std::llround(static_cast<double>(intervalMs) * growth));
}
} // namespace

StatusPoller::StatusPoller(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::pollDue);
}

Clock *StatusPoller::clock() const
{
    return m_client ? m_client->budget()->clock() : nullptr;
}

void StatusPoller::setClient(RecallClient *client)
{
    if (client == m_client)
        return;
    // The watched ids belong to the old workspace: sent to the new one they would reach another
    // workspace or region (forever, if its first page never loads). The browser calls setWatched()
    // with the new workspace's rows once it has them.
    if (m_client) {
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.request)
                m_client->cancel(e.request);
        }
    }
    m_entries.clear();
    m_gone.clear();
    disconnect(m_clockConnection);
    m_client = client;
    if (Clock *c = clock())
        m_clockConnection = connect(c, &Clock::advanced, this, &StatusPoller::pollDue);
    schedule();
}

void StatusPoller::setWatched(const QStringList &artifactIds)
{
    QHash<QString, Entry> next;
    const qint64 now = clock() ? clock()->nowMs() : 0;
    for (const QString &id : artifactIds) {
        if (m_gone.contains(id))
            continue;
        if (const auto it = m_entries.constFind(id); it != m_entries.cend()) {
            next.insert(id, *it);
        } else {
            Entry e;
            e.intervalMs = m_intervals.firstMs;
            e.dueMs = now + e.intervalMs;
            next.insert(id, e);
        }
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->request && !next.contains(it.key()) && m_client)
            m_client->cancel(it->request);
    }
    m_entries = std::move(next);
    schedule();
}

int StatusPoller::pollsInFlight() const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.request != 0; }));
}

void StatusPoller::pollDue()
{
    Clock *c = clock();
    if (!c)
        return;
    const qint64 now = c->nowMs();
    // The longest-overdue first, and never more than a few at once: the rest wait for a free slot,
    // so a screen full of processing rows cannot take every connection the user's own requests need.
    QList<QHash<QString, Entry>::iterator> due;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->request && it->dueMs <= now)
            due.append(it);
    }
    std::sort(due.begin(), due.end(), [](const auto &a, const auto &b) { return a->dueMs < b->dueMs; });
    const qsizetype free = std::max(0, m_maxInFlight - pollsInFlight());
    due.resize(std::min(due.size(), free));
    for (const auto &it : std::as_const(due)) {
        const QString id = it.key();
        const auto onPolled = [this, id](const Result<Artifact> &result) {
            const auto entry = m_entries.find(id);
            if (entry == m_entries.end())
                return;
            entry->request = 0;
            if (result) {
                onResult(id, result.value());
            } else if (result.error().httpStatus == 404) {
                m_entries.remove(id); // gone: asking again cannot bring it back, until another workspace
                m_gone.insert(id);
                Q_EMIT pollFailed(id, result.error());
            } else {
                // A failed poll waits like a quiet one: the budget has already retried what was worth it.
                entry->intervalMs = std::min<qint64>(m_intervals.maxMs, grown(entry->intervalMs, m_intervals.growth));
                entry->dueMs = clock()->nowMs() + entry->intervalMs;
                Q_EMIT pollFailed(id, result.error());
            }
            schedule();
        };
        // Background: a poll waits behind whatever the user asked for and stays away from a throttled class.
        it->request = m_client->retrieveArtifact(id, this, onPolled, RateBudget::Priority::Background);
    }
    schedule();
}

void StatusPoller::onResult(const QString &id, const Artifact &artifact)
{
    Q_EMIT artifactUpdated(artifact);
    if (artifact.status.kind() != StatusKind::Processing) {
        m_entries.remove(id);
        Q_EMIT statusChanged(artifact, statusCodeFor(StatusKind::Processing));
        return;
    }
    // A slot of artifactUpdated may have stopped watching it: then it stays unwatched.
    const auto entry = m_entries.find(id);
    if (entry == m_entries.end())
        return;
    entry->intervalMs = std::min<qint64>(m_intervals.maxMs, grown(entry->intervalMs, m_intervals.growth));
    entry->dueMs = clock()->nowMs() + entry->intervalMs;
}

void StatusPoller::schedule()
{
    Clock *c = clock();
    qint64 due = std::numeric_limits<qint64>::max();
    if (pollsInFlight() >= m_maxInFlight) { // the next answer frees a slot and schedules again
        m_timer.stop();
        return;
    }
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.request)
            due = std::min(due, e.dueMs);
    }
    if (!c || due == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 real = c->realDelayMs(std::max<qint64>(0, due - c->nowMs()));
    if (real < 0) { // a manual clock: advanced() drives pollDue
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::min<qint64>(real, std::numeric_limits<int>::max())));
}
