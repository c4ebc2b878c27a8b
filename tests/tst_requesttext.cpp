// "Copy as curl": the request as a shell command, quoted for the shell and never carrying the key.
#include "edit/requestpreview.h"
#include "edit/requesttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void curlQuotesForTheShell();
    void curlKeepsOnlyTheScheme();
    void curlBlanksTheKeyEverywhere();
};

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

void TestRequestText::curlKeepsOnlyTheScheme()
{
    const QByteArray secretKey = "sk_live_9f3b7c1e5a2d4f6890ab";
    // Whatever the header is called or holds, a credential is hidden, and only the scheme survives.
    ApiRequest odd;
    odd.verb = "PATCH";
    odd.url = QUrl(u"https://api.recall.ai/api/v1/x/"_s);
    odd.headers = {{"authorization", secretKey}, {"X-API-Key", secretKey}};
    QVERIFY(!RequestText::curlCommand(odd).contains(QString::fromLatin1(secretKey)));
    QVERIFY(RequestText::curlCommand(odd).contains(u"\"authorization: Token $RECALL_API_KEY\""_s));
    QVERIFY(RequestText::curlCommand(odd).contains(u"\"X-API-Key: Token $RECALL_API_KEY\""_s));
    // A value without a scheme (the bare key) must not leak as one either.
    odd.headers = {{"Authorization", secretKey}};
    QVERIFY(RequestText::curlCommand(odd).contains(u"\"Authorization: Token $RECALL_API_KEY\""_s));
    // An already redacted request (what the preview dialog holds) still reads as a usable command.
    odd.headers = {{"Authorization", "Token " + secretKey}};
    QCOMPARE(RequestText::curlCommand(RequestPreview::redactedRequest(odd)), RequestText::curlCommand(odd));
}

void TestRequestText::curlBlanksTheKeyEverywhere()
{
    const QString secretKey = u"live-9f8e7d6c5b4a39281716"_s;
    ApiRequest request;
    request.verb = "PATCH";
    request.url = QUrl(u"https://proxy.example/"_s + secretKey + u"/api/v1/artifact/a/"_s);
    request.headers = {{"Authorization", "Token " + secretKey.toUtf8()}, {"X-Echo", secretKey.toUtf8()}};
    request.body = R"({"metadata":{"oops":")" + secretKey.toUtf8() + R"("}})";
    const QString curl = RequestText::curlCommand(request);
    QVERIFY2(!curl.contains(secretKey), qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Token $RECALL_API_KEY\""_s));
    QVERIFY(curl.contains(u"--data-raw '{\"metadata\":{\"oops\":\"\u2022\u2022\u2022\u2022\"}}'"_s));
}

QTEST_GUILESS_MAIN(TestRequestText)
#include "tst_requesttext.moc"
