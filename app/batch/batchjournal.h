#pragma once

#include "batch/batchoperation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One artifact of a batch: what the dry run saw and decided, and what the run did.
struct BatchItem
{
    enum class RunState {
        NotSent, // the dry run's verdict was not WillChange: never sent
        Pending, // to be sent
        Sending, // written before the PATCH went out: on resume, its fate is checked first (a GET)
        Done, // the server holds the change (message: differences it reported, if any)
        AlreadyDone, // the map already was as wanted when checked: nothing sent
        Conflict, // the artifact changed since the dry run: not sent, for review in the editor
        Gone, // the server answered 404 before the PATCH
        Failed, // the PATCH or the GET before it failed (message says why)
    };

    QString artifactId;
    Metadata before; // the map as the dry run fetched it
    Metadata after; // the map the operations make of it
    BatchVerdict verdict = BatchVerdict::NotFetched;
    QString reason; // the dry run's sentence (NoChange, Skipped, Invalid, Gone, Failed)
    QByteArray idempotencyKey; // made once per item when the run starts; every send and resend reuses it
    RunState state = RunState::NotSent;
    QString message; // the run's sentence (Done with differences, Conflict, Gone, Failed)

    // The run has nothing more to do for this item.
    bool settled() const { return state != RunState::Pending && state != RunState::Sending; }
    friend bool operator==(const BatchItem &, const BatchItem &) = default;
};

// A whole batch as the journal keeps it: which connection (its name, never its key), the
// operations, and every item with its state.
struct Batch
{
    QString id; // a UUID without braces; names the journal file
    QString connection; // the connection key (profile id), never the API key
    QDateTime createdAt; // UTC
    QList<BatchOperation> operations;
    QList<BatchItem> items;
    bool finished = false; // every item settled (or the user discarded it): no longer offered for resuming

    int count(BatchItem::RunState state) const;
    int toSend() const; // items whose verdict is WillChange
    int settledToSend() const; // of those, the ones settled
    friend bool operator==(const Batch &, const Batch &) = default;
};

// The journal of batch edits: one file per batch, <folder>/<id>.json, rewritten whole through
// QSaveFile at every step (before a PATCH goes out and after its answer), so that a crash, a kill or
// Cancel leaves a file from which the batch resumes without sending anything twice. Holds the
// connection's name and the maps, never a key. A damaged file is reported, never fatal.
class BatchJournal
{
public:
    // folder: where journals live; empty: the app data folder's "batches".
    explicit BatchJournal(const QString &folder = {});

    QString folder() const { return m_folder; }
    QString filePath(const QString &batchId) const;

    // Writes the batch whole. False with why set when the file could not be written.
    bool save(const Batch &batch, QString *why = nullptr);
    // nullopt with why set when the file is missing or unreadable.
    std::optional<Batch> load(const QString &batchId, QString *why = nullptr) const;
    // The unfinished batches of one connection, newest first (damaged files are left out).
    QList<Batch> unfinished(const QString &connection) const;
    // Deletes the batch's file. False when it could not be removed.
    bool remove(const QString &batchId);

private:
    QString m_folder;
};
