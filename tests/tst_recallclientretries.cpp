// The client's retries against the demo server over real loopback sockets: 429s and Retry-After,
// 5xx with backoff, timeouts, refused connections, and replies that are malformed or break off.
#include "clientfixture.h"
#include "demo/demoserver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString describe(const std::optional<Result<Artifact>> &r)
{
    return r && !r->ok() ? r->error().displayText() : QString();
}

} // namespace

class TestRecallClientRetries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rateLimitStormHonoursRetryAfter();
    void retriesAfter503KeepingIdempotencyKey();
    void givesUpAfterMaxAttempts();
    void truncatedBodyIsMalformed();
    void timeout();
    void connectionRefused();
    void cutApiPageIsRetried();
    void cutPatchAnswerIsRetriedWithTheCallersKey();
    void apiBodyThatKeepsBreakingIsANetworkError();
    void cutDownloadIsRetried();
    void cutDownloadIsNeverCommitted_data();
    void cutDownloadIsNeverCommitted();
    void brokenRetryAfterIsIgnored_data();
    void brokenRetryAfterIsIgnored();
    void brokenRetryAfterOnDownload_data();
    void brokenRetryAfterOnDownload();
    void brokenRetryAfterIsReported();

private:
    QString firstIdWithStatus(const QString &code) const;
    QUrl timelineUrl(const QString &artifactId);

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
};

void TestRecallClientRetries::init()
{
    cleanup();
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client));
}

void TestRecallClientRetries::cleanup()
{
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QString TestRecallClientRetries::firstIdWithStatus(const QString &code) const
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        if (m_server->artifactJson(id).value("status"_L1).toObject().value("code"_L1).toString() == code)
            return id;
    }
    return {};
}

void TestRecallClientRetries::rateLimitStormHonoursRetryAfter()
{
    // The server allows 2 per-id requests a minute, the client believes in 1000: the server's 429s
    // and their Retry-After are all that keeps the client in line. A minute passes in 600 ms here:
    // at the usual 60 ms, a request slowed by a loaded machine (ASan, parallel tests) could arrive
    // after the server's bucket had refilled, and the storm would never break.
    cleanup();
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client, 100.0));
    m_server->setRateLimits(60, 2);
    m_budget->setLimits({60, 1000});
    QList<std::pair<qint64, int>> served; // clock ms, status
    connect(m_server.get(), &DemoServer::requestServed, this,
        [&served, this](const QString &, const QString &, int status) {
            served.append({m_clock->nowMs(), status});
        });
    // What the client announces for the status bar: one wait per 429, as long as its Retry-After.
    // (The budget's own pausedForMs is checked on a ManualClock in tst_ratebudget: read here, on a
    // clock running 1000 times faster than a loaded machine may schedule this thread, it can be over
    // before it is read.)
    QList<qint64> announcedWaits;
    connect(m_client.get(), &RecallClient::retrying, this,
        [&announcedWaits](const QString &, int, qint64 delayMs) { announcedWaits.append(delayMs); });

    // One request after another, so every arrival after a 429 is the client's own retry.
    const QString id = firstIdWithStatus(u"done"_s);
    constexpr int total = 12;
    int succeeded = 0;
    ApiError failure;
    std::function<void()> next = [&] {
        m_client->retrieveArtifact(id, this, [&](const Result<Artifact> &r) {
            if (!r) {
                failure = r.error();
                return;
            }
            if (++succeeded < total)
                next();
        });
    };
    next();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded == total || !failure.message.isEmpty(), 30000);
    QVERIFY2(failure.message.isEmpty(), qPrintable(failure.displayText()));

    int rateLimited = 0;
    for (qsizetype i = 0; i < served.size(); ++i) {
        if (served.at(i).second != 429)
            continue;
        ++rateLimited;
        QVERIFY(i + 1 < served.size());
        // Retry-After is at least one second: nothing may arrive sooner.
        QVERIFY2(served.at(i + 1).first - served.at(i).first >= 1000,
            qPrintable(u"retried after %1 ms"_s.arg(served.at(i + 1).first - served.at(i).first)));
        // The server's Retry-After is exact (its bucket has a token by then): a client that waits for it
        // gets through at the first retry, one that waits less (its own default, say) is refused again.
        QVERIFY2(served.at(i + 1).second != 429, qPrintable(u"two 429s in a row at %1 ms"_s.arg(served.at(i).first)));
    }
    QVERIFY(rateLimited > 0);
    QCOMPARE(served.size() - rateLimited, total);
    QCOMPARE(announcedWaits.size(), rateLimited);
    for (const qint64 wait : std::as_const(announcedWaits))
        QVERIFY2(wait >= 1000, qPrintable(u"announced a wait of %1 ms"_s.arg(wait)));
}

void TestRecallClientRetries::retriesAfter503KeepingIdempotencyKey()
{
    const QString id = firstIdWithStatus(u"done"_s);
    m_server->failNextRequests(2, 503);
    QSignalSpy retrying(m_client.get(), &RecallClient::retrying);
    Outcome<Artifact> out;
    m_client->updateMetadata(id, {{u"ticket"_s, u"SUP-7"_s}}, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    QCOMPARE(retrying.count(), 2);

    QList<QByteArray> keys;
    const auto requests = m_server->apiRequests();
    for (const auto &r : requests) {
        if (r.method != "PATCH")
            continue;
        for (const auto &[name, value] : r.headers) {
            if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
                keys.append(value);
        }
    }
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.at(1), keys.at(0));
    QCOMPARE(keys.at(2), keys.at(0));
}

void TestRecallClientRetries::givesUpAfterMaxAttempts()
{
    m_server->failNextRequests(50, 502);
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 502);
    QCOMPARE(m_server->apiRequests().size(), m_budget->backoffPolicy().maxAttempts + 1);
}

void TestRecallClientRetries::truncatedBodyIsMalformed()
{
    m_server->setTruncateBodies(true);
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY(out.done());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(out.error().jsonErrorOffset > 0);
}

void TestRecallClientRetries::timeout()
{
    m_server->setLatencyMs(3000);
    m_client->setTransferTimeoutMs(300);
    RateBudget::BackoffPolicy once = m_budget->backoffPolicy();
    once.maxAttempts = 1;
    m_budget->setBackoffPolicy(once);
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
    QCOMPARE(out.error().host, u"127.0.0.1"_s);
}

void TestRecallClientRetries::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl base(u"http://127.0.0.1"_s);
    base.setPort(closed.serverPort());
    closed.close();
    m_client->setConnection({base, u"key"_s});
    RateBudget::BackoffPolicy once = m_budget->backoffPolicy();
    once.maxAttempts = 1;
    m_budget->setBackoffPolicy(once);
    QSignalSpy retrying(m_client.get(), &RecallClient::retrying);
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QCOMPARE(out.error().kind, ApiError::Kind::Network);
    QVERIFY(out.error().message.contains(u"127.0.0.1"_s));
    QCOMPARE(retrying.count(), 1);
}

QUrl TestRecallClientRetries::timelineUrl(const QString &artifactId)
{
    Outcome<Artifact> artifact;
    m_client->retrieveArtifact(artifactId, this, artifact.callback());
    if (!QTest::qWaitFor([&] { return artifact.done(); }, 5000) || !artifact.ok())
        return {};
    return artifact.value().downloads.speakerTimeline;
}

void TestRecallClientRetries::cutApiPageIsRetried()
{
    // The body breaks off on the wire once: a network failure, retried like one, not malformed JSON.
    m_server->cutNextApiBodies(1);
    QSignalSpy retrying(m_client.get(), &RecallClient::retrying);
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY2(out.ok(), qPrintable(out.errorText()));
    QCOMPARE(out.value().results.size(), m_server->options().pageSize);
    QCOMPARE(m_server->apiRequests().size(), 2);
    QCOMPARE(retrying.count(), 1);
}

void TestRecallClientRetries::cutPatchAnswerIsRetriedWithTheCallersKey()
{
    // The PATCH is applied, then its answer breaks off: the same request (the caller's key, so the
    // one a preview showed) goes again, and the server answers it from its idempotency cache.
    const QString id = firstIdWithStatus(u"done"_s);
    const Metadata wanted {{u"ticket"_s, u"SUP-CUT"_s}};
    m_server->cutNextApiBodies(1);
    Outcome<Artifact> out;
    m_client->updateMetadata(id, wanted, "caller-key-1", this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY2(out.ok(), qPrintable(describe(out.result)));
    QCOMPARE(out.value().metadata, wanted);

    const QString recordingId = m_server->recordingIdOf(id);
    Outcome<Recording> recording;
    m_client->updateRecordingMetadata(recordingId, wanted, "caller-key-2", this, recording.callback());
    QTRY_VERIFY_WITH_TIMEOUT(recording.done(), 10000);
    QVERIFY(recording.ok());

    QList<QByteArray> keys;
    QList<QByteArray> bodies;
    const auto requests = m_server->apiRequests();
    for (const auto &r : requests) {
        if (r.method != "PATCH")
            continue;
        bodies.append(r.body);
        for (const auto &[name, value] : r.headers) {
            if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
                keys.append(value);
        }
    }
    QCOMPARE(keys, (QList<QByteArray> {"caller-key-1", "caller-key-1", "caller-key-2"}));
    QCOMPARE(bodies.at(0), bodies.at(1));
}

void TestRecallClientRetries::apiBodyThatKeepsBreakingIsANetworkError()
{
    m_server->cutNextApiBodies(1000);
    Outcome<ArtifactPage> out;
    m_client->listArtifacts({}, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().kind == ApiError::Kind::Network, qPrintable(out.errorText()));
    QVERIFY2(out.error().message.contains(u"broke"_s), qPrintable(out.errorText()));
    QVERIFY(!out.error().displayText().contains(u"malformed"_s, Qt::CaseInsensitive));
    QCOMPARE(m_server->apiRequests().size(), m_budget->backoffPolicy().maxAttempts + 1);
}

void TestRecallClientRetries::cutDownloadIsRetried()
{
    const QString id = firstIdWithStatus(u"done"_s);
    const QUrl url = timelineUrl(id);
    QVERIFY(url.isValid());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    m_server->cutNextDownloads(1);
    Outcome<RecallClient::DownloadResult> out;
    m_client->download(url, path, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY2(out.ok(), qPrintable(out.errorText()));
    QCOMPARE(m_server->downloadRequests().size(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = m_server->downloadFileContents(id, u"speaker_timeline"_s);
    QCOMPARE(file.size(), expected.size());
    QCOMPARE(out.value().bytes, expected.size());
    QVERIFY(file.readAll() == expected);
}

void TestRecallClientRetries::cutDownloadIsNeverCommitted_data()
{
    QTest::addColumn<bool>("previousFile");
    QTest::newRow("no file before") << false;
    QTest::newRow("an earlier download stays untouched") << true;
}

void TestRecallClientRetries::cutDownloadIsNeverCommitted()
{
    QFETCH(bool, previousFile);
    const QUrl url = timelineUrl(firstIdWithStatus(u"done"_s));
    QVERIFY(url.isValid());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    const QByteArray earlier = "[\"the file saved yesterday\"]";
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    m_server->cutNextDownloads(1000);
    Outcome<RecallClient::DownloadResult> out;
    m_client->download(url, path, this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().kind == ApiError::Kind::Network, qPrintable(out.errorText()));
    QVERIFY2(out.error().message.contains(u"broke"_s), qPrintable(out.errorText()));
    QCOMPARE(m_server->downloadRequests().size(), m_budget->backoffPolicy().maxAttempts + 1);
    QCOMPARE(QFile::exists(path), previousFile);
    if (previousFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), previousFile ? 1 : 0); // no temp file
}

namespace {

// A Retry-After far beyond any sane wait, as an HTTP date (IMF-fixdate).
QByteArray dateIn2099()
{
    const QDateTime when(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::utc());
    return QLocale::c().toString(when, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

void addBrokenRetryAfterRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    for (const int status : {429, 503}) {
        QTest::addRow("%d, a billion seconds", status) << status << QByteArray("999999999");
        QTest::addRow("%d, a date in 2099", status) << status << dateIn2099();
    }
}

} // namespace

void TestRecallClientRetries::brokenRetryAfterIsIgnored_data()
{
    addBrokenRetryAfterRows();
}

void TestRecallClientRetries::brokenRetryAfterIsIgnored()
{
    // Decades are not a wait but a broken header: the request is retried after the usual wait, and
    // the status bar is told why that wait is not the server's.
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    m_server->failNextRequests(2, status);
    m_server->setRetryAfterOverride(retryAfter);
    QList<std::pair<QString, qint64>> announced;
    connect(m_client.get(), &RecallClient::retrying, this, [&announced](const QString &what, int, qint64 delayMs) {
        announced.append({what, delayMs});
    });
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY2(out.ok(), qPrintable(out.errorText()));
    QCOMPARE(m_server->apiRequests().size(), 3);
    QCOMPARE(announced.size(), 2);
    for (const auto &[what, delayMs] : std::as_const(announced)) {
        QVERIFY2(delayMs <= 10000, qPrintable(u"announced a wait of %1 ms"_s.arg(delayMs)));
        QVERIFY2(what.contains(u"broken header"_s), qPrintable(what));
        QVERIFY2(what.contains(u"year"_s), qPrintable(what));
    }
}

void TestRecallClientRetries::brokenRetryAfterOnDownload_data()
{
    addBrokenRetryAfterRows();
}

void TestRecallClientRetries::brokenRetryAfterOnDownload()
{
    // The download path waits on its own timer: a huge wait there used to overflow it and never call back.
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    const QUrl url = timelineUrl(firstIdWithStatus(u"done"_s));
    QVERIFY(url.isValid());
    QTemporaryDir dir;
    m_server->failNextDownloads(2, status);
    m_server->setRetryAfterOverride(retryAfter);
    Outcome<RecallClient::DownloadResult> out;
    m_client->download(url, dir.filePath(u"timeline.json"_s), this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    if (status == 429) {
        // A download host's 429 is not retried (only the API's budget knows how to wait for it), but it
        // must still call back at once.
        QVERIFY(!out.ok());
        QCOMPARE(out.error().httpStatus, 429);
        return;
    }
    QVERIFY2(out.ok(), qPrintable(out.errorText()));
    QCOMPARE(m_server->downloadRequests().size(), 3);
}

void TestRecallClientRetries::brokenRetryAfterIsReported()
{
    m_server->failNextRequests(100, 503);
    m_server->setRetryAfterOverride(dateIn2099());
    Outcome<Artifact> out;
    m_client->retrieveArtifact(firstIdWithStatus(u"done"_s), this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().httpStatus, 503);
    QVERIFY(!out.error().retryAfterMs.has_value());
    QVERIFY2(out.error().message.contains(u"treated as a broken header"_s), qPrintable(out.errorText()));
    QCOMPARE(m_server->apiRequests().size(), m_budget->backoffPolicy().maxAttempts + 1);
}

QTEST_GUILESS_MAIN(TestRecallClientRetries)
#include "tst_recallclientretries.moc"
