#include "openresolver.h"

#include "net/recallclient.h"

OpenResolver::OpenResolver(QObject *parent)
    : QObject(parent)
{ }

OpenResolver::~OpenResolver()
{
    cancel();
}

void OpenResolver::setClient(RecallClient *client)
{
    cancel();
    m_client = client;
}

void OpenResolver::cancel()
{
    if (m_request && m_client)
        m_client->cancel(m_request);
    m_request = 0;
}

void OpenResolver::resolve(const QString &id)
{
    cancel();
    if (!m_client)
        return;
    m_request = m_client->retrieveArtifact(id, this, [this, id](const Result<Artifact> &result) {
        m_request = 0;
        if (result)
            Q_EMIT artifactFound(result.value());
        else if (result.error().httpStatus == 404)
            resolveAsRecording(id);
        else
            Q_EMIT failed(result.error());
    });
}

void OpenResolver::resolveAsRecording(const QString &id)
{
    // Only a recording this workspace knows becomes the list's filter: a filter for an id that is
    // nothing here would show an empty list that explains nothing.
    if (m_knownRecording && m_knownRecording(id)) {
        Q_EMIT recordingFound(id);
        return;
    }
    ListFilter probe;
    probe.recordingId = id;
    m_request = m_client->listArtifacts(probe, this, [this, id](const Result<ArtifactPage> &result) {
        m_request = 0;
        if (!result)
            Q_EMIT failed(result.error());
        else if (result->results.isEmpty())
            Q_EMIT notFound(id);
        else
            Q_EMIT recordingFound(id);
    });
}
