// The request shown before a PATCH: exact, readable (indented JSON), and never carrying the API key,
// whatever the header holding it is called.
#include "edit/requestpreview.h"
#include "net/requestbuilder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString secret = u"live-9f8e7d6c5b4a39281716"_s;
}

class TestRequestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyNeverShown_data();
    void keyNeverShown();
    void everythingElseShownAsSent();
    void credentialsAreHiddenWhateverTheirSpelling();
    void indentedKeepsValuesVerbatim_data();
    void indentedKeepsValuesVerbatim();
    void indentedLeavesNonJsonAlone_data();
    void indentedLeavesNonJsonAlone();
};

void TestRequestPreview::keyNeverShown_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<Metadata>("metadata");
    QTest::newRow("plain") << u"https://us-east-1.recall.ai"_s << Metadata {{u"ticket"_s, MetadataValue(u"SUP-1"_s)}};
    QTest::newRow("key pasted into a value")
        << u"https://us-east-1.recall.ai"_s << Metadata {{u"oops"_s, MetadataValue(u"token: "_s + secret)}};
    QTest::newRow("key pasted into a key")
        << u"https://us-east-1.recall.ai"_s << Metadata {{secret, MetadataValue(u"x"_s)}};
    QTest::newRow("key in a path prefix") << u"https://proxy.example/"_s + secret << Metadata {};
}

void TestRequestPreview::keyNeverShown()
{
    QFETCH(QString, baseUrl);
    QFETCH(Metadata, metadata);
    const Connection connection {QUrl(baseUrl), secret};
    const ApiRequest request = RequestBuilder::patchMetadata(connection, u"abc"_s, metadata, "idem-1");
    QVERIFY(request.header("Authorization").contains(secret.toUtf8())); // the real one carries it
    for (const auto style : {RequestPreview::BodyStyle::Pretty, RequestPreview::BodyStyle::AsSent}) {
        const RequestPreview::Shown shown = RequestPreview::redacted(request, style);
        QVERIFY2(!shown.text().contains(secret), qPrintable(shown.text()));
        QVERIFY(!shown.url.contains(secret));
        for (const auto &[name, value] : shown.headers)
            QVERIFY(!value.contains(secret));
        QVERIFY(!shown.body.contains(secret));
        const auto auth = std::find_if(
            shown.headers.cbegin(), shown.headers.cend(), [](const auto &h) { return h.first == "Authorization"_L1; });
        QVERIFY(auth != shown.headers.cend());
        QCOMPARE(auth->second, RequestPreview::hiddenValue());
    }
}

void TestRequestPreview::everythingElseShownAsSent()
{
    const Connection connection {QUrl(u"https://eu-central-1.recall.ai"_s), secret};
    const Metadata metadata {{u"ticket"_s, MetadataValue(u"SUP-1"_s)}, {u"gone"_s, MetadataValue()}};
    const ApiRequest request = RequestBuilder::patchMetadata(connection, u"abc"_s, metadata, "idem-42");
    const RequestPreview::Shown shown = RequestPreview::redacted(request, RequestPreview::BodyStyle::AsSent);
    QCOMPARE(shown.method, u"PATCH"_s);
    QCOMPARE(shown.url, u"https://eu-central-1.recall.ai/api/v1/participant_events/abc/"_s);
    QCOMPARE(shown.body, QString::fromUtf8(request.body));
    QCOMPARE(shown.headers.size(), request.headers.size());
    QVERIFY(shown.headers.contains(std::pair(u"Idempotency-Key"_s, u"idem-42"_s)));
    QVERIFY(shown.headers.contains(std::pair(u"Content-Type"_s, u"application/json"_s)));
    QVERIFY(shown.text().startsWith(u"PATCH https://eu-central-1.recall.ai/api/v1/participant_events/abc/\n"_s));
}

void TestRequestPreview::credentialsAreHiddenWhateverTheirSpelling()
{
    const QByteArray secretKey = "sk_live_9f3b7c1e5a2d4f6890ab";
    // Whatever the header is called or holds, a credential is hidden, and the key with it everywhere.
    ApiRequest odd;
    odd.verb = "PATCH";
    odd.url = QUrl(u"https://api.recall.ai/api/v1/x/"_s);
    odd.headers = {{"authorization", secretKey}, {"X-API-Key", "other-" + secretKey}, {"X-Echo", secretKey}};
    odd.body = R"({"metadata":{"pasted":")" + secretKey + R"("}})";
    const ApiRequest hidden = RequestPreview::redactedRequest(odd);
    QCOMPARE(hidden.headers.size(), odd.headers.size());
    QCOMPARE(hidden.headers.at(0), std::pair(QByteArray("authorization"), RequestPreview::hiddenValue().toUtf8()));
    QCOMPARE(hidden.headers.at(1), std::pair(QByteArray("X-API-Key"), RequestPreview::hiddenValue().toUtf8()));
    QCOMPARE(hidden.headers.at(2).first, QByteArray("X-Echo"));
    QVERIFY(!hidden.headers.at(2).second.contains(secretKey));
    QVERIFY(!hidden.body.contains(secretKey));
    QVERIFY(hidden.body.startsWith(R"({"metadata":{"pasted":")")); // still compact, still as sent otherwise
    QCOMPARE(hidden.url, odd.url); // nothing to blank: untouched
    QVERIFY(!RequestPreview::redacted(odd).text().contains(QString::fromLatin1(secretKey)));
    QVERIFY(RequestPreview::isSecretHeader("Proxy-Authorization"));
    QVERIFY(RequestPreview::isSecretHeader("x-api-key"));
    QVERIFY(!RequestPreview::isSecretHeader("Idempotency-Key"));
    // The real request is left alone.
    QCOMPARE(odd.headers.at(0).second, secretKey);
}

void TestRequestPreview::indentedKeepsValuesVerbatim_data()
{
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<QByteArray>("pretty");
    QTest::newRow("object of strings") << QByteArray(R"({"a":"1","b":null})")
                                       << QByteArray("{\n  \"a\": \"1\",\n  \"b\": null\n}");
    QTest::newRow("nested") << QByteArray(R"({"metadata":{"k":"v"}})")
                            << QByteArray("{\n  \"metadata\": {\n    \"k\": \"v\"\n  }\n}");
    QTest::newRow("empty map stays on one line")
        << QByteArray(R"({"metadata":{}})") << QByteArray("{\n  \"metadata\": {}\n}");
    QTest::newRow("empty list with space inside stays on one line")
        << QByteArray(R"({"l":[ ]})") << QByteArray("{\n  \"l\": []\n}");
    QTest::newRow("values") << QByteArray(R"({"metadata":{"a":"x, {y}: \"z\"","b":null,"n":12345678901234567890}})")
                            << QByteArray("{\n  \"metadata\": {\n    \"a\": \"x, {y}: \\\"z\\\"\",\n"
                                          "    \"b\": null,\n    \"n\": 12345678901234567890\n  }\n}");
    QTest::newRow("punctuation inside strings is text")
        << QByteArray(R"({"a,b":"x: {y}, [\"z\"]"})") << QByteArray("{\n  \"a,b\": \"x: {y}, [\\\"z\\\"]\"\n}");
    QTest::newRow("big number and list kept as written")
        << QByteArray(R"({"n":12345678901234567890,"l":[1.50,true]})")
        << QByteArray("{\n  \"n\": 12345678901234567890,\n  \"l\": [\n    1.50,\n    true\n  ]\n}");
    QTest::newRow("escaped backslash before a quote")
        << QByteArray(R"({"p":"C:\\","q":"r"})") << QByteArray("{\n  \"p\": \"C:\\\\\",\n  \"q\": \"r\"\n}");
    QTest::newRow("utf-8") << QByteArray(R"({"name":"Zoë"})") << QByteArray("{\n  \"name\": \"Zoë\"\n}");
}

void TestRequestPreview::indentedKeepsValuesVerbatim()
{
    QFETCH(QByteArray, compact);
    QFETCH(QByteArray, pretty);
    QCOMPARE(RequestPreview::indented(compact), pretty);
    // The same JSON, only laid out differently.
    QCOMPARE(QJsonDocument::fromJson(RequestPreview::indented(compact)), QJsonDocument::fromJson(compact));
}

void TestRequestPreview::indentedLeavesNonJsonAlone_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("cut short") << QByteArray("{oops");
    QTest::newRow("two values") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("empty") << QByteArray();
}

void TestRequestPreview::indentedLeavesNonJsonAlone()
{
    QFETCH(QByteArray, text);
    QCOMPARE(RequestPreview::indented(text), text);
}

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
