#include "domain/artifactparser.h"
#include "net/region.h"
#include "net/requestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listUrl_data();
    void listUrl();
    void authorization();
    void retrieveBot_data();
    void retrieveBot();
    void pageFollowsNextExactly();
    void pageToForeignHostCarriesNoKey();
    void patchBody();
    void patchBodyKeepsServerText();
    void deleteRequest();
    void downloadHasNoAuthorization();
    void redirects_data();
    void redirects();
    void refusal_data();
    void refusal();
    void apiOrigin_data();
    void apiOrigin();
    void regions();
    void networkRequest();

private:
    const Connection m_conn {QUrl(u"https://us-east-1.recall.ai"_s), u"secret-key"_s};
};

void TestRequestBuilder::listUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<ListFilter>("filter");
    QTest::addColumn<QString>("expected");

    const QUrl base(u"https://us-east-1.recall.ai"_s);
    QTest::newRow("no filter") << base << ListFilter {} << u"https://us-east-1.recall.ai/api/v1/participant_events/"_s;
    QTest::newRow("trailing slash on base") << QUrl(u"https://eu-central-1.recall.ai/"_s) << ListFilter {}
                                            << u"https://eu-central-1.recall.ai/api/v1/participant_events/"_s;
    QTest::newRow("path prefix") << QUrl(u"http://127.0.0.1:8080/proxy/"_s) << ListFilter {}
                                 << u"http://127.0.0.1:8080/proxy/api/v1/participant_events/"_s;
    ListFilter all;
    all.recordingId = u"9a8b7c6d-0000-4000-8000-00000000000a"_s;
    all.statusCode = u"done"_s;
    all.createdAfter = QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
    all.createdBefore = QDateTime(QDate(2025, 7, 17), QTime(12, 30, 0, 250), Qt::UTC);
    QTest::newRow("all four filters")
        << base << all
        << u"https://us-east-1.recall.ai/api/v1/participant_events/?recording_id=9a8b7c6d-0000-4000-8000-00000000000a"
           "&status_code=done&created_at_after=2025-07-01T00:00:00.000Z&created_at_before=2025-07-17T12:30:00.250Z"_s;
    ListFilter local;
    local.createdAfter = QDateTime(QDate(2025, 7, 1), QTime(2, 0), Qt::OffsetFromUTC, 7200);
    QTest::newRow("times sent as UTC")
        << base << local
        << u"https://us-east-1.recall.ai/api/v1/participant_events/?created_at_after=2025-07-01T00:00:00.000Z"_s;
}

void TestRequestBuilder::listUrl()
{
    QFETCH(QUrl, base);
    QFETCH(ListFilter, filter);
    QFETCH(QString, expected);
    QCOMPARE(RequestBuilder::listUrl(base, filter).toString(QUrl::FullyEncoded), expected);
}

void TestRequestBuilder::authorization()
{
    const ApiRequest r = RequestBuilder::retrieve(m_conn, u"abc"_s);
    QCOMPARE(r.verb, QByteArray("GET"));
    QCOMPARE(r.url.toString(), u"https://us-east-1.recall.ai/api/v1/participant_events/abc/"_s);
    QCOMPARE(r.header("authorization"), QByteArray("Token secret-key"));
    QVERIFY(!r.header("Authorization").startsWith("Bearer"));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
}

void TestRequestBuilder::retrieveBot_data()
{
    QTest::addColumn<Connection>("connection");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    const QString bot = u"0b07d1e5-0000-4000-8000-0000000000b0"_s;
    QTest::newRow("us-east-1") << m_conn << bot << u"https://us-east-1.recall.ai/api/v1/bot/"_s + bot + u'/';
    QTest::newRow("path prefix and trailing slash") << Connection {QUrl(u"http://127.0.0.1:8080/proxy/"_s), u"k"_s}
                                                    << bot << u"http://127.0.0.1:8080/proxy/api/v1/bot/"_s + bot + u'/';
}

void TestRequestBuilder::retrieveBot()
{
    QFETCH(Connection, connection);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ApiRequest r = RequestBuilder::retrieveBot(connection, id);
    QCOMPARE(r.verb, QByteArray("GET"));
    QCOMPARE(r.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(r.header("Authorization"), QByteArray("Token " + connection.apiKey.toUtf8()));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QVERIFY(r.body.isEmpty());
    QCOMPARE(RequestBuilder::botUrl(connection.baseUrl, id), r.url);

    // Whatever the id holds stays inside its one segment: no other path, no query.
    const ApiRequest odd = RequestBuilder::retrieveBot(connection, u"../participant_events/x?y#z"_s);
    QCOMPARE(odd.url.host(), connection.baseUrl.host());
    QVERIFY(!odd.url.hasQuery());
    QVERIFY(!odd.url.hasFragment());
    const QString oddPath = odd.url.path(QUrl::FullyEncoded);
    const QString path = r.url.path(QUrl::FullyEncoded);
    QCOMPARE(oddPath.count(u'/'), path.count(u'/'));
    QCOMPARE(oddPath.section(u'/', 0, -3), path.section(u'/', 0, -3));
}

void TestRequestBuilder::pageFollowsNextExactly()
{
    const QUrl next = QUrl::fromEncoded(
        "https://us-east-1.recall.ai/api/v1/participant_events/?cursor=cD0y%2B%3D&status_code=done");
    const ApiRequest r = RequestBuilder::page(m_conn, next);
    QCOMPARE(r.url.toEncoded(), next.toEncoded());
    QCOMPARE(r.header("Authorization"), QByteArray("Token secret-key"));

    // api.recall.ai is the same deployment as us-east-1.
    const ApiRequest alias
        = RequestBuilder::page(m_conn, QUrl(u"https://api.recall.ai/api/v1/participant_events/?cursor=x"_s));
    QVERIFY(alias.hasHeader("Authorization"));
}

void TestRequestBuilder::pageToForeignHostCarriesNoKey()
{
    for (const QString &url : {u"https://evil.example/api/v1/participant_events/?cursor=x"_s,
             u"https://eu-central-1.recall.ai/api/v1/participant_events/?cursor=x"_s,
             u"http://us-east-1.recall.ai/api/v1/participant_events/"_s,
             u"https://us-east-1.recall.ai:8443/api/v1/participant_events/"_s}) {
        const ApiRequest r = RequestBuilder::page(m_conn, QUrl(url));
        QVERIFY2(!r.hasHeader("Authorization"), qPrintable(url));
    }
}

void TestRequestBuilder::patchBody()
{
    Metadata m;
    m.insert(u"ticket"_s, u"SUP-1"_s);
    m.insert(u"cleared"_s, std::nullopt);
    const ApiRequest r = RequestBuilder::patchMetadata(m_conn, u"abc"_s, m, "key-1");
    QCOMPARE(r.verb, QByteArray("PATCH"));
    QCOMPARE(r.header("Idempotency-Key"), QByteArray("key-1"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.keys(), QStringList {u"metadata"_s});
    const QJsonObject meta = body.value("metadata"_L1).toObject();
    QCOMPARE(meta.value("ticket"_L1).toString(), u"SUP-1"_s);
    QVERIFY(meta.contains("cleared"_L1));
    QVERIFY(meta.value("cleared"_L1).isNull());

    const ApiRequest rec = RequestBuilder::patchRecordingMetadata(m_conn, u"rec"_s, m, "key-2");
    QCOMPARE(rec.url.path(), u"/api/v1/recording/rec/"_s);
    QCOMPARE(rec.body, r.body);

    QVERIFY(RequestBuilder::newIdempotencyKey() != RequestBuilder::newIdempotencyKey());
}

void TestRequestBuilder::patchBodyKeepsServerText()
{
    // A map read from the server goes back as it came: numbers as written, escapes intact.
    const Result<Artifact> read = ArtifactParser::parseArtifact(
        R"({"id": "a", "metadata": {"big": 12345678901234567890, "f": 0.1, "l": [1, 2], "q": "say \"hi\"\\ \u0001"}})");
    QVERIFY(read.ok());
    const ApiRequest r = RequestBuilder::patchMetadata(m_conn, u"a"_s, read->metadata, "key");
    QCOMPARE(r.body,
        QByteArray(R"({"metadata":{"big":12345678901234567890,"f":0.1,"l":[1, 2],"q":"say \"hi\"\\ \u0001"}})"));
}

void TestRequestBuilder::deleteRequest()
{
    const ApiRequest r = RequestBuilder::remove(m_conn, u"abc"_s);
    QCOMPARE(r.verb, QByteArray("DELETE"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.hasHeader("Authorization"));
}

void TestRequestBuilder::downloadHasNoAuthorization()
{
    const ApiRequest r = RequestBuilder::download(QUrl(u"https://us-east-1.recall.ai/download?token=abc"_s));
    QVERIFY(!r.hasHeader("Authorization"));
    const QNetworkRequest nr = r.toNetworkRequest(1000);
    QVERIFY(!nr.hasRawHeader("Authorization"));
}

void TestRequestBuilder::redirects_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expectedVerb");
    QTest::addColumn<bool>("keepsAuth");

    const QUrl sameHost(u"https://us-east-1.recall.ai/api/v1/participant_events/abc/"_s);
    const QUrl otherHost(u"https://files.example/abc"_s);
    QTest::newRow("GET same host") << QByteArray("GET") << sameHost << 301 << QByteArray("GET") << true;
    QTest::newRow("GET other host") << QByteArray("GET") << otherHost << 302 << QByteArray("GET") << false;
    QTest::newRow("PATCH 307 keeps verb") << QByteArray("PATCH") << sameHost << 307 << QByteArray("PATCH") << true;
    QTest::newRow("PATCH 303 becomes GET") << QByteArray("PATCH") << sameHost << 303 << QByteArray("GET") << true;
    QTest::newRow("PATCH 308 other host") << QByteArray("PATCH") << otherHost << 308 << QByteArray("PATCH") << false;
}

void TestRequestBuilder::redirects()
{
    QFETCH(QByteArray, verb);
    QFETCH(QUrl, target);
    QFETCH(int, status);
    QFETCH(QByteArray, expectedVerb);
    QFETCH(bool, keepsAuth);

    Metadata m {{u"k"_s, u"v"_s}};
    ApiRequest from = verb == "GET" ? RequestBuilder::retrieve(m_conn, u"abc"_s)
                                    : RequestBuilder::patchMetadata(m_conn, u"abc"_s, m, "idem");
    const ApiRequest next = RequestBuilder::redirected(from, target, status, m_conn);
    QCOMPARE(next.verb, expectedVerb);
    QCOMPARE(next.url, target);
    QCOMPARE(next.hasHeader("Authorization"), keepsAuth);
    QCOMPARE(next.body.isEmpty(), expectedVerb == "GET");

    // Once the key has been dropped it never comes back, even on a hop back to the API.
    const ApiRequest back = RequestBuilder::redirected(
        RequestBuilder::redirected(from, QUrl(u"https://files.example/abc"_s), 302, m_conn),
        QUrl(u"https://us-east-1.recall.ai/x/"_s), 302, m_conn);
    QVERIFY(!back.hasHeader("Authorization"));
}

void TestRequestBuilder::refusal_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://us-east-1.recall.ai/api/v1/"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:1234/"_s << true;
    QTest::newRow("http loopback 127.0.0.2") << u"http://127.0.0.2:1234/"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:1234/"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:1234/"_s << true;
    QTest::newRow("http remote") << u"http://us-east-1.recall.ai/api/v1/"_s << false;
    QTest::newRow("http private range") << u"http://192.168.1.10/"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example/"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestRequestBuilder::refusal()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto reason = RequestBuilder::refusalReason(QUrl(url));
    QCOMPARE(!reason.has_value(), allowed);
}

void TestRequestBuilder::apiOrigin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << u"https://us-east-1.recall.ai/x"_s << u"https://us-east-1.recall.ai"_s << true;
    QTest::newRow("alias") << u"https://api.recall.ai/x"_s << u"https://us-east-1.recall.ai"_s << true;
    QTest::newRow("other region") << u"https://us-west-2.recall.ai/x"_s << u"https://us-east-1.recall.ai"_s << false;
    QTest::newRow("explicit default port")
        << u"https://us-east-1.recall.ai:443/x"_s << u"https://us-east-1.recall.ai"_s << true;
    QTest::newRow("other port") << u"http://127.0.0.1:2/x"_s << u"http://127.0.0.1:1"_s << false;
    QTest::newRow("scheme downgrade") << u"http://us-east-1.recall.ai/x"_s << u"https://us-east-1.recall.ai"_s << false;
}

void TestRequestBuilder::apiOrigin()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(bool, same);
    QCOMPARE(RequestBuilder::isApiOrigin(QUrl(url), QUrl(base)), same);
}

void TestRequestBuilder::regions()
{
    QCOMPARE(Regions::all().size(), 4);
    QCOMPARE(Regions::baseUrl(Region::EuCentral1), QUrl(u"https://eu-central-1.recall.ai"_s));
    QCOMPARE(Regions::fromId(u"ap-northeast-1"_s), std::optional<Region>(Region::ApNortheast1));
    QCOMPARE(Regions::fromId(u"EU"_s), std::optional<Region>(Region::EuCentral1));
    QVERIFY(!Regions::fromId(u"mars-1"_s));
    QCOMPARE(Regions::fromUrl(QUrl(u"https://api.recall.ai"_s)), std::optional<Region>(Region::UsEast1));
}

void TestRequestBuilder::networkRequest()
{
    const QNetworkRequest nr = RequestBuilder::retrieve(m_conn, u"abc"_s).toNetworkRequest(1234);
    QCOMPARE(nr.transferTimeout(), 1234);
    QCOMPARE(
        nr.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(nr.rawHeader("Authorization"), QByteArray("Token secret-key"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
