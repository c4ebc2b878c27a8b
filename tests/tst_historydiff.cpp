// What a save changed, key by key: absent and null stay different, and the summary names what changed.
#include "edit/historydiff.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Container types follow once their items are declared.
Q_DECLARE_METATYPE(MetadataValue)
Q_DECLARE_METATYPE(HistoryDiff::Row)

using HistoryDiff::Change;
using HistoryDiff::Row;

class TestHistoryDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void summary_data();
    void summary();
    void sideTexts();
};

namespace {
const MetadataValue nullValue {std::nullopt};
MetadataValue text(const char16_t *s)
{
    return MetadataValue(QString::fromUtf16(s));
}
} // namespace

void TestHistoryDiff::diff_data()
{
    QTest::addColumn<Metadata>("before");
    QTest::addColumn<Metadata>("after");
    QTest::addColumn<QList<Row>>("expected");

    QTest::newRow("both empty") << Metadata {} << Metadata {} << QList<Row> {};
    QTest::newRow("nothing changed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, text(u"1")}}
                                     << QList<Row> {};
    QTest::newRow("added") << Metadata {} << Metadata {{u"a"_s, text(u"1")}}
                           << QList<Row> {{u"a"_s, std::nullopt, text(u"1"), Change::Added}};
    QTest::newRow("removed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {}
                             << QList<Row> {{u"a"_s, text(u"1"), std::nullopt, Change::Removed}};
    QTest::newRow("changed") << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, text(u"2")}}
                             << QList<Row> {{u"a"_s, text(u"1"), text(u"2"), Change::Changed}};
    QTest::newRow("set to null is a change, not a removal")
        << Metadata {{u"a"_s, text(u"1")}} << Metadata {{u"a"_s, nullValue}}
        << QList<Row> {{u"a"_s, text(u"1"), nullValue, Change::Changed}};
    QTest::newRow("null removed") << Metadata {{u"a"_s, nullValue}} << Metadata {}
                                  << QList<Row> {{u"a"_s, nullValue, std::nullopt, Change::Removed}};
    QTest::newRow("null added") << Metadata {} << Metadata {{u"a"_s, nullValue}}
                                << QList<Row> {{u"a"_s, std::nullopt, nullValue, Change::Added}};
    QTest::newRow("empty string to null") << Metadata {{u"a"_s, text(u"")}} << Metadata {{u"a"_s, nullValue}}
                                          << QList<Row> {{u"a"_s, text(u""), nullValue, Change::Changed}};
    QTest::newRow("raw number vs the same text")
        << Metadata {{u"n"_s, MetadataValue::rawJson(u"12"_s)}} << Metadata {{u"n"_s, text(u"12")}}
        << QList<Row> {{u"n"_s, MetadataValue::rawJson(u"12"_s), text(u"12"), Change::Changed}};
    QTest::newRow("mixed, sorted by key")
        << Metadata {{u"b"_s, text(u"x")}, {u"d"_s, text(u"same")}, {u"e"_s, text(u"old")}}
        << Metadata {{u"a"_s, text(u"new")}, {u"d"_s, text(u"same")}, {u"e"_s, text(u"newer")}, {u"f"_s, nullValue}}
        << QList<Row> {{u"a"_s, std::nullopt, text(u"new"), Change::Added},
               {u"b"_s, text(u"x"), std::nullopt, Change::Removed},
               {u"e"_s, text(u"old"), text(u"newer"), Change::Changed},
               {u"f"_s, std::nullopt, nullValue, Change::Added}};
}

void TestHistoryDiff::diff()
{
    QFETCH(Metadata, before);
    QFETCH(Metadata, after);
    QFETCH(QList<Row>, expected);
    QCOMPARE(HistoryDiff::diff(before, after), expected);
    // With unchanged rows: every key of either side once, the changed rows as before.
    const QList<Row> all = HistoryDiff::diff(before, after, true);
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    QCOMPARE(all.size(), keys.size());
    QList<Row> changed = all;
    changed.removeIf([](const Row &r) { return r.change == Change::Unchanged; });
    QCOMPARE(changed, expected);
}

void TestHistoryDiff::summary_data()
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

void TestHistoryDiff::summary()
{
    QFETCH(Metadata, before);
    QFETCH(Metadata, after);
    QFETCH(QString, expected);
    QCOMPARE(HistoryDiff::summary(HistoryDiff::diff(before, after, true)), expected);
}

void TestHistoryDiff::sideTexts()
{
    // Absent, null and empty read differently from each other, and are marked as stand-ins.
    const QList<HistoryDiff::Side> sides {std::nullopt, nullValue, text(u""), text(u"value")};
    QStringList texts;
    for (const HistoryDiff::Side &side : sides)
        texts.append(HistoryDiff::sideText(side));
    QCOMPARE(texts, (QStringList {u"(absent)"_s, u"null"_s, u"(empty)"_s, u"value"_s}));
    QVERIFY(HistoryDiff::isPlaceholder(std::nullopt));
    QVERIFY(HistoryDiff::isPlaceholder(nullValue));
    QVERIFY(HistoryDiff::isPlaceholder(text(u"")));
    QVERIFY(!HistoryDiff::isPlaceholder(text(u"null")));
    QVERIFY(!HistoryDiff::isPlaceholder(MetadataValue::rawJson(u"0"_s)));
    QCOMPARE(HistoryDiff::changeText(Change::Removed), u"removed"_s);
}

QTEST_GUILESS_MAIN(TestHistoryDiff)
#include "tst_historydiff.moc"
