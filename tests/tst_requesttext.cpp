// The save preview's texts of a request: hidden credentials, indented JSON, a curl command.
#include "edit/requesttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indentedJson_data();
    void indentedJson();
    void curlQuotesForTheShell();
    void credentialsAreHiddenWhateverTheirSpelling();
};

void TestRequestText::indentedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("indented");
    QTest::newRow("object of strings") << QByteArray(R"({"a":"1","b":null})")
                                       << u"{\n  \"a\": \"1\",\n  \"b\": null\n}"_s;
    QTest::newRow("nested") << QByteArray(R"({"metadata":{"k":"v"}})")
                            << u"{\n  \"metadata\": {\n    \"k\": \"v\"\n  }\n}"_s;
    QTest::newRow("empty object stays on one line")
        << QByteArray(R"({"metadata":{}})") << u"{\n  \"metadata\": {}\n}"_s;
    QTest::newRow("punctuation inside strings is text")
        << QByteArray(R"({"a,b":"x: {y}, [\"z\"]"})") << u"{\n  \"a,b\": \"x: {y}, [\\\"z\\\"]\"\n}"_s;
    QTest::newRow("big number and list kept as written")
        << QByteArray(R"({"n":12345678901234567890,"l":[1.50,true]})")
        << u"{\n  \"n\": 12345678901234567890,\n  \"l\": [\n    1.50,\n    true\n  ]\n}"_s;
    QTest::newRow("escaped backslash before a quote")
        << QByteArray(R"({"p":"C:\\","q":"r"})") << u"{\n  \"p\": \"C:\\\\\",\n  \"q\": \"r\"\n}"_s;
    QTest::newRow("not JSON comes back as it is") << QByteArray("{oops") << u"{oops"_s;
    QTest::newRow("utf-8") << QByteArray(R"({"name":"Zoë"})") << u"{\n  \"name\": \"Zoë\"\n}"_s;
}

void TestRequestText::indentedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, indented);
    QCOMPARE(RequestText::indentedJson(json), indented);
}

void TestRequestText::curlQuotesForTheShell()
{
    ApiRequest request;
    request.verb = "PATCH";
    request.url = QUrl(u"https://api.recall.ai/api/v1/artifact/a/"_s);
    request.headers = {{"Authorization", "Bearer whatever"}, {"Content-Type", "application/json"}};
    request.body = R"({"metadata":{"note":"it's $HOME"}})";
    const QString curl = RequestText::curlCommand(request);
    QCOMPARE(curl,
        u"curl -X PATCH 'https://api.recall.ai/api/v1/artifact/a/' \\\n"
        "  -H \"Authorization: Bearer $RECALL_API_KEY\" \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  --data-raw '{\"metadata\":{\"note\":\"it'\\''s $HOME\"}}'"_s);
}

void TestRequestText::credentialsAreHiddenWhateverTheirSpelling()
{
    const QByteArray secretKey = "sk_live_9f3b7c1e5a2d4f6890ab";
    // Whatever the header is called or holds, a credential is hidden, and only the scheme survives.
    ApiRequest odd;
    odd.verb = "PATCH";
    odd.url = QUrl(u"https://api.recall.ai/api/v1/x/"_s);
    odd.headers = {{"authorization", secretKey}, {"X-API-Key", secretKey}};
    const ApiRequest hidden = RequestText::redacted(odd);
    QVERIFY(!hidden.headers.at(0).second.contains(secretKey));
    QVERIFY(!hidden.headers.at(1).second.contains(secretKey));
    QVERIFY(!RequestText::curlCommand(odd).contains(QString::fromLatin1(secretKey)));
    QVERIFY(RequestText::curlCommand(odd).contains(u"\"authorization: Token $RECALL_API_KEY\""_s));
    QCOMPARE(hidden.headers.at(0).second, RequestText::hiddenValue().toUtf8());
    QVERIFY(RequestText::isSecretHeader("Proxy-Authorization"));
    QVERIFY(!RequestText::isSecretHeader("Idempotency-Key"));
    // A value without a scheme (the bare key) must not leak as one either.
    odd.headers = {{"Authorization", secretKey}};
    QVERIFY(RequestText::curlCommand(odd).contains(u"\"Authorization: Token $RECALL_API_KEY\""_s));
}

QTEST_GUILESS_MAIN(TestRequestText)
#include "tst_requesttext.moc"
