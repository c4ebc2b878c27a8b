#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"

#include <QObject>
#include <QPointer>

#include <functional>

class RecallClient;

// Works out what an id from the Open field is in the current workspace, asking the server only what it
// must: an artifact (Retrieve answers), else a recording this workspace knows (known locally, else one
// list request finds artifacts of it), else nothing here. One question at a time: a new resolve() or a
// client switch drops the one before, whose answer then never arrives.
class OpenResolver : public QObject
{
    Q_OBJECT
public:
    // Whether a recording is known without asking (its artifacts are loaded).
    using KnownRecording = std::function<bool(const QString &recordingId)>;

    explicit OpenResolver(QObject *parent = nullptr);
    ~OpenResolver() override;

    void setClient(RecallClient *client);
    void setKnownRecording(KnownRecording known) { m_knownRecording = std::move(known); }

    // Starts resolving id (artifact first, then recording); exactly one signal below follows, unless
    // cancelled. Without a client nothing happens.
    void resolve(const QString &id);
    void cancel();
    bool isBusy() const { return m_request != 0; }

Q_SIGNALS:
    void artifactFound(const Artifact &artifact);
    void recordingFound(const QString &recordingId);
    // Neither an artifact nor a recording of this workspace (mistyped, or another workspace or region).
    void notFound(const QString &id);
    void failed(const ApiError &error);

private:
    void resolveAsRecording(const QString &id);

    QPointer<RecallClient> m_client;
    KnownRecording m_knownRecording;
    quint64 m_request = 0;
};
