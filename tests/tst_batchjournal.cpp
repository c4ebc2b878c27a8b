// The batch journal: a batch comes back exactly as written (raw numbers, nulls, every state), the
// unfinished ones of a connection are offered newest first, and a damaged file is said, never fatal.
#include "batch/batchjournal.h"
#include "metadataspec.h"
#include "testsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 4), QTime(10, minute, 5, 250), QTimeZone::utc());
}

BatchItem item(
    const QString &id, const QString &before, const QString &after, BatchVerdict verdict, BatchItem::RunState state)
{
    BatchItem i;
    i.artifactId = id;
    i.before = mapOfSpec(before);
    i.after = mapOfSpec(after);
    i.verdict = verdict;
    i.state = state;
    return i;
}

// Every field set, every verdict and state, values of every kind.
Batch fullBatch(const QString &id, const QString &connection, int minute)
{
    Batch batch;
    batch.id = id;
    batch.connection = connection;
    batch.createdAt = at(minute);
    batch.operations = {BatchOperation::onlyWhere(u"customer"_s, u"X, “Ltd”"_s),
        BatchOperation::set(u"team"_s, u"blue\nsecond line"_s), BatchOperation::remove(u"old"_s),
        BatchOperation::rename(u"crm_id"_s, u"crmId"_s, BatchOperation::WhenNewKeyExists::SkipArtifact),
        BatchOperation::rename(u"a"_s, u"b"_s, BatchOperation::WhenNewKeyExists::Overwrite),
        BatchOperation::set(u"empty"_s, {})};
    using S = BatchItem::RunState;
    BatchItem sent = item(u"a1"_s, u"customer:X|n:=12345678901234567890|gone:~|crm_id:7"_s,
        u"customer:X|n:=12345678901234567890|gone:~|crmId:7|team:blue"_s, BatchVerdict::WillChange, S::Done);
    sent.idempotencyKey = "5d1c5e4e-1f0b-4b8e-9a55-0d8c2f1e7a11";
    sent.message = u"The server kept “team” as “Blue”."_s;
    BatchItem sending = item(u"a2"_s, u"x:=0.10"_s, u"x:=0.10|team:blue"_s, BatchVerdict::WillChange, S::Sending);
    sending.idempotencyKey = "k2";
    BatchItem nested = item(u"a3"_s, u"raw:={\n  \"a\": [1,\n 2]\n}|Prüfstatus:ö"_s, u"Prüfstatus:ö"_s,
        BatchVerdict::WillChange, S::Pending);
    BatchItem noChange = item(u"a4"_s, u"customer:Y"_s, u"customer:Y"_s, BatchVerdict::NoChange, S::NotSent);
    noChange.reason = u"Not changed: customer is “Y” here."_s;
    batch.items = {sent, sending, nested, noChange, item(u"a5"_s, u""_s, u""_s, BatchVerdict::Skipped, S::NotSent),
        item(u"a6"_s, u""_s, u""_s, BatchVerdict::Invalid, S::NotSent),
        item(u"a7"_s, u""_s, u""_s, BatchVerdict::Gone, S::NotSent),
        item(u"a8"_s, u""_s, u""_s, BatchVerdict::Failed, S::NotSent),
        item(u"a9"_s, u"k:v"_s, u"k:w"_s, BatchVerdict::WillChange, S::AlreadyDone),
        item(u"a10"_s, u"k:v"_s, u"k:w"_s, BatchVerdict::WillChange, S::Conflict),
        item(u"a11"_s, u"k:v"_s, u"k:w"_s, BatchVerdict::WillChange, S::Gone),
        item(u"a12"_s, u"k:v"_s, u"k:w"_s, BatchVerdict::WillChange, S::Failed)};
    return batch;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TestBatchJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsEverything();
    void fileHoldsOnlyTheDocumentedFields();
    void countsFollowTheItems();
    void unfinishedOfOneConnectionNewestFirst();
    void damagedFilesAreReportedNotFatal_data();
    void damagedFilesAreReportedNotFatal();
    void missingFieldsReadAsDefaults();
    void unsafeIdsNameNoFile();
    void removeForgets();
    void defaultFolderIsTheAppData();
};

void TestBatchJournal::initTestCase()
{
    useTestSettings(u"tst_batchjournal"_s);
}

void TestBatchJournal::roundTripKeepsEverything()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path() + u"/not/yet/there"_s); // the folder is made on the first save
    Batch batch = fullBatch(u"3f0c1a52-8d61-4f0e-b1f9-2d7e5c4a9b10"_s, u"eu-profile"_s, 5);
    batch.finished = true;
    QString why;
    QVERIFY2(journal.save(batch, &why), qPrintable(why));
    const std::optional<Batch> loaded = journal.load(batch.id, &why);
    QVERIFY2(loaded, qPrintable(why));
    QCOMPARE(loaded->items, batch.items);
    QCOMPARE(loaded->operations, batch.operations);
    QCOMPARE(loaded->createdAt, batch.createdAt);
    QCOMPARE(*loaded, batch);
    QCOMPARE(loaded->items.at(0).after.value(u"n"_s).kind(), MetadataValue::Kind::RawJson);
    QCOMPARE(*loaded->items.at(0).after.value(u"n"_s), u"12345678901234567890"_s);
    QVERIFY(loaded->items.at(0).after.value(u"gone"_s).isNull());
    QCOMPARE(loaded->items.at(0).idempotencyKey, QByteArray("5d1c5e4e-1f0b-4b8e-9a55-0d8c2f1e7a11"));

    // Rewritten in place: the next save replaces the file whole.
    batch.items[1].state = BatchItem::RunState::Done;
    batch.finished = false;
    QVERIFY(journal.save(batch));
    QCOMPARE(*journal.load(batch.id), batch);
    QCOMPARE(QDir(journal.folder()).entryList(QDir::Files), QStringList {batch.id + u".json"_s});
}

void TestBatchJournal::fileHoldsOnlyTheDocumentedFields()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path());
    const Batch batch = fullBatch(u"b1"_s, u"eu-profile"_s, 1);
    QVERIFY(journal.save(batch));
    QFile file(journal.filePath(batch.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(!bytes.contains('\n'), "one compact line, no indentation");
    QVERIFY(!bytes.contains("Token"));
    QVERIFY(!bytes.toLower().contains("api_key"));

    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QSet<QString> top {
        u"version"_s, u"id"_s, u"connection"_s, u"created_at"_s, u"finished"_s, u"operations"_s, u"items"_s};
    const QStringList topKeys = object.keys();
    QCOMPARE(QSet<QString>(topKeys.cbegin(), topKeys.cend()), top);
    const QSet<QString> opFields {u"kind"_s, u"key"_s, u"value"_s, u"new_key"_s, u"when_new_key_exists"_s};
    const QJsonArray operations = object.value("operations"_L1).toArray();
    QCOMPARE(operations.size(), batch.operations.size());
    for (const QJsonValue &op : operations) {
        const QStringList keys = op.toObject().keys();
        QVERIFY2(opFields.contains(QSet<QString>(keys.cbegin(), keys.cend())), qPrintable(keys.join(u',')));
    }
    const QSet<QString> itemFields {u"artifact_id"_s, u"before"_s, u"after"_s, u"verdict"_s, u"reason"_s,
        u"idempotency_key"_s, u"state"_s, u"message"_s};
    const QJsonArray items = object.value("items"_L1).toArray();
    QCOMPARE(items.size(), batch.items.size());
    for (const QJsonValue &i : items) {
        const QStringList keys = i.toObject().keys();
        QVERIFY2(itemFields.contains(QSet<QString>(keys.cbegin(), keys.cend())), qPrintable(keys.join(u',')));
    }
    // Enums are words; an unsent item does not repeat its map.
    QCOMPARE(items.at(0).toObject().value("state"_L1).toString(), u"done"_s);
    QCOMPARE(items.at(0).toObject().value("verdict"_L1).toString(), u"will_change"_s);
    QVERIFY(!items.at(3).toObject().contains("after"_L1));
    QCOMPARE(object.value("created_at"_L1).toString(), u"2026-03-04T10:01:05.250Z"_s);
}

void TestBatchJournal::countsFollowTheItems()
{
    const Batch batch = fullBatch(u"b"_s, u"c"_s, 0);
    using S = BatchItem::RunState;
    QCOMPARE(batch.count(S::NotSent), 5);
    QCOMPARE(batch.count(S::Done), 1);
    QCOMPARE(batch.count(S::Sending), 1);
    QCOMPARE(batch.count(S::Pending), 1);
    QCOMPARE(batch.toSend(), 7); // a1 a2 a3 a9 a10 a11 a12
    QCOMPARE(batch.settledToSend(), 5); // all but Sending and Pending
    QCOMPARE(Batch().toSend(), 0);
    QCOMPARE(Batch().settledToSend(), 0);
}

void TestBatchJournal::unfinishedOfOneConnectionNewestFirst()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path());
    QVERIFY(journal.unfinished(u"eu"_s).isEmpty()); // no folder yet
    const Batch old = fullBatch(u"old"_s, u"eu"_s, 1);
    const Batch newest = fullBatch(u"newest"_s, u"eu"_s, 30);
    const Batch middle = fullBatch(u"middle"_s, u"eu"_s, 10);
    Batch done = fullBatch(u"done"_s, u"eu"_s, 40);
    done.finished = true;
    const Batch other = fullBatch(u"other"_s, u"us"_s, 50);
    for (const Batch &b : {old, newest, middle, done, other})
        QVERIFY(journal.save(b));
    writeFile(journal.filePath(u"broken"_s), "{\"id\":\"broken\",\"connection\":\"eu\",\"items\":[");
    writeFile(dir.path() + u"/notes.txt"_s, "not a journal");

    const QList<Batch> eu = journal.unfinished(u"eu"_s);
    QStringList ids;
    for (const Batch &b : eu)
        ids << b.id;
    QCOMPARE(ids, (QStringList {u"newest"_s, u"middle"_s, u"old"_s}));
    QCOMPARE(eu.constFirst(), newest);
    QCOMPARE(journal.unfinished(u"us"_s).size(), 1);
    QVERIFY(journal.unfinished(u"nobody"_s).isEmpty());
}

void TestBatchJournal::damagedFilesAreReportedNotFatal_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("why"); // a part of the reason

    QTest::newRow("empty") << QByteArray() << u"damaged"_s;
    QTest::newRow("cut short") << QByteArray(R"({"id":"x","items":[{"artifact_id":"a)") << u"damaged"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << u"damaged"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"damaged"_s;
    QTest::newRow("item not an object") << QByteArray(R"({"items":[1]})") << u"artifact 1"_s;
    QTest::newRow("item without id") << QByteArray(R"({"items":[{"before":"{}"}]})") << u"artifact 1"_s;
    QTest::newRow("map not a map") << QByteArray(
        R"({"items":[{"artifact_id":"a"},{"artifact_id":"b","before":"[1]"}]})")
                                   << u"artifact 2"_s;
    QTest::newRow("map not a string") << QByteArray(R"({"items":[{"artifact_id":"a","after":{}}]})") << u"artifact 1"_s;
    QTest::newRow("unknown state") << QByteArray(R"({"items":[{"artifact_id":"a","state":"exploded"}]})")
                                   << u"artifact 1"_s;
    QTest::newRow("unknown verdict") << QByteArray(R"({"items":[{"artifact_id":"a","verdict":7}]})") << u"artifact 1"_s;
    QTest::newRow("unknown operation") << QByteArray(R"({"operations":[{"kind":"explode"}]})") << u"operation 1"_s;
    QTest::newRow("another batch's id") << QByteArray(R"({"id":"someone-else"})") << u"another batch"_s;
    QTest::newRow("newer version") << QByteArray(R"({"version":2})") << u"newer version"_s;
}

void TestBatchJournal::damagedFilesAreReportedNotFatal()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, why);
    QTemporaryDir dir;
    BatchJournal journal(dir.path());
    writeFile(journal.filePath(u"damaged"_s), contents);
    QString reason;
    QVERIFY(!journal.load(u"damaged"_s, &reason));
    QVERIFY2(reason.contains(why), qPrintable(reason));
    QVERIFY(journal.unfinished(QString()).isEmpty());
    // A good batch beside it is still offered.
    QVERIFY(journal.save(fullBatch(u"good"_s, QString(), 1)));
    QCOMPARE(journal.unfinished(QString()).size(), 1);
}

void TestBatchJournal::missingFieldsReadAsDefaults()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path());
    writeFile(journal.filePath(u"bare"_s),
        R"({"connection":"eu","operations":[{"kind":"rename","key":"a","new_key":"b"}],"items":[{"artifact_id":"a1","before":"{\"n\":5}"}]})");
    QString why;
    const std::optional<Batch> batch = journal.load(u"bare"_s, &why);
    QVERIFY2(batch, qPrintable(why));
    QCOMPARE(batch->id, u"bare"_s);
    QVERIFY(!batch->finished);
    QVERIFY(!batch->createdAt.isValid());
    QCOMPARE(batch->operations, QList<BatchOperation> {BatchOperation::rename(u"a"_s, u"b"_s)});
    QCOMPARE(batch->items.size(), 1);
    const BatchItem &i = batch->items.constFirst();
    QCOMPARE(i.before, (Metadata {{u"n"_s, MetadataValue::rawJson(u"5"_s)}}));
    QCOMPARE(i.after, i.before);
    QCOMPARE(i.verdict, BatchVerdict::NotFetched);
    QCOMPARE(i.state, BatchItem::RunState::NotSent);
    QVERIFY(i.idempotencyKey.isEmpty());
    QCOMPARE(journal.unfinished(u"eu"_s).size(), 1);
}

void TestBatchJournal::unsafeIdsNameNoFile()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path() + u"/batches"_s);
    for (const QString &id : {u"../escape"_s, u"a/b"_s, QString(), u"a.b"_s}) {
        QString why;
        QVERIFY(!journal.save(fullBatch(id, u"eu"_s, 1), &why));
        QVERIFY2(why.contains(u"cannot name a file"_s), qPrintable(why));
        QVERIFY(!journal.load(id, &why));
        QVERIFY(!journal.remove(id));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestBatchJournal::removeForgets()
{
    QTemporaryDir dir;
    BatchJournal journal(dir.path());
    const Batch batch = fullBatch(u"gone-soon"_s, u"eu"_s, 1);
    QVERIFY(journal.save(batch));
    QVERIFY(journal.remove(batch.id));
    QVERIFY(!QFile::exists(journal.filePath(batch.id)));
    QString why;
    QVERIFY(!journal.load(batch.id, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!journal.remove(batch.id)); // already gone
    QVERIFY(journal.unfinished(u"eu"_s).isEmpty());
}

void TestBatchJournal::defaultFolderIsTheAppData()
{
    const BatchJournal journal;
    QCOMPARE(journal.folder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/batches"_s);
    QCOMPARE(journal.filePath(u"abc"_s), journal.folder() + u"/abc.json"_s);
}

QTEST_GUILESS_MAIN(TestBatchJournal)
#include "tst_batchjournal.moc"
