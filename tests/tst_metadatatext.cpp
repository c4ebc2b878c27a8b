// The editor's text mode: every map survives map -> text -> map, and errors point at their line.
#include "edit/metadatatext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetadataText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesReadably_data();
    void writesReadably();
    void randomMapsSurvive();
    void errorsPointAtTheLine_data();
    void errorsPointAtTheLine();
    void commentsAndBlankLinesAreIgnored();
};

void TestMetadataText::writesReadably_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<MetadataValue>("value");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << u"ticket"_s << MetadataValue(u"SUP-4411"_s) << u"ticket: SUP-4411"_s;
    QTest::newRow("colon in a value") << u"url"_s << MetadataValue(u"https://x.example/a: b"_s)
                                      << u"url: https://x.example/a: b"_s;
    QTest::newRow("colon in a key") << u"a: b"_s << MetadataValue(u"v"_s) << u"\"a: b\": v"_s;
    QTest::newRow("newline") << u"note"_s << MetadataValue(u"two\nlines"_s) << u"note: \"two\\nlines\""_s;
    QTest::newRow("outer spaces") << u"pad"_s << MetadataValue(u" x "_s) << u"pad: \" x \""_s;
    QTest::newRow("empty value") << u"empty"_s << MetadataValue(QString()) << u"empty: \"\""_s;
    QTest::newRow("null") << u"gone"_s << MetadataValue(std::nullopt) << u"gone: null"_s;
    QTest::newRow("the text null") << u"word"_s << MetadataValue(u"null"_s) << u"word: \"null\""_s;
    QTest::newRow("raw number") << u"score"_s << MetadataValue::rawJson(u"0.1"_s) << u"score: =0.1"_s;
    QTest::newRow("text starting with =") << u"eq"_s << MetadataValue(u"=1"_s) << u"eq: \"=1\""_s;
    QTest::newRow("unicode stays") << u"Prüfstatus"_s << MetadataValue(u"erledigt ✓"_s) << u"Prüfstatus: erledigt ✓"_s;
    QTest::newRow("empty key") << QString() << MetadataValue(u"v"_s) << u"\"\": v"_s;
    QTest::newRow("hash key") << u"#tag"_s << MetadataValue(u"v"_s) << u"\"#tag\": v"_s;
}

void TestMetadataText::writesReadably()
{
    QFETCH(QString, key);
    QFETCH(MetadataValue, value);
    QFETCH(QString, line);
    const Metadata map {{key, value}};
    const QString text = MetadataText::write(map);
    QCOMPARE(text, line + u'\n');
    const MetadataText::Parsed parsed = MetadataText::read(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).message));
    QCOMPARE(parsed.metadata, map);
}

void TestMetadataText::randomMapsSurvive()
{
    // Keys and values built from the characters that need care, unicode beyond the BMP included.
    const QStringList pieces {u"a"_s, u"Z"_s, u"0"_s, u":"_s, u": "_s, u" "_s, u"\n"_s, u"\r"_s, u"\t"_s, u"\""_s,
        u"\\"_s, u"#"_s, u"="_s, u"null"_s, u"ü"_s, u"✓"_s, u"𝄞"_s, u"\u0001"_s, u"{"_s, u"}"_s, u"/"_s};
    const QStringList raws {
        u"0.1"_s, u"12345678901234567890"_s, u"-0"_s, u"1e400"_s, u"true"_s, u"false"_s, u"[1, 2]"_s, u"{\"a\": 1}"_s};
    QRandomGenerator random(20261202);
    const auto randomText = [&](int maxPieces) {
        QString text;
        const int count = static_cast<int>(random.bounded(maxPieces + 1));
        for (int i = 0; i < count; ++i)
            text += pieces.at(static_cast<qsizetype>(random.bounded(pieces.size())));
        return text;
    };
    for (int round = 0; round < 2000; ++round) {
        Metadata map;
        const int entries = static_cast<int>(random.bounded(8));
        for (int i = 0; i < entries; ++i) {
            const QString key = randomText(6);
            switch (random.bounded(6)) {
            case 0:
                map.insert(key, std::nullopt);
                break;
            case 1:
                map.insert(key, MetadataValue::rawJson(raws.at(static_cast<qsizetype>(random.bounded(raws.size())))));
                break;
            case 2:
                map.insert(key, QString(u"x"_s).repeated(500)); // the documented maximum
                break;
            default:
                map.insert(key, randomText(12));
                break;
            }
        }
        const QString text = MetadataText::write(map);
        const MetadataText::Parsed parsed = MetadataText::read(text);
        QVERIFY2(parsed.ok(), qPrintable(u"round %1: %2\n%3"_s.arg(round).arg(parsed.errors.value(0).message, text)));
        QCOMPARE(parsed.metadata, map);
        QCOMPARE(MetadataText::write(parsed.metadata), text);
    }
}

void TestMetadataText::errorsPointAtTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("no separator") << u"a: 1\nno separator here\nb: 2"_s << 2 << u"no \u201c: \u201d"_s;
    QTest::newRow("quoted key not ended") << u"a: 1\n\n\"open: 2"_s << 3 << u"quoted key"_s;
    QTest::newRow("quoted value not ended") << u"a: \"open"_s << 1 << u"quoted value"_s;
    QTest::newRow("text after a quoted value") << u"a: \"x\" y"_s << 1 << u"quoted value"_s;
    QTest::newRow("bad raw json") << u"a: 1\nb: =0.1.2"_s << 2 << u"not valid JSON"_s;
    QTest::newRow("missing value") << u"a:"_s << 1 << u"value is missing"_s;
    QTest::newRow("duplicate key") << u"a: 1\nb: 2\na: 3"_s << 3 << u"already on line 1"_s;
    QTest::newRow("empty key") << u": v"_s << 1 << u"key is empty"_s;
}

void TestMetadataText::errorsPointAtTheLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    const MetadataText::Parsed parsed = MetadataText::read(text);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.constFirst().line, line);
    QVERIFY2(parsed.errors.constFirst().message.contains(says), qPrintable(parsed.errors.constFirst().message));
    // What could be read is still there.
    QVERIFY(parsed.metadata.size() >= (text.startsWith(u"a: 1"_s) ? 1 : 0));
}

void TestMetadataText::commentsAndBlankLinesAreIgnored()
{
    const MetadataText::Parsed parsed = MetadataText::read(u"# from ticket SUP-4411\n\nticket: SUP-4411\r\n  \n"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.metadata, (Metadata {{u"ticket"_s, MetadataValue(u"SUP-4411"_s)}}));
}

QTEST_GUILESS_MAIN(TestMetadataText)
#include "tst_metadatatext.moc"
