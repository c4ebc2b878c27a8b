#include "domain/artifactparser.h"
#include "domain/metadatajson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArtifactParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullArtifact();
    void statusCodes_data();
    void statusCodes();
    void flatRecordingId();
    void unknownFieldsIgnored();
    void nullsAndMissing();
    void metadataValues();
    void timestamps_data();
    void timestamps();
    void page();
    void malformed_data();
    void malformed();
    void metadataRoundTrip();
    void pageKeepsWellFormedArtifacts_data();
    void pageKeepsWellFormedArtifacts();
    void invalidUtf8IsReplaced();
    void metadataKeepsServerText_data();
    void metadataKeepsServerText();
    void nextLinkReadTolerantly();
    void skippedItemsSayWhy_data();
    void skippedItemsSayWhy();
    void excerptsAreBounded();
    void fieldProblems_data();
    void fieldProblems();
    void replacementsCountedWhereTheyAre();
    void unreadableNextLink_data();
    void unreadableNextLink();
};

static const QByteArray fullJson = R"({
  "id": "5f1b2c3d-0000-4000-8000-000000000001",
  "recording": {"id": "9a8b7c6d-0000-4000-8000-00000000000a", "metadata": {"meeting": "Weekly"}},
  "created_at": "2025-07-17T00:00:09.730066Z",
  "status": {"code": "done", "sub_code": null, "updated_at": "2025-07-17T01:02:03.5Z"},
  "metadata": {"ticket": "SUP-1", "reviewed": null},
  "data": {
    "participant_events_download_url": "https://dl.example/pe.json?token=a%2Bb",
    "speaker_timeline_download_url": "https://dl.example/st.json",
    "participants_download_url": null
  }
})";

void TestArtifactParser::fullArtifact()
{
    const Result<Artifact> r = ArtifactParser::parseArtifact(fullJson);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const Artifact &a = r.value();
    QCOMPARE(a.id, u"5f1b2c3d-0000-4000-8000-000000000001"_s);
    QCOMPARE(a.recording.id, u"9a8b7c6d-0000-4000-8000-00000000000a"_s);
    QVERIFY(a.recording.metadata.has_value());
    QCOMPARE(a.recording.metadata->value("meeting"_L1).toString(), u"Weekly"_s);
    QCOMPARE(a.status.code, u"done"_s);
    QCOMPARE(a.status.kind(), StatusKind::Done);
    QVERIFY(!a.status.subCode.has_value());
    QCOMPARE(a.status.updatedAt, QDateTime(QDate(2025, 7, 17), QTime(1, 2, 3, 500), Qt::UTC));
    QCOMPARE(a.metadata.size(), 2);
    QCOMPARE(a.metadata.value(u"ticket"_s), MetadataValue(u"SUP-1"_s));
    QVERIFY(a.metadata.contains(u"reviewed"_s));
    QVERIFY(!a.metadata.value(u"reviewed"_s).has_value());
    QCOMPARE(a.downloads.participantEvents.query(QUrl::FullyEncoded), u"token=a%2Bb"_s);
    QCOMPARE(a.downloads.speakerTimeline, QUrl(u"https://dl.example/st.json"_s));
    QVERIFY(a.downloads.participants.isEmpty());
}

void TestArtifactParser::statusCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<StatusKind>("kind");
    QTest::newRow("processing") << u"processing"_s << StatusKind::Processing;
    QTest::newRow("done") << u"done"_s << StatusKind::Done;
    QTest::newRow("failed") << u"failed"_s << StatusKind::Failed;
    QTest::newRow("deleted") << u"deleted"_s << StatusKind::Deleted;
    QTest::newRow("future code kept") << u"archived"_s << StatusKind::Unknown;
    QTest::newRow("case matters") << u"Done"_s << StatusKind::Unknown;
}

void TestArtifactParser::statusCodes()
{
    QFETCH(QString, code);
    QFETCH(StatusKind, kind);
    const QByteArray json = R"({"id": "a", "status": {"code": ")" + code.toUtf8() + R"(", "sub_code": "why"}})";
    const Result<Artifact> r = ArtifactParser::parseArtifact(json);
    QVERIFY(r.ok());
    QCOMPARE(r->status.code, code);
    QCOMPARE(r->status.kind(), kind);
    QCOMPARE(r->status.subCode, std::optional<QString>(u"why"_s));
}

void TestArtifactParser::flatRecordingId()
{
    const Result<Artifact> r = ArtifactParser::parseArtifact(R"({"id": "a", "recording_id": "rec-1"})");
    QVERIFY(r.ok());
    QCOMPARE(r->recording.id, u"rec-1"_s);
    QVERIFY(!r->recording.metadata.has_value());
}

void TestArtifactParser::unknownFieldsIgnored()
{
    const Result<Artifact> r = ArtifactParser::parseArtifact(
        R"({"id": "a", "shiny_new_field": {"x": [1, 2]}, "status": {"code": "done", "extra": 1}, "data": {"other_url": "x"}})");
    QVERIFY(r.ok());
    QCOMPARE(r->status.code, u"done"_s);
}

void TestArtifactParser::nullsAndMissing()
{
    const Result<Artifact> r = ArtifactParser::parseArtifact(
        R"({"id": "a", "recording": null, "created_at": null, "status": null, "metadata": null, "data": null})");
    QVERIFY(r.ok());
    QVERIFY(r->recording.id.isEmpty());
    QVERIFY(!r->createdAt.isValid());
    QVERIFY(r->status.code.isEmpty());
    QCOMPARE(r->status.kind(), StatusKind::Unknown);
    QVERIFY(r->metadata.isEmpty());
    QVERIFY(r->downloads.speakerTimeline.isEmpty());
}

void TestArtifactParser::metadataValues()
{
    const Result<Artifact> r = ArtifactParser::parseArtifact(
        R"({"id": "a", "metadata": {"s": "", "n": 42, "b": true, "o": {"k": 1}, "u": "Zo\u00eb \"quoted\", comma"}})");
    QVERIFY(r.ok());
    QCOMPARE(r->metadata.value(u"s"_s), MetadataValue(QString()));
    QVERIFY(r->metadata.value(u"s"_s).has_value());
    // Not what the API promises: kept as the server wrote it, marked as JSON rather than text.
    QCOMPARE(r->metadata.value(u"n"_s), MetadataValue::rawJson(u"42"_s));
    QCOMPARE(r->metadata.value(u"b"_s), MetadataValue::rawJson(u"true"_s));
    QCOMPARE(r->metadata.value(u"o"_s), MetadataValue::rawJson(uR"({"k": 1})"_s));
    QVERIFY(r->metadata.value(u"n"_s) != MetadataValue(u"42"_s));
    QVERIFY(r->problems.isEmpty());
    QVERIFY(!r->metadataUnreadable);
    QCOMPARE(r->metadata.value(u"u"_s), MetadataValue(u"Zo\u00eb \"quoted\", comma"_s));
}

void TestArtifactParser::timestamps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2025, 7, 17), QTime(0, 0, 9, 730), Qt::UTC);
    QTest::newRow("microseconds Z") << QByteArray(R"("2025-07-17T00:00:09.730066Z")") << base;
    QTest::newRow("milliseconds Z") << QByteArray(R"("2025-07-17T00:00:09.730Z")") << base;
    QTest::newRow("offset") << QByteArray(R"("2025-07-17T02:00:09.730+02:00")") << base;
    QTest::newRow("no fraction") << QByteArray(R"("2025-07-17T00:00:09Z")")
                                 << QDateTime(QDate(2025, 7, 17), QTime(0, 0, 9), Qt::UTC);
    QTest::newRow("epoch seconds") << QByteArray("1752710409.73") << base;
    QTest::newRow("null") << QByteArray("null") << QDateTime();
    QTest::newRow("garbage") << QByteArray(R"("yesterday")") << QDateTime();
    QTest::newRow("seconds beyond qint64 ms") << QByteArray("1e17") << QDateTime();
}

void TestArtifactParser::timestamps()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expected);
    const Result<Artifact> r = ArtifactParser::parseArtifact(R"({"id": "a", "created_at": )" + json + "}");
    QVERIFY(r.ok());
    QCOMPARE(r->createdAt.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(r->createdAt.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestArtifactParser::page()
{
    const QByteArray json
        = R"({"next": "https://us-east-1.recall.ai/api/v1/participant_events/?cursor=cD0y&status_code=done",
        "previous": null, "results": [{"id": "a"}, {"id": "b", "status": {"code": "failed"}}]})";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY(r.ok());
    QCOMPARE(r->results.size(), 2);
    QCOMPARE(r->results.at(1).status.kind(), StatusKind::Failed);
    QCOMPARE(r->next.toString(QUrl::FullyEncoded),
        u"https://us-east-1.recall.ai/api/v1/participant_events/?cursor=cD0y&status_code=done"_s);
    QVERIFY(r->previous.isEmpty());

    const Result<ArtifactPage> last = ArtifactParser::parsePage(R"({"next": null, "previous": null, "results": []})");
    QVERIFY(last.ok());
    QVERIFY(last->next.isEmpty());
    QVERIFY(last->results.isEmpty());
}

void TestArtifactParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("asPage");
    QTest::addColumn<qint64>("offset"); // -1: not a syntax error
    QTest::newRow("truncated artifact") << QByteArray(R"({"id": "a", "status": {"co)") << false << qint64(27);
    QTest::newRow("html page") << QByteArray("<html><body>Bad gateway</body></html>") << false << qint64(1);
    QTest::newRow("empty body") << QByteArray() << false << qint64(0);
    QTest::newRow("array not object") << QByteArray(R"([{"id": "a"}])") << false << qint64(-1);
    QTest::newRow("artifact without id") << QByteArray(R"({"status": {"code": "done"}})") << false << qint64(-1);
    QTest::newRow("page without results") << QByteArray(R"({"next": null})") << true << qint64(-1);
    QTest::newRow("page results not a list") << QByteArray(R"({"results": {"id": "a"}})") << true << qint64(-1);
    QTest::newRow("page not an object") << QByteArray(R"([{"id": "a"}])") << true << qint64(-1);
    QTest::newRow("page with garbage after it") << QByteArray(R"({"results": []} x)") << true << qint64(16);
    QTest::newRow("page cut inside an item")
        << QByteArray(R"({"results": [{"id": "a", "metadata": {"k")") << true << qint64(41);
    QTest::newRow("artifact with garbage after it") << QByteArray(R"({"id": "a"}})") << false << qint64(11);
    QTest::newRow("truncated page") << QByteArray(R"({"results": [{"id": "a"}, {"id": )") << true << qint64(33);
}

void TestArtifactParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, asPage);
    QFETCH(qint64, offset);
    const ApiError error
        = asPage ? ArtifactParser::parsePage(json).error() : ArtifactParser::parseArtifact(json).error();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY(!error.message.isEmpty());
    if (offset >= 0)
        QCOMPARE(error.jsonErrorOffset, offset);
    else
        QCOMPARE(error.jsonErrorOffset, -1);
}

void TestArtifactParser::metadataRoundTrip()
{
    Metadata m;
    m.insert(u"ticket"_s, u"SUP-9"_s);
    m.insert(u"empty"_s, QString(u""_s));
    m.insert(u"cleared"_s, std::nullopt);
    const QJsonObject json = QJsonDocument::fromJson(MetadataJson::write(m)).object();
    QVERIFY(json.value("cleared"_L1).isNull());
    QCOMPARE(json.value("empty"_L1).toString(), QString());
    QVERIFY(json.value("empty"_L1).isString());
    QCOMPARE(ArtifactParser::metadataFromJson(json), m);
    QCOMPARE(MetadataJson::read(MetadataJson::write(m)), std::optional<Metadata>(m));
}

void TestArtifactParser::pageKeepsWellFormedArtifacts_data()
{
    // One odd artifact between two good ones; kept: whether it survives (false: skipped).
    QTest::addColumn<QByteArray>("odd");
    QTest::addColumn<bool>("kept");
    QTest::newRow("integer id") << QByteArray(R"({"id": 4711, "status": {"code": "done"}})") << false;
    QTest::newRow("missing id") << QByteArray(R"({"status": {"code": "done"}})") << false;
    QTest::newRow("empty id") << QByteArray(R"({"id": ""})") << false;
    QTest::newRow("null id") << QByteArray(R"({"id": null})") << false;
    QTest::newRow("object id") << QByteArray(R"({"id": {"uuid": "x"}})") << false;
    QTest::newRow("item is a string") << QByteArray(R"("odd")") << false;
    QTest::newRow("item is a list") << QByteArray(R"([{"id": "odd"}])") << false;
    QTest::newRow("item is null") << QByteArray("null") << false;
    QTest::newRow("null status") << QByteArray(R"({"id": "odd", "status": null})") << true;
    QTest::newRow("numeric status") << QByteArray(R"({"id": "odd", "status": 3})") << true;
    QTest::newRow("numeric status code") << QByteArray(R"({"id": "odd", "status": {"code": 3}})") << true;
    QTest::newRow("numeric created_at") << QByteArray(R"({"id": "odd", "created_at": 1752710409.73})") << true;
    QTest::newRow("list created_at") << QByteArray(R"({"id": "odd", "created_at": [2025]})") << true;
    QTest::newRow("list metadata") << QByteArray(R"({"id": "odd", "metadata": ["a", "b"]})") << true;
    QTest::newRow("string metadata") << QByteArray(R"({"id": "odd", "metadata": "a=b"})") << true;
    QTest::newRow("numeric recording") << QByteArray(R"({"id": "odd", "recording": 7})") << true;
    QTest::newRow("list data") << QByteArray(R"({"id": "odd", "data": []})") << true;
    QTest::newRow("numeric download url")
        << QByteArray(R"({"id": "odd", "data": {"participants_download_url": 1}})") << true;
}

void TestArtifactParser::pageKeepsWellFormedArtifacts()
{
    QFETCH(QByteArray, odd);
    QFETCH(bool, kept);
    const QByteArray json = R"({"next": null, "results": [{"id": "first", "status": {"code": "done"}}, )" + odd
        + R"(, {"id": "last", "metadata": {"k": "v"}}]})";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->results.size(), kept ? 3 : 2);
    QCOMPARE(r->results.first().id, u"first"_s);
    QCOMPARE(r->results.first().status.code, u"done"_s);
    QCOMPARE(r->results.last().id, u"last"_s);
    QCOMPARE(r->results.last().metadata.value(u"k"_s), MetadataValue(u"v"_s));
    if (kept)
        QCOMPARE(r->results.at(1).id, u"odd"_s);
}

void TestArtifactParser::invalidUtf8IsReplaced()
{
    const QByteArray json = "{\"next\": null, \"results\": [{\"id\": \"a\", \"metadata\": "
                            "{\"notes\": \"Caf\xC3 au lait \xFF\"}}, {\"id\": \"b\"}]}";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->results.size(), 2);
    QCOMPARE(*r->results.first().metadata.value(u"notes"_s), u"Caf\uFFFD au lait \uFFFD"_s);

    const Result<Artifact> one
        = ArtifactParser::parseArtifact("{\"id\": \"a\", \"status\": {\"sub_code\": \"\xE2\x82 x\"}}");
    QVERIFY(one.ok());
    QCOMPARE(one->status.subCode, std::optional<QString>(u"\uFFFD x"_s));
}

void TestArtifactParser::metadataKeepsServerText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("0.1") << QByteArray("0.1");
    QTest::newRow("20-digit integer") << QByteArray("12345678901234567890");
    QTest::newRow("1e400") << QByteArray("1e400");
    QTest::newRow("-0") << QByteArray("-0");
    QTest::newRow("1.50") << QByteArray("1.50");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("list with space") << QByteArray("[1, 2]");
    QTest::newRow("nested object") << QByteArray(R"({"a": {"b": [true, null, "x"]}})");
}

void TestArtifactParser::metadataKeepsServerText()
{
    QFETCH(QByteArray, json);
    const Result<Artifact> r
        = ArtifactParser::parseArtifact(R"({"id": "a", "metadata": {"v": )" + json + R"( , "s": "text"}})");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r->metadata.value(u"v"_s).has_value());
    QCOMPARE(*r->metadata.value(u"v"_s), QString::fromUtf8(json));
    QCOMPARE(r->metadata.value(u"s"_s), MetadataValue(u"text"_s));
}

void TestArtifactParser::nextLinkReadTolerantly()
{
    const QByteArray json
        = R"({"next": "https://us-east-1.recall.ai/api/v1/participant_events/?cursor=cD0y|two words&x=%2B", "results": []})";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY(r.ok());
    QVERIFY(r->next.isValid());
    QCOMPARE(r->next.toEncoded(),
        QByteArray("https://us-east-1.recall.ai/api/v1/participant_events/?cursor=cD0y%7Ctwo%20words&x=%2B"));
}

void TestArtifactParser::skippedItemsSayWhy_data()
{
    QTest::addColumn<QByteArray>("odd");
    QTest::addColumn<QString>("reason");
    const QString unidentifiable = u"so it cannot be identified."_s;
    QTest::newRow("integer id") << QByteArray(R"({"id": 4711, "status": {"code": "done"}})")
                                << u"The artifact's id is a number, not text, "_s + unidentifiable;
    QTest::newRow("object id") << QByteArray(R"({"id": {"uuid": "x"}})")
                               << u"The artifact's id is an object, not text, "_s + unidentifiable;
    QTest::newRow("missing id") << QByteArray(R"({"status": null})") << u"The artifact has no id, "_s + unidentifiable;
    QTest::newRow("null id") << QByteArray(R"({"id": null})") << u"The artifact's id is null, "_s + unidentifiable;
    QTest::newRow("empty id") << QByteArray(R"({"id": ""})") << u"The artifact's id is empty, "_s + unidentifiable;
    QTest::newRow("a string") << QByteArray(R"("5f1b2c3d")") << u"The item is text, not an artifact object."_s;
    QTest::newRow("a list") << QByteArray(R"([{"id": "x"}])") << u"The item is a list, not an artifact object."_s;
    QTest::newRow("null") << QByteArray("null") << u"The item is null, not an artifact object."_s;
    // A syntax error that the page's brackets confine to one item costs that item only.
    QTest::newRow("missing comma") << QByteArray(R"({"id": "x" "status": null})")
                                   << u"The artifact is not valid JSON."_s;
}

void TestArtifactParser::skippedItemsSayWhy()
{
    QFETCH(QByteArray, odd);
    QFETCH(QString, reason);
    const QByteArray json = R"({"next": "https://us-east-1.recall.ai/api/v1/participant_events/?cursor=x",
        "results": [{"id": "first"}, )"
        + odd + R"(, {"id": "last"}]})";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->results.size(), 2);
    QCOMPARE(r->results.at(1).id, u"last"_s);
    QCOMPARE(r->skipped.size(), 1);
    QCOMPARE(r->skipped.first().index, 1);
    QCOMPARE(r->skipped.first().reason, reason);
    QCOMPARE(r->skipped.first().excerpt, QString::fromUtf8(odd));
    QVERIFY(r->next.isValid()); // loading goes on

    // Retrieve cannot skip: an artifact it cannot identify is an error with the same reason.
    if (odd.startsWith('{') && !reason.contains(u"JSON"_s)) {
        const ApiError error = ArtifactParser::parseArtifact(odd).error();
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    }
}

void TestArtifactParser::excerptsAreBounded()
{
    const QString longText = QString(2000, u'x') + u"📬"_s;
    const QByteArray json
        = R"({"results": [{"status": {"code": "done"}, "metadata": {"notes": ")" + longText.toUtf8() + R"("}}]})";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY(r.ok());
    QCOMPARE(r->skipped.size(), 1);
    const QString excerpt = r->skipped.first().excerpt;
    QCOMPARE(excerpt.size(), 300);
    QVERIFY(excerpt.startsWith(uR"({"status": {"code": "done"}, "metadata": {"notes": "xxx)"_s));
    QVERIFY(excerpt.endsWith(u"x…"_s));

    // Never half a surrogate pair.
    const QString emojis = u"{\"a\": \""_s + QString(u"📬"_s).repeated(400) + u"\"}"_s;
    const Result<ArtifactPage> pairs = ArtifactParser::parsePage(R"({"results": [)" + emojis.toUtf8() + "]}");
    QVERIFY(pairs.ok());
    const QString cut = pairs->skipped.first().excerpt;
    QVERIFY(cut.size() <= 300);
    QVERIFY(cut.endsWith(u"📬…"_s));
}

void TestArtifactParser::fieldProblems_data()
{
    QTest::addColumn<QByteArray>("fields"); // after "id": "a"
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<bool>("metadataUnreadable");
    const auto q = [](const char *text) -> QString { return u"“"_s + QString::fromUtf8(text) + u"”"_s; };
    QTest::newRow("nulls are no problem")
        << QByteArray(R"("status": null, "created_at": null, "metadata": null, "data": null, "recording": null)")
        << QStringList() << false;
    QTest::newRow("numeric created_at is epoch seconds")
        << QByteArray(R"("created_at": 1752710409.73)") << QStringList() << false;
    QTest::newRow("numeric status") << QByteArray(R"("status": 3)")
                                    << QStringList {u"status could not be read: a number"_s} << false;
    QTest::newRow("numeric status code") << QByteArray(R"("status": {"code": 3, "sub_code": false})")
                                         << QStringList {u"status.code could not be read: a number"_s,
                                                u"status.sub_code could not be read: true or false"_s}
                                         << false;
    QTest::newRow("unreadable time") << QByteArray(
        R"("created_at": "yesterday", "status": {"code": "done", "updated_at": [1]})")
                                     << QStringList {u"created_at could not be read: "_s + q("yesterday"),
                                            u"status.updated_at could not be read: a list"_s}
                                     << false;
    QTest::newRow("notes stay on one line")
        << QByteArray(R"("created_at": "yester\nday\tnoon")")
        << QStringList {u"created_at could not be read: “yester↵day noon”"_s} << false;
    QTest::newRow("epoch seconds beyond qint64 ms")
        << QByteArray(R"("created_at": 1e17)") << QStringList {u"created_at could not be read: “1e17”"_s} << false;
    QTest::newRow("time out of range") << QByteArray(R"("created_at": 1e400)")
                                       << QStringList {u"created_at could not be read: "_s + q("1e400")} << false;
    QTest::newRow("list metadata") << QByteArray(R"("metadata": ["a", "b"])")
                                   << QStringList {u"metadata could not be read: a list, not an object"_s} << true;
    QTest::newRow("text metadata") << QByteArray(R"("metadata": "a=b")")
                                   << QStringList {u"metadata could not be read: text, not an object"_s} << true;
    QTest::newRow("metadata value not JSON")
        << QByteArray(R"("metadata": {"ok": "x", "k": tru}, "status": "done")")
        << QStringList {u"metadata could not be read: a value is not valid JSON"_s} << true;
    QTest::newRow("numeric recording") << QByteArray(R"("recording": 7)")
                                       << QStringList {u"recording could not be read: a number"_s} << false;
    QTest::newRow("recording metadata a list")
        << QByteArray(R"("recording": {"id": "r", "metadata": [1]})")
        << QStringList {u"recording.metadata could not be read: a list"_s} << false;
    QTest::newRow("data a list") << QByteArray(R"("data": [])") << QStringList {u"data could not be read: a list"_s}
                                 << false;
    QTest::newRow("download link a number")
        << QByteArray(R"("data": {"participants_download_url": 1})")
        << QStringList {u"data.participants_download_url could not be read: a number"_s} << false;
    QTest::newRow("download link no URL")
        << QByteArray(R"("data": {"speaker_timeline_download_url": "https://exa mple.com/x"})")
        << QStringList {u"data.speaker_timeline_download_url could not be read: "_s + q("https://exa mple.com/x")}
        << false;
}

void TestArtifactParser::fieldProblems()
{
    QFETCH(QByteArray, fields);
    QFETCH(QStringList, problems);
    QFETCH(bool, metadataUnreadable);
    // The same rules for Retrieve and for a page: the artifact is kept, the field reads as unknown.
    const QByteArray artifact = R"({"id": "a", )" + fields + "}";
    const Result<Artifact> one = ArtifactParser::parseArtifact(artifact);
    QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().message));
    QCOMPARE(one->id, u"a"_s);
    QCOMPARE(one->problems, problems);
    QCOMPARE(one->metadataUnreadable, metadataUnreadable);
    if (metadataUnreadable)
        QVERIFY(one->metadata.isEmpty());
    const Result<ArtifactPage> page = ArtifactParser::parsePage(R"({"results": [)" + artifact + "]}");
    QVERIFY(page.ok());
    QCOMPARE(page->results.size(), 1);
    QCOMPARE(page->results.first(), one.value());
}

void TestArtifactParser::replacementsCountedWhereTheyAre()
{
    const QByteArray json = "{\"next\": null, \"junk\": \"\xFF\", \"results\": ["
                            "{\"id\": \"a\", \"metadata\": {\"k\xC3\": \"\xE2\x82\"}},"
                            "{\"id\": \"b\"},"
                            "{\"id\": \"c\", \"status\": {\"sub_code\": \"\x80\"}},"
                            "{\"id\": 7, \"note\": \"\xFE\"}]}";
    const Result<ArtifactPage> r = ArtifactParser::parsePage(json);
    QVERIFY(r.ok());
    QCOMPARE(r->replacedUtf8Sequences, 5);
    QCOMPARE(r->results.size(), 3);
    QCOMPARE(r->results.at(0).replacedUtf8Sequences, 2);
    QCOMPARE(r->results.at(0).metadata, Metadata({{u"k\uFFFD"_s, u"\uFFFD"_s}}));
    QCOMPARE(r->results.at(1).replacedUtf8Sequences, 0);
    QCOMPARE(r->results.at(2).replacedUtf8Sequences, 1);
    QCOMPARE(r->skipped.size(), 1);
    QVERIFY(r->skipped.first().excerpt.contains(u"\uFFFD"_s));

    const Result<ArtifactPage> clean = ArtifactParser::parsePage(R"({"results": [{"id": "\ufffd"}]})");
    QCOMPARE(clean->replacedUtf8Sequences, 0); // an escaped U+FFFD is the server's own
    const Result<Artifact> one = ArtifactParser::parseArtifact("{\"id\": \"a\xFF\xFF\"}");
    QCOMPARE(one->id, u"a\uFFFD\uFFFD"_s);
    QCOMPARE(one->replacedUtf8Sequences, 2);
}

void TestArtifactParser::unreadableNextLink_data()
{
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<QString>("unreadable"); // empty: none (then next is empty too: the last page)
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("port no number") << QByteArray(R"("https://us-east-1.recall.ai:next/api/v1/?cursor=x")")
                                    << u"https://us-east-1.recall.ai:next/api/v1/?cursor=x"_s;
    QTest::newRow("relative") << QByteArray(R"("/api/v1/participant_events/?cursor=x")")
                              << u"/api/v1/participant_events/?cursor=x"_s;
    QTest::newRow("a number") << QByteArray("42") << u"42"_s;
    QTest::newRow("an object") << QByteArray(R"({"url": "x"})") << uR"({"url": "x"})"_s;
    QTest::newRow("long") << QByteArray(R"("https://h:x/)" + QByteArray(500, 'a') + R"(")")
                          << u"https://h:x/"_s + QString(107, u'a') + u"…"_s;
}

void TestArtifactParser::unreadableNextLink()
{
    QFETCH(QByteArray, next);
    QFETCH(QString, unreadable);
    const Result<ArtifactPage> r = ArtifactParser::parsePage(R"({"results": [{"id": "a"}], "next": )" + next + "}");
    QVERIFY(r.ok());
    QCOMPARE(r->results.size(), 1);
    QVERIFY(r->next.isEmpty());
    QCOMPARE(r->unreadableNext, unreadable);
}

QTEST_GUILESS_MAIN(TestArtifactParser)
#include "tst_artifactparser.moc"
