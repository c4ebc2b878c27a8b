// The request log: scrubbing secrets (unit rows), the bound, and what the client records for every
// attempt against the demo server over loopback, filed by artifact, with the key nowhere.
#include "clientfixture.h"
#include "demo/demoserver.h"
#include "net/recallclient.h"
#include "net/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every text the log holds, in both of its formats.
QString everything(const RequestLog &log)
{
    QString out;
    const QList<RequestLog::Entry> entries = log.entries();
    for (const RequestLog::Entry &entry : entries)
        out += RequestLog::textLine(entry) % u'\n' % QString::fromUtf8(RequestLog::jsonLine(entry)) % u'\n';
    return out;
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void scrub_data();
    void scrub();
    void artifactIdOf_data();
    void artifactIdOf();
    void boundKeepsTheNewest();
    void secretsScrubbedOnTheWayIn();
    void formats();

    void recordsEveryAttempt();
    void downloadsFiledUnderTheirArtifact();
    void retriesCountAttempts();
    void networkErrorRecorded();
    void keyNeverStored();

private:
    QString firstDoneId(int skip = 0) const;

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
};

void TestRequestLog::init()
{
    cleanup();
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client));
}

void TestRequestLog::cleanup()
{
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QString TestRequestLog::firstDoneId(int skip) const
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        if (m_server->artifactJson(id).value("status"_L1).toObject().value("code"_L1).toString() == u"done"
            && skip-- == 0)
            return id;
    }
    return {};
}

void TestRequestLog::scrub_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString key = u"sk_live_0123456789abcdef"_s;
    QTest::newRow("the key itself") << u"key sk_live_0123456789abcdef in a message"_s
                                    << u"key [redacted] in a message"_s;
    QTest::newRow("the key twice") << key + u"/"_s + key << u"[redacted]/[redacted]"_s;
    QTest::newRow("Authorization value") << u"Authorization: Token abc123def"_s << u"Authorization: Token [redacted]"_s;
    QTest::newRow("token in lower case") << u"sent token abc123"_s << u"sent token [redacted]"_s;
    QTest::newRow("Bearer") << u"Bearer eyJhbGciOi.x.y"_s << u"Bearer [redacted]"_s;
    QTest::newRow("demo signature") << u"/artifacts/a/participants.json?expires=99&signature=deadbeef"_s
                                    << u"/artifacts/a/participants.json?expires=99&signature=[redacted]"_s;
    QTest::newRow("S3 presigned")
        << u"/f.json?X-Amz-Algorithm=AWS4&X-Amz-Credential=AKIA%2F2025&X-Amz-Security-Token=zz&X-Amz-Signature=0f"_s
        << u"/f.json?X-Amz-Algorithm=AWS4&X-Amz-Credential=[redacted]&X-Amz-Security-Token=[redacted]"
           "&X-Amz-Signature=[redacted]"_s;
    QTest::newRow("api_key parameter") << u"/x?api_key=123&page=2"_s << u"/x?api_key=[redacted]&page=2"_s;
    QTest::newRow("cursor kept") << u"/api/v1/participant_events/?cursor=cD0y&status_code=done"_s
                                 << u"/api/v1/participant_events/?cursor=cD0y&status_code=done"_s;
    QTest::newRow("plain error kept") << u"Connection refused"_s << u"Connection refused"_s;
}

void TestRequestLog::scrub()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RequestLog::scrub(text, {u"sk_live_0123456789abcdef"_s}), expected);
}

void TestRequestLog::artifactIdOf_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("retrieve") << QUrl(u"https://us-east-1.recall.ai/api/v1/participant_events/abc-1/"_s) << u"abc-1"_s;
    QTest::newRow("with a prefix") << QUrl(u"https://h/proxy/api/v1/participant_events/abc-2/?x=1"_s) << u"abc-2"_s;
    QTest::newRow("list") << QUrl(u"https://h/api/v1/participant_events/?cursor=1"_s) << QString();
    QTest::newRow("recording") << QUrl(u"https://h/api/v1/recording/r1/"_s) << QString();
    QTest::newRow("download") << QUrl(u"https://s3/artifacts/abc-3/participants.json"_s) << QString();
}

void TestRequestLog::artifactIdOf()
{
    QFETCH(QUrl, url);
    QFETCH(QString, id);
    QCOMPARE(RequestLog::artifactIdOf(url), id);
}

void TestRequestLog::boundKeepsTheNewest()
{
    RequestLog log(3);
    for (int i = 1; i <= 5; ++i) {
        RequestLog::Entry entry;
        entry.path = u"/%1"_s.arg(i);
        entry.artifactId = u"a"_s;
        log.add(entry);
    }
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.entries().first().path, u"/3"_s);
    QCOMPARE(log.entries().last().path, u"/5"_s);
    QCOMPARE(RequestLog().capacity(), RequestLog::defaultCapacity);
}

void TestRequestLog::secretsScrubbedOnTheWayIn()
{
    RequestLog log;
    log.addSecret(u"s3cr3t-key-value"_s);
    RequestLog::Entry entry;
    entry.method = "GET";
    entry.host = u"h"_s;
    entry.path = u"/p?token=s3cr3t-key-value"_s;
    entry.error = u"Host said: Authorization Token s3cr3t-key-value was refused"_s;
    entry.requestId = u"s3cr3t-key-value"_s;
    entry.artifactId = u"a"_s;
    log.add(entry);
    const QString all = everything(log);
    QVERIFY2(!all.contains(u"s3cr3t"_s), qPrintable(all));
    QCOMPARE(log.entries().first().error, u"Host said: Authorization Token [redacted] was refused"_s);
}

void TestRequestLog::formats()
{
    RequestLog log;
    RequestLog::Entry entry;
    entry.time = QDateTime(QDate(2025, 7, 16), QTime(19, 17, 42, 123), Qt::UTC);
    entry.method = "GET";
    entry.host = u"api.example"_s;
    entry.path = u"/api/v1/participant_events/a1/"_s;
    entry.status = 200;
    entry.durationMs = 12;
    entry.attempt = 2;
    entry.requestId = u"rid-7"_s;
    entry.bytes = 2048;
    entry.artifactId = u"a1"_s;
    log.add(entry);
    entry.artifactId = u"other"_s;
    log.add(entry);
    QCOMPARE(log.forArtifact(u"a1"_s),
        u"2025-07-16T19:17:42.123Z GET api.example/api/v1/participant_events/a1/ 200 12 ms attempt 2 2048 bytes "
        "request-id rid-7\n"_s);
    const QString json = log.forArtifact(u"a1"_s, RequestLog::Format::JsonLines);
    QCOMPARE(json.count(u'\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(o.value("status"_L1).toInt(), 200);
    QCOMPARE(o.value("attempt"_L1).toInt(), 2);
    QCOMPARE(o.value("request_id"_L1).toString(), u"rid-7"_s);
    QCOMPARE(o.value("artifact_id"_L1).toString(), u"a1"_s);
    QVERIFY(log.forArtifact(u"nothing"_s).isEmpty());
    QVERIFY(log.forArtifact(QString()).isEmpty());
}

void TestRequestLog::recordsEveryAttempt()
{
    const QString a = firstDoneId(0);
    const QString b = firstDoneId(1);
    Outcome<Artifact> first;
    Outcome<Artifact> second;
    Outcome<ArtifactPage> page;
    m_client->retrieveArtifact(a, this, first.callback());
    m_client->retrieveArtifact(b, this, second.callback());
    m_client->listArtifacts({}, this, page.callback());
    QTRY_VERIFY(first.done() && second.done() && page.done());
    QVERIFY(first.ok() && second.ok() && page.ok());

    const RequestLog &log = m_client->requestLog();
    QCOMPARE(log.size(), 3);
    const QList<RequestLog::Entry> forA = log.entriesFor(a);
    QCOMPARE(forA.size(), 1);
    const RequestLog::Entry &entry = forA.first();
    QCOMPARE(entry.method, QByteArray("GET"));
    QCOMPARE(entry.path, u"/api/v1/participant_events/%1/"_s.arg(a));
    QCOMPARE(entry.host, u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port()));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.attempt, 1);
    QVERIFY(entry.bytes > 100);
    QVERIFY(!entry.requestId.isEmpty()); // the demo server's X-Request-Id
    QVERIFY(entry.time.isValid() && entry.time.timeSpec() == Qt::UTC);
    QVERIFY(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(entry.error.isEmpty());
    // Another artifact's request, and the list, are not this artifact's.
    const QString text = log.forArtifact(a);
    QCOMPARE(text.count(u'\n'), 1);
    QVERIFY(!text.contains(b));
    QVERIFY(log.forArtifact(b).contains(b));
}

void TestRequestLog::downloadsFiledUnderTheirArtifact()
{
    const QString a = firstDoneId(0);
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(a, this, artifact.callback());
    QTRY_VERIFY(artifact.done());
    QVERIFY(artifact.ok());
    QTemporaryDir dir;
    Outcome<RecallClient::DownloadResult> filed;
    Outcome<RecallClient::DownloadResult> unfiled;
    m_client->download(
        artifact.value().downloads.participants, dir.filePath(u"p.json"_s), this, filed.callback(), {}, a);
    m_client->download(artifact.value().downloads.speakerTimeline, dir.filePath(u"t.json"_s), this, unfiled.callback());
    QTRY_VERIFY(filed.done() && unfiled.done());
    QVERIFY(filed.ok() && unfiled.ok());

    const QList<RequestLog::Entry> forA = m_client->requestLog().entriesFor(a);
    QCOMPARE(forA.size(), 2); // the retrieve and the download that named it
    const RequestLog::Entry &download = forA.last();
    QCOMPARE(download.status, 200);
    QCOMPARE(download.bytes, filed.value().bytes);
    QCOMPARE(download.host, u"127.0.0.1:%1"_s.arg(m_server->downloadBaseUrl().port()));
    QVERIFY2(download.path.contains(u"signature=[redacted]"_s), qPrintable(download.path));
    QVERIFY2(download.path.contains(u"expires="_s), qPrintable(download.path));
    const QString signature = artifact.value().downloads.participants.query().section(u"signature="_s, 1);
    QVERIFY(!signature.isEmpty());
    QVERIFY(!everything(m_client->requestLog()).contains(signature));
    QCOMPARE(m_client->requestLog().size(), 3);
}

void TestRequestLog::retriesCountAttempts()
{
    const QString a = firstDoneId(0);
    m_server->failNextRequests(2, 503);
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(a, this, artifact.callback());
    QTRY_VERIFY_WITH_TIMEOUT(artifact.done(), 20000);
    QVERIFY(artifact.ok());
    const QList<RequestLog::Entry> entries = m_client->requestLog().entriesFor(a);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).status, 503);
    QCOMPARE(entries.at(0).attempt, 1);
    QCOMPARE(entries.at(1).status, 503);
    QCOMPARE(entries.at(1).attempt, 2);
    QCOMPARE(entries.at(2).status, 200);
    QCOMPARE(entries.at(2).attempt, 3);
}

void TestRequestLog::networkErrorRecorded()
{
    // Nothing listens there any more: a refused connection, no HTTP status.
    QUrl dead = m_server->baseUrl();
    m_server.reset();
    m_client->setConnection({dead, u"demo-key-of-a-dead-server"_s});
    RateBudget::BackoffPolicy once;
    once.maxAttempts = 1;
    m_budget->setBackoffPolicy(once);
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(u"dead-1"_s, this, artifact.callback());
    QTRY_VERIFY_WITH_TIMEOUT(artifact.done(), 20000);
    QVERIFY(!artifact.ok());
    const QList<RequestLog::Entry> entries = m_client->requestLog().entriesFor(u"dead-1"_s);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().status, 0);
    QVERIFY(!entries.first().error.isEmpty());
    QVERIFY(RequestLog::textLine(entries.first()).contains(u" - ("_s));
}

void TestRequestLog::keyNeverStored()
{
    const QString key = m_server->token();
    QVERIFY(key.size() > 10);
    const QString a = firstDoneId(0);
    // Successes, a 404, a 401 with a wrong key (whose error body might echo what was sent), a retry.
    Outcome<Artifact> ok;
    Outcome<Artifact> missing;
    m_client->retrieveArtifact(a, this, ok.callback());
    m_client->retrieveArtifact(u"00000000-0000-0000-0000-000000000000"_s, this, missing.callback());
    QTRY_VERIFY(ok.done() && missing.done());
    m_server->failNextRequests(1, 502);
    Outcome<Artifact> retried;
    m_client->retrieveArtifact(a, this, retried.callback());
    QTRY_VERIFY_WITH_TIMEOUT(retried.done(), 20000);
    const QString wrong = key + u"-wrong"_s;
    m_client->setConnection({m_server->baseUrl(), wrong});
    Outcome<Artifact> refused;
    m_client->retrieveArtifact(a, this, refused.callback());
    QTRY_VERIFY(refused.done());
    QVERIFY(!refused.ok());

    const QString all = everything(m_client->requestLog());
    QVERIFY2(m_client->requestLog().size() >= 5, qPrintable(all));
    QVERIFY2(!all.contains(key), qPrintable(all));
    QVERIFY2(!all.contains(u"Token "_s + key.left(6)), qPrintable(all));
    QVERIFY(!m_client->requestLog().forArtifact(a).contains(key));
    QVERIFY(!m_client->requestLog().forArtifact(a, RequestLog::Format::JsonLines).contains(key));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
