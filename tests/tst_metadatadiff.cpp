// Two metadata maps key by key: what a save changes on the server and what a past save changed.
// Absent and null stay different, and the summary names what changed.
#include "edit/metadatadiff.h"
#include "metadataspec.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using DiffRow = MetadataDiff::DiffRow;
using Kind = DiffRow::Kind;
using Side = MetadataDiff::Side;

// Container types follow once their items are declared.
Q_DECLARE_METATYPE(MetadataValue)
Q_DECLARE_METATYPE(MetadataDiff::DiffRow)

namespace {
const MetadataValue nullValue {std::nullopt};
MetadataValue text(const char16_t *s)
{
    return MetadataValue(QString::fromUtf16(s));
}
} // namespace

class TestMetadataDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneKey_data();
    void oneKey();
    void maps_data();
    void maps();
    void manyKeysInKeyOrder();
    void liveAgainstSent();
    void emptyMaps();
    void summary_data();
    void summary();
    void sideTexts();
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
    QTest::newRow("empty string to null") << u""_s << u"~"_s << changed;
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
    const QList<DiffRow> all = MetadataDiff::diff(mapOf(key, before), mapOf(key, after), true);
    if (kind < 0) {
        QVERIFY(rows.isEmpty());
        // Asked for, an equal key is listed as unchanged; a key on neither side never is.
        if (before == "-"_L1)
            QVERIFY(all.isEmpty());
        else
            QCOMPARE(all, (QList<DiffRow> {{Kind::Unchanged, key, sideOf(before), sideOf(after)}}));
        return;
    }
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0), (DiffRow {Kind(kind), key, sideOf(before), sideOf(after)}));
    QCOMPARE(all, rows);
}

void TestMetadataDiff::maps_data()
{
    QTest::addColumn<Metadata>("before");
    QTest::addColumn<Metadata>("after");
    QTest::addColumn<QList<DiffRow>>("expected");

    QTest::newRow("both empty") << Metadata {} << Metadata {} << QList<DiffRow> {};
    QTest::newRow("nothing changed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, text(u"1")}}
                                     << QList<DiffRow> {};
    QTest::newRow("added") << Metadata {} << Metadata {{u"a"_s, text(u"1")}}
                           << QList<DiffRow> {{Kind::Added, u"a"_s, std::nullopt, text(u"1")}};
    QTest::newRow("removed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {}
                             << QList<DiffRow> {{Kind::Removed, u"a"_s, text(u"1"), std::nullopt}};
    QTest::newRow("changed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, text(u"2")}}
                             << QList<DiffRow> {{Kind::Changed, u"a"_s, text(u"1"), text(u"2")}};
    QTest::newRow("set to null is a change, not a removal")
        << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, nullValue}}
        << QList<DiffRow> {{Kind::Changed, u"a"_s, text(u"1"), nullValue}};
    QTest::newRow("null removed") << Metadata {{u"a"_s, nullValue}} << Metadata {}
                                  << QList<DiffRow> {{Kind::Removed, u"a"_s, nullValue, std::nullopt}};
    QTest::newRow("null added") << Metadata {} << Metadata {{u"a"_s, nullValue}}
                                << QList<DiffRow> {{Kind::Added, u"a"_s, std::nullopt, nullValue}};
    QTest::newRow("empty string to null") << Metadata {{u"a"_s, text(u"")}} << Metadata {{u"a"_s, nullValue}}
                                          << QList<DiffRow> {{Kind::Changed, u"a"_s, text(u""), nullValue}};
    QTest::newRow("raw number vs the same text")
        << Metadata {{u"n"_s, MetadataValue::rawJson(u"12"_s)}} << Metadata {{u"n"_s, text(u"12")}}
        << QList<DiffRow> {{Kind::Changed, u"n"_s, MetadataValue::rawJson(u"12"_s), text(u"12")}};
    QTest::newRow("mixed, sorted by key")
        << Metadata {{u"b"_s, text(u"x")}, {u"d"_s, text(u"same")}, {u"e"_s, text(u"old")}}
        << Metadata {{u"a"_s, text(u"new")}, {u"d"_s, text(u"same")}, {u"e"_s, text(u"newer")}, {u"f"_s, nullValue}}
        << QList<DiffRow> {{Kind::Added, u"a"_s, std::nullopt, text(u"new")},
               {Kind::Removed, u"b"_s, text(u"x"), std::nullopt}, {Kind::Changed, u"e"_s, text(u"old"), text(u"newer")},
               {Kind::Added, u"f"_s, std::nullopt, nullValue}};
}

void TestMetadataDiff::maps()
{
    QFETCH(Metadata, before);
    QFETCH(Metadata, after);
    QFETCH(QList<DiffRow>, expected);
    QCOMPARE(MetadataDiff::diff(before, after), expected);
    // With unchanged rows: every key of either side once, the changed rows as before.
    const QList<DiffRow> all = MetadataDiff::diff(before, after, true);
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    QCOMPARE(all.size(), keys.size());
    QList<DiffRow> changed = all;
    changed.removeIf([](const DiffRow &r) { return r.kind == Kind::Unchanged; });
    QCOMPARE(changed, expected);
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

void TestMetadataDiff::liveAgainstSent()
{
    // What a save's preview lists: the server's map now against the map the PATCH sends.
    const Metadata live {{u"same"_s, MetadataValue(u"1"_s)}, {u"changed"_s, MetadataValue(u"a"_s)},
        {u"removed"_s, MetadataValue(u"r"_s)}, {u"nulled"_s, MetadataValue(u"n"_s)}};
    const Metadata sent {{u"same"_s, MetadataValue(u"1"_s)}, {u"changed"_s, MetadataValue(u"b"_s)},
        {u"nulled"_s, MetadataValue()}, {u"added"_s, MetadataValue(u""_s)}};
    const QList<DiffRow> expected {
        {Kind::Added, u"added"_s, std::nullopt, MetadataValue(u""_s)},
        {Kind::Changed, u"changed"_s, MetadataValue(u"a"_s), MetadataValue(u"b"_s)},
        {Kind::Changed, u"nulled"_s, MetadataValue(u"n"_s), MetadataValue()},
        {Kind::Removed, u"removed"_s, MetadataValue(u"r"_s), std::nullopt},
    };
    QCOMPARE(MetadataDiff::diff(live, sent), expected);
}

void TestMetadataDiff::emptyMaps()
{
    QVERIFY(MetadataDiff::diff({}, {}).isEmpty());
    QVERIFY(MetadataDiff::diff({}, {}, true).isEmpty());
    QCOMPARE(MetadataDiff::diff({}, {{u"x"_s, u"1"_s}}).size(), 1);
    QCOMPARE(MetadataDiff::diff({{u"x"_s, u"1"_s}}, {}).constFirst().kind, Kind::Removed);
}

void TestMetadataDiff::summary_data()
{
    QTest::addColumn<Metadata>("before");
    QTest::addColumn<Metadata>("after");
    QTest::addColumn<QString>("expected");
    const Metadata base {{u"team"_s, text(u"a")}, {u"ticket"_s, text(u"1")}, {u"zone"_s, text(u"z")}};
    QTest::newRow("none") << base << base << u"No keys changed"_s;
    Metadata one = base;
    one[u"ticket"_s] = text(u"2");
    QTest::newRow("one") << base << one << u"1 key(s) changed: ticket"_s; // no translator: raw plural
    Metadata two = one;
    two.remove(u"team"_s);
    QTest::newRow("two") << base << two << u"2 key(s) changed: team, ticket"_s;
    Metadata three = two;
    three[u"zone"_s] = nullValue;
    QTest::newRow("three") << base << three << u"3 key(s) changed: team, ticket, +1"_s;
    Metadata four = three;
    four[u"added"_s] = text(u"x");
    QTest::newRow("four") << base << four << u"4 key(s) changed: added, team, +2"_s;
}

void TestMetadataDiff::summary()
{
    QFETCH(Metadata, before);
    QFETCH(Metadata, after);
    QFETCH(QString, expected);
    // Unchanged rows never count, whether they were asked for or not.
    QCOMPARE(MetadataDiff::summary(MetadataDiff::diff(before, after, true)), expected);
    QCOMPARE(MetadataDiff::summary(MetadataDiff::diff(before, after)), expected);
}

void TestMetadataDiff::sideTexts()
{
    // Absent, null and empty read differently from each other, and are marked as stand-ins.
    const QList<Side> sides {std::nullopt, nullValue, text(u""), text(u"value")};
    QStringList texts;
    for (const Side &side : sides)
        texts.append(MetadataDiff::sideText(side));
    QCOMPARE(texts, (QStringList {u"(absent)"_s, u"null"_s, u"(empty)"_s, u"value"_s}));
    QVERIFY(MetadataDiff::isPlaceholder(std::nullopt));
    QVERIFY(MetadataDiff::isPlaceholder(nullValue));
    QVERIFY(MetadataDiff::isPlaceholder(text(u"")));
    QVERIFY(!MetadataDiff::isPlaceholder(text(u"null")));
    QVERIFY(!MetadataDiff::isPlaceholder(MetadataValue::rawJson(u"0"_s)));
    QStringList kinds;
    for (const Kind kind : {Kind::Added, Kind::Changed, Kind::Removed, Kind::Unchanged})
        kinds.append(MetadataDiff::kindText(kind));
    QCOMPARE(kinds, (QStringList {u"added"_s, u"changed"_s, u"removed"_s, u"unchanged"_s}));
}

QTEST_GUILESS_MAIN(TestMetadataDiff)
#include "tst_metadatadiff.moc"
