// The client against the demo server over real loopback sockets: paging, filters, PATCH, errors,
// redirects, downloads and cancelling. Retries (rate limits, 5xx, broken transfers) are in
// tst_recallclientretries.
#include "clientfixture.h"
#include "demo/demoserver.h"
#include "domain/artifactparser.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString describe(const std::optional<Result<Artifact>> &r)
{
    return r && !r->ok() ? r->error().displayText() : QString();
}

QByteArray headerValue(const DemoServer::RecordedRequest &request, QByteArrayView name)
{
    for (const auto &[n, value] : request.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestRecallClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pagesThroughEverything();
    void filters_data();
    void filters();
    void retrieve();
    void patchRoundTrip();
    void patchValidationErrors();
    void patchRecording();
    void deleteThenReadsDeleted();
    void wrongKeyIs401WithRegionHint();
    void unknownIdIs404();
    void downloadCarriesNoAuthorization();
    void sameOriginRedirectKeepsKey_data();
    void sameOriginRedirectKeepsKey();
    void patchRedirectKeepsMethodOnlyFor307And308_data();
    void patchRedirectKeepsMethodOnlyFor307And308();
    void redirectLeavingApiOriginDropsKey();
    void expiredDownloadLink();
    void plainHttpToRemoteHostRefused();
    void firewallHtmlPage();
    void callbackSkippedWhenContextDies();
    void cancel();
    void cancelWithAnotherClientsIdIsNoOp();
    void cancellingFromASlotIsSafe_data();
    void cancellingFromASlotIsSafe();

private:
    QString firstIdWithStatus(const QString &code) const;

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
};

void TestRecallClient::init()
{
    cleanup();
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client));
}

void TestRecallClient::cleanup()
{
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QString TestRecallClient::firstIdWithStatus(const QString &code) const
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        if (m_server->artifactJson(id).value("status"_L1).toObject().value("code"_L1).toString() == code)
            return id;
    }
    return {};
}

void TestRecallClient::pagesThroughEverything()
{
    QStringList ids;
    bool finished = false;
    ApiError error;
    m_client->listArtifacts({}, this, followPages(m_client.get(), this, &ids, &finished, &error));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(ids.size() >= 300);
    QCOMPARE(ids, m_server->artifactIds());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestRecallClient::filters_data()
{
    QTest::addColumn<QString>("statusCode");
    QTest::addColumn<bool>("byRecording");
    QTest::addColumn<int>("afterDaysBeforeNewest"); // -1: unused
    QTest::addColumn<int>("beforeDaysBeforeNewest");
    QTest::newRow("status done") << u"done"_s << false << -1 << -1;
    QTest::newRow("status failed") << u"failed"_s << false << -1 << -1;
    QTest::newRow("status processing") << u"processing"_s << false << -1 << -1;
    QTest::newRow("recording id") << QString() << true << -1 << -1;
    QTest::newRow("created after") << QString() << false << 7 << -1;
    QTest::newRow("created before") << QString() << false << -1 << 14;
    QTest::newRow("window and status") << u"done"_s << false << 21 << 7;
}

void TestRecallClient::filters()
{
    QFETCH(QString, statusCode);
    QFETCH(bool, byRecording);
    QFETCH(int, afterDaysBeforeNewest);
    QFETCH(int, beforeDaysBeforeNewest);

    const QStringList all = m_server->artifactIds();
    QDateTime newest;
    for (const QString &id : all)
        newest = std::max(newest, ArtifactParser::timestampFromJson(m_server->artifactJson(id).value("created_at"_L1)));

    // A recording that owns more than one artifact makes the filter prove something.
    QString recordingId;
    if (byRecording) {
        QHash<QString, int> counts;
        for (const QString &id : all)
            ++counts[m_server->artifactJson(id).value("recording"_L1).toObject().value("id"_L1).toString()];
        for (auto it = counts.cbegin(); it != counts.cend() && recordingId.isEmpty(); ++it) {
            if (it.value() > 1)
                recordingId = it.key();
        }
        QVERIFY(!recordingId.isEmpty());
    }

    ListFilter filter;
    filter.statusCode = statusCode;
    filter.recordingId = recordingId;
    if (afterDaysBeforeNewest >= 0)
        filter.createdAfter = newest.addDays(-afterDaysBeforeNewest);
    if (beforeDaysBeforeNewest >= 0)
        filter.createdBefore = newest.addDays(-beforeDaysBeforeNewest);

    QStringList expected;
    for (const QString &id : all) {
        const QJsonObject a = m_server->artifactJson(id);
        const QDateTime created = ArtifactParser::timestampFromJson(a.value("created_at"_L1));
        if (!statusCode.isEmpty() && a.value("status"_L1).toObject().value("code"_L1).toString() != statusCode)
            continue;
        if (!recordingId.isEmpty() && a.value("recording"_L1).toObject().value("id"_L1).toString() != recordingId)
            continue;
        if (filter.createdAfter.isValid() && created < filter.createdAfter)
            continue;
        if (filter.createdBefore.isValid() && created > filter.createdBefore)
            continue;
        expected.append(id);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < all.size());

    QStringList ids;
    bool finished = false;
    ApiError error;
    m_client->listArtifacts(filter, this, followPages(m_client.get(), this, &ids, &finished, &error));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.displayText()));
    QCOMPARE(ids, expected);
}

void TestRecallClient::retrieve()
{
    const QString id = firstIdWithStatus(u"done"_s);
    Outcome<Artifact> out;
    m_client->retrieveArtifact(id, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    const Artifact &a = out.value();
    QCOMPARE(a.id, id);
    QCOMPARE(a.status.kind(), StatusKind::Done);
    QVERIFY(!a.recording.id.isEmpty());
    QVERIFY(a.createdAt.isValid());
    QVERIFY(!a.downloads.speakerTimeline.isEmpty());
    QCOMPARE(a.metadata, ArtifactParser::metadataFromJson(m_server->artifactJson(id).value("metadata"_L1)));
}

void TestRecallClient::patchRoundTrip()
{
    const QString id = firstIdWithStatus(u"done"_s);
    Metadata wanted {
        {u"ticket"_s, u"SUP-48213"_s}, {u"customer_id"_s, u"c\u00e9-42, \"quoted\""_s}, {u"empty"_s, QString(u""_s)}};
    Outcome<Artifact> out;
    m_client->updateMetadata(id, wanted, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    QCOMPARE(out.value().metadata, wanted);

    Outcome<Artifact> again;
    m_client->retrieveArtifact(id, this, again.callback());
    QTRY_VERIFY(again.done());
    QVERIFY(again.ok());
    QCOMPARE(again.value().metadata, wanted);

    const auto requests = m_server->apiRequests();
    const auto patch
        = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) { return r.method == "PATCH"; });
    QVERIFY(patch != requests.cend());
    const auto header = std::find_if(patch->headers.cbegin(), patch->headers.cend(),
        [](const auto &h) { return h.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0; });
    QVERIFY(header != patch->headers.cend());
    QVERIFY(!header->second.isEmpty());
}

void TestRecallClient::patchValidationErrors()
{
    const QString id = firstIdWithStatus(u"done"_s);
    const QJsonObject before = m_server->artifactJson(id);
    Metadata tooLong {{u"notes"_s, QString(501, u'x')}, {u"ok"_s, u"fine"_s}};
    Outcome<Artifact> out;
    m_client->updateMetadata(id, tooLong, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 400);
    QVERIFY2(out.error().fieldErrors.contains(u"metadata.notes"_s), qPrintable(out.error().displayText()));
    QVERIFY(!out.error().fieldErrors.value(u"metadata.notes"_s).isEmpty());
    QCOMPARE(m_server->artifactJson(id).value("metadata"_L1), before.value("metadata"_L1));

    Metadata exactly500 {{u"notes"_s, QString(500, u'y')}};
    Outcome<Artifact> ok;
    m_client->updateMetadata(id, exactly500, this, ok.callback());
    QTRY_VERIFY(ok.done());
    QVERIFY2(ok.ok(), qPrintable(describe(ok.result)));
}

void TestRecallClient::patchRecording()
{
    const QString id = firstIdWithStatus(u"done"_s);
    const QString recordingId = m_server->artifactJson(id).value("recording"_L1).toObject().value("id"_L1).toString();
    Outcome<Recording> out;
    m_client->updateRecordingMetadata(recordingId, {{u"meeting"_s, u"Quarterly review"_s}}, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(out.ok());
    QCOMPARE(out.value().id, recordingId);
    QVERIFY(out.value().metadata.has_value());
    QCOMPARE(out.value().metadata->value("meeting"_L1).toString(), u"Quarterly review"_s);

    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(id, this, artifact.callback());
    QTRY_VERIFY(artifact.done());
    QVERIFY(artifact.ok());
    QCOMPARE(artifact.value().recording.metadata->value("meeting"_L1).toString(), u"Quarterly review"_s);
}

void TestRecallClient::deleteThenReadsDeleted()
{
    const QString id = firstIdWithStatus(u"done"_s);
    Outcome<Done> deleted;
    m_client->deleteArtifact(id, this, deleted.callback());
    QTRY_VERIFY(deleted.done());
    QVERIFY(deleted.ok());

    Outcome<Artifact> after;
    m_client->retrieveArtifact(id, this, after.callback());
    QTRY_VERIFY(after.done());
    QVERIFY(after.ok());
    QCOMPARE(after.value().status.kind(), StatusKind::Deleted);
    QVERIFY(after.value().downloads.speakerTimeline.isEmpty());
}

void TestRecallClient::wrongKeyIs401WithRegionHint()
{
    m_client->setConnection({m_server->baseUrl(), u"not-the-key"_s});
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 401);
    QVERIFY(out.error().message.contains(u"Invalid token."_s));
    QVERIFY(out.error().hint().contains(u"region"_s));
}

void TestRecallClient::unknownIdIs404()
{
    Outcome<Artifact> out;
    m_client->retrieveArtifact(u"00000000-0000-4000-8000-000000000000"_s, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 404);
    QVERIFY(out.error().message.contains(u"Not found."_s));
}

void TestRecallClient::downloadCarriesNoAuthorization()
{
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, artifact.callback());
    QTRY_VERIFY(artifact.done());
    QVERIFY(artifact.ok());

    QTemporaryDir dir;
    const QList<QUrl> urls {artifact.value().downloads.participants, artifact.value().downloads.participantEvents,
        artifact.value().downloads.speakerTimeline};
    for (const QUrl &url : urls) {
        QVERIFY(!url.isEmpty());
        const QString path = dir.filePath(url.fileName());
        Outcome<RecallClient::DownloadResult> out;
        qint64 lastProgress = -1;
        m_client->download(
            url, path, this, out.callback(), [&lastProgress](qint64 received, qint64) { lastProgress = received; });
        QTRY_VERIFY(out.done());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().displayText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(out.value().bytes, file.size());
        QCOMPARE(lastProgress, file.size());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QVERIFY(!doc.array().isEmpty());
    }

    const auto seen = m_server->downloadRequests();
    QCOMPARE(seen.size(), urls.size());
    const QByteArray key = m_server->token().toUtf8();
    for (const auto &request : seen) {
        for (const auto &[name, value] : request.headers) {
            QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, "a download carried Authorization");
            QVERIFY2(!value.contains(key), "the API key reached the download host");
        }
    }
}

void TestRecallClient::sameOriginRedirectKeepsKey_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestRecallClient::sameOriginRedirectKeepsKey()
{
    QFETCH(int, status);
    m_server->setRedirectApi(m_server->baseUrl(), status);
    Outcome<Artifact> out;
    const QString id = firstIdWithStatus(u"done"_s);
    m_client->retrieveArtifact(id, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    QCOMPARE(out.value().id, id);
    const auto requests = m_server->apiRequests();
    QCOMPARE(requests.size(), 2); // the redirect, then the request it pointed at
    for (const auto &request : requests)
        QCOMPARE(headerValue(request, "Authorization"), "Token " + m_server->token().toUtf8());
}

void TestRecallClient::patchRedirectKeepsMethodOnlyFor307And308_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("followedWith");
    QTest::addRow("301") << 301 << QByteArray("GET");
    QTest::addRow("303") << 303 << QByteArray("GET");
    QTest::addRow("307") << 307 << QByteArray("PATCH");
    QTest::addRow("308") << 308 << QByteArray("PATCH");
}

void TestRecallClient::patchRedirectKeepsMethodOnlyFor307And308()
{
    // As browsers do: 307 and 308 repeat the request as it was, the others turn it into a GET (which
    // then reads the artifact unchanged rather than writing it twice or half).
    QFETCH(int, status);
    QFETCH(QByteArray, followedWith);
    const QString id = firstIdWithStatus(u"done"_s);
    const Metadata before = ArtifactParser::metadataFromJson(m_server->artifactJson(id).value("metadata"_L1));
    const Metadata wanted {{u"ticket"_s, u"SUP-1"_s}};
    m_server->setRedirectApi(m_server->baseUrl(), status);
    Outcome<Artifact> out;
    m_client->updateMetadata(id, wanted, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    const auto requests = m_server->apiRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).method, followedWith);
    const bool patched = followedWith == "PATCH";
    QCOMPARE(requests.at(1).body.isEmpty(), !patched);
    QCOMPARE(headerValue(requests.at(1), "Idempotency-Key").isEmpty(), !patched);
    QCOMPARE(out.value().metadata, patched ? wanted : before);
}

void TestRecallClient::redirectLeavingApiOriginDropsKey()
{
    // Another server (another port: another origin) with the same seed accepts the same key, so
    // only a request that arrives without it is turned away.
    DemoServer elsewhere;
    QVERIFY(elsewhere.start());
    QCOMPARE(elsewhere.token(), m_server->token());
    m_server->setRedirectApi(elsewhere.baseUrl(), 302);
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 401);
    QCOMPARE(m_server->apiRequests().size(), 1);
    QVERIFY(!headerValue(m_server->apiRequests().constFirst(), "Authorization").isEmpty());
    const auto seen = elsewhere.apiRequests();
    QCOMPARE(seen.size(), 1);
    for (const auto &[name, value] : seen.constFirst().headers) {
        QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, "Authorization left the API origin");
        QVERIFY2(!value.contains(m_server->token().toUtf8()), "the key left the API origin");
    }
}

void TestRecallClient::expiredDownloadLink()
{
    ManualClock serverClock;
    m_server->setClock(&serverClock);
    m_server->setDownloadLinkLifetimeMs(60 * 1000);
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, artifact.callback());
    QTRY_VERIFY(artifact.done());
    QVERIFY(artifact.ok());
    serverClock.advance(61 * 1000);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    Outcome<RecallClient::DownloadResult> out;
    m_client->download(artifact.value().downloads.speakerTimeline, path, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ApiError::Kind::DownloadExpired);
    QCOMPARE(out.error().httpStatus, 403);
    QVERIFY(out.error().hint().contains(u"refresh"_s));
    QVERIFY(!QFile::exists(path));
    m_server->setClock(m_clock.get());
}

void TestRecallClient::plainHttpToRemoteHostRefused()
{
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);
    m_client->setConnection({QUrl(u"http://recall.example"_s), m_server->token()});
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QVERIFY(!out.done()); // answered from the event loop, never synchronously
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ApiError::Kind::InsecureUrl);

    Outcome<RecallClient::DownloadResult> download;
    m_client->download(
        QUrl(u"http://files.example/x.json"_s), QDir::temp().filePath(u"x.json"_s), this, download.callback());
    QTRY_VERIFY(download.done());
    QCOMPARE(download.error().kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(served.count(), 0);
}

void TestRecallClient::firewallHtmlPage()
{
    m_server->setFirewallBlock(true);
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 403);
    QVERIFY(!out.error().bodyExcerpt.isEmpty());
    QVERIFY(!out.error().bodyExcerpt.contains(u'<'));
    QVERIFY(out.error().hint().contains(u"firewall"_s));
}

void TestRecallClient::callbackSkippedWhenContextDies()
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_client->retrieveArtifact(
        firstIdWithStatus(u"done"_s), context.get(), [&called](const Result<Artifact> &) { called = true; });
    context.reset();
    QTRY_COMPARE(m_client->requestsInFlight(), 0);
    QVERIFY(!called);
}

void TestRecallClient::cancel()
{
    m_server->setLatencyMs(200);
    bool called = false;
    const auto id = m_client->retrieveArtifact(
        firstIdWithStatus(u"done"_s), this, [&called](const Result<Artifact> &) { called = true; });
    QCOMPARE(m_client->requestsInFlight(), 1);
    m_client->cancel(id);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTest::qWait(400);
    QVERIFY(!called);
}

void TestRecallClient::cancelWithAnotherClientsIdIsNoOp()
{
    // After a connection switch the UI may still hold an id the old client gave out and cancel it on
    // the new one: that must not touch whatever the new client is doing (a page Load more asked for).
    m_server->setLatencyMs(100);
    RecallClient other(m_budget.get());
    other.setConnection(m_client->connection());
    const QString id = firstIdWithStatus(u"done"_s);
    Outcome<Artifact> onFirst;
    Outcome<Artifact> onOther;
    const auto firstId = m_client->retrieveArtifact(id, this, onFirst.callback());
    const auto otherId = other.retrieveArtifact(id, this, onOther.callback());
    other.cancel(firstId);
    QCOMPARE(other.requestsInFlight(), 1);
    m_client->cancel(otherId);
    QCOMPARE(m_client->requestsInFlight(), 1);
    QTRY_VERIFY(onFirst.done() && onOther.done());
    QVERIFY2(onFirst.ok(), qPrintable(describe(onFirst.result)));
    QVERIFY2(onOther.ok(), qPrintable(describe(onOther.result)));
    QVERIFY(firstId != otherId);
}

void TestRecallClient::cancellingFromASlotIsSafe_data()
{
    QTest::addColumn<QString>("signalName");
    QTest::addColumn<bool>("download");
    QTest::newRow("retrying, API") << u"retrying"_s << false;
    QTest::newRow("retrying, download") << u"retrying"_s << true;
    QTest::newRow("requests in flight") << u"inFlight"_s << false;
}

void TestRecallClient::cancellingFromASlotIsSafe()
{
    // The client's signals are public: a slot may cancel everything while the client is in the middle
    // of a call (the sanitizer build sees any use of a call freed that way).
    QFETCH(QString, signalName);
    QFETCH(bool, download);
    int heard = 0;
    const auto cancelEverything = [&] {
        ++heard;
        m_client->cancelAll();
    };
    if (signalName == "retrying"_L1)
        connect(m_client.get(), &RecallClient::retrying, this, cancelEverything);
    else
        connect(m_client.get(), &RecallClient::requestsInFlightChanged, this, [&](int count) {
            if (count > 0)
                cancelEverything();
        });
    bool answered = false;
    if (download) {
        m_server->failNextDownloads(1, 503);
        const QString id = firstIdWithStatus(u"done"_s);
        const QUrl url = QUrl(
            m_server->artifactJson(id).value("data"_L1).toObject().value("participants_download_url"_L1).toString());
        m_client->download(
            url, QDir::temp().filePath(u"pi-cancel-from-slot.json"_s), this, [&](const auto &) { answered = true; });
    } else {
        m_server->failNextRequests(1, 503);
        m_client->listArtifacts({}, this, [&](const auto &) { answered = true; });
    }
    QTRY_VERIFY(heard > 0);
    QTest::qWait(200);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QVERIFY(!answered); // cancelled: no answer
}

QTEST_GUILESS_MAIN(TestRecallClient)
#include "tst_recallclient.moc"
