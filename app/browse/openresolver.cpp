#include "openresolver.h"

#include "core/timeformat.h"
#include "models/artifactlistmodel.h"
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
        else if (result.error().httpStatus != 404)
            Q_EMIT failed(result.error());
        else if (m_loaded && m_loaded->hasRecording(id))
            // A recording the list holds is no bot: no need to ask.
            Q_EMIT recordingFound(id);
        else
            // Retrieve Bot is of the per-id class, cheaper than the list request that finds a recording.
            retrieveBot(id, true);
    });
}

void OpenResolver::resolveBot(const QString &botId)
{
    cancel();
    if (m_client)
        retrieveBot(botId, false);
}

void OpenResolver::retrieveBot(const QString &id, bool fallBackToRecording)
{
    m_request = m_client->retrieveBot(id, this, [this, id, fallBackToRecording](const Result<Bot> &result) {
        m_request = 0;
        if (result)
            openBot(id, result.value());
        else if (result.error().httpStatus != 404)
            Q_EMIT failed(result.error());
        else if (fallBackToRecording)
            resolveAsRecording(id);
        else
            Q_EMIT botNotFound(id);
    });
}

void OpenResolver::openBot(const QString &botId, const Bot &bot)
{
    const QList<BotRecording> withEvents = bot.recordingsWithParticipantEvents();
    if (withEvents.isEmpty()) {
        Q_EMIT botWithoutArtifacts(botId, bot.recordings.isEmpty() ? BotGap::NoRecording : BotGap::NotCaptured,
            int(bot.recordings.size()), QString());
        return;
    }
    if (withEvents.size() > 1) {
        QList<OpenRequest> choices;
        for (const BotRecording &recording : withEvents) {
            // Several recordings of one bot are told apart by when they started.
            QString label = TimeFormat::local(recording.time());
            label = !label.isEmpty()      ? tr("recording started %1").arg(label)
                : !recording.id.isEmpty() ? tr("recording %1").arg(recording.id)
                                          : QString();
            choices.append({OpenRequest::Kind::Artifact, recording.participantEventsId, label});
        }
        Q_EMIT botChoices(botId, choices);
        return;
    }
    // Retrieved rather than taken from the bot: the pane needs the whole artifact, and fresh links.
    const QString artifactId = withEvents.constFirst().participantEventsId;
    m_request = m_client->retrieveArtifact(artifactId, this,
        [this, botId, artifactId, recordings = int(bot.recordings.size())](const Result<Artifact> &result) {
            m_request = 0;
            if (result)
                Q_EMIT artifactFound(result.value());
            else if (result.error().httpStatus == 404)
                Q_EMIT botWithoutArtifacts(botId, BotGap::ArtifactNotFound, recordings, artifactId);
            else
                Q_EMIT failed(result.error());
        });
}

void OpenResolver::resolveAsRecording(const QString &id)
{
    // Only a recording this workspace knows becomes the list's filter: a filter for an id that is
    // nothing here would show an empty list that explains nothing.
    if (m_loaded && m_loaded->hasRecording(id)) {
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

void OpenResolver::resolvePrefix(const QString &prefix)
{
    cancel();
    // A few beyond one are enough to offer; a short prefix matching hundreds needs more typing.
    constexpr int maxChoices = 12;
    const QStringList artifacts = m_loaded ? m_loaded->artifactIdsWithPrefix(prefix, maxChoices) : QStringList();
    const QStringList recordings = m_loaded ? m_loaded->recordingIdsWithPrefix(prefix, maxChoices) : QStringList();
    if (artifacts.size() == 1 && recordings.isEmpty()) {
        Q_EMIT artifactFound(m_loaded->artifact(m_loaded->rowOf(artifacts.constFirst())));
    } else if (recordings.size() == 1 && artifacts.isEmpty()) {
        Q_EMIT recordingFound(recordings.constFirst());
    } else if (artifacts.isEmpty() && recordings.isEmpty()) {
        Q_EMIT prefixNotFound(prefix);
    } else {
        QList<OpenRequest> candidates;
        for (const QString &id : artifacts)
            candidates.append({OpenRequest::Kind::Artifact, id});
        for (const QString &id : recordings)
            candidates.append({OpenRequest::Kind::Recording, id});
        Q_EMIT choicesFound(prefix, candidates);
    }
}
