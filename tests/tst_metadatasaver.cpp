// The save flow of the metadata editor against the demo server over loopback: fetch, three-way merge,
// conflicts, preview, send through the rate budget, verification, kept keys on a merging server and
// what is remembered of it, and every way a save can fail or be abandoned.
#include "clientfixture.h"
#include "domain/metadatajson.h"
#include "edit/metadatasaver.h"
#include "edit/savesemantics.h"
#include "testsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Stage = MetadataSaver::Stage;
using Kind = MetadataVerify::Difference::Kind;

namespace {

constexpr int timeoutMs = 10000;

QByteArray headerOf(const DemoServer::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// How a key sent as null reads in a compact body.
QByteArray asNull(const QString &key)
{
    return QByteArray('"' + key.toUtf8() + "\":null");
}

MetadataValue text(const QString &value)
{
    return MetadataValue(value);
}

} // namespace

class TestMetadataSaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cleanSaveInReplaceMode();
    void otherChangeOnAnotherKeyIsMerged();
    void sameKeyIsAConflictUntilResolved();
    void mergingServerKeptKeyIsRemovedAndRemembered();
    void rememberedMergeCorrectedByReplacingServer();
    void validationErrorsMappedToKeys();
    void rateLimitedSaveWaitsThenSucceeds();
    void droppedAnswerIsRetriedWithTheSameKey();
    void goneArtifactIsReportedAsGone();
    void recordingTargetKeepsNullValue();
    void previewOffSendsAtOnceButConflictsStop();
    void cancelMidFlightCallsNobodyBack();
    void restartIgnoresTheOldSave();
    void onlyIfUnchangedGuardsABatchSave();

private:
    bool restart(double speed);
    // An artifact (not deleted) with at least `keys` string values, none of them null or too long.
    QString artifactWithKeys(int keys) const;
    Metadata liveMetadata(const QString &id);
    Metadata serverMetadata(const QString &id) const;
    QList<DemoServer::RecordedRequest> patches() const;
    MetadataSaver::SaveRequest editOf(const QString &id, const Metadata &mine);
    // Another client sets the artifact's map to theirs (after the editor loaded it); true once it has.
    bool changeElsewhere(const QString &id, const Metadata &theirs);

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
};

void TestMetadataSaver::initTestCase()
{
    useTestSettings(u"tst_metadatasaver"_s);
}

void TestMetadataSaver::init()
{
    QSettings().clear();
    QVERIFY(restart(1000.0));
}

void TestMetadataSaver::cleanup()
{
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

bool TestMetadataSaver::restart(double speed)
{
    cleanup();
    return startClientWorkspace(m_clock, m_server, m_budget, m_client, speed);
}

QString TestMetadataSaver::artifactWithKeys(int keys) const
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        const QJsonObject json = m_server->artifactJson(id);
        if (json.value("status"_L1).toObject().value("code"_L1).toString() == "deleted"_L1)
            continue;
        const QJsonObject map = json.value("metadata"_L1).toObject();
        const bool plain = std::all_of(map.constBegin(), map.constEnd(),
            [](const QJsonValue &v) { return v.isString() && v.toString().size() < 100; });
        if (map.size() >= keys && plain)
            return id;
    }
    return {};
}

Metadata TestMetadataSaver::liveMetadata(const QString &id)
{
    Outcome<Artifact> out;
    m_client->retrieveArtifact(id, this, out.callback());
    if (!QTest::qWaitFor([&] { return out.done(); }, timeoutMs) || !out.ok())
        return {};
    return out.value().metadata;
}

Metadata TestMetadataSaver::serverMetadata(const QString &id) const
{
    const QJsonObject map = m_server->artifactJson(id).value("metadata"_L1).toObject();
    return MetadataJson::fromObject(map);
}

QList<DemoServer::RecordedRequest> TestMetadataSaver::patches() const
{
    return recordedRequests(*m_server, "PATCH");
}

MetadataSaver::SaveRequest TestMetadataSaver::editOf(const QString &id, const Metadata &mine)
{
    MetadataSaver::SaveRequest request;
    request.artifactId = id;
    request.base = liveMetadata(id);
    request.mine = mine;
    return request;
}

bool TestMetadataSaver::changeElsewhere(const QString &id, const Metadata &theirs)
{
    Outcome<Artifact> other;
    m_client->updateMetadata(id, theirs, this, other.callback());
    return QTest::qWaitFor([&] { return other.done(); }, timeoutMs) && other.ok();
}

void TestMetadataSaver::cleanSaveInReplaceMode()
{
    const QString id = artifactWithKeys(2);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    Metadata mine = base;
    const QString removed = mine.firstKey();
    mine.remove(removed);
    mine.insert(u"ticket"_s, text(u"SUP-4711"_s));

    MetadataSaver saver(m_client.get());
    saver.setConnectionName(u"Demo/replacing"_s);
    QSignalSpy stages(&saver, &MetadataSaver::stageChanged);
    QSignalSpy previews(&saver, &MetadataSaver::previewReady);
    QSignalSpy saved(&saver, &MetadataSaver::saved);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, mine, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    QCOMPARE(previews.count(), 1);
    QVERIFY(patches().isEmpty()); // nothing goes out before send()

    // The preview is the exact request, with the key hidden in its shown form.
    const MetadataSaver::Preview &preview = saver.preview();
    QCOMPARE(preview.request.verb, QByteArray("PATCH"));
    QCOMPARE(preview.request.url, RequestBuilder::artifactUrl(m_server->baseUrl(), id));
    QVERIFY(!preview.request.header("Idempotency-Key").isEmpty());
    QVERIFY(!preview.shown.text().contains(m_server->token()));
    QVERIFY(preview.shown.text().contains(RequestPreview::hiddenValue()));
    QVERIFY(preview.shown.body.contains(u"\"ticket\": \"SUP-4711\""_s));
    const auto removal = std::find_if(preview.changes.cbegin(), preview.changes.cend(),
        [&](const MetadataDiff::DiffRow &c) { return c.key == removed; });
    QVERIFY(removal != preview.changes.cend());
    QCOMPARE(removal->kind, MetadataDiff::DiffRow::Kind::Removed);
    QVERIFY(removal->before.has_value());
    QVERIFY(!removal->after.has_value());

    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(saved.count(), 1);
    QVERIFY(saver.outcome().differences.isEmpty());
    QVERIFY(!saver.outcome().hasKeptKeys());
    QVERIFY(saver.outcome().artifact.has_value());
    QCOMPARE(saver.outcome().answer, mine);
    QCOMPARE(serverMetadata(id), mine);
    QCOMPARE(stages.first().first().value<Stage>(), Stage::Fetching);
    QCOMPARE(stages.last().first().value<Stage>(), Stage::Done);

    // The sent request is the previewed one, byte for byte.
    const auto sent = patches();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body, preview.request.body);
    QCOMPARE(headerOf(sent.first(), "Idempotency-Key"), preview.request.header("Idempotency-Key"));
    // A removed key went away: the server replaces, and that is remembered under the name, never the key.
    QCOMPARE(SaveSemantics::of(u"Demo/replacing"_s), SaveSemantics::Patch::Replaces);
    QSettings settings;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        QVERIFY(!key.contains(m_server->token()));
        QVERIFY(!settings.value(key).toString().contains(m_server->token()));
    }
    QCOMPARE(saver.request().mine, mine); // the edit is never touched
}

void TestMetadataSaver::otherChangeOnAnotherKeyIsMerged()
{
    const QString id = artifactWithKeys(2);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    const QString theirKey = base.firstKey();

    // Another client changes one key after the editor loaded the map.
    Metadata theirs = base;
    theirs.insert(theirKey, text(u"changed elsewhere"_s));
    theirs.insert(u"added_elsewhere"_s, text(u"yes"_s));
    QVERIFY(changeElsewhere(id, theirs));

    Metadata mine = base;
    mine.insert(u"ticket"_s, text(u"SUP-1"_s));
    MetadataSaver saver(m_client.get());
    QSignalSpy conflicts(&saver, &MetadataSaver::conflictsFound);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, mine, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(saver.live(), theirs);
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);

    Metadata expected = theirs;
    expected.insert(u"ticket"_s, text(u"SUP-1"_s));
    QCOMPARE(serverMetadata(id), expected);
    QVERIFY(saver.outcome().differences.isEmpty());
    // The preview named only what this save changes on the server.
    QCOMPARE(saver.preview().changes.size(), 1);
    QCOMPARE(saver.preview().changes.first().key, u"ticket"_s);
}

void TestMetadataSaver::sameKeyIsAConflictUntilResolved()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    Metadata theirs = base;
    theirs.insert(u"ticket"_s, text(u"SUP-THEIRS"_s));
    QVERIFY(changeElsewhere(id, theirs));
    const int patchesBefore = static_cast<int>(patches().size());

    Metadata mine = base;
    mine.insert(u"ticket"_s, text(u"SUP-MINE"_s));
    MetadataSaver saver(m_client.get());
    QSignalSpy conflicts(&saver, &MetadataSaver::conflictsFound);
    QSignalSpy previews(&saver, &MetadataSaver::previewReady);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, mine, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::ResolvingConflicts, timeoutMs);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(saver.mergeResult().conflicts.size(), 1);
    const MetadataMerge::Conflict conflict = saver.mergeResult().conflicts.first();
    QCOMPARE(conflict.key, u"ticket"_s);
    QCOMPARE(conflict.theirs, MetadataMerge::Side(text(u"SUP-THEIRS"_s)));
    QCOMPARE(conflict.mine, MetadataMerge::Side(text(u"SUP-MINE"_s)));

    // Nothing is sent, and nothing can be, until every conflict has a choice.
    QVERIFY(!saver.send());
    QVERIFY(!saver.resolveConflicts({}));
    QCOMPARE(saver.stage(), Stage::ResolvingConflicts);
    QCOMPARE(patches().size(), patchesBefore);
    QCOMPARE(previews.count(), 0);

    // What a conflict view shows while choosing is byte for byte what goes out, Idempotency-Key included.
    const ApiRequest shownWhileChoosing
        = saver.requestFor(MetadataMerge::resolved(saver.mergeResult(), {conflict.mine}));
    QVERIFY(saver.resolveConflicts({conflict.mine}));
    QCOMPARE(saver.stage(), Stage::Previewing);
    QCOMPARE(previews.count(), 1);
    QCOMPARE(saver.preview().request.body, shownWhileChoosing.body);
    QCOMPARE(saver.preview().request.headers, shownWhileChoosing.headers);
    QCOMPARE(saver.preview().request.url, shownWhileChoosing.url);
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(serverMetadata(id).value(u"ticket"_s), text(u"SUP-MINE"_s));
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(patches().size(), patchesBefore + 1);
}

void TestMetadataSaver::mergingServerKeptKeyIsRemovedAndRemembered()
{
    m_server->setMergeOnPatch(true);
    const QString connection = u"merging workspace"_s;
    const QString id = artifactWithKeys(3);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    const QStringList keys = base.keys();
    Metadata mine = base;
    mine.remove(keys.at(0));

    MetadataSaver saver(m_client.get());
    saver.setConnectionName(connection);
    saver.setPreviewEnabled(false);
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    // Unknown semantics: the full map goes without the key, and the merging server keeps it.
    QVERIFY(!patches().last().body.contains(keys.at(0).toUtf8()));
    QVERIFY(saver.outcome().hasKeptKeys());
    QCOMPARE(saver.outcome().differences.size(), 1);
    QCOMPARE(saver.outcome().differences.first().kind, Kind::Kept);
    QCOMPARE(saver.outcome().differences.first().key, keys.at(0));
    QCOMPARE(SaveSemantics::of(connection), SaveSemantics::Patch::Merges);

    // The follow-up sends the kept key as null with a fresh key, and verifies again.
    const QByteArray firstKey = headerOf(patches().last(), "Idempotency-Key");
    QVERIFY(saver.removeKeptKeys());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    const QByteArray body = patches().last().body;
    QVERIFY2(body.contains(asNull(keys.at(0))), body.constData());
    QVERIFY(headerOf(patches().last(), "Idempotency-Key") != firstKey);
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(serverMetadata(id), mine);
    QVERIFY(!saver.removeKeptKeys()); // nothing left to remove

    // The next save on this connection sends a removed key as null at the first attempt.
    Metadata next = mine;
    next.remove(keys.at(1));
    const qsizetype before = patches().size();
    MetadataSaver second(m_client.get());
    second.setConnectionName(connection);
    second.start(editOf(id, next));
    QTRY_COMPARE_WITH_TIMEOUT(second.stage(), Stage::Previewing, timeoutMs);
    QVERIFY(second.preview().request.body.contains(asNull(keys.at(1))));
    QVERIFY(second.preview().shown.body.contains(u'"' + keys.at(1) + u"\": null"_s));
    QVERIFY(second.send());
    QTRY_COMPARE_WITH_TIMEOUT(second.stage(), Stage::Done, timeoutMs);
    QVERIFY(second.outcome().differences.isEmpty());
    QCOMPARE(serverMetadata(id), next);
    QCOMPARE(patches().size(), before + 1);
    QCOMPARE(SaveSemantics::of(connection), SaveSemantics::Patch::Merges);
}

void TestMetadataSaver::rememberedMergeCorrectedByReplacingServer()
{
    // Remembered wrongly (or the server changed): a null sent to remove a key is stored as a value.
    const QString connection = u"was merging"_s;
    SaveSemantics::remember(connection, SaveSemantics::Patch::Merges);
    const QString id = artifactWithKeys(2);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    const QString removed = base.firstKey();
    Metadata mine = base;
    mine.remove(removed);

    MetadataSaver saver(m_client.get());
    saver.setConnectionName(connection);
    saver.setPreviewEnabled(false);
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QVERIFY(patches().last().body.contains(asNull(removed)));
    // The user wanted the key gone; it is there (as null): that is named, and the semantics corrected.
    QCOMPARE(saver.outcome().differences.size(), 1);
    QCOMPARE(saver.outcome().differences.first().kind, Kind::Kept);
    QCOMPARE(saver.outcome().differences.first().answered, std::optional<MetadataValue>(MetadataValue()));
    QCOMPARE(SaveSemantics::of(connection), SaveSemantics::Patch::Replaces);

    // Removing it now leaves the key out instead of sending null again.
    QVERIFY(saver.removeKeptKeys());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QVERIFY(!patches().last().body.contains(removed.toUtf8()));
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(serverMetadata(id), mine);
    QCOMPARE(SaveSemantics::of(connection), SaveSemantics::Patch::Replaces);
}

void TestMetadataSaver::validationErrorsMappedToKeys()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    const Metadata before = serverMetadata(id);
    Metadata mine = liveMetadata(id);
    mine.insert(u"summary"_s, QString(501, u'x'));
    mine.insert(u"a.dotted.key"_s, QString(600, u'y'));
    mine.insert(u"fine"_s, QString(500, u'z'));
    const Metadata draft = mine;

    MetadataSaver saver(m_client.get());
    saver.setPreviewEnabled(false);
    QSignalSpy failed(&saver, &MetadataSaver::failed);
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Failed, timeoutMs);
    QCOMPARE(failed.count(), 1);
    const MetadataSaver::Failure &failure = saver.failure();
    QCOMPARE(failure.error.httpStatus, 400);
    QVERIFY(!failure.gone);
    QCOMPARE(failure.keyErrors.keys(), (QStringList {u"a.dotted.key"_s, u"summary"_s}));
    QVERIFY(failure.keyErrors.value(u"summary"_s).first().contains(u"500"_s));
    QVERIFY(failure.otherErrors.isEmpty());
    QVERIFY(!failure.message.isEmpty());
    QCOMPARE(saver.request().mine, draft);
    QCOMPARE(serverMetadata(id), before);
}

void TestMetadataSaver::rateLimitedSaveWaitsThenSucceeds()
{
    // Slow enough that the pauses last a few hundred real milliseconds.
    QVERIFY(restart(50.0));
    m_client->setMaxRateLimitRetries(2);
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    Metadata mine = liveMetadata(id);
    mine.insert(u"ticket"_s, text(u"SUP-429"_s));

    MetadataSaver saver(m_client.get());
    QSignalSpy waiting(&saver, &MetadataSaver::waiting);
    QSignalSpy failed(&saver, &MetadataSaver::failed);
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    // More 429s in a row than the client takes: the saver sends the same request again.
    m_server->failNextRequests(4, 429);
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, 30000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(serverMetadata(id), mine);

    const auto sent = patches();
    QCOMPARE(sent.size(), 5);
    for (const auto &patch : sent)
        QCOMPARE(headerOf(patch, "Idempotency-Key"), saver.preview().request.header("Idempotency-Key"));
    // A countdown while held back, over once the request went.
    QVERIFY(waiting.count() >= 2);
    const auto positive = std::count_if(
        waiting.cbegin(), waiting.cend(), [](const QList<QVariant> &args) { return args.first().toLongLong() > 0; });
    QVERIFY(positive >= 1);
    QCOMPARE(waiting.last().first().toLongLong(), 0);
}

void TestMetadataSaver::droppedAnswerIsRetriedWithTheSameKey()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    Metadata mine = liveMetadata(id);
    mine.insert(u"ticket"_s, text(u"SUP-CUT"_s));
    MetadataSaver saver(m_client.get());
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    // The server applies the PATCH, then the connection breaks in the middle of the answer.
    m_server->cutNextApiBodies(1);
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(serverMetadata(id), mine);
    const auto sent = patches();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).body, sent.at(1).body);
    QCOMPARE(headerOf(sent.at(0), "Idempotency-Key"), headerOf(sent.at(1), "Idempotency-Key"));
    QCOMPARE(headerOf(sent.at(0), "Idempotency-Key"), saver.preview().request.header("Idempotency-Key"));
}

void TestMetadataSaver::goneArtifactIsReportedAsGone()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    Metadata mine = liveMetadata(id);
    mine.insert(u"ticket"_s, text(u"SUP-404"_s));
    const Metadata draft = mine;
    MetadataSaver saver(m_client.get());
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    m_server->purgeArtifact(id);
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Failed, timeoutMs);
    QVERIFY(saver.failure().gone);
    QCOMPARE(saver.failure().error.httpStatus, 404);
    QVERIFY(saver.failure().keyErrors.isEmpty());
    QVERIFY(!saver.failure().message.isEmpty());
    QCOMPARE(saver.request().mine, draft);

    // Gone before the save started: the same answer from the fetch.
    saver.start(editOf(id, mine));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Failed, timeoutMs);
    QVERIFY(saver.failure().gone);
}

void TestMetadataSaver::recordingTargetKeepsNullValue()
{
    const QString id = artifactWithKeys(0);
    QVERIFY(!id.isEmpty());
    const QString recordingId = m_server->recordingIdOf(id);
    QVERIFY(!recordingId.isEmpty());
    // A recording map holding a key without a value (null is not "", and not absent).
    Outcome<Recording> setup;
    m_client->updateRecordingMetadata(recordingId,
        {{u"meeting_title"_s, text(u"Weekly sync"_s)}, {u"reviewed_by"_s, MetadataValue()}}, this, setup.callback());
    QTRY_VERIFY_WITH_TIMEOUT(setup.done(), timeoutMs);
    QVERIFY(setup.ok());

    Outcome<Artifact> loaded;
    m_client->retrieveArtifact(id, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.done(), timeoutMs);
    QVERIFY(loaded.ok());
    const Metadata base = MetadataJson::fromObject(loaded.value().recording.metadata.value_or(QJsonObject()));
    QCOMPARE(base.value(u"reviewed_by"_s), MetadataValue());
    Metadata mine = base;
    mine.insert(u"team"_s, text(u"support"_s));

    MetadataSaver saver(m_client.get());
    saver.start({MetadataSaver::Target::Recording, id, {}, base, mine, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Previewing, timeoutMs);
    QCOMPARE(saver.preview().request.url, RequestBuilder::recordingUrl(m_server->baseUrl(), recordingId));
    QVERIFY(saver.preview().request.body.contains("\"reviewed_by\":null"));
    QVERIFY(saver.send());
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(patches().last().path, u"/api/v1/recording/"_s + recordingId + u'/');
    QVERIFY(!saver.outcome().artifact.has_value());
    QCOMPARE(saver.outcome().answer, mine);
    QVERIFY(saver.outcome().differences.isEmpty());
    QVERIFY(m_server->artifactJson(id)
                .value("recording"_L1)
                .toObject()
                .value("metadata"_L1)
                .toObject()
                .value("reviewed_by"_L1)
                .isNull());
}

void TestMetadataSaver::previewOffSendsAtOnceButConflictsStop()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    Metadata mine = base;
    mine.insert(u"ticket"_s, text(u"SUP-2"_s));
    MetadataSaver saver(m_client.get());
    saver.setPreviewEnabled(false);
    QSignalSpy previews(&saver, &MetadataSaver::previewReady);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, mine, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(previews.count(), 0);
    QCOMPARE(patches().size(), 1);

    // The same base, now outdated on the same key: a conflict stops even without previews.
    Metadata again = base;
    again.insert(u"ticket"_s, text(u"SUP-3"_s));
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, again, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::ResolvingConflicts, timeoutMs);
    QCOMPARE(patches().size(), 1);
    QVERIFY(saver.resolveConflicts({saver.mergeResult().conflicts.first().mine}));
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(serverMetadata(id).value(u"ticket"_s), text(u"SUP-3"_s));
}

void TestMetadataSaver::cancelMidFlightCallsNobodyBack()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    Metadata mine = liveMetadata(id);
    mine.insert(u"ticket"_s, text(u"SUP-CANCEL"_s));
    const MetadataSaver::SaveRequest edit = editOf(id, mine);
    m_server->setLatencyMs(150);
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);

    auto saver = std::make_unique<MetadataSaver>(m_client.get());
    saver->setPreviewEnabled(false);
    QSignalSpy stages(saver.get(), &MetadataSaver::stageChanged);
    QSignalSpy saved(saver.get(), &MetadataSaver::saved);
    QSignalSpy failed(saver.get(), &MetadataSaver::failed);
    QSignalSpy waiting(saver.get(), &MetadataSaver::waiting);
    saver->start(edit);
    QTRY_COMPARE_WITH_TIMEOUT(saver->stage(), Stage::Sending, timeoutMs);
    QCOMPARE(m_client->requestsInFlight(), 1);
    saver->cancel();
    QCOMPARE(saver->stage(), Stage::Idle);
    QCOMPARE(m_client->requestsInFlight(), 0);
    const auto stagesAfterCancel = stages.count();
    const auto waitingAfterCancel = waiting.count();
    // The PATCH reaches the server and is answered; the saver hears nothing of it.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(served.cbegin(), served.cend(),
                                 [](const QList<QVariant> &args) { return args.at(0).toString() == "PATCH"_L1; }),
        timeoutMs);
    QTest::qWait(50);
    QCOMPARE(stages.count(), stagesAfterCancel);
    QCOMPARE(waiting.count(), waitingAfterCancel);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(saver->stage(), Stage::Idle);
    QCOMPARE(saver->request().mine, mine);

    // Destroyed mid-flight: its request goes with it.
    served.clear();
    saver->start(edit);
    QTRY_COMPARE_WITH_TIMEOUT(saver->stage(), Stage::Sending, timeoutMs);
    saver.reset();
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty(), timeoutMs);
}

void TestMetadataSaver::restartIgnoresTheOldSave()
{
    const QString id = artifactWithKeys(1);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    Metadata first = base;
    first.insert(u"first_edit"_s, text(u"1"_s));
    Metadata second = base;
    second.insert(u"second_edit"_s, text(u"2"_s));
    m_server->setLatencyMs(100);
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);

    MetadataSaver saver(m_client.get());
    saver.setPreviewEnabled(false);
    QSignalSpy saved(&saver, &MetadataSaver::saved);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, first, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Sending, timeoutMs);
    saver.start({MetadataSaver::Target::Artifact, id, {}, base, second, {}, false});
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(served.count(), m_server->apiRequests().size() - 1, timeoutMs); // all answered
    QTest::qWait(50);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saver.request().mine, second);
    QVERIFY(saver.outcome().sent.contains(u"second_edit"_s));
    QVERIFY(saver.outcome().differences.isEmpty());
    QCOMPARE(saver.outcome().answer.value(u"second_edit"_s), text(u"2"_s));
}

void TestMetadataSaver::onlyIfUnchangedGuardsABatchSave()
{
    const QString id = artifactWithKeys(2);
    QVERIFY(!id.isEmpty());
    const Metadata base = liveMetadata(id);
    Metadata mine = base;
    mine.insert(u"team"_s, text(u"blue"_s));
    MetadataSaver saver(m_client.get());
    saver.setPreviewEnabled(false);

    // The key given is the key sent.
    MetadataSaver::SaveRequest request = editOf(id, mine);
    request.onlyIfUnchanged = true;
    request.idempotencyKey = "batch-key-1";
    QSignalSpy saved(&saver, &MetadataSaver::saved);
    saver.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QCOMPARE(patches().size(), 1);
    // The key given, followed by a digest of the body: a resend is the same request, another body another key.
    const QByteArray sentKey = headerOf(patches().first(), "Idempotency-Key");
    QVERIFY2(sentKey.startsWith("batch-key-1-"), sentKey.constData());
    QCOMPARE(sentKey, saver.preview().request.header("Idempotency-Key"));
    QVERIFY(!saver.outcome().nothingSent);

    // The same save again finds the map as wanted: done, nothing sent.
    saver.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Done, timeoutMs);
    QVERIFY(saver.outcome().nothingSent);
    QCOMPARE(patches().size(), 1);

    // Changed elsewhere since base: fails as changed, sends nothing, keeps what the other client wrote.
    Metadata theirs = base;
    theirs.insert(u"team"_s, text(u"red"_s));
    QVERIFY(changeElsewhere(id, theirs));
    m_server->clearRecordedRequests();
    saver.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(saver.stage(), Stage::Failed, timeoutMs);
    QVERIFY(saver.failure().changed);
    QVERIFY(!saver.failure().message.isEmpty());
    QCOMPARE(saver.live(), theirs);
    QVERIFY(patches().isEmpty());
    QCOMPARE(serverMetadata(id), theirs);
}

QTEST_MAIN(TestMetadataSaver)
#include "tst_metadatasaver.moc"
