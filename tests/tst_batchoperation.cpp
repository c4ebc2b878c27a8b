// Batch operations: what each does to one artifact's map, when a condition keeps an artifact out, and
// that they are validated with the metadata editor's own rules and sentences.
#include "batch/batchoperation.h"
#include "edit/metadataeditmodel.h"
#include "metadataspec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Op = BatchOperation;
using When = BatchOperation::WhenNewKeyExists;
using Ops = QList<BatchOperation>;

Q_DECLARE_METATYPE(BatchVerdict)

namespace {
const QString long500 = QString(500, u'x');
const QString long501 = QString(501, u'x');
// 501 code points that are 1 002 UTF-16 units: the limit counts code points, as the API does.
QString emoji(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += u"\U0001F600"_s;
    return text;
}
} // namespace

class TestBatchOperation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data();
    void apply();
    void problem_data();
    void problem();
    void editorAndBatchSayTheSame();
    void firstProblem_data();
    void firstProblem();
    void describe_data();
    void describe();
    void verdictTexts();
    void changeLines_data();
    void changeLines();
};

void TestBatchOperation::apply_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<QString>("after"); // only for WillChange; any other verdict leaves the map as it was
    QTest::addColumn<BatchVerdict>("verdict");
    QTest::addColumn<QString>("reason"); // a part of the sentence; empty: no sentence at all

    const auto will = BatchVerdict::WillChange;
    const auto no = BatchVerdict::NoChange;
    const Op setTeam = Op::set(u"team"_s, u"blue"_s);
    const Op crm = Op::rename(u"crm_id"_s, u"crmId"_s);
    const Op crmOverwrite = Op::rename(u"crm_id"_s, u"crmId"_s, When::Overwrite);
    const Op crmSkip = Op::rename(u"crm_id"_s, u"crmId"_s, When::SkipArtifact);
    const Op customerX = Op::onlyWhere(u"customer"_s, u"X"_s);

    // Set
    QTest::newRow("set adds") << u""_s << Ops {setTeam} << u"team:blue"_s << will << u""_s;
    QTest::newRow("set replaces text") << u"team:red"_s << Ops {setTeam} << u"team:blue"_s << will << u""_s;
    QTest::newRow("set replaces null") << u"team:~"_s << Ops {setTeam} << u"team:blue"_s << will << u""_s;
    QTest::newRow("set replaces raw") << u"team:=5"_s << Ops {setTeam} << u"team:blue"_s << will << u""_s;
    QTest::newRow("set already so") << u"team:blue"_s << Ops {setTeam} << u""_s << no << u"already"_s;
    QTest::newRow("set empty over null") << u"t:~"_s << Ops {Op::set(u"t"_s, {})} << u"t:"_s << will << u""_s;
    QTest::newRow("set keeps other raw and null")
        << u"n:=0.10|gone:~"_s << Ops {setTeam} << u"gone:~|n:=0.10|team:blue"_s << will << u""_s;
    QTest::newRow("set 500 characters") << u""_s << Ops {Op::set(u"k"_s, long500)} << u"k:"_s + long500 << will
                                        << u""_s;
    // Remove
    QTest::newRow("remove present") << u"a:1|b:2"_s << Ops {Op::remove(u"a"_s)} << u"b:2"_s << will << u""_s;
    QTest::newRow("remove null") << u"a:~|b:2"_s << Ops {Op::remove(u"a"_s)} << u"b:2"_s << will << u""_s;
    QTest::newRow("remove missing") << u"b:2"_s << Ops {Op::remove(u"a"_s)} << u""_s << no << u"already"_s;
    QTest::newRow("remove the last key") << u"a:1"_s << Ops {Op::remove(u"a"_s)} << u""_s << will << u""_s;
    // Rename, and each answer to a new key that exists
    QTest::newRow("rename") << u"crm_id:42|x:y"_s << Ops {crm} << u"crmId:42|x:y"_s << will << u""_s;
    QTest::newRow("rename missing key") << u"x:1"_s << Ops {crm} << u""_s << no << u"already"_s;
    QTest::newRow("rename keeps null") << u"crm_id:~"_s << Ops {crm} << u"crmId:~"_s << will << u""_s;
    QTest::newRow("rename keeps raw") << u"crm_id:=12345678901234567890"_s << Ops {crm}
                                      << u"crmId:=12345678901234567890"_s << will << u""_s;
    QTest::newRow("rename keeps empty") << u"crm_id:"_s << Ops {crm} << u"crmId:"_s << will << u""_s;
    QTest::newRow("keep: both stay") << u"crm_id:1|crmId:2"_s << Ops {crm} << u""_s << no << u"both kept"_s;
    QTest::newRow("keep: other operations still apply")
        << u"crm_id:1|crmId:2"_s << Ops {crm, setTeam} << u"crm_id:1|crmId:2|team:blue"_s << will << u""_s;
    QTest::newRow("overwrite") << u"crm_id:1|crmId:2"_s << Ops {crmOverwrite} << u"crmId:1"_s << will << u""_s;
    QTest::newRow("overwrite with raw") << u"crm_id:=1.50|crmId:x"_s << Ops {crmOverwrite} << u"crmId:=1.50"_s << will
                                        << u""_s;
    QTest::newRow("overwrite with null") << u"crm_id:~|crmId:x"_s << Ops {crmOverwrite} << u"crmId:~"_s << will
                                         << u""_s;
    QTest::newRow("overwrite, no collision") << u"crm_id:1"_s << Ops {crmOverwrite} << u"crmId:1"_s << will << u""_s;
    QTest::newRow("skip artifact") << u"crm_id:1|crmId:2"_s << Ops {setTeam, crmSkip} << u""_s << BatchVerdict::Skipped
                                   << u"crmId already exists"_s;
    QTest::newRow("skip, no collision") << u"crm_id:1"_s << Ops {crmSkip} << u"crmId:1"_s << will << u""_s;
    QTest::newRow("skip, missing key") << u"crmId:2"_s << Ops {crmSkip} << u""_s << no << u"already"_s;
    // Conditions: all on the map as fetched, wherever they stand
    QTest::newRow("condition met") << u"customer:X|team:red"_s << Ops {customerX, setTeam} << u"customer:X|team:blue"_s
                                   << will << u""_s;
    QTest::newRow("condition other value")
        << u"customer:Y|team:red"_s << Ops {customerX, setTeam} << u""_s << no << u"customer is “Y” here"_s;
    QTest::newRow("condition key missing")
        << u"team:red"_s << Ops {customerX, setTeam} << u""_s << no << u"customer is missing"_s;
    QTest::newRow("condition null") << u"customer:~"_s << Ops {customerX, setTeam} << u""_s << no
                                    << u"customer is null here"_s;
    QTest::newRow("condition raw is not text")
        << u"n:=5"_s << Ops {Op::onlyWhere(u"n"_s, u"5"_s), setTeam} << u""_s << no << u"n is 5 here"_s;
    QTest::newRow("condition is case sensitive")
        << u"customer:x"_s << Ops {customerX, setTeam} << u""_s << no << u"customer"_s;
    QTest::newRow("condition last still gates")
        << u"customer:Y"_s << Ops {setTeam, customerX} << u""_s << no << u"customer"_s;
    QTest::newRow("condition sees the map as fetched")
        << u"customer:Y"_s << Ops {Op::set(u"customer"_s, u"X"_s), customerX, setTeam} << u""_s << no << u"customer"_s;
    QTest::newRow("condition on a key then removed")
        << u"customer:X"_s << Ops {customerX, Op::remove(u"customer"_s)} << u""_s << will << u""_s;
    QTest::newRow("two conditions hold") << u"a:1|b:2"_s
                                         << Ops {Op::onlyWhere(u"a"_s, u"1"_s), Op::onlyWhere(u"b"_s, u"2"_s),
                                                Op::set(u"c"_s, u"3"_s)}
                                         << u"a:1|b:2|c:3"_s << will << u""_s;
    QTest::newRow("second condition fails")
        << u"a:1|b:3"_s << Ops {Op::onlyWhere(u"a"_s, u"1"_s), Op::onlyWhere(u"b"_s, u"2"_s), Op::set(u"c"_s, u"3"_s)}
        << u""_s << no << u"b is “3” here"_s;
    QTest::newRow("condition met, already so")
        << u"customer:X|team:blue"_s << Ops {customerX, setTeam} << u""_s << no << u"already"_s;
    // Order
    QTest::newRow("set then rename") << u""_s << Ops {Op::set(u"a"_s, u"x"_s), Op::rename(u"a"_s, u"b"_s)} << u"b:x"_s
                                     << will << u""_s;
    QTest::newRow("rename then set the old key")
        << u"a:old"_s << Ops {Op::rename(u"a"_s, u"b"_s), Op::set(u"a"_s, u"new"_s)} << u"a:new|b:old"_s << will
        << u""_s;
    QTest::newRow("remove then set back")
        << u"a:v"_s << Ops {Op::remove(u"a"_s), Op::set(u"a"_s, u"v"_s)} << u""_s << no << u"already"_s;
    QTest::newRow("rename onto a key set earlier")
        << u"a:1"_s << Ops {Op::set(u"b"_s, u"2"_s), Op::rename(u"a"_s, u"b"_s)} << u"a:1|b:2"_s << will << u""_s;
    // Results that break a rule: not sent, whether the operations or the server's map broke it
    QTest::newRow("set 501 characters") << u""_s << Ops {Op::set(u"k"_s, long501)} << u""_s << BatchVerdict::Invalid
                                        << u"501 characters"_s;
    QTest::newRow("501 emoji") << u""_s << Ops {Op::set(u"k"_s, emoji(501))} << u""_s << BatchVerdict::Invalid
                               << u"501 characters"_s;
    QTest::newRow("500 emoji") << u""_s << Ops {Op::set(u"k"_s, emoji(500))} << u"k:"_s + emoji(500) << will << u""_s;
    QTest::newRow("server's value too long")
        << u"old:"_s + long501 << Ops {setTeam} << u""_s << BatchVerdict::Invalid << u"key old would break a rule"_s;
    QTest::newRow("server's value has NUL")
        << u"old:a"_s + QChar(0) + u"b"_s << Ops {setTeam} << u""_s << BatchVerdict::Invalid << u"NUL"_s;
    QTest::newRow("set NUL") << u""_s << Ops {Op::set(u"k"_s, u"a"_s + QChar(0))} << u""_s << BatchVerdict::Invalid
                             << u"NUL"_s;
    QTest::newRow("set empty key") << u""_s << Ops {Op::set({}, u"v"_s)} << u""_s << BatchVerdict::Invalid
                                   << u"The key is empty."_s;
    QTest::newRow("too long value removed")
        << u"old:"_s + long501 << Ops {Op::remove(u"old"_s)} << u""_s << will << u""_s;
}

void TestBatchOperation::apply()
{
    QFETCH(QString, before);
    QFETCH(Ops, operations);
    QFETCH(QString, after);
    QFETCH(BatchVerdict, verdict);
    QFETCH(QString, reason);

    const Metadata map = mapOfSpec(before);
    const BatchOps::Applied applied = BatchOps::apply(map, operations);
    QCOMPARE(applied.verdict, verdict);
    QCOMPARE(applied.after, verdict == BatchVerdict::WillChange ? mapOfSpec(after) : map);
    if (reason.isEmpty())
        QCOMPARE(applied.reason, QString());
    else
        QVERIFY2(applied.reason.contains(reason), qPrintable(applied.reason));
    // Kinds survive exactly: a raw value is still raw, a null still null.
    for (auto it = applied.after.cbegin(); it != applied.after.cend(); ++it) {
        if (map.contains(it.key()) && map.value(it.key()) == it.value())
            QCOMPARE(map.value(it.key()).kind(), it.value().kind());
    }
}

void TestBatchOperation::problem_data()
{
    QTest::addColumn<Op>("operation");
    QTest::addColumn<QString>("problem"); // a part of the sentence; empty: none

    QTest::newRow("set") << Op::set(u"team"_s, u"blue"_s) << u""_s;
    QTest::newRow("set empty value") << Op::set(u"team"_s, {}) << u""_s;
    QTest::newRow("set empty key") << Op::set({}, u"blue"_s) << u"The key is empty."_s;
    QTest::newRow("set 500") << Op::set(u"k"_s, long500) << u""_s;
    QTest::newRow("set 501") << Op::set(u"k"_s, long501)
                             << u"The value has 501 characters; the API takes at most 500."_s;
    QTest::newRow("set 500 emoji") << Op::set(u"k"_s, emoji(500)) << u""_s;
    QTest::newRow("set 501 emoji") << Op::set(u"k"_s, emoji(501)) << u"501 characters"_s;
    QTest::newRow("set NUL value") << Op::set(u"k"_s, u"a"_s + QChar(0)) << u"NUL character"_s;
    QTest::newRow("set NUL key") << Op::set(QChar(0) + u"k"_s, u"v"_s) << u"NUL character"_s;
    QTest::newRow("remove") << Op::remove(u"k"_s) << u""_s;
    QTest::newRow("remove empty key") << Op::remove({}) << u"The key is empty."_s;
    QTest::newRow("rename") << Op::rename(u"a"_s, u"b"_s) << u""_s;
    QTest::newRow("rename empty key") << Op::rename({}, u"b"_s) << u"The key is empty."_s;
    QTest::newRow("rename empty new key") << Op::rename(u"a"_s, {}) << u"The new key is empty."_s;
    QTest::newRow("rename onto itself") << Op::rename(u"a"_s, u"a"_s, When::Overwrite) << u"the key itself"_s;
    QTest::newRow("rename NUL new key") << Op::rename(u"a"_s, u"b"_s + QChar(0)) << u"NUL character"_s;
    QTest::newRow("rename case only") << Op::rename(u"a"_s, u"A"_s) << u""_s;
    QTest::newRow("only where") << Op::onlyWhere(u"customer"_s, u"X"_s) << u""_s;
    QTest::newRow("only where empty value") << Op::onlyWhere(u"customer"_s, {}) << u""_s;
    QTest::newRow("only where empty key") << Op::onlyWhere({}, u"X"_s) << u"The key is empty."_s;
}

void TestBatchOperation::problem()
{
    QFETCH(Op, operation);
    QFETCH(QString, problem);
    const QString said = BatchOps::problem(operation);
    if (problem.isEmpty())
        QCOMPARE(said, QString());
    else
        QVERIFY2(said.contains(problem), qPrintable(said));
}

void TestBatchOperation::editorAndBatchSayTheSame()
{
    // The editor's rows and the batch's operations, with the same keys and values, in the same words.
    const QList<std::pair<QString, QString>> entries {{{}, u"v"_s}, {u"k"_s, long501}, {u"k"_s, emoji(501)},
        {u"k"_s, u"a"_s + QChar(0)}, {u"k"_s + QChar(0), u"v"_s}, {u"k"_s, long500}};
    for (const auto &[key, value] : entries) {
        MetadataEditModel model;
        model.setEdited({{key, MetadataValue(value)}}, u"test"_s);
        QCOMPARE(model.rowCount(), 1);
        const QString editor = model.problem(0);
        QCOMPARE(MetadataEditModel::entryProblem(key, MetadataValue(value)), editor);
        QCOMPARE(BatchOps::problem(Op::set(key, value)), editor);
    }
    // A raw or null value is never "too long": the limit is on text.
    QCOMPARE(MetadataEditModel::entryProblem(u"k"_s, MetadataValue::rawJson(long501)), QString());
    QCOMPARE(MetadataEditModel::entryProblem(u"k"_s, MetadataValue()), QString());
}

void TestBatchOperation::firstProblem_data()
{
    QTest::addColumn<Ops>("operations");
    QTest::addColumn<QString>("problem"); // the start of the sentence; empty: none

    QTest::newRow("none") << Ops {} << u"There is nothing to do"_s;
    QTest::newRow("only conditions") << Ops {Op::onlyWhere(u"a"_s, u"1"_s), Op::onlyWhere(u"b"_s, u"2"_s)}
                                     << u"There is nothing to do"_s;
    QTest::newRow("one set") << Ops {Op::set(u"a"_s, u"1"_s)} << u""_s;
    QTest::newRow("condition and rename") << Ops {Op::onlyWhere(u"a"_s, u"1"_s), Op::rename(u"a"_s, u"b"_s)} << u""_s;
    QTest::newRow("second is bad") << Ops {Op::set(u"a"_s, u"1"_s), Op::rename(u"a"_s, u"a"_s)}
                                   << u"Operation 2: The new key is the key itself"_s;
    QTest::newRow("bad condition before nothing to do")
        << Ops {Op::onlyWhere({}, u"1"_s)} << u"Operation 1: The key is empty."_s;
    QTest::newRow("third of three") << Ops {Op::remove(u"a"_s), Op::remove(u"b"_s), Op::set(u"c"_s, long501)}
                                    << u"Operation 3: The value has 501"_s;
}

void TestBatchOperation::firstProblem()
{
    QFETCH(Ops, operations);
    QFETCH(QString, problem);
    const QString said = BatchOps::firstProblem(operations);
    if (problem.isEmpty())
        QCOMPARE(said, QString());
    else
        QVERIFY2(said.startsWith(problem), qPrintable(said));
}

void TestBatchOperation::describe_data()
{
    QTest::addColumn<Op>("operation");
    QTest::addColumn<QString>("text");

    QTest::newRow("set") << Op::set(u"team"_s, u"blue"_s) << u"Set team to “blue”"_s;
    QTest::newRow("set empty") << Op::set(u"team"_s, {}) << u"Set team to “”"_s;
    QTest::newRow("set two lines") << Op::set(u"note"_s, u"a\nb"_s) << u"Set note to “a↵b”"_s;
    QTest::newRow("set long") << Op::set(u"k"_s, long501) << u"Set k to “"_s + QString(39, u'x') + u"…”"_s;
    QTest::newRow("remove") << Op::remove(u"team"_s) << u"Remove team"_s;
    QTest::newRow("remove empty key") << Op::remove({}) << u"Remove (empty key)"_s;
    QTest::newRow("rename keep") << Op::rename(u"crm_id"_s, u"crmId"_s)
                                 << u"Rename crm_id to crmId (keep both where crmId exists)"_s;
    QTest::newRow("rename overwrite") << Op::rename(u"crm_id"_s, u"crmId"_s, When::Overwrite)
                                      << u"Rename crm_id to crmId (overwrite crmId where it exists)"_s;
    QTest::newRow("rename skip") << Op::rename(u"crm_id"_s, u"crmId"_s, When::SkipArtifact)
                                 << u"Rename crm_id to crmId (skip the artifact where crmId exists)"_s;
    QTest::newRow("only where") << Op::onlyWhere(u"customer"_s, u"X"_s) << u"Only where customer is “X”"_s;
    QTest::newRow("percent signs stay") << Op::set(u"%1"_s, u"%2"_s) << u"Set %1 to “%2”"_s;
}

void TestBatchOperation::describe()
{
    QFETCH(Op, operation);
    QFETCH(QString, text);
    QCOMPARE(BatchOps::describe(operation), text);
}

void TestBatchOperation::verdictTexts()
{
    const QList<BatchVerdict> all {BatchVerdict::WillChange, BatchVerdict::NoChange, BatchVerdict::Skipped,
        BatchVerdict::Invalid, BatchVerdict::Gone, BatchVerdict::Failed};
    QStringList seen;
    for (const BatchVerdict verdict : all) {
        const QString text = BatchOps::verdictText(verdict);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen << text;
    }
    QCOMPARE(BatchOps::verdictText(BatchVerdict::WillChange), u"will change"_s);
}

void TestBatchOperation::changeLines_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("same") << u"a:1|b:~"_s << u"a:1|b:~"_s << QStringList();
    QTest::newRow("changed") << u"team:red"_s << u"team:blue"_s << QStringList {u"team: “red” → “blue”"_s};
    QTest::newRow("added") << u""_s << u"team:blue"_s << QStringList {u"team: added “blue”"_s};
    QTest::newRow("removed") << u"team:blue"_s << u""_s << QStringList {u"team: removed"_s};
    QTest::newRow("null and raw") << u"a:~|n:=5"_s << u"a:x|n:~"_s
                                  << QStringList {u"a: null → “x”"_s, u"n: 5 → null"_s};
    QTest::newRow("rename, key order") << u"crm_id:42"_s << u"crmId:42"_s
                                       << QStringList {u"crmId: added “42”"_s, u"crm_id: removed"_s};
    QTest::newRow("empty string") << u"a:~"_s << u"a:"_s << QStringList {u"a: null → “”"_s};
}

void TestBatchOperation::changeLines()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, lines);
    QCOMPARE(BatchOps::changeLines(mapOfSpec(before), mapOfSpec(after)), lines);
}

QTEST_GUILESS_MAIN(TestBatchOperation)
#include "tst_batchoperation.moc"
