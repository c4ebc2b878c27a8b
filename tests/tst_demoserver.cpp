// The demo workspace over real loopback sockets: API contract, switches, downloads and the
// generated data's guaranteed quirks.
#include "core/clock.h"
#include "demo/demoserver.h"
#include "serveranswer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Reply = ServerAnswer;

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString eventsPath = u"/api/v1/participant_events/"_s;

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject metadataBody(const QJsonObject &metadata)
{
    return QJsonObject {{u"metadata"_s, metadata}};
}

// created_at strings all have the form 2025-07-16T18:14:30.524405Z, so string order is time order.
bool isCanonicalTimestamp(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"_s);
    return pattern.match(text).hasMatch();
}

struct MeetingFiles
{
    QJsonArray participants;
    QJsonArray events;
    QJsonArray timeline;
};

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void determinism();
    void goldenData();
    void workspaceHasAllStatusCodes();
    void pagingFollowsNextUrls();
    void filtersNarrow_data();
    void filtersNarrow();
    void invalidFilters_data();
    void invalidFilters();
    void authentication_data();
    void authentication();
    void notFound_data();
    void notFound();
    void methodNotAllowed();
    void patchReplacesOrMerges();
    void patchValidation_data();
    void patchValidation();
    void idempotencyKeyReplaysWithinAnHour();
    void idempotencyKeyInFlightConflicts();
    void deleteMarksDeleted();
    void recordingPatch();
    void rateLimit();
    void failBurstIsNotRateLimited();
    void truncatedBodyIsInvalidJson();
    void firewallBlockIsHtml();
    void downloadWorks_data();
    void downloadWorks();
    void downloadExpires();
    void downloadRejectsBadSignatureAndUnknownIds();
    void downloadNeverSeesApiKey();
    void processingFlipsToDone();
    void requestServedSignal();
    void lateAnswerAfterClientHangUp();
    void statusAndMetadataQuirks();
    void meetingQuirks_data();
    void meetingQuirks();
    void meetingFilesAreConsistent_data();
    void meetingFilesAreConsistent();
    void onlyOneLargeMeeting();
    void largeWorkspace();
    void malformedArtifactsOnTheThirdPage();
    void malformedRetrieveButCleanPatch();
    void tolerableNextLinksAreServed();
    void unreadableNextLinks();

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const Headers &headers = {},
        bool authorize = true);
    Reply get(const QString &path, const QUrlQuery &query = {});
    Reply patch(const QString &path, const QJsonObject &body, const Headers &headers = {});
    QNetworkReply *start(
        const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers, bool authorize);
    static Reply finish(QNetworkReply *reply);
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    QStringList collectAll(const QUrlQuery &query);
    MeetingFiles meetingFiles(const QString &id);
    QString randomDoneId(int nth) const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestDemoServer::cleanup()
{
    m_server.reset();
    m_nam.clearConnectionCache();
}

QNetworkReply *TestDemoServer::start(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers, bool authorize)
{
    QNetworkRequest request(url);
    if (authorize)
        request.setRawHeader("Authorization", "Token " + m_server->token().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam.sendCustomRequest(request, verb, body);
}

Reply TestDemoServer::finish(QNetworkReply *reply)
{
    return ServerAnswer::from(reply);
}

Reply TestDemoServer::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers, bool authorize)
{
    return finish(start(verb, url, body, headers, authorize));
}

QUrl TestDemoServer::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    url.setQuery(query);
    return url;
}

Reply TestDemoServer::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", apiUrl(path, query));
}

Reply TestDemoServer::patch(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PATCH", apiUrl(path), jsonBytes(body), headers);
}

QStringList TestDemoServer::collectAll(const QUrlQuery &query)
{
    QStringList ids;
    QUrl url = apiUrl(eventsPath, query);
    for (int pages = 0; pages < 100; ++pages) {
        const Reply page = send("GET", url);
        if (page.status != 200)
            return {u"HTTP %1"_s.arg(page.status)};
        for (const QJsonValue &artifact : page.object().value(u"results"_s).toArray())
            ids.append(artifact[u"id"_s].toString());
        const QJsonValue next = page.object().value(u"next"_s);
        if (next.isNull())
            return ids;
        url = QUrl(next.toString());
    }
    return {u"endless paging"_s};
}

MeetingFiles TestDemoServer::meetingFiles(const QString &id)
{
    return {QJsonDocument::fromJson(m_server->downloadFileContents(id, u"participants"_s)).array(),
        QJsonDocument::fromJson(m_server->downloadFileContents(id, u"participant_events"_s)).array(),
        QJsonDocument::fromJson(m_server->downloadFileContents(id, u"speaker_timeline"_s)).array()};
}

// The nth done artifact outside the fixed quirk carriers (indexes 0-12): free to mutate.
QString TestDemoServer::randomDoneId(int nth) const
{
    const QStringList ids = m_server->artifactIds();
    for (int i = 13; i < ids.size(); ++i) {
        if (m_server->artifactJson(ids[i])[u"status"_s][u"code"_s].toString() == u"done"_s && nth-- == 0)
            return ids[i];
    }
    return {};
}

void TestDemoServer::determinism()
{
    DemoServer twin;
    QVERIFY(twin.start());
    DemoServer::Options otherSeed;
    otherSeed.seed = 7;
    const DemoServer other(otherSeed);

    QCOMPARE(twin.artifactIds(), m_server->artifactIds());
    QCOMPARE(twin.recordingIds(), m_server->recordingIds());
    QCOMPARE(twin.token(), m_server->token());
    QVERIFY(other.artifactIds() != m_server->artifactIds());
    QVERIFY(other.token() != m_server->token());

    for (const QString &id : m_server->artifactIds()) {
        QJsonObject mine = m_server->artifactJson(id);
        QJsonObject theirs = twin.artifactJson(id);
        // Download URLs differ by port and per-server secret; everything else must be identical.
        const QJsonObject myData = mine.take(u"data"_s).toObject();
        const QJsonObject theirData = theirs.take(u"data"_s).toObject();
        QCOMPARE(mine, theirs);
        for (auto it = myData.begin(); it != myData.end(); ++it)
            QCOMPARE(QUrl(it->toString()).path(), QUrl(theirData.value(it.key()).toString()).path());
    }
    // The bytes over HTTP, for the big meeting and a small one.
    for (const QString &id : {m_server->artifactIdWithQuirk(DemoServer::Quirk::LargeMeeting),
             m_server->artifactIdWithQuirk(DemoServer::Quirk::MeetLike)}) {
        for (const QString &key : {u"participants_download_url"_s, u"participant_events_download_url"_s,
                 u"speaker_timeline_download_url"_s}) {
            const Reply a = send("GET", QUrl(m_server->artifactJson(id)[u"data"_s][key].toString()), {}, {}, false);
            const Reply b = send("GET", QUrl(twin.artifactJson(id)[u"data"_s][key].toString()), {}, {}, false);
            QCOMPARE(a.status, 200);
            QVERIFY(!a.body.isEmpty());
            QVERIFY(a.body == b.body);
        }
    }
}

// The same seed must give the same bytes on every machine and in every build type (Debug,
// sanitizers, RelWithDebInfo, other compilers): determinism() only compares two servers of the
// same binary, so an evaluation-order dependence or a stale object in one build slips through it.
// A failure here means the generated demo data changed; update the values only on purpose.
void TestDemoServer::goldenData()
{
    QCOMPARE(m_server->token(), u"demo-a26e29040626903b4b67e689"_s);

    QCryptographicHash artifacts(QCryptographicHash::Sha256);
    const QStringList ids = m_server->artifactIds();
    for (int i = 0; i < 40; ++i) {
        QJsonObject artifact = m_server->artifactJson(ids.at(i));
        artifact.remove(u"data"_s); // signed URLs carry the port and a per-server secret
        artifacts.addData(jsonBytes(artifact));
    }
    QCOMPARE(
        artifacts.result().toHex(), QByteArray("42f3e1f44636f7690122625698bc1a0661ccdb5f47d72b92ad999225996ec121"));

    using Q = DemoServer::Quirk;
    QCryptographicHash meetings(QCryptographicHash::Sha256);
    for (const QString &id :
        {m_server->artifactIdWithQuirk(Q::LargeMeeting), m_server->artifactIdWithQuirk(Q::ZoomLike),
            m_server->artifactIdWithQuirk(Q::MeetLike), m_server->artifactIdWithQuirk(Q::TeamsLike), randomDoneId(0),
            randomDoneId(1), randomDoneId(2), randomDoneId(3)}) {
        for (const QString &kind : {u"participants"_s, u"participant_events"_s, u"speaker_timeline"_s})
            meetings.addData(m_server->downloadFileContents(id, kind));
    }
    QCOMPARE(meetings.result().toHex(), QByteArray("c4f65c4525f24f29a0b6772f27e5fe7f8c54468cc0c2abb81ecf114155032609"));
}

void TestDemoServer::workspaceHasAllStatusCodes()
{
    QVERIFY(m_server->artifactCount() >= 300);
    QCOMPARE(m_server->artifactIds().size(), m_server->artifactCount());
    QHash<QString, int> codes;
    for (const QString &id : m_server->artifactIds())
        ++codes[m_server->artifactJson(id)[u"status"_s][u"code"_s].toString()];
    for (const QString &code : {u"processing"_s, u"done"_s, u"failed"_s, u"deleted"_s})
        QVERIFY2(codes.value(code) > 0, qPrintable(code));
    QVERIFY(codes.value(u"done"_s) > m_server->artifactCount() / 2); // mostly done
}

void TestDemoServer::pagingFollowsNextUrls()
{
    QUrl url = apiUrl(eventsPath);
    QStringList seen;
    QString previousCreated = u"9999"_s;
    int pages = 0;
    for (; pages < 50; ++pages) {
        const Reply page = send("GET", url);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.headers.value("content-type"), QByteArrayLiteral("application/json"));
        const QJsonObject envelope = page.object();
        QVERIFY(envelope.contains(u"previous"_s));
        QCOMPARE(envelope[u"previous"_s].isNull(), pages == 0);
        const QJsonArray results = envelope[u"results"_s].toArray();
        QVERIFY(!results.isEmpty());
        QVERIFY(results.size() <= 50);
        for (const QJsonValue &artifact : results) {
            const QString created = artifact[u"created_at"_s].toString();
            QVERIFY(isCanonicalTimestamp(created));
            QVERIFY2(created < previousCreated, "created_at must descend");
            previousCreated = created;
            seen.append(artifact[u"id"_s].toString());
        }
        if (envelope[u"next"_s].isNull())
            break;
        const QString next = envelope[u"next"_s].toString();
        QVERIFY2(next.startsWith(m_server->baseUrl().toString() + eventsPath), qPrintable(next));
        QVERIFY(QUrlQuery(QUrl(next)).hasQueryItem(u"cursor"_s));
        url = QUrl(next);
    }
    QCOMPARE(pages + 1, (m_server->artifactCount() + 49) / 50);
    QCOMPARE(seen, m_server->artifactIds());

    // The previous link of page 2 leads back to page 1.
    const Reply first = get(eventsPath);
    const Reply second = send("GET", QUrl(first.object()[u"next"_s].toString()));
    const Reply back = send("GET", QUrl(second.object()[u"previous"_s].toString()));
    const auto idsOf = [](const Reply &page) {
        QStringList ids;
        for (const QJsonValue &artifact : page.object()[u"results"_s].toArray())
            ids.append(artifact[u"id"_s].toString());
        return ids;
    };
    QCOMPARE(idsOf(back), idsOf(first));
    QCOMPARE(idsOf(first).size(), 50);
}

void TestDemoServer::filtersNarrow_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("status done") << u"status_code=done"_s;
    QTest::newRow("status processing") << u"status_code=processing"_s;
    QTest::newRow("status failed") << u"status_code=failed"_s;
    QTest::newRow("recording") << u"recording_id=RECORDING"_s;
    QTest::newRow("after, UTC") << u"created_at_after=2025-07-01T00:00:00Z"_s;
    QTest::newRow("before, date only") << u"created_at_before=2025-06-20"_s;
    QTest::newRow("after with +02:00 offset") << u"created_at_after=2025-07-01T00:00:00%2B02:00"_s;
    QTest::newRow("window and status")
        << u"created_at_after=2025-06-10T00:00:00.5Z&created_at_before=2025-07-10T12:00:00Z&status_code=done"_s;
}

void TestDemoServer::filtersNarrow()
{
    QFETCH(QString, query);
    const QString recording
        = m_server->recordingIdOf(m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording));
    const QUrlQuery urlQuery(query.replace(u"RECORDING"_s, recording));

    // The expectation, computed from the server's own view of each artifact.
    const QString status = urlQuery.queryItemValue(u"status_code"_s);
    const QString after = urlQuery.queryItemValue(u"created_at_after"_s, QUrl::FullyDecoded);
    const QString before = urlQuery.queryItemValue(u"created_at_before"_s, QUrl::FullyDecoded);
    const auto bound = [](const QString &text) {
        if (text.isEmpty())
            return QString();
        const QDateTime dt = text.size() == 10 // a date alone means midnight UTC
            ? QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc())
            : QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
    };
    const QString afterBound = bound(after);
    const QString beforeBound = bound(before);
    QStringList expected;
    for (const QString &id : m_server->artifactIds()) {
        const QJsonObject a = m_server->artifactJson(id);
        const QString created = a[u"created_at"_s].toString();
        if (!status.isEmpty() && a[u"status"_s][u"code"_s].toString() != status)
            continue;
        if (urlQuery.hasQueryItem(u"recording_id"_s) && a[u"recording"_s][u"id"_s].toString() != recording)
            continue;
        if (!afterBound.isEmpty() && created < afterBound)
            continue;
        if (!beforeBound.isEmpty() && created > beforeBound)
            continue;
        expected.append(id);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_server->artifactCount());

    const QStringList ids = collectAll(urlQuery);
    QCOMPARE(ids, expected);
    // Every next URL carried the filters (otherwise later pages would widen the result).
    for (const DemoServer::RecordedRequest &request : m_server->apiRequests()) {
        for (const auto &[name, value] : urlQuery.queryItems(QUrl::FullyDecoded))
            QCOMPARE(request.query.queryItemValue(name, QUrl::FullyDecoded), value);
    }
}

void TestDemoServer::invalidFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("status deleted")
        << u"status_code=deleted"_s << 400
        << QByteArray(R"({"status_code":["Select a valid choice. deleted is not one of the available choices."]})");
    QTest::newRow("status bogus")
        << u"status_code=DONE"_s << 400
        << QByteArray(R"({"status_code":["Select a valid choice. DONE is not one of the available choices."]})");
    QTest::newRow("date words") << u"created_at_after=yesterday"_s << 400
                                << QByteArray(R"({"created_at_after":["Enter a valid date/time."]})");
    QTest::newRow("impossible date") << u"created_at_before=2025-02-30"_s << 400
                                     << QByteArray(R"({"created_at_before":["Enter a valid date/time."]})");
    QTest::newRow("recording not a uuid")
        << u"recording_id=42"_s << 400 << QByteArray(R"({"recording_id":["Enter a valid UUID."]})");
    QTest::newRow("garbage cursor") << u"cursor=bm9wZQ"_s << 404 << QByteArray(R"({"detail":"Invalid cursor"})");
    QTest::newRow("undecodable cursor") << u"cursor=%25%25"_s << 404 << QByteArray(R"({"detail":"Invalid cursor"})");
}

void TestDemoServer::invalidFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Reply reply = get(eventsPath, QUrlQuery(query));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);
}

void TestDemoServer::authentication_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");

    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("bearer") << QByteArrayLiteral("Bearer TOKEN") << 401;
    QTest::newRow("wrong key") << QByteArrayLiteral("Token demo-nope") << 401;
    QTest::newRow("key without keyword") << QByteArrayLiteral("TOKEN") << 401;
    QTest::newRow("right key") << QByteArrayLiteral("Token TOKEN") << 200;
    QTest::newRow("keyword case-insensitive") << QByteArrayLiteral("token TOKEN") << 200;
}

void TestDemoServer::authentication()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    Headers headers;
    if (!header.isEmpty())
        headers.append({"Authorization", header.replace("TOKEN", m_server->token().toUtf8())});
    const QString id = m_server->artifactIds().first();
    for (const QString &path : {eventsPath, QString(eventsPath + id + u'/')}) {
        const Reply reply = send("GET", apiUrl(path), {}, headers, false);
        QCOMPARE(reply.status, status);
        if (status == 401)
            QCOMPARE(reply.object(), QJsonObject({{u"detail"_s, u"Invalid token."_s}}));
    }
}

void TestDemoServer::notFound_data()
{
    QTest::addColumn<QString>("path");
    const QString id = DemoServer().artifactIds().at(3);
    QTest::newRow("unknown uuid") << eventsPath + u"00000000-0000-4000-8000-000000000000/"_s;
    QTest::newRow("malformed id") << eventsPath + u"not-a-uuid/"_s;
    QTest::newRow("no trailing slash") << eventsPath + id;
    QTest::newRow("list without slash") << u"/api/v1/participant_events"_s;
    QTest::newRow("unknown path") << u"/api/v1/nothing/"_s;
    QTest::newRow("unknown recording") << u"/api/v1/recording/00000000-0000-4000-8000-000000000000/"_s;
    QTest::newRow("id of a recording") << eventsPath + DemoServer().recordingIdOf(id) + u'/';
}

void TestDemoServer::notFound()
{
    QFETCH(QString, path);
    const Reply reply = get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray(R"({"detail":"Not found."})"));
    QCOMPARE(reply.headers.value("content-type"), QByteArrayLiteral("application/json"));
}

void TestDemoServer::methodNotAllowed()
{
    const QString artifact = eventsPath + m_server->artifactIds().first() + u'/';
    Reply reply = send("PUT", apiUrl(artifact), "{}");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object()[u"detail"_s].toString(), u"Method \"PUT\" not allowed."_s);
    reply = send("POST", apiUrl(eventsPath), "{}");
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object()[u"detail"_s].toString(), u"Method \"POST\" not allowed."_s);
    reply = send("DELETE", apiUrl(eventsPath));
    QCOMPARE(reply.status, 405);
}

void TestDemoServer::patchReplacesOrMerges()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::LongMetadataValue);
    const QString path = eventsPath + id + u'/';
    QVERIFY(m_server->artifactJson(id)[u"metadata"_s].toObject().size() > 2);

    const QJsonObject replaced {{u"ticket"_s, u"SUP-1"_s}, {u"note"_s, QJsonValue::Null}};
    Reply reply = patch(path, metadataBody(replaced));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[u"metadata"_s].toObject(), replaced); // replace keeps null as a value
    QCOMPARE(reply.object()[u"id"_s].toString(), id);
    QCOMPARE(get(path).object()[u"metadata"_s].toObject(), replaced);

    m_server->setMergeOnPatch(true);
    reply = patch(path, metadataBody({{u"region"_s, u"emea"_s}, {u"ticket"_s, QJsonValue::Null}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject merged {{u"note"_s, QJsonValue::Null}, {u"region"_s, u"emea"_s}};
    QCOMPARE(reply.object()[u"metadata"_s].toObject(), merged);
    QCOMPARE(m_server->artifactJson(id)[u"metadata"_s].toObject(), merged);
}

void TestDemoServer::patchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("response"); // compared when status is 400

    const QString tooLong(501, u'x');
    const QString exactly500 = QString(499, u'é') + u'!';
    QString emoji;
    for (int i = 0; i < 500; ++i)
        emoji += QString::fromUcs4(U"😀", 1); // 500 code points, 1000 UTF-16 units

    QTest::newRow("number") << QByteArray(R"({"metadata":{"a":1,"b":"ok"}})") << 400
                            << QByteArray(R"({"metadata":{"a":["Not a valid string."]}})");
    QTest::newRow("bool and object")
        << QByteArray(R"({"metadata":{"a":true,"b":{"c":"d"}}})") << 400
        << QByteArray(R"({"metadata":{"a":["Not a valid string."],"b":["Not a valid string."]}})");
    QTest::newRow("501 characters")
        << jsonBytes(metadataBody({{u"long"_s, tooLong}})) << 400
        << QByteArray(R"({"metadata":{"long":["Ensure this field has no more than 500 characters."]}})");
    QTest::newRow("metadata missing") << QByteArray(R"({"meta":{}})") << 400
                                      << QByteArray(R"({"metadata":["This field is required."]})");
    QTest::newRow("metadata null") << QByteArray(R"({"metadata":null})") << 400
                                   << QByteArray(R"({"metadata":["This field may not be null."]})");
    QTest::newRow("metadata a list")
        << QByteArray(R"({"metadata":["a"]})") << 400
        << QByteArray(R"({"metadata":["Expected a dictionary of items but got type \"list\"."]})");
    QTest::newRow("invalid JSON") << QByteArray(R"({"metadata": {)") << 400
                                  << QByteArray(R"({"non_field_errors":["Invalid JSON."]})");
    QTest::newRow("exactly 500") << jsonBytes(metadataBody({{u"long"_s, exactly500}})) << 200 << QByteArray();
    QTest::newRow("500 emoji code points") << jsonBytes(metadataBody({{u"e"_s, emoji}})) << 200 << QByteArray();
    QTest::newRow("empty map") << QByteArray(R"({"metadata":{}})") << 200 << QByteArray();
}

void TestDemoServer::patchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, response);
    const QString id = randomDoneId(0);
    const QJsonObject before = m_server->artifactJson(id)[u"metadata"_s].toObject();
    const Reply reply = send("PATCH", apiUrl(eventsPath + id + u'/'), body);
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.body, response);
        QCOMPARE(m_server->artifactJson(id)[u"metadata"_s].toObject(), before);
    } else {
        const QJsonObject sent = QJsonDocument::fromJson(body).object()[u"metadata"_s].toObject();
        QCOMPARE(reply.object()[u"metadata"_s].toObject(), sent);
    }
}

void TestDemoServer::idempotencyKeyReplaysWithinAnHour()
{
    ManualClock clock;
    m_server->setClock(&clock);
    const QString path = eventsPath + randomDoneId(1) + u'/';
    const Headers key {{"Idempotency-Key", "k-1"}};
    const QJsonObject first {{u"v"_s, u"1"_s}};
    const QJsonObject second {{u"v"_s, u"2"_s}};

    const Reply a = patch(path, metadataBody(first), key);
    QCOMPARE(a.status, 200);
    clock.advance(59 * 60 * 1000);
    const Reply replay = patch(path, metadataBody(second), key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, a.body);
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArrayLiteral("true"));
    QCOMPARE(get(path).object()[u"metadata"_s].toObject(), first); // not applied again

    // Another key is another request.
    QCOMPARE(
        patch(path, metadataBody(second), {{"Idempotency-Key", "k-2"}}).object()[u"metadata"_s].toObject(), second);

    clock.advance(2 * 60 * 1000); // the first key is now older than an hour
    const Reply expired = patch(path, metadataBody(first), key);
    QCOMPARE(expired.status, 200);
    QVERIFY(!expired.headers.contains("idempotent-replayed"));
    QCOMPARE(get(path).object()[u"metadata"_s].toObject(), first);
}

void TestDemoServer::idempotencyKeyInFlightConflicts()
{
    m_server->setLatencyMs(400);
    const QUrl url = apiUrl(eventsPath + randomDoneId(2) + u'/');
    const Headers key {{"Idempotency-Key", "same"}};
    const QByteArray body = jsonBytes(metadataBody({{u"a"_s, u"b"_s}}));
    QNetworkReply *first = start("PATCH", url, body, key, true);
    QTRY_COMPARE(m_server->apiRequests().size(), 1); // the first is in flight
    QNetworkReply *second = start("PATCH", url, body, key, true);
    const Reply b = finish(second);
    const Reply a = finish(first);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 409);
    QCOMPARE(b.object()[u"detail"_s].toString(), u"A request with this idempotency key is already in progress."_s);
    // Once delivered, the key replays.
    QCOMPARE(send("PATCH", url, body, key).headers.value("idempotent-replayed"), QByteArrayLiteral("true"));
}

void TestDemoServer::deleteMarksDeleted()
{
    const QString id = randomDoneId(3);
    QCOMPARE(m_server->artifactJson(id)[u"status"_s][u"code"_s].toString(), u"done"_s);
    const QString path = eventsPath + id + u'/';

    const Reply deleted = send("DELETE", apiUrl(path));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());

    const QJsonObject after = get(path).object();
    QCOMPARE(after[u"status"_s][u"code"_s].toString(), u"deleted"_s);
    QVERIFY(after[u"status"_s][u"sub_code"_s].isNull());
    QVERIFY(after[u"data"_s][u"participants_download_url"_s].isNull());
    QVERIFY(after[u"data"_s][u"speaker_timeline_download_url"_s].isNull());
    QVERIFY(after[u"data"_s][u"participant_events_download_url"_s].isNull());
    QCOMPARE(patch(path, metadataBody({})).status, 404);
    QCOMPARE(send("DELETE", apiUrl(path)).status, 404);

    QVERIFY(collectAll({}).contains(id)); // still listed, as deleted
    QVERIFY(!collectAll(QUrlQuery(u"status_code=done"_s)).contains(id));
}

void TestDemoServer::recordingPatch()
{
    const QString any = m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording);
    const QString recording = m_server->recordingIdOf(any);
    const QString path = u"/api/v1/recording/"_s + recording + u'/';
    const QJsonObject metadata {{u"deal"_s, u"D-1"_s}, {u"owner"_s, u"Zoë"_s}};

    const Reply reply = patch(path, metadataBody(metadata));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object(), QJsonObject({{u"id"_s, recording}, {u"metadata"_s, metadata}}));

    int sharing = 0;
    for (const QString &id : m_server->artifactIds()) {
        const QJsonObject artifact = get(eventsPath + id + u'/').object();
        if (artifact[u"recording"_s][u"id"_s].toString() != recording)
            continue;
        ++sharing;
        QCOMPARE(artifact[u"recording"_s][u"metadata"_s].toObject(), metadata);
        if (sharing == 3)
            break;
    }
    QCOMPARE(sharing, 3);
    const Reply invalid = patch(path, metadataBody({{u"n"_s, 5}}));
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.body, QByteArray(R"({"metadata":{"n":["Not a valid string."]}})"));
}

void TestDemoServer::rateLimit()
{
    ManualClock clock;
    m_server->setClock(&clock);
    m_server->setRateLimits(3, 5);
    const QString one = eventsPath + m_server->artifactIds().first() + u'/';

    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(eventsPath).status, 200);
    Reply throttled = get(eventsPath);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArrayLiteral("20")); // 60 s / 3
    QCOMPARE(throttled.object()[u"detail"_s].toString(), u"Request was throttled. Expected available in 20 seconds."_s);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(one).status, 200); // a separate budget
    throttled = get(one);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArrayLiteral("12"));

    clock.advance(19000);
    throttled = get(eventsPath);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArrayLiteral("1"));
    clock.advance(1000);
    QCOMPARE(get(eventsPath).status, 200);

    m_server->setRateLimits(0, 0);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(get(one).status, 200);
}

void TestDemoServer::failBurstIsNotRateLimited()
{
    ManualClock clock;
    m_server->setClock(&clock);
    m_server->setRateLimits(1, 1);
    m_server->failNextRequests(2, 503);
    for (int i = 0; i < 2; ++i) {
        const Reply failed = get(eventsPath);
        QCOMPARE(failed.status, 503);
        QVERIFY(failed.object()[u"detail"_s].isString());
    }
    QCOMPARE(get(eventsPath).status, 200); // the burst did not use the single token
    QCOMPARE(get(eventsPath).status, 429);

    m_server->failNextRequests(1, 502);
    QCOMPARE(get(eventsPath).status, 502);
}

void TestDemoServer::truncatedBodyIsInvalidJson()
{
    ManualClock clock; // identical signed URLs in both answers
    m_server->setClock(&clock);
    const QString path = eventsPath + m_server->artifactIds().first() + u'/';
    const Reply full = get(path);
    m_server->setTruncateBodies(true);
    const Reply cut = get(path);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.body.size(), full.body.size() / 2);
    QCOMPARE(cut.headers.value("content-length").toInt(), cut.body.size());
    QVERIFY(full.body.startsWith(cut.body));
    QJsonParseError error;
    QJsonDocument::fromJson(cut.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestDemoServer::firewallBlockIsHtml()
{
    m_server->setFirewallBlock(true);
    for (const QString &path : {eventsPath, u"/anything"_s}) {
        const Reply reply = get(path);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    }
    m_server->setFirewallBlock(false);
    QCOMPARE(get(eventsPath).status, 200);
}

void TestDemoServer::downloadWorks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("kind");
    QTest::newRow("participants") << u"participants_download_url"_s << u"participants"_s;
    QTest::newRow("participant_events") << u"participant_events_download_url"_s << u"participant_events"_s;
    QTest::newRow("speaker_timeline") << u"speaker_timeline_download_url"_s << u"speaker_timeline"_s;
}

void TestDemoServer::downloadWorks()
{
    QFETCH(QString, field);
    QFETCH(QString, kind);
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::ZoomLike);
    const QString url = get(eventsPath + id + u'/').object()[u"data"_s][field].toString();
    QVERIFY(url.startsWith(m_server->downloadBaseUrl().toString() + u"/artifacts/"_s + id + u'/' + kind + u".json?"_s));
    const Reply file = send("GET", QUrl(url), {}, {}, false);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.headers.value("content-type"), QByteArrayLiteral("application/json"));
    QVERIFY(file.body == m_server->downloadFileContents(id, kind));
    QVERIFY(!file.array().isEmpty());
}

void TestDemoServer::downloadExpires()
{
    ManualClock clock;
    m_server->setClock(&clock);
    m_server->setDownloadLinkLifetimeMs(1000);
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::MeetLike);
    const QUrl url(m_server->artifactJson(id)[u"data"_s][u"participants_download_url"_s].toString());
    clock.advance(1000);
    QCOMPARE(send("GET", url, {}, {}, false).status, 200); // still valid at the very last millisecond
    clock.advance(1);
    const Reply expired = send("GET", url, {}, {}, false);
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.body.contains("<Code>AccessDenied</Code>"));
    QVERIFY(expired.body.contains("Request has expired"));
    // A fresh Retrieve hands out a working link again.
    const QUrl fresh(get(eventsPath + id + u'/').object()[u"data"_s][u"participants_download_url"_s].toString());
    QVERIFY(fresh != url);
    QCOMPARE(send("GET", fresh, {}, {}, false).status, 200);
}

void TestDemoServer::downloadRejectsBadSignatureAndUnknownIds()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::TeamsLike);
    QUrl url(m_server->artifactJson(id)[u"data"_s][u"speaker_timeline_download_url"_s].toString());
    QUrlQuery query(url);
    QString signature = query.queryItemValue(u"signature"_s);
    signature[0] = signature[0] == u'0' ? u'1' : u'0';
    query.removeQueryItem(u"signature"_s);
    query.addQueryItem(u"signature"_s, signature);
    QUrl tampered = url;
    tampered.setQuery(query);
    Reply reply = send("GET", tampered, {}, {}, false);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("<Code>SignatureDoesNotMatch</Code>"));

    // A link for one file does not open another.
    QUrl otherFile = url;
    otherFile.setPath(otherFile.path().replace(u"speaker_timeline"_s, u"participants"_s));
    QCOMPARE(send("GET", otherFile, {}, {}, false).status, 403);

    QUrl unknown = url;
    unknown.setPath(u"/artifacts/00000000-0000-4000-8000-000000000000/participants.json"_s);
    reply = send("GET", unknown, {}, {}, false);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("<Code>NoSuchKey</Code>"));
    QUrl wrongKind = url;
    wrongKind.setPath(u"/artifacts/"_s + id + u"/transcript.json"_s);
    QCOMPARE(send("GET", wrongKind, {}, {}, false).status, 404);
}

void TestDemoServer::downloadNeverSeesApiKey()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::MeetLike);
    const QJsonObject data = get(eventsPath + id + u'/').object()[u"data"_s].toObject();
    for (const QJsonValue &url : data)
        QCOMPARE(send("GET", QUrl(url.toString()), {}, {{"X-Probe", "1"}}, false).status, 200);

    const QByteArray token = m_server->token().toUtf8();
    const auto downloads = m_server->downloadRequests();
    QCOMPARE(downloads.size(), 3);
    for (const DemoServer::RecordedRequest &request : downloads) {
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QVERIFY(request.path.startsWith(u"/artifacts/"_s + id));
        bool probed = false;
        for (const auto &[name, value] : request.headers) {
            QVERIFY(name.compare("Authorization", Qt::CaseInsensitive) != 0);
            QVERIFY(!value.contains(token));
            probed = probed || name == "X-Probe";
        }
        QVERIFY(probed); // the listener really records headers
    }
    // The API listener, by contrast, saw the key.
    bool apiSawKey = false;
    const auto apiRequests = m_server->apiRequests();
    for (const auto &[name, value] : apiRequests.first().headers)
        apiSawKey = apiSawKey || value.contains(token);
    QVERIFY(apiSawKey);
    m_server->clearRecordedRequests();
    QVERIFY(m_server->apiRequests().isEmpty());
    QVERIFY(m_server->downloadRequests().isEmpty());
}

void TestDemoServer::processingFlipsToDone()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::Processing);
    QJsonObject artifact = get(eventsPath + id + u'/').object();
    QCOMPARE(artifact[u"status"_s][u"code"_s].toString(), u"processing"_s);
    QVERIFY(artifact[u"data"_s][u"participants_download_url"_s].isNull());

    QVERIFY(m_server->setArtifactStatus(id, u"done"_s));
    QVERIFY(!m_server->setArtifactStatus(u"00000000-0000-4000-8000-000000000000"_s, u"done"_s));
    artifact = get(eventsPath + id + u'/').object();
    QCOMPARE(artifact[u"status"_s][u"code"_s].toString(), u"done"_s);
    QVERIFY(artifact[u"status"_s][u"sub_code"_s].isNull());
    QVERIFY(artifact[u"status"_s][u"updated_at"_s].toString() > artifact[u"created_at"_s].toString());
    const Reply file = send("GET", QUrl(artifact[u"data"_s][u"participants_download_url"_s].toString()), {}, {}, false);
    QCOMPARE(file.status, 200);

    QVERIFY(m_server->setArtifactStatus(id, u"archived"_s, u"moved_to_cold_storage"_s)); // a future code
    artifact = get(eventsPath + id + u'/').object();
    QCOMPARE(artifact[u"status"_s][u"code"_s].toString(), u"archived"_s);
    QCOMPARE(artifact[u"status"_s][u"sub_code"_s].toString(), u"moved_to_cold_storage"_s);
    QVERIFY(artifact[u"data"_s][u"participants_download_url"_s].isNull());
}

void TestDemoServer::requestServedSignal()
{
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);
    m_server->setLatencyMs(50);
    QCOMPARE(get(eventsPath + u"00000000-0000-4000-8000-000000000000/"_s).status, 404);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(0).toString(), u"GET"_s);
    QCOMPARE(served.at(0).at(1).toString(), eventsPath + u"00000000-0000-4000-8000-000000000000/"_s);
    QCOMPARE(served.at(0).at(2).toInt(), 404);
}

void TestDemoServer::lateAnswerAfterClientHangUp()
{
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);
    m_server->setLatencyMs(300);
    QNetworkReply *reply = start("GET", apiUrl(eventsPath), {}, {}, true);
    QTRY_COMPARE(m_server->apiRequests().size(), 1);
    reply->abort(); // the server's socket goes away while the answer waits on its timer
    delete reply;
    QTRY_COMPARE(served.size(), 1); // the late answer is dropped quietly
    m_server->setLatencyMs(0);
    QCOMPARE(get(eventsPath).status, 200);
}

void TestDemoServer::statusAndMetadataQuirks()
{
    using Q = DemoServer::Quirk;
    const auto artifact = [this](Q quirk) { return m_server->artifactJson(m_server->artifactIdWithQuirk(quirk)); };

    QCOMPARE(artifact(Q::Processing)[u"status"_s][u"code"_s].toString(), u"processing"_s);
    QCOMPARE(artifact(Q::Failed)[u"status"_s][u"code"_s].toString(), u"failed"_s);
    QCOMPARE(artifact(Q::Failed)[u"status"_s][u"sub_code"_s].toString(), u"recording_too_short"_s);
    QCOMPARE(artifact(Q::FailedWithoutSubCode)[u"status"_s][u"code"_s].toString(), u"failed"_s);
    QVERIFY(artifact(Q::FailedWithoutSubCode)[u"status"_s][u"sub_code"_s].isNull());
    QCOMPARE(artifact(Q::Deleted)[u"status"_s][u"code"_s].toString(), u"deleted"_s);
    QVERIFY(artifact(Q::Deleted)[u"data"_s][u"participants_download_url"_s].isNull());
    QVERIFY(artifact(Q::NullRecordingMetadata)[u"recording"_s][u"metadata"_s].isNull());

    bool has500 = false;
    bool hasNull = false;
    for (const QJsonValue &value : artifact(Q::LongMetadataValue)[u"metadata"_s].toObject()) {
        has500 = has500 || (value.isString() && value.toString().size() == 500);
        hasNull = hasNull || value.isNull();
    }
    QVERIFY(has500);
    QVERIFY(artifact(Q::NullMetadataValue)[u"metadata"_s].toObject().contains(u"reviewed_by"_s));
    QVERIFY(hasNull);

    // Across the workspace: free-text failure reasons incl. null, bounded metadata, valid timestamps.
    QSet<QString> failureReasons;
    int failedWithoutReason = 0;
    int maxKeys = 0;
    QHash<QString, int> perRecording;
    for (const QString &id : m_server->artifactIds()) {
        const QJsonObject a = m_server->artifactJson(id);
        const QJsonObject status = a[u"status"_s].toObject();
        QVERIFY(isCanonicalTimestamp(a[u"created_at"_s].toString()));
        QVERIFY(status[u"updated_at"_s].toString() > a[u"created_at"_s].toString());
        QVERIFY(a[u"created_at"_s].toString() < u"2025-07-17T00:00:00"_s);
        if (status[u"code"_s].toString() == u"failed"_s) {
            if (status[u"sub_code"_s].isNull())
                ++failedWithoutReason;
            else
                failureReasons.insert(status[u"sub_code"_s].toString());
        }
        maxKeys = std::max(maxKeys, static_cast<int>(a[u"metadata"_s].toObject().size()));
        ++perRecording[a[u"recording"_s][u"id"_s].toString()];
    }
    QVERIFY(failureReasons.size() >= 3);
    QVERIFY(failedWithoutReason >= 1);
    QVERIFY(maxKeys > 5);
    QVERIFY(maxKeys <= 12);
    const QString shared = m_server->recordingIdOf(m_server->artifactIdWithQuirk(Q::SharedRecording));
    QCOMPARE(perRecording.value(shared), 3);
    for (const int count : std::as_const(perRecording))
        QVERIFY(count >= 1 && count <= 3);
}

void TestDemoServer::meetingQuirks_data()
{
    QTest::addColumn<DemoServer::Quirk>("quirk");
    using Q = DemoServer::Quirk;
    for (const Q quirk : {Q::LargeMeeting, Q::ZoomLike, Q::NegativeStart, Q::ChatMessages, Q::DialIn, Q::MissingEmail,
             Q::MeetLike, Q::OpenEndedSegment, Q::Rejoin, Q::UpdateEvent, Q::UnknownAction, Q::TeamsLike, Q::SameName,
             Q::NullName, Q::Overlap, Q::UnsortedTimeline})
        QTest::newRow(qPrintable(demoQuirkName(quirk))) << quirk;
}

void TestDemoServer::meetingQuirks()
{
    using Q = DemoServer::Quirk;
    QFETCH(DemoServer::Quirk, quirk);
    const QString id = m_server->artifactIdWithQuirk(quirk);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_server->artifactJson(id)[u"status"_s][u"code"_s].toString(), u"done"_s);
    const MeetingFiles files = meetingFiles(id);
    QVERIFY(!files.participants.isEmpty());

    const auto rel = [](const QJsonValue &timestamp) { return timestamp[u"relative"_s].toDouble(); };
    const auto platformKey = [&files](const QString &key) {
        for (const QJsonValue &p : files.participants) {
            if (p[u"extra_data"_s].toObject().contains(key))
                return true;
        }
        return false;
    };
    // Segments ordered by start, for gap / back-to-back checks.
    QList<QJsonObject> sorted;
    for (const QJsonValue &segment : files.timeline)
        sorted.append(segment.toObject());
    std::sort(sorted.begin(), sorted.end(), [&rel](const QJsonObject &a, const QJsonObject &b) {
        return rel(a[u"start_timestamp"_s]) < rel(b[u"start_timestamp"_s]);
    });
    int gaps = 0;
    int touching = 0;
    for (int i = 1; i < sorted.size(); ++i) {
        const double previousEnd = rel(sorted[i - 1][u"end_timestamp"_s]);
        const double start = rel(sorted[i][u"start_timestamp"_s]);
        if (start > previousEnd + 0.1)
            ++gaps;
        if (qFuzzyCompare(start + 1, previousEnd + 1))
            ++touching;
    }
    const auto nameCount = [&files](const QJsonValue &name) {
        int n = 0;
        for (const QJsonValue &p : files.participants)
            n += p[u"name"_s] == name ? 1 : 0;
        return n;
    };
    const auto eventTime = [&files, &rel](const QString &action, int participant) {
        for (const QJsonValue &e : files.events) {
            if (e[u"action"_s].toString() == action && e[u"participant"_s][u"id"_s].toInt() == participant)
                return rel(e[u"timestamp"_s]);
        }
        return qQNaN();
    };

    switch (quirk) {
    case Q::LargeMeeting: {
        QCOMPARE(files.participants.size(), 40);
        double end = 0;
        for (const QJsonObject &segment : sorted)
            end = std::max(end, rel(segment[u"end_timestamp"_s]));
        QVERIFY(end > 4 * 3600 - 120);
        QVERIFY(end <= 4 * 3600);
        QSet<int> speakers;
        for (const QJsonObject &segment : sorted)
            speakers.insert(segment[u"participant"_s][u"id"_s].toInt());
        QVERIFY(speakers.size() >= 35);
        break;
    }
    case Q::ZoomLike:
        QVERIFY(platformKey(u"zoom"_s));
        QVERIFY(gaps > sorted.size() / 2); // silence shows as gaps
        break;
    case Q::MeetLike:
        QVERIFY(platformKey(u"google_meet"_s));
        QVERIFY(!files.participants.first()[u"extra_data"_s][u"google_meet"_s][u"static_participant_id"_s]
                     .toString()
                     .isEmpty());
        QVERIFY(touching > sorted.size() * 3 / 4); // back to back
        break;
    case Q::TeamsLike:
        QVERIFY(platformKey(u"microsoft_teams"_s));
        QVERIFY(touching > sorted.size() / 2);
        break;
    case Q::NegativeStart:
        QVERIFY(rel(sorted.first()[u"start_timestamp"_s]) < 0);
        break;
    case Q::OpenEndedSegment: {
        int open = 0;
        for (const QJsonValue &segment : files.timeline)
            open += segment[u"end_timestamp"_s].isNull() ? 1 : 0;
        QCOMPARE(open, 1);
        QVERIFY(sorted.last()[u"end_timestamp"_s].isNull()); // the last one
        break;
    }
    case Q::ChatMessages: {
        QSet<QString> audiences;
        for (const QJsonValue &e : files.events) {
            if (e[u"action"_s].toString() != u"chat_message"_s) {
                QVERIFY(e[u"data"_s].isNull());
                continue;
            }
            QVERIFY(!e[u"data"_s][u"text"_s].toString().isEmpty());
            audiences.insert(e[u"data"_s][u"to"_s].toString());
        }
        QCOMPARE(audiences, QSet<QString>({u"everyone"_s, u"only_bot"_s}));
        break;
    }
    case Q::DialIn: {
        bool found = false;
        for (const QJsonValue &p : files.participants)
            found = found || p[u"platform"_s].toString() == u"dial-in"_s;
        QVERIFY(found);
        break;
    }
    case Q::MissingEmail: {
        int absent = 0;
        int present = 0;
        for (const QJsonValue &p : files.participants) {
            absent += p.toObject().contains(u"email"_s) ? 0 : 1;
            present += p[u"email"_s].isString() ? 1 : 0;
        }
        QVERIFY(absent > 0);
        QVERIFY(present > 0);
        break;
    }
    case Q::Rejoin:
    case Q::SameName: {
        // Two ids, one name: a rejoin does not overlap in time, two namesakes do.
        bool found = false;
        for (int i = 0; i < files.participants.size() && !found; ++i) {
            for (int j = i + 1; j < files.participants.size() && !found; ++j) {
                const QJsonValue a = files.participants[i];
                const QJsonValue b = files.participants[j];
                if (a[u"name"_s].isNull() || a[u"name"_s] != b[u"name"_s])
                    continue;
                QVERIFY(a[u"id"_s] != b[u"id"_s]);
                const int ida = a[u"id"_s].toInt();
                const int idb = b[u"id"_s].toInt();
                const bool sequential = eventTime(u"leave"_s, ida) < eventTime(u"join"_s, idb);
                found = quirk == Q::Rejoin ? sequential : !sequential;
            }
        }
        QVERIFY(found);
        break;
    }
    case Q::NullName:
        QVERIFY(nameCount(QJsonValue::Null) == 1);
        break;
    case Q::Overlap: {
        bool overlap = false;
        for (int i = 0; i < sorted.size() && !overlap; ++i) {
            for (int j = i + 1; j < sorted.size() && !overlap; ++j) {
                if (rel(sorted[j][u"start_timestamp"_s]) >= rel(sorted[i][u"end_timestamp"_s]))
                    break;
                overlap = sorted[i][u"participant"_s][u"id"_s] != sorted[j][u"participant"_s][u"id"_s];
            }
        }
        QVERIFY(overlap);
        break;
    }
    case Q::UnsortedTimeline: {
        bool descending = false;
        for (int i = 1; i < files.timeline.size(); ++i)
            descending = descending
                || rel(files.timeline[i][u"start_timestamp"_s]) < rel(files.timeline[i - 1][u"start_timestamp"_s]);
        QVERIFY(descending);
        break;
    }
    case Q::UpdateEvent: {
        bool found = false;
        for (const QJsonValue &e : files.events)
            found = found || e[u"action"_s].toString() == u"update"_s;
        QVERIFY(found);
        break;
    }
    case Q::UnknownAction: {
        QSet<QString> unknown;
        for (const QJsonValue &e : files.events) {
            if (e[u"action"_s].toString() == u"raise_hand"_s || e[u"action"_s].toString() == u"breakout_room_join"_s)
                unknown.insert(e[u"action"_s].toString());
        }
        QCOMPARE(unknown.size(), 2);
        break;
    }
    default:
        QFAIL("no check for this quirk");
    }
}

void TestDemoServer::meetingFilesAreConsistent_data()
{
    QTest::addColumn<QString>("id");
    const DemoServer server;
    using Q = DemoServer::Quirk;
    for (const Q quirk : {Q::LargeMeeting, Q::ZoomLike, Q::MeetLike, Q::TeamsLike})
        QTest::newRow(qPrintable(demoQuirkName(quirk))) << server.artifactIdWithQuirk(quirk);
    int randomRows = 0;
    for (int i = 13; i < server.artifactCount() && randomRows < 12; ++i) {
        const QString id = server.artifactIds().at(i);
        if (server.artifactJson(id)[u"status"_s][u"code"_s].toString() == u"done"_s)
            QTest::newRow(qPrintable(u"random #%1"_s.arg(i))) << id;
        randomRows += server.artifactJson(id)[u"status"_s][u"code"_s].toString() == u"done"_s ? 1 : 0;
    }
}

void TestDemoServer::meetingFilesAreConsistent()
{
    QFETCH(QString, id);
    const MeetingFiles files = meetingFiles(id);
    static const QRegularExpression absolutePattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"_s);
    // The spec's actions, and the two UnknownAction meetings send that it does not list.
    static const QSet<QString> actions {u"join"_s, u"leave"_s, u"update"_s, u"speech_on"_s, u"speech_off"_s,
        u"webcam_on"_s, u"webcam_off"_s, u"screenshare_on"_s, u"screenshare_off"_s, u"chat_message"_s, u"raise_hand"_s,
        u"breakout_room_join"_s};

    // absolute - relative is the same instant (the recording start) for every timestamp.
    std::optional<qint64> origin;
    const auto checkTimestamp = [&origin](const QJsonValue &t) {
        const QString absolute = t[u"absolute"_s].toString();
        if (!absolutePattern.match(absolute).hasMatch())
            return false;
        const QDateTime dt = QDateTime::fromString(absolute.left(19) + u'Z', Qt::ISODate);
        const qint64 us = dt.toMSecsSinceEpoch() * 1000 + absolute.mid(20, 6).toLongLong();
        const qint64 start = us - std::llround(t[u"relative"_s].toDouble() * 1e6);
        if (!origin)
            origin = start;
        return std::abs(*origin - start) <= 1;
    };

    QHash<int, QJsonObject> participants;
    for (const QJsonValue &p : files.participants) {
        QVERIFY(p[u"id"_s].isDouble());
        QVERIFY(!participants.contains(p[u"id"_s].toInt()));
        participants.insert(p[u"id"_s].toInt(), p.toObject());
    }
    // speech_on/off events mirror the timeline segments exactly.
    QMultiHash<int, QString> starts;
    QMultiHash<int, QString> ends;
    for (const QJsonValue &segment : files.timeline) {
        const int pid = segment[u"participant"_s][u"id"_s].toInt();
        QCOMPARE(segment[u"participant"_s].toObject(), participants.value(pid));
        QVERIFY(checkTimestamp(segment[u"start_timestamp"_s]));
        starts.insert(pid, segment[u"start_timestamp"_s][u"absolute"_s].toString());
        if (!segment[u"end_timestamp"_s].isNull()) {
            QVERIFY(checkTimestamp(segment[u"end_timestamp"_s]));
            QVERIFY(segment[u"end_timestamp"_s][u"relative"_s].toDouble()
                > segment[u"start_timestamp"_s][u"relative"_s].toDouble());
            ends.insert(pid, segment[u"end_timestamp"_s][u"absolute"_s].toString());
        }
    }
    QHash<int, double> joined;
    QHash<int, double> left;
    QSet<QString> eventIds;
    double previous = -1e9;
    for (const QJsonValue &e : files.events) {
        const QString action = e[u"action"_s].toString();
        const int pid = e[u"participant"_s][u"id"_s].toInt();
        const double at = e[u"timestamp"_s][u"relative"_s].toDouble();
        QVERIFY(actions.contains(action));
        QVERIFY(e[u"id"_s].isString());
        QVERIFY(!eventIds.contains(e[u"id"_s].toString()));
        eventIds.insert(e[u"id"_s].toString());
        QVERIFY(checkTimestamp(e[u"timestamp"_s]));
        QCOMPARE(e[u"participant"_s].toObject(), participants.value(pid));
        QVERIFY(at >= previous); // events are chronological
        previous = at;
        if (action == u"join"_s) {
            QVERIFY(!joined.contains(pid));
            joined.insert(pid, at);
        } else if (action == u"leave"_s) {
            QVERIFY(!left.contains(pid));
            left.insert(pid, at);
        } else {
            QVERIFY2(joined.contains(pid) && !left.contains(pid), "every event lies between join and leave");
        }
        if (action == u"speech_on"_s)
            QVERIFY(starts.remove(pid, e[u"timestamp"_s][u"absolute"_s].toString()) == 1);
        if (action == u"speech_off"_s)
            QVERIFY(ends.remove(pid, e[u"timestamp"_s][u"absolute"_s].toString()) == 1);
    }
    QVERIFY(starts.isEmpty());
    QVERIFY(ends.isEmpty());
    QCOMPARE(joined.size(), participants.size());
    QCOMPARE(left.size(), participants.size());
}

void TestDemoServer::onlyOneLargeMeeting()
{
    const QString large = m_server->artifactIdWithQuirk(DemoServer::Quirk::LargeMeeting);
    int large40 = 0;
    for (const QString &id : m_server->artifactIds()) {
        if (m_server->artifactJson(id)[u"status"_s][u"code"_s].toString() != u"done"_s)
            continue;
        const QJsonArray people
            = QJsonDocument::fromJson(m_server->downloadFileContents(id, u"participants"_s)).array();
        QVERIFY(people.size() >= 2);
        if (people.size() >= 40) {
            ++large40;
            QCOMPARE(id, large);
        }
    }
    QCOMPARE(large40, 1);
}

void TestDemoServer::largeWorkspace()
{
    DemoServer::Options options;
    options.artifactCount = 100000;
    QElapsedTimer timer;
    timer.start();
    DemoServer big(options);
    QVERIFY(big.start());
    const qint64 generationMs = timer.elapsed();
    QCOMPARE(big.artifactCount(), 100000);
    QVERIFY2(generationMs < 20000, qPrintable(u"generation took %1 ms"_s.arg(generationMs)));
    // The first ids do not depend on the count.
    QCOMPARE(big.artifactIds().first(), m_server->artifactIds().first());

    QNetworkRequest request(QUrl(big.baseUrl().toString() + eventsPath + u"?status_code=failed"_s));
    request.setRawHeader("Authorization", "Token " + big.token().toUtf8());
    const Reply page = finish(m_nam.get(request));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.object()[u"results"_s].toArray().size(), 50);
    QVERIFY(page.object()[u"next"_s].isString());
}

// The malformed-answer switches (demomalformed.h): bytes on the wire, since QJsonDocument cannot read
// some of them at all.
void TestDemoServer::malformedArtifactsOnTheThirdPage()
{
    using M = DemoServer::Malformation;
    const QStringList ids = m_server->artifactIds();
    QList<QByteArray> pages;
    QUrl url = apiUrl(eventsPath);
    m_server->setMalformedArtifacts(true);
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            url = QUrl(QJsonDocument::fromJson(pages.last()).object().value(u"next"_s).toString(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        const Reply page = send("GET", url);
        QCOMPARE(page.status, 200);
        pages.append(page.body);
    }
    for (const M m : DemoMalformed::all()) {
        const QString id = m_server->artifactIdWithMalformation(m);
        QVERIFY2(ids.indexOf(id) >= 100 && ids.indexOf(id) < 150, qPrintable(DemoMalformed::name(m)));
    }
    // Pages one and two are clean JSON; the third holds every shape.
    QVERIFY(QJsonDocument::fromJson(pages.at(0)).isObject());
    QVERIFY(QJsonDocument::fromJson(pages.at(1)).isObject());
    const QByteArray third = pages.at(2);
    QVERIFY(QJsonDocument::fromJson(third).isNull()); // invalid UTF-8
    const QByteArray integerId = m_server->artifactIdWithMalformation(M::IntegerId).toLatin1();
    QVERIFY(!third.contains(QByteArray(R"("id":")" + integerId + '"')));
    QVERIFY(third.contains(R"("id":4711,)"));
    QVERIFY(third.contains(R"("metadata":["ticket","SUP-1"])"));
    QVERIFY(third.contains(R"("status":null)"));
    QVERIFY(third.contains(QByteArray(R"("notes":)" + DemoMalformed::invalidUtf8Value())));
    for (const auto &[key, raw] : DemoMalformed::rawMetadataValues())
        QVERIFY2(third.contains(QByteArray('"' + key.toUtf8() + "\":" + raw)), qPrintable(key));
    QVERIFY(!third.contains("@pi-raw"));
    // The numeric created_at is the same instant in epoch seconds.
    const QString numericId = m_server->artifactIdWithMalformation(M::NumericCreatedAt);
    const QDateTime created
        = QDateTime::fromString(m_server->artifactJson(numericId)[u"created_at"_s].toString(), Qt::ISODateWithMs);
    const QByteArray seconds = QByteArray::number(static_cast<double>(created.toMSecsSinceEpoch()) / 1000.0, 'g', 17);
    QVERIFY2(third.contains(QByteArray(R"("created_at":)" + seconds)), seconds.constData());

    m_server->setMalformedArtifacts(false);
    QVERIFY(QJsonDocument::fromJson(send("GET", url).body).isObject()); // the third page again, clean
    QCOMPARE(collectAll({}), ids);
}

void TestDemoServer::malformedRetrieveButCleanPatch()
{
    using M = DemoServer::Malformation;
    m_server->setMalformedArtifacts(true);
    const QString rawId = m_server->artifactIdWithMalformation(M::RawMetadataValues);
    const Reply raw = get(eventsPath + rawId + u'/');
    QCOMPARE(raw.status, 200);
    QVERIFY(raw.body.contains(R"("big":12345678901234567890)"));
    const Reply integer = get(eventsPath + m_server->artifactIdWithMalformation(M::IntegerId) + u'/');
    QCOMPARE(integer.object().value(u"id"_s).toInt(), 4711);
    const Reply utf8 = get(eventsPath + m_server->artifactIdWithMalformation(M::InvalidUtf8) + u'/');
    QVERIFY(utf8.body.contains(DemoMalformed::invalidUtf8Value()));

    // A PATCH answer is the artifact as stored, clean.
    const Reply patched = patch(eventsPath + rawId + u'/', metadataBody({{u"ticket"_s, u"SUP-1"_s}}));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object()[u"metadata"_s].toObject(), QJsonObject({{u"ticket"_s, u"SUP-1"_s}}));
}

void TestDemoServer::tolerableNextLinksAreServed()
{
    m_server->setNextLinks(DemoServer::NextLinks::Tolerable);
    QStringList ids;
    QUrl url = apiUrl(eventsPath, QUrlQuery {{u"status_code"_s, u"done"_s}});
    for (int pages = 0; pages < 20; ++pages) {
        const Reply page = send("GET", url);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &artifact : page.object().value(u"results"_s).toArray())
            ids.append(artifact[u"id"_s].toString());
        const QJsonValue next = page.object().value(u"next"_s);
        if (next.isNull())
            break;
        QVERIFY2(next.toString().contains(u'|') && next.toString().contains(u' '), qPrintable(next.toString()));
        QVERIFY(!QUrl(next.toString(), QUrl::StrictMode).isValid());
        url = QUrl(next.toString(), QUrl::TolerantMode);
        QVERIFY(url.isValid());
        QVERIFY(url.toEncoded().contains("%7Cpage%20two"));
        QCOMPARE(QUrlQuery(url).queryItemValue(u"status_code"_s), u"done"_s);
    }
    m_server->setNextLinks(DemoServer::NextLinks::Clean);
    QCOMPARE(ids, collectAll(QUrlQuery {{u"status_code"_s, u"done"_s}}));
}

void TestDemoServer::unreadableNextLinks()
{
    m_server->setNextLinks(DemoServer::NextLinks::Unreadable);
    const Reply first = get(eventsPath);
    const QString next = first.object().value(u"next"_s).toString();
    QVERIFY2(next.contains(u":next-page/"_s), qPrintable(next));
    QVERIFY(!QUrl(next, QUrl::TolerantMode).isValid());
    QCOMPARE(first.object().value(u"results"_s).toArray().size(), 50);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
