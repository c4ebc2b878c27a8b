// What a save changes on the server: the live map against the map sent, key by key.
#include "edit/metadatadiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using DiffRow = MetadataDiff::DiffRow;
using Kind = DiffRow::Kind;
using Side = std::optional<MetadataValue>;

namespace {
// "-": absent, "~": null, "=x": raw JSON x, anything else: that text.
Side side(const QString &spec)
{
    if (spec == "-"_L1)
        return std::nullopt;
    if (spec == "~"_L1)
        return MetadataValue(std::nullopt);
    if (spec.startsWith(u'='))
        return MetadataValue::rawJson(spec.mid(1));
    return MetadataValue(spec);
}

Metadata mapOf(const QString &key, const QString &spec)
{
    const Side s = side(spec);
    return s ? Metadata {{key, *s}} : Metadata {};
}
} // namespace

class TestMetadataDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneKey_data();
    void oneKey();
    void manyKeysInKeyOrder();
    void emptyMaps();
};

void TestMetadataDiff::oneKey_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("kind"); // -1: no row
    const int none = -1;
    const int added = int(Kind::Added);
    const int changed = int(Kind::Changed);
    const int removed = int(Kind::Removed);
    QTest::newRow("equal text") << u"a"_s << u"a"_s << none;
    QTest::newRow("equal null") << u"~"_s << u"~"_s << none;
    QTest::newRow("absent on both sides") << u"-"_s << u"-"_s << none;
    QTest::newRow("equal raw json") << u"=12345678901234567890"_s << u"=12345678901234567890"_s << none;
    QTest::newRow("text added") << u"-"_s << u"b"_s << added;
    QTest::newRow("null added is an addition, not nothing") << u"-"_s << u"~"_s << added;
    QTest::newRow("empty string added") << u"-"_s << u""_s << added;
    QTest::newRow("text changed") << u"a"_s << u"b"_s << changed;
    QTest::newRow("text to null is a change, not a removal") << u"a"_s << u"~"_s << changed;
    QTest::newRow("null to text") << u"~"_s << u"a"_s << changed;
    QTest::newRow("null to empty string") << u"~"_s << u""_s << changed;
    QTest::newRow("the string null is not null") << u"null"_s << u"~"_s << changed;
    QTest::newRow("a number is not its text") << u"=1"_s << u"1"_s << changed;
    QTest::newRow("text removed") << u"a"_s << u"-"_s << removed;
    QTest::newRow("null removed") << u"~"_s << u"-"_s << removed;
}

void TestMetadataDiff::oneKey()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, kind);
    const QString key = u"ticket"_s;
    const QList<DiffRow> rows = MetadataDiff::diff(mapOf(key, before), mapOf(key, after));
    if (kind < 0) {
        QVERIFY(rows.isEmpty());
        return;
    }
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0), (DiffRow {Kind(kind), key, side(before), side(after)}));
}

void TestMetadataDiff::manyKeysInKeyOrder()
{
    const Metadata before {{u"a"_s, u"1"_s}, {u"c"_s, u"3"_s}, {u"d"_s, std::nullopt}, {u"e"_s, u"same"_s}};
    const Metadata after {{u"b"_s, u"2"_s}, {u"c"_s, u"three"_s}, {u"e"_s, u"same"_s}, {u"f"_s, std::nullopt}};
    const QList<DiffRow> expected {
        {Kind::Removed, u"a"_s, MetadataValue(u"1"_s), std::nullopt},
        {Kind::Added, u"b"_s, std::nullopt, MetadataValue(u"2"_s)},
        {Kind::Changed, u"c"_s, MetadataValue(u"3"_s), MetadataValue(u"three"_s)},
        {Kind::Removed, u"d"_s, MetadataValue(std::nullopt), std::nullopt},
        {Kind::Added, u"f"_s, std::nullopt, MetadataValue(std::nullopt)},
    };
    QCOMPARE(MetadataDiff::diff(before, after), expected);
    // The other way round every addition is a removal and the reverse.
    const QList<DiffRow> reversed = MetadataDiff::diff(after, before);
    QCOMPARE(reversed.size(), expected.size());
    QCOMPARE(reversed.at(0).kind, Kind::Added);
    QCOMPARE(reversed.at(1).kind, Kind::Removed);
    QCOMPARE(reversed.at(2).kind, Kind::Changed);
}

void TestMetadataDiff::emptyMaps()
{
    QVERIFY(MetadataDiff::diff({}, {}).isEmpty());
    QCOMPARE(MetadataDiff::diff({}, {{u"x"_s, u"1"_s}}).size(), 1);
    QCOMPARE(MetadataDiff::diff({{u"x"_s, u"1"_s}}, {}).constFirst().kind, Kind::Removed);
}

QTEST_GUILESS_MAIN(TestMetadataDiff)
#include "tst_metadatadiff.moc"
