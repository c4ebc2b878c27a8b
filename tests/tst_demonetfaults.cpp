// The demo server's network faults over real loopback sockets: bodies cut on the wire, download
// failures, a Retry-After that lies and sliding-window rate limits. The client's tests build on these.
#include "core/clock.h"
#include "demo/demoserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One answer as it came off the socket: no HTTP client in between that could retry or hide a cut.
struct Reply
{
    int status = 0;
    QByteArray body;
    qint64 contentLength = -1;
    QByteArray retryAfter;
    bool closedEarly = false; // the connection closed before Content-Length bytes had arrived
};

const QString eventsPath = u"/api/v1/participant_events/"_s;

} // namespace

class TestDemoNetFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cutApiBodyBreaksTheConnection();
    void cutDownloadBreaksTheConnection();
    void failedDownloadCarriesRetryAfterOverride();
    void windowRateLimitWithUnderstatedRetryAfter();

private:
    Reply get(const QUrl &url, bool authorize = true);
    QUrl apiUrl(const QString &path) const;
    QUrl downloadUrlOfFirstDoneArtifact();

    std::unique_ptr<DemoServer> m_server;
};

void TestDemoNetFaults::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestDemoNetFaults::cleanup()
{
    m_server.reset();
}

Reply TestDemoNetFaults::get(const QUrl &url, bool authorize)
{
    // The server answers from this thread's event loop: wait by spinning it, never by blocking.
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + "\r\n";
    if (authorize)
        request += "Authorization: Token " + m_server->token().toUtf8() + "\r\n";
    socket.write(request + "\r\n");

    Reply reply;
    QByteArray data;
    qsizetype headerEnd = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        QTest::qWait(1);
        data += socket.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headerEnd).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    reply.contentLength = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "retry-after")
                    reply.retryAfter = line.mid(colon + 1).trimmed();
            }
        }
        if (headerEnd >= 0 && data.size() - headerEnd - 4 >= reply.contentLength)
            break;
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            data += socket.readAll();
            reply.closedEarly = true;
            break;
        }
    }
    reply.body = headerEnd < 0 ? QByteArray() : data.mid(headerEnd + 4);
    return reply;
}

QUrl TestDemoNetFaults::apiUrl(const QString &path) const
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return url;
}

QUrl TestDemoNetFaults::downloadUrlOfFirstDoneArtifact()
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        const QJsonObject artifact = m_server->artifactJson(id);
        if (artifact[u"status"_s][u"code"_s].toString() == u"done"_s)
            return QUrl(artifact[u"data"_s][u"speaker_timeline_download_url"_s].toString());
    }
    return {};
}

void TestDemoNetFaults::cutApiBodyBreaksTheConnection()
{
    ManualClock clock; // identical signed URLs in every answer
    m_server->setClock(&clock);
    const Reply whole = get(apiUrl(eventsPath));
    QCOMPARE(whole.status, 200);
    m_server->cutNextApiBodies(1);
    const Reply cut = get(apiUrl(eventsPath));
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.contentLength, whole.body.size()); // the headers promised everything
    QVERIFY(cut.closedEarly);
    QCOMPARE(cut.body.size(), whole.body.size() / 2);
    QVERIFY(whole.body.startsWith(cut.body));

    const Reply again = get(apiUrl(eventsPath)); // only the next one was cut
    QVERIFY(!again.closedEarly);
    QCOMPARE(again.body, whole.body);
}

void TestDemoNetFaults::cutDownloadBreaksTheConnection()
{
    ManualClock clock; // the signed URL stays valid
    m_server->setClock(&clock);
    const QUrl url = downloadUrlOfFirstDoneArtifact();
    QVERIFY(url.isValid());
    const Reply whole = get(url, false);
    QCOMPARE(whole.status, 200);
    m_server->cutNextDownloads(2);
    for (int i = 0; i < 2; ++i) {
        const Reply cut = get(url, false);
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.contentLength, whole.body.size());
        QVERIFY(cut.closedEarly);
        QCOMPARE(cut.body.size(), whole.body.size() / 2);
    }
    const Reply again = get(url, false);
    QVERIFY(!again.closedEarly);
    QCOMPARE(again.body, whole.body);
    // API answers are not touched by the download switch.
    m_server->cutNextDownloads(1);
    const Reply api = get(apiUrl(eventsPath));
    QVERIFY(!api.closedEarly);
    QCOMPARE(api.body.size(), api.contentLength);
}

void TestDemoNetFaults::failedDownloadCarriesRetryAfterOverride()
{
    ManualClock clock;
    m_server->setClock(&clock);
    const QUrl url = downloadUrlOfFirstDoneArtifact();
    m_server->failNextDownloads(1, 503);
    m_server->setRetryAfterOverride("999999999");
    const Reply failed = get(url, false);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.retryAfter, QByteArray("999999999"));
    QVERIFY(failed.body.contains("SlowDown"));
    const Reply ok = get(url, false);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.retryAfter.isEmpty()); // a success has no Retry-After to rewrite

    m_server->failNextRequests(1, 429);
    QCOMPARE(get(apiUrl(eventsPath)).retryAfter, QByteArray("999999999"));
    m_server->setRetryAfterOverride({});
    m_server->failNextRequests(1, 503);
    QVERIFY(get(apiUrl(eventsPath)).retryAfter.isEmpty());
}

void TestDemoNetFaults::windowRateLimitWithUnderstatedRetryAfter()
{
    ManualClock clock;
    m_server->setClock(&clock);
    m_server->setWindowRateLimits(2, 0);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(get(apiUrl(eventsPath)).status, 200);
    // Honest first: the oldest request leaves the window in 60 s.
    Reply throttled = get(apiUrl(eventsPath));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.retryAfter, QByteArray("60"));
    QCOMPARE(get(apiUrl(eventsPath + m_server->artifactIds().first() + u'/')).status, 200); // per-id: no limit

    m_server->setRetryAfterOverride("3");
    clock.advance(3000);
    throttled = get(apiUrl(eventsPath));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.retryAfter, QByteArray("3")); // understated: the window is still full
    clock.advance(56999);
    QCOMPARE(get(apiUrl(eventsPath)).status, 429); // 59.999 s after the first: still inside the window
    clock.advance(1);
    QCOMPARE(get(apiUrl(eventsPath)).status, 200);
    QCOMPARE(get(apiUrl(eventsPath)).status, 200); // the second left the window in the same ms
    QCOMPARE(get(apiUrl(eventsPath)).status, 429);

    m_server->setWindowRateLimits(0, 0);
    QCOMPARE(get(apiUrl(eventsPath)).status, 200);
}

QTEST_GUILESS_MAIN(TestDemoNetFaults)
#include "tst_demonetfaults.moc"
