#include "metadatasaver.h"

#include "core/clock.h"
#include "domain/metadatajson.h"
#include "edit/savesemantics.h"
#include "net/ratebudget.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitReportIntervalMs = 250;
constexpr qint64 defaultRetryAfterMs = 1000;

bool sameRequest(const ApiRequest &a, const ApiRequest &b)
{
    return a.verb == b.verb && a.url == b.url && a.headers == b.headers && a.body == b.body;
}

// The metadata key a 400's dotted path names: "metadata.ticket" -> "ticket". Keys may hold dots
// themselves, so the longest prefix that is a key sent wins; nullopt for paths outside the map.
std::optional<QString> keyOfPath(const QString &path, const Metadata &sent)
{
    static const QString prefix = u"metadata."_s;
    if (!path.startsWith(prefix))
        return std::nullopt;
    QString key = path.mid(prefix.size());
    const QString whole = key;
    while (!key.isEmpty()) {
        if (sent.contains(key))
            return key;
        const qsizetype dot = key.lastIndexOf(u'.');
        if (dot < 0)
            break;
        key.truncate(dot);
    }
    return whole.isEmpty() ? std::nullopt : std::optional<QString>(whole);
}

// The key a batch's journaled key stands for with this body: the same body always gets the same key
// (a resend after a crash is recognised), another body never gets it (a server that replays by key
// would answer a different request with the first one's answer).
QByteArray keyForBody(const QByteArray &seed, const Metadata &sent)
{
    return seed + '-'
        + QCryptographicHash::hash(MetadataJson::write(sent), QCryptographicHash::Sha256).toHex().left(16);
}

// live is what a save of mine against base leaves on a server that merges before its kept keys are
// sent as null: every key of mine as mine has it, and any other key one that mine removed, unchanged.
bool isOwnHalfSave(const Metadata &live, const Metadata &base, const Metadata &mine)
{
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const auto found = live.constFind(it.key());
        if (found == live.cend() || !(*found == *it))
            return false;
    }
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        if (mine.contains(it.key()))
            continue;
        const auto was = base.constFind(it.key());
        if (was == base.cend() || !(*was == *it))
            return false;
    }
    return true;
}

// A fetch answered with 200 but nothing a save can be built on.
ApiError unusableAnswer(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.httpStatus = 200;
    error.message = message;
    return error;
}

// wanted with each of keys set to null: how a key is removed from a server that merges.
Metadata withNulls(Metadata wanted, const QStringList &keys)
{
    for (const QString &key : keys)
        wanted.insert(key, MetadataValue(std::nullopt));
    return wanted;
}

} // namespace

MetadataSaver::MetadataSaver(RecallClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
    m_waitTimer.setInterval(waitReportIntervalMs);
    connect(&m_waitTimer, &QTimer::timeout, this, &MetadataSaver::reportWaiting);
    connect(client->budget(), &RateBudget::stateChanged, this, [this] {
        // The client learns its ticket only after the budget has signalled: look once it has.
        if (!m_watching || m_waitCheckQueued)
            return;
        m_waitCheckQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_waitCheckQueued = false;
                reportWaiting();
            },
            Qt::QueuedConnection);
    });
}

MetadataSaver::~MetadataSaver()
{
    abandon();
}

void MetadataSaver::abandon()
{
    ++m_generation;
    if (m_inFlight && m_client)
        m_client->cancel(m_inFlight);
    m_inFlight = 0;
    m_watching = false;
    m_waitReported = false;
    m_waitTimer.stop();
}

void MetadataSaver::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool MetadataSaver::enterStage(Stage stage)
{
    const quint64 generation = m_generation;
    setStage(stage);
    return generation == m_generation;
}

void MetadataSaver::start(const SaveRequest &request)
{
    abandon();
    m_request = request;
    m_recordingId = request.recordingId;
    m_live.clear();
    m_merge = {};
    m_wanted.clear();
    m_removedAsNull.clear();
    m_sent.clear();
    m_preview = {};
    m_outcome = {};
    m_failure = {};
    m_pendingKey = request.idempotencyKey.isEmpty() ? RequestBuilder::newIdempotencyKey() : request.idempotencyKey;
    if (!m_client) {
        ApiError error = ApiError::cancelled();
        error.message = tr("There is no connection to save with.");
        fail(error);
        return;
    }

    if (!enterStage(Stage::Fetching))
        return; // a slot started over or cancelled
    const quint64 generation = m_generation;
    m_inFlight = m_client->retrieveArtifact(request.artifactId, this, [this, generation](const Result<Artifact> &r) {
        if (generation == m_generation)
            onFetched(r);
    });
    watchBudget(true);
}

void MetadataSaver::onFetched(const Result<Artifact> &fetched)
{
    m_inFlight = 0;
    watchBudget(false);
    if (!fetched) {
        fail(fetched.error());
        return;
    }
    const Artifact &artifact = fetched.value();
    if (m_request.target == Target::Artifact) {
        if (artifact.metadataUnreadable) {
            fail(unusableAnswer(tr("The server's metadata of this artifact could not be read; saving would "
                                   "overwrite whatever it holds, so nothing was sent.")));
            return;
        }
        m_live = artifact.metadata;
        if (m_request.onlyIfUnchanged && m_live == m_request.mine) {
            m_outcome.artifact = artifact;
            m_outcome.answer = m_live;
            m_outcome.sent = m_live;
            m_outcome.nothingSent = true;
            if (enterStage(Stage::Done))
                Q_EMIT saved(m_outcome);
            return;
        }
        if (m_request.onlyIfUnchanged && m_live != m_request.base
            && !isOwnHalfSave(m_live, m_request.base, m_request.mine)) {
            Failure failure;
            failure.changed = true;
            failure.message = tr("The artifact's metadata changed on the server since it was looked at; nothing "
                                 "was sent.");
            m_failure = failure;
            if (enterStage(Stage::Failed))
                Q_EMIT failed(m_failure);
            return;
        }
    } else {
        if (m_recordingId.isEmpty())
            m_recordingId = artifact.recording.id;
        if (m_recordingId.isEmpty()) {
            fail(unusableAnswer(tr("The artifact names no recording, so there is no recording metadata to save.")));
            return;
        }
        m_live = MetadataJson::fromObject(artifact.recording.metadata.value_or(QJsonObject()));
    }

    m_merge = MetadataMerge::merge(m_request.base, m_request.mine, m_live);
    if (!m_merge.clean()) {
        if (enterStage(Stage::ResolvingConflicts))
            Q_EMIT conflictsFound(m_merge);
        return;
    }

    prepare(m_merge.merged, removedAsNull(m_merge.merged));
}

bool MetadataSaver::resolveConflicts(const QList<MetadataMerge::Side> &choices)
{
    if (m_stage != Stage::ResolvingConflicts || choices.size() != m_merge.conflicts.size())
        return false;
    const Metadata wanted = MetadataMerge::resolved(m_merge, choices);
    prepare(wanted, removedAsNull(wanted));
    return true;
}

QStringList MetadataSaver::removedAsNull(const Metadata &wanted) const
{
    // A server known to merge keeps what is left out: a key removed here goes as null.
    QStringList removeAsNull;
    if (SaveSemantics::of(m_connectionName) == SaveSemantics::Patch::Merges) {
        for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
            if (!wanted.contains(it.key()))
                removeAsNull.append(it.key());
        }
    }
    return removeAsNull;
}

ApiRequest MetadataSaver::build(const Metadata &sent) const
{
    const Connection connection = m_client ? m_client->connection() : Connection();
    return m_request.target == Target::Artifact
        ? RequestBuilder::patchMetadata(connection, m_request.artifactId, sent, m_pendingKey)
        : RequestBuilder::patchRecordingMetadata(connection, m_recordingId, sent, m_pendingKey);
}

ApiRequest MetadataSaver::requestFor(const Metadata &wanted) const
{
    return build(withNulls(wanted, removedAsNull(wanted)));
}

void MetadataSaver::prepare(const Metadata &wanted, const QStringList &removeAsNull)
{
    m_wanted = wanted;
    m_removedAsNull = removeAsNull;
    m_sent = withNulls(wanted, removeAsNull);
    if (!m_request.idempotencyKey.isEmpty())
        m_pendingKey = keyForBody(m_request.idempotencyKey, m_sent);

    m_preview.request = build(m_sent);
    m_preview.shown = RequestPreview::redacted(m_preview.request);
    m_preview.changes = MetadataDiff::diff(m_live, m_sent);

    if (!m_previewEnabled) {
        sendPrepared();
        return;
    }
    if (enterStage(Stage::Previewing))
        Q_EMIT previewReady(m_preview);
}

bool MetadataSaver::send()
{
    if (m_stage != Stage::Previewing || !m_client)
        return false;
    sendPrepared();
    return true;
}

void MetadataSaver::sendPrepared()
{
    const ApiRequest now = build(m_sent);
    if (!sameRequest(now, m_preview.request)) {
        // The client was switched to another connection since the preview: what the user saw is not
        // what would go out.
        ApiError error = ApiError::cancelled();
        error.message = tr("The connection changed after the request was shown; nothing was sent. Save again.");
        fail(error);
        return;
    }
    if (enterStage(Stage::Sending))
        issue();
}

void MetadataSaver::issue()
{
    const quint64 generation = m_generation;
    const QByteArray idempotencyKey = m_preview.request.header("Idempotency-Key");
    // A final 429 (the client gave up after its own retries) is no failure: the budget pauses as for
    // any 429 and the same request, same key, waits its turn again. The user decides when to stop.
    const auto retryOnRateLimit = [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Http || error.httpStatus != 429)
            return false;
        m_client->budget()->pause(RateBudget::RequestClass::PerId, error.retryAfterMs.value_or(defaultRetryAfterMs));
        issue();
        return true;
    };
    // Both targets are answered alike: a stale answer is dropped, a final 429 waits its turn again,
    // anything else that is not an answer fails the save.
    const auto answered = [this, generation, retryOnRateLimit](const auto &r) {
        if (generation != m_generation)
            return false;
        m_inFlight = 0;
        if (!r && !retryOnRateLimit(r.error()))
            fail(r.error());
        return bool(r);
    };
    if (m_request.target == Target::Artifact) {
        m_inFlight = m_client->updateMetadata(
            m_request.artifactId, m_sent, idempotencyKey, this, [this, answered](const Result<Artifact> &r) {
                if (answered(r))
                    onAnswer(r->metadata, r.value());
            });
    } else {
        m_inFlight = m_client->updateRecordingMetadata(
            m_recordingId, m_sent, idempotencyKey, this, [this, answered](const Result<Recording> &r) {
                if (answered(r))
                    onAnswer(MetadataJson::fromObject(r->metadata.value_or(QJsonObject())), std::nullopt);
            });
    }
    watchBudget(true);
}

void MetadataSaver::onAnswer(const Metadata &answer, std::optional<Artifact> artifact)
{
    watchBudget(false);
    rememberSemantics(answer);
    m_outcome.artifact = std::move(artifact);
    m_outcome.answer = answer;
    m_outcome.sent = m_wanted;
    m_outcome.differences = MetadataVerify::compare(m_live, m_wanted, answer);
    if (enterStage(Stage::Done))
        Q_EMIT saved(m_outcome);
}

void MetadataSaver::rememberSemantics(const Metadata &answer)
{
    // Only what this answer proves: a key left out but still there (merge), a null sent to remove a
    // key that stayed (null does not delete: only leaving keys out removes them, as on a replacing
    // server), a null that removed its key (merge confirmed), a key left out and gone (replace).
    bool merges = false;
    bool replaces = false;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        const QString &key = it.key();
        if (m_wanted.contains(key))
            continue;
        const bool stayed = answer.contains(key);
        if (m_removedAsNull.contains(key)) {
            if (stayed)
                replaces = true;
            else
                merges = true;
        } else if (stayed) {
            merges = true;
        } else {
            replaces = true;
        }
    }
    if (replaces && merges)
        return; // contradicting evidence: keep what was known
    if (replaces)
        SaveSemantics::remember(m_connectionName, SaveSemantics::Patch::Replaces);
    else if (merges)
        SaveSemantics::remember(m_connectionName, SaveSemantics::Patch::Merges);
}

bool MetadataSaver::removeKeptKeys()
{
    if (m_stage != Stage::Done || !m_outcome.hasKeptKeys() || !m_client)
        return false;
    // Kept keys not yet sent as null go as null now. Those that were sent as null and stayed show a
    // server on which null does not delete: they are simply left out (rememberSemantics() has noted it).
    QList<MetadataVerify::Difference> toNull;
    for (const MetadataVerify::Difference &d : std::as_const(m_outcome.differences)) {
        if (d.kind == MetadataVerify::Difference::Kind::Kept && !m_removedAsNull.contains(d.key))
            toNull.append(d);
    }
    const Metadata sent = MetadataVerify::withKeptKeysAsNull(m_wanted, toNull);
    QStringList removeAsNull;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (!m_wanted.contains(it.key()))
            removeAsNull.append(it.key());
    }
    abandon();
    m_live = m_outcome.answer; // the answer is the new truth
    m_outcome = {};
    m_pendingKey = RequestBuilder::newIdempotencyKey(); // another change: another key
    prepare(m_wanted, removeAsNull);
    return true;
}

void MetadataSaver::cancel()
{
    abandon();
    setStage(Stage::Idle);
}

void MetadataSaver::fail(const ApiError &error)
{
    watchBudget(false);
    Failure failure;
    failure.error = error;
    failure.gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (const auto key = keyOfPath(it.key(), m_sent)) {
            failure.keyErrors[*key].append(it.value());
        } else {
            for (const QString &message : it.value())
                failure.otherErrors.append(it.key() == "metadata"_L1 ? message : tr("%1: %2").arg(it.key(), message));
        }
    }
    if (failure.gone) {
        failure.message = m_request.target == Target::Artifact
            ? tr("The artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.")
            : tr("The recording or its artifact is gone (deleted, or not in this region). Nothing was saved; your "
                 "edits are kept.");
    } else if (!failure.keyErrors.isEmpty()) {
        failure.message = tr("The server refused %n value(s). Nothing was saved; your edits are kept.", nullptr,
            static_cast<int>(failure.keyErrors.size()));
    } else {
        failure.message = error.displayText();
    }
    m_failure = failure;
    if (enterStage(Stage::Failed))
        Q_EMIT failed(m_failure);
}

void MetadataSaver::watchBudget(bool on)
{
    m_watching = on;
    if (on) {
        m_waitTimer.start();
        reportWaiting();
        return;
    }
    m_waitTimer.stop();
    if (m_waitReported) {
        m_waitReported = false;
        Q_EMIT waiting(0);
    }
}

void MetadataSaver::reportWaiting()
{
    if (!m_watching || !m_client)
        return;
    qint64 msLeft = 0;
    if (m_client->isHeldBack(m_inFlight)) {
        const RateBudget *budget = m_client->budget();
        const qint64 clockMs = budget->state().perId.msUntilNextSlot;
        const qint64 realMs = budget->clock()->realDelayMs(clockMs);
        msLeft = realMs < 0 ? clockMs : realMs; // a clock moved by hand: its own milliseconds
    }
    if (msLeft > 0) {
        m_waitReported = true;
        Q_EMIT waiting(msLeft);
    } else if (m_waitReported) {
        m_waitReported = false;
        Q_EMIT waiting(0);
    }
}
