// The batch's result table as CSV: RFC 4180 quoting, UTF-8, CRLF rows, the maps whole as JSON, and
// a word for every result.
#include "batch/batchcsv.h"
#include "metadataspec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Batch)

namespace {
const QByteArray header = "artifact_id,dry_run,dry_run_reason,result,result_message,changes,before,after\r\n";

Batch oneItem(const QString &id, const QString &before, const QString &after, const QString &reason = {},
    const QString &message = {})
{
    BatchItem item;
    item.artifactId = id;
    item.before = mapOfSpec(before);
    item.after = mapOfSpec(after);
    item.verdict = item.before == item.after ? BatchVerdict::NoChange : BatchVerdict::WillChange;
    item.state = item.before == item.after ? BatchItem::RunState::NotSent : BatchItem::RunState::Done;
    item.reason = reason;
    item.message = message;
    Batch batch;
    batch.id = u"b"_s;
    batch.items = {item};
    return batch;
}
} // namespace

class TestBatchCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerOnlyForAnEmptyBatch();
    void rows_data();
    void rows();
    void everyStateHasAWord();
    void writeGoesToTheFile();
    void writeSaysWhyItFailed();
};

void TestBatchCsv::headerOnlyForAnEmptyBatch()
{
    QCOMPARE(BatchCsv::toCsv(Batch()), header);
}

void TestBatchCsv::rows_data()
{
    QTest::addColumn<Batch>("batch");
    QTest::addColumn<QByteArray>("row"); // the line after the header, CRLF included

    QTest::newRow("plain")
        << oneItem(u"a1"_s, u"team:red"_s, u"team:blue"_s)
        << QByteArray(R"(a1,will change,,done,,team: “red” → “blue”,"{""team"":""red""}","{""team"":""blue""}")"
                      "\r\n");
    QTest::newRow("unchanged, not sent")
        << oneItem(u"a2"_s, u"k:v"_s, u"k:v"_s, u"Not changed: already so."_s)
        << QByteArray(R"(a2,no change,Not changed: already so.,not sent,,,"{""k"":""v""}","{""k"":""v""}")"
                      "\r\n");
    QTest::newRow("comma in the message")
        << oneItem(u"a3"_s, u""_s, u"k:v"_s, {}, u"Kept, with differences"_s)
        << QByteArray(R"(a3,will change,,done,"Kept, with differences",k: added “v”,{},"{""k"":""v""}")"
                      "\r\n");
    QTest::newRow("quotes doubled") << oneItem(u"a4"_s, u""_s, u""_s, u"He said \"no\""_s)
                                    << QByteArray(R"(a4,no change,"He said ""no""",not sent,,,{},{})"
                                                  "\r\n");
    QTest::newRow("line breaks in a field")
        << oneItem(u"a5"_s, u""_s, u"note:one\ntwo|x:1"_s, {}, u"first\r\nsecond"_s)
        << QByteArray("a5,will change,,done,\"first\r\nsecond\",\"note: added “one↵two”\nx: added “1”\","
                      "{},\"{\"\"note\"\":\"\"one\\ntwo\"\",\"\"x\"\":\"\"1\"\"}\"\r\n");
    QTest::newRow("unicode as UTF-8") << oneItem(u"ä-ü"_s, u"Prüfstatus:ö"_s, u"Prüfstatus:日本"_s)
                                      << QByteArray("\xc3\xa4-\xc3\xbc,will change,,done,,Pr\xc3\xbc"
                                                    "fstatus: "
                                                    "\xe2\x80\x9c\xc3\xb6\xe2\x80\x9d \xe2\x86\x92 "
                                                    "\xe2\x80\x9c\xe6\x97\xa5\xe6\x9c\xac\xe2\x80\x9d,"
                                                    "\"{\"\"Pr\xc3\xbc"
                                                    "fstatus\"\":\"\"\xc3\xb6\"\"}\","
                                                    "\"{\"\"Pr\xc3\xbc"
                                                    "fstatus\"\":\"\"\xe6\x97\xa5\xe6\x9c\xac\"\"}\"\r\n");
    QTest::newRow("raw and null kept as JSON")
        << oneItem(u"a6"_s, u"n:=12345678901234567890|g:~"_s, u"n:=12345678901234567890"_s)
        << QByteArray(
               R"(a6,will change,,done,,g: removed,"{""g"":null,""n"":12345678901234567890}","{""n"":12345678901234567890}")"
               "\r\n");
    const QString long60 = QString(60, u'x');
    QTest::newRow("values whole in changes") << oneItem(u"a7"_s, u""_s, u"k:"_s + long60)
                                             << QByteArray("a7,will change,,done,,k: added “" + long60.toUtf8()
                                                    + "”,{},\"{\"\"k\"\":\"\"" + long60.toUtf8() + "\"\"}\"\r\n");
}

void TestBatchCsv::rows()
{
    QFETCH(Batch, batch);
    QFETCH(QByteArray, row);
    const QByteArray csv = BatchCsv::toCsv(batch);
    QVERIFY(csv.startsWith(header));
    QCOMPARE(csv.mid(header.size()), row);
}

void TestBatchCsv::everyStateHasAWord()
{
    using S = BatchItem::RunState;
    const QList<S> all {S::NotSent, S::Pending, S::Sending, S::Done, S::AlreadyDone, S::Conflict, S::Gone, S::Failed};
    QStringList seen;
    for (const S state : all) {
        const QString text = BatchCsv::stateText(state);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen << text;
    }
    QCOMPARE(BatchCsv::stateText(S::Conflict), u"conflict"_s);
}

void TestBatchCsv::writeGoesToTheFile()
{
    QTemporaryDir dir;
    Batch batch = oneItem(u"a1"_s, u"k:v"_s, u"k:w"_s);
    batch.items.append(oneItem(u"a2"_s, u""_s, u"x:1,2"_s).items);
    const QString path = dir.filePath(u"result.csv"_s);
    QString why;
    QVERIFY2(BatchCsv::write(batch, path, &why), qPrintable(why));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, BatchCsv::toCsv(batch));
    QCOMPARE(bytes.count("\r\n"), 3);
}

void TestBatchCsv::writeSaysWhyItFailed()
{
    QTemporaryDir dir;
    QString why;
    QVERIFY(!BatchCsv::write(Batch(), dir.filePath(u"no/such/folder/result.csv"_s), &why));
    QVERIFY2(why.contains(u"no/such/folder"_s), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestBatchCsv)
#include "tst_batchcsv.moc"
