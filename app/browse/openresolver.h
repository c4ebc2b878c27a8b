#pragma once

#include "core/idextractor.h"
#include "domain/apierror.h"
#include "domain/artifact.h"
#include "domain/bot.h"

#include <QObject>
#include <QPointer>

class ArtifactListModel;
class RecallClient;

// Works out what an id from the Open field is in the current workspace, asking the server only what it
// must: an artifact (Retrieve answers), else a recording the list already holds, else a bot (Retrieve
// Bot answers: its recordings lead to artifacts), else a recording of this workspace (one list request
// finds artifacts of it), else nothing here. A bot id known as one skips straight to Retrieve Bot. A
// short id (the table's first characters) is matched against the loaded rows only. One question at a
// time: a new resolve(), cancel() or a client switch drops the whole chain, whose answer then never
// arrives.
class OpenResolver : public QObject
{
    Q_OBJECT
public:
    // Why a bot leads to no artifact.
    enum class BotGap {
        NoRecording, // the bot has not recorded (yet)
        NotCaptured, // its recordings have no participant events (participant_events is null)
        ArtifactNotFound, // it names an artifact that Retrieve does not find (deleted for good)
    };
    Q_ENUM(BotGap)

    explicit OpenResolver(QObject *parent = nullptr);
    ~OpenResolver() override;

    void setClient(RecallClient *client);
    // The loaded rows: what short ids are matched against, and recordings known without asking.
    void setLoaded(const ArtifactListModel *loaded) { m_loaded = loaded; }

    // Starts resolving an id of unknown kind (artifact, then recording or bot); exactly one signal below
    // follows, unless cancelled. Without a client nothing happens.
    void resolve(const QString &id);
    // Starts resolving a bot id: Retrieve Bot, then the artifact of its one recording (artifactFound),
    // the artifacts of several (botChoices), botWithoutArtifacts or botNotFound.
    void resolveBot(const QString &botId);
    // A short id: one loaded artifact or recording starting with it opens, several are offered
    // (choicesFound), none is prefixNotFound. Answers before returning; asks the server nothing.
    void resolvePrefix(const QString &prefix);
    void cancel();
    bool isBusy() const { return m_request != 0; }

Q_SIGNALS:
    // Also the one artifact a bot leads to, freshly retrieved.
    void artifactFound(const Artifact &artifact);
    void recordingFound(const QString &recordingId);
    // Neither an artifact, a bot nor a recording of this workspace (mistyped, or another workspace or region).
    void notFound(const QString &id);
    // Several loaded artifacts or recordings start with prefix: the candidates, with their full ids.
    void choicesFound(const QString &prefix, const QList<OpenRequest> &candidates);
    void prefixNotFound(const QString &prefix);
    // The bot has several recordings with participant events: one Artifact request per recording, in
    // the bot's order, each labelled with the time its recording started.
    void botChoices(const QString &botId, const QList<OpenRequest> &artifacts);
    // The bot exists but leads to no artifact. recordings: how many the bot has; artifactId: the one
    // Retrieve did not find (ArtifactNotFound only, else empty).
    void botWithoutArtifacts(const QString &botId, OpenResolver::BotGap gap, int recordings, const QString &artifactId);
    // An id given as a bot id that Retrieve Bot does not know.
    void botNotFound(const QString &botId);
    void failed(const ApiError &error);

private:
    void retrieveBot(const QString &id, bool fallBackToRecording);
    void resolveAsRecording(const QString &id);
    void openBot(const QString &botId, const Bot &bot);

    QPointer<RecallClient> m_client;
    const ArtifactListModel *m_loaded = nullptr;
    quint64 m_request = 0;
};
