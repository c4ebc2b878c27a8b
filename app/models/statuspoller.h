#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

class Clock;
class RecallClient;

// Recall sends status webhooks to servers, not to desktop apps, so the app polls Retrieve for the
// artifacts that are still `processing` while the user can see them. Each artifact waits longer
// between polls the longer it stays processing, and every poll goes through the client's shared
// rate budget as a background request with only a few in flight at once, so watching many rows never
// crowds out what the user asks for nor adds load to a throttled workspace.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        qint64 firstMs = 5000; // the first poll after an artifact becomes watched
        double growth = 1.6; // each poll that still finds `processing` waits this much longer
        qint64 maxMs = 120000;
    };

    explicit StatusPoller(QObject *parent = nullptr);

    // The client of the current workspace (its budget's clock times the polls); nullptr stops polling.
    // A new client means a new workspace: every watched id is dropped (polls in flight on the old
    // client are cancelled) and the 404s are forgotten; call setWatched() with the new rows.
    void setClient(RecallClient *client);
    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    // At most this many polls wait for an answer at once (at least one).
    void setMaxInFlight(int polls) { m_maxInFlight = std::max(1, polls); }
    int maxInFlight() const { return m_maxInFlight; }

    // The processing artifacts the user can see now. Ids that drop out stop being polled; new ones
    // start with the first interval; ids that stay keep their growing interval.
    // An id once answered with 404 is not polled again (until setClient()).
    void setWatched(const QStringList &artifactIds);
    QStringList watched() const { return m_entries.keys(); }
    int pollsInFlight() const;

Q_SIGNALS:
    // Every fresh copy of a watched artifact, for the model to update in place.
    void artifactUpdated(const Artifact &artifact);
    // A watched artifact left `processing` (usually to done or failed).
    void statusChanged(const Artifact &artifact, const QString &previousCode);
    void pollFailed(const QString &artifactId, const ApiError &error);

private:
    struct Entry
    {
        qint64 dueMs = 0;
        qint64 intervalMs = 0;
        quint64 request = 0; // non-zero while a poll is in flight
    };

    Clock *clock() const;
    void pollDue();
    void onResult(const QString &id, const Artifact &artifact);
    void schedule();

    QPointer<RecallClient> m_client;
    Intervals m_intervals;
    int m_maxInFlight = 2;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_gone; // answered 404: never polled again in this workspace
    QTimer m_timer;
    QMetaObject::Connection m_clockConnection;
};
