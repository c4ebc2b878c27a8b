// The request shown before a PATCH: exact, readable, and never carrying the API key.
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
    void indentedKeepsValuesVerbatim_data();
    void indentedKeepsValuesVerbatim();
    void changesAgainstLive();
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
        QCOMPARE(auth->second, RequestPreview::hiddenAuthorization());
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

void TestRequestPreview::indentedKeepsValuesVerbatim_data()
{
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<QByteArray>("pretty");
    QTest::newRow("empty map") << QByteArray(R"({"metadata":{}})") << QByteArray("{\n    \"metadata\": {}\n}");
    QTest::newRow("values") << QByteArray(R"({"metadata":{"a":"x, {y}: \"z\"","b":null,"n":12345678901234567890}})")
                            << QByteArray("{\n    \"metadata\": {\n        \"a\": \"x, {y}: \\\"z\\\"\",\n"
                                          "        \"b\": null,\n        \"n\": 12345678901234567890\n    }\n}");
}

void TestRequestPreview::indentedKeepsValuesVerbatim()
{
    QFETCH(QByteArray, compact);
    QFETCH(QByteArray, pretty);
    QCOMPARE(RequestPreview::indented(compact), pretty);
    // The same JSON, only laid out differently.
    QCOMPARE(QJsonDocument::fromJson(RequestPreview::indented(compact)), QJsonDocument::fromJson(compact));
}

void TestRequestPreview::changesAgainstLive()
{
    const Metadata live {{u"same"_s, MetadataValue(u"1"_s)}, {u"changed"_s, MetadataValue(u"a"_s)},
        {u"removed"_s, MetadataValue(u"r"_s)}, {u"nulled"_s, MetadataValue(u"n"_s)}};
    const Metadata sent {{u"same"_s, MetadataValue(u"1"_s)}, {u"changed"_s, MetadataValue(u"b"_s)},
        {u"nulled"_s, MetadataValue()}, {u"added"_s, MetadataValue(u""_s)}};
    const QList<RequestPreview::Change> changes = RequestPreview::changes(live, sent);
    const QList<RequestPreview::Change> expected {
        {u"added"_s, std::nullopt, MetadataValue(u""_s)},
        {u"changed"_s, MetadataValue(u"a"_s), MetadataValue(u"b"_s)},
        {u"nulled"_s, MetadataValue(u"n"_s), MetadataValue()},
        {u"removed"_s, MetadataValue(u"r"_s), std::nullopt},
    };
    QCOMPARE(changes, expected);
}

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
