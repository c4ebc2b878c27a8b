// Three-way merge of metadata maps: base (as loaded), mine (edited), theirs (live), key by key.
#include "edit/metadatamerge.h"
#include "metadataspec.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMetadataMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneKey_data();
    void oneKey();
    void differentKeysMergeByThemselves();
    void conflictsAreResolvedByChoice();
};

void TestMetadataMerge::oneKey_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged"); // "!" for a conflict
    QTest::newRow("nothing changed") << u"a"_s << u"a"_s << u"a"_s << u"a"_s;
    QTest::newRow("I changed it") << u"a"_s << u"b"_s << u"a"_s << u"b"_s;
    QTest::newRow("they changed it") << u"a"_s << u"a"_s << u"c"_s << u"c"_s;
    QTest::newRow("both changed it alike") << u"a"_s << u"b"_s << u"b"_s << u"b"_s;
    QTest::newRow("both changed it differently") << u"a"_s << u"b"_s << u"c"_s << u"!"_s;
    QTest::newRow("I removed it") << u"a"_s << u"-"_s << u"a"_s << u"-"_s;
    QTest::newRow("they removed it") << u"a"_s << u"a"_s << u"-"_s << u"-"_s;
    QTest::newRow("I removed what they changed") << u"a"_s << u"-"_s << u"c"_s << u"!"_s;
    QTest::newRow("I added it") << u"-"_s << u"b"_s << u"-"_s << u"b"_s;
    QTest::newRow("they added it") << u"-"_s << u"-"_s << u"c"_s << u"c"_s;
    QTest::newRow("both added it differently") << u"-"_s << u"b"_s << u"c"_s << u"!"_s;
    QTest::newRow("null is a value, not absence") << u"a"_s << u"~"_s << u"a"_s << u"~"_s;
    QTest::newRow("null against a change") << u"a"_s << u"~"_s << u"c"_s << u"!"_s;
    QTest::newRow("raw number kept") << u"=0.1"_s << u"=0.1"_s << u"=0.1"_s << u"=0.1"_s;
    QTest::newRow("a number is not its text") << u"=1"_s << u"1"_s << u"=1"_s << u"1"_s;
}

void TestMetadataMerge::oneKey()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    const MetadataMerge::Result result
        = MetadataMerge::merge(mapOf(u"k"_s, base), mapOf(u"k"_s, mine), mapOf(u"k"_s, theirs));
    if (merged == "!"_L1) {
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.constFirst(),
            (MetadataMerge::Conflict {u"k"_s, sideOf(base), sideOf(mine), sideOf(theirs)}));
        QVERIFY(!result.merged.contains(u"k"_s));
    } else {
        QVERIFY(result.clean());
        QCOMPARE(result.merged, mapOf(u"k"_s, merged));
    }
}

void TestMetadataMerge::differentKeysMergeByThemselves()
{
    const Metadata base {{u"ticket"_s, MetadataValue(u"SUP-1"_s)}, {u"customer"_s, MetadataValue(u"cus_1"_s)}};
    Metadata mine = base;
    mine.insert(u"ticket"_s, MetadataValue(u"SUP-2"_s)); // I fix the ticket
    Metadata theirs = base;
    theirs.insert(u"review"_s, MetadataValue(u"yes"_s)); // someone adds a flag meanwhile
    theirs.remove(u"customer"_s); // and removes the customer
    const MetadataMerge::Result result = MetadataMerge::merge(base, mine, theirs);
    QVERIFY(result.clean());
    QCOMPARE(
        result.merged, (Metadata {{u"ticket"_s, MetadataValue(u"SUP-2"_s)}, {u"review"_s, MetadataValue(u"yes"_s)}}));
}

void TestMetadataMerge::conflictsAreResolvedByChoice()
{
    const Metadata base {
        {u"a"_s, MetadataValue(u"1"_s)}, {u"b"_s, MetadataValue(u"1"_s)}, {u"c"_s, MetadataValue(u"1"_s)}};
    const Metadata mine {
        {u"a"_s, MetadataValue(u"mine"_s)}, {u"b"_s, MetadataValue(u"mine"_s)}, {u"c"_s, MetadataValue(u"1"_s)}};
    const Metadata theirs {{u"a"_s, MetadataValue(u"theirs"_s)}, {u"c"_s, MetadataValue(u"1"_s)}};
    const MetadataMerge::Result result = MetadataMerge::merge(base, mine, theirs);
    QCOMPARE(result.conflicts.size(), 2); // a changed both ways; b changed here, removed there
    QCOMPARE(result.conflicts.at(0).key, u"a"_s);
    QCOMPARE(result.conflicts.at(1).key, u"b"_s);
    const Metadata chosen
        = MetadataMerge::resolved(result, {result.conflicts.at(0).theirs, result.conflicts.at(1).theirs});
    QCOMPARE(chosen, (Metadata {{u"a"_s, MetadataValue(u"theirs"_s)}, {u"c"_s, MetadataValue(u"1"_s)}}));
    const Metadata kept = MetadataMerge::resolved(result, {result.conflicts.at(0).mine, result.conflicts.at(1).mine});
    QCOMPARE(kept, mine);
}

QTEST_GUILESS_MAIN(TestMetadataMerge)
#include "tst_metadatamerge.moc"
