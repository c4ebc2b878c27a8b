#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"
#include "edit/metadatadiff.h"
#include "edit/metadatamerge.h"
#include "edit/metadataverify.h"
#include "edit/requestpreview.h"
#include "net/recallclient.h"
#include "net/requestbuilder.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

// The save of one metadata edit, as the spec's safe protocol asks (spec: "Metadata rules"), step by step
// for the editor to drive; no widgets. start() fetches the live artifact and merges three ways (as
// loaded, as edited, live). Conflicts stop for the user (resolveConflicts()); then the exact request,
// with a fresh Idempotency-Key, is shown (preview(), with the key hidden) until send(), unless previews
// are off. While the rate budget holds the request back, waiting() counts down; 429s never fail a save
// (the same request is sent again until the server takes it or the user cancels). The answer is
// compared with what was sent and every difference named; a server that kept removed keys (it merges)
// gets a follow-up with those keys as null on removeKeptKeys(), and is remembered per connection
// (SaveSemantics), so that the next save sends removed keys as null at once.
//
// The saver never owns the edit: base and mine are copied in and never changed, so the editor keeps
// its draft on every failure. After cancel(), a new start() or its destruction, it calls nobody back:
// replies of a superseded save are dropped (RecallClient::cancel) and ignored if they come anyway.
class MetadataSaver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool previewEnabled READ previewEnabled WRITE setPreviewEnabled)
public:
    enum class Target {
        Artifact, // the artifact's own metadata (PATCH /participant_events/{id}/)
        Recording, // its parent recording's (PATCH /recording/{id}/); live map from the artifact's recording
    };
    Q_ENUM(Target)

    enum class Stage {
        Idle, // nothing started, or cancelled
        Fetching, // getting the live map
        ResolvingConflicts, // waits for resolveConflicts() or cancel()
        Previewing, // waits for send() or cancel()
        Sending, // the PATCH is queued, waiting for the budget, or on the wire
        Done, // the answer arrived and was compared: outcome()
        Failed, // failure(); start() again to retry
    };
    Q_ENUM(Stage)

    struct SaveRequest
    {
        Target target = Target::Artifact;
        QString artifactId; // always: the live map is read from the artifact
        QString recordingId; // Target::Recording; empty: the artifact's recording
        Metadata base; // the map as loaded
        Metadata mine; // the user's edits
        // Empty: a fresh one. A batch passes the key its journal holds: each PATCH then goes with that
        // key plus a digest of its body, so that a resend after a crash is the same request to the
        // server, and a different body (removed keys as null, once the server is known to merge)
        // never reuses a key.
        QByteArray idempotencyKey;
        // For a batch, which must never overwrite what changed since its dry run: the live map must be
        // base (or what this very save leaves on a merging server before its removed keys go as
        // null), else the save fails with Failure::changed and nothing is sent. A live map that
        // already is mine is saved without a request (Outcome::nothingSent).
        bool onlyIfUnchanged = false;
    };

    struct Preview
    {
        ApiRequest request; // exactly what send() sends (the key included: never show this one)
        RequestPreview::Shown shown; // the same with the key hidden, for display
        QList<MetadataDiff::DiffRow> changes; // before: the live map, after: the map sent
    };

    struct Outcome
    {
        std::optional<Artifact> artifact; // Target::Artifact: the answer
        Metadata answer; // the map the server answered with (the recording's for Target::Recording)
        Metadata sent; // the map wanted (without nulls sent only to remove keys)
        QList<MetadataVerify::Difference> differences; // empty: the server holds exactly what was wanted
        bool nothingSent = false; // SaveRequest::onlyIfUnchanged found the map already as wanted
        bool hasKeptKeys() const { return MetadataVerify::looksLikeMerge(differences); }
    };

    struct Failure
    {
        ApiError error;
        bool gone = false; // 404: the artifact (or recording) is gone; the draft stays for the user
        bool changed = false; // SaveRequest::onlyIfUnchanged: the live map (live()) is not base
        QMap<QString, QStringList> keyErrors; // a 400's messages by metadata key
        QStringList otherErrors; // a 400's messages tied to no key
        QString message; // one translated sentence for the user
    };

    explicit MetadataSaver(RecallClient *client, QObject *parent = nullptr);
    ~MetadataSaver() override;

    // Under which name what the server showed is remembered (ConnectionProfile's name; never the key).
    // Empty (the default): nothing is remembered, every save starts as for an unknown server.
    void setConnectionName(const QString &name) { m_connectionName = name; }
    QString connectionName() const { return m_connectionName; }
    // Off: send() follows at once when the merge was clean (a conflict always stops for the user).
    void setPreviewEnabled(bool enabled) { m_previewEnabled = enabled; }
    bool previewEnabled() const { return m_previewEnabled; }

    // Starts over with this edit, dropping any save under way.
    void start(const SaveRequest &request);
    // One choice per conflict of mergeResult(), in its order (nullopt: the key goes). False, and
    // nothing changes, unless the stage is ResolvingConflicts and the count matches.
    bool resolveConflicts(const QList<MetadataMerge::Side> &choices);
    // The request that would go out for wanted (with removed keys as null where the server is known to
    // merge) with the Idempotency-Key of the save under way: what a preview shows while conflicts are
    // still being chosen is byte for byte what send() will send.
    ApiRequest requestFor(const Metadata &wanted) const;
    // Sends the previewed request; false unless the stage is Previewing.
    bool send();
    // After a save that left kept keys: sends the wanted map again with each kept key as null (fresh
    // Idempotency-Key, previewed like any PATCH) and compares again. False when there is nothing to remove.
    bool removeKeptKeys();
    // Drops what is under way; stage Idle. Emits stageChanged() before returning, then nothing more.
    void cancel();

    Stage stage() const { return m_stage; }
    const SaveRequest &request() const { return m_request; }
    const Metadata &live() const { return m_live; } // the server's map the request was built against
    const MetadataMerge::Result &mergeResult() const { return m_merge; }
    const Preview &preview() const { return m_preview; }
    const Outcome &outcome() const { return m_outcome; }
    const Failure &failure() const { return m_failure; }

Q_SIGNALS:
    void stageChanged(MetadataSaver::Stage stage);
    void conflictsFound(const MetadataMerge::Result &merge);
    void previewReady(const MetadataSaver::Preview &preview);
    // Real milliseconds until the budget lets the request go, about every 250 ms while it is held back;
    // 0 once it is not any more.
    void waiting(qint64 msLeft);
    void saved(const MetadataSaver::Outcome &outcome);
    void failed(const MetadataSaver::Failure &failure);

private:
    void abandon();
    void setStage(Stage stage);
    // setStage(); false when a slot connected to stageChanged() started over or cancelled meanwhile.
    bool enterStage(Stage stage);
    void onFetched(const Result<Artifact> &fetched);
    // Builds the request for wanted (plus removeAsNull as nulls) and previews or sends it.
    void prepare(const Metadata &wanted, const QStringList &removeAsNull);
    QStringList removedAsNull(const Metadata &wanted) const;
    ApiRequest build(const Metadata &sent) const;
    // Checks that the request is still the one previewed, then issue()s it.
    void sendPrepared();
    void issue();
    void onAnswer(const Metadata &answer, std::optional<Artifact> artifact);
    void rememberSemantics(const Metadata &answer);
    void fail(const ApiError &error);
    void watchBudget(bool on);
    void reportWaiting();

    QPointer<RecallClient> m_client;
    QString m_connectionName;
    bool m_previewEnabled = true;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0; // moves on with every start() and cancel(): older callbacks are stale
    RecallClient::RequestId m_inFlight = 0;
    QByteArray m_pendingKey; // the Idempotency-Key of the next PATCH: one per change, kept across retries

    SaveRequest m_request;
    QString m_recordingId;
    Metadata m_live;
    MetadataMerge::Result m_merge;
    Metadata m_wanted;
    QStringList m_removedAsNull; // keys sent as null only to remove them
    Metadata m_sent; // m_wanted plus those nulls
    Preview m_preview;
    Outcome m_outcome;
    Failure m_failure;

    QTimer m_waitTimer;
    bool m_watching = false;
    bool m_waitReported = false;
    bool m_waitCheckQueued = false;
};
