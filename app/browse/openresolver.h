#pragma once

#include "core/idextractor.h"
#include "domain/apierror.h"
#include "domain/artifact.h"

#include <QObject>
#include <QPointer>

class ArtifactListModel;
class RecallClient;

// Works out what an id from the Open field is in the current workspace, asking the server only what it
// must: an artifact (Retrieve answers), else a recording this workspace knows (known locally, else one
// list request finds artifacts of it), else nothing here. A short id (the table's first characters) is
// matched against the loaded rows only. One question at a time: a new resolve() or a client switch
// drops the one before, whose answer then never arrives.
class OpenResolver : public QObject
{
    Q_OBJECT
public:
    explicit OpenResolver(QObject *parent = nullptr);
    ~OpenResolver() override;

    void setClient(RecallClient *client);
    // The loaded rows: what short ids are matched against, and recordings known without asking.
    void setLoaded(const ArtifactListModel *loaded) { m_loaded = loaded; }

    // Starts resolving id (artifact first, then recording); exactly one signal below follows, unless
    // cancelled. Without a client nothing happens.
    void resolve(const QString &id);
    // A short id: one loaded artifact or recording starting with it opens, several are offered
    // (choicesFound), none is prefixNotFound. Answers before returning; asks the server nothing.
    void resolvePrefix(const QString &prefix);
    void cancel();
    bool isBusy() const { return m_request != 0; }

Q_SIGNALS:
    void artifactFound(const Artifact &artifact);
    void recordingFound(const QString &recordingId);
    // Neither an artifact nor a recording of this workspace (mistyped, or another workspace or region).
    void notFound(const QString &id);
    // Several loaded artifacts or recordings start with prefix: the candidates, with their full ids.
    void choicesFound(const QString &prefix, const QList<OpenRequest> &candidates);
    void prefixNotFound(const QString &prefix);
    void failed(const ApiError &error);

private:
    void resolveAsRecording(const QString &id);

    QPointer<RecallClient> m_client;
    const ArtifactListModel *m_loaded = nullptr;
    quint64 m_request = 0;
};
