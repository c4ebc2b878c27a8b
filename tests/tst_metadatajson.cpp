#include "domain/metadatajson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetadataJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEscapedJson_data();
    void writesEscapedJson();
    void rawValuesVerbatim_data();
    void rawValuesVerbatim();
    void randomMapsSurviveWriteReadWrite();
    void readRejects_data();
    void readRejects();
    void jsonValues_data();
    void jsonValues();
    void fromObjectKeepsKinds();
};

void TestMetadataJson::writesEscapedJson_data()
{
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty map") << Metadata() << QByteArray("{}");
    QTest::newRow("null and empty string")
        << Metadata {{u"a"_s, std::nullopt}, {u"b"_s, QString()}} << QByteArray(R"({"a":null,"b":""})");
    QTest::newRow("quote, backslash, slash")
        << Metadata {{u"q\"k"_s, u"say \"hi\" \\ /"_s}} << QByteArray(R"({"q\"k":"say \"hi\" \\ /"})");
    QTest::newRow("short escapes") << Metadata {{u"c"_s, u"\b\f\n\r\t"_s}} << QByteArray(R"({"c":"\b\f\n\r\t"})");
    QTest::newRow("other control characters")
        << Metadata {{u"c"_s, QString(QString(QChar(0)) + QChar(1) + QChar(0x1f) + QChar(0x7f))}}
        << QByteArray("{\"c\":\"\\u0000\\u0001\\u001f\x7f\"}");
    QTest::newRow("unicode as UTF-8") << Metadata {{u"Prüfstatus"_s, u"Zoë — 会議 📬 \u2028"_s}}
                                      << u"{\"Prüfstatus\":\"Zoë — 会議 📬 \u2028\"}"_s.toUtf8();
    QTest::newRow("empty key") << Metadata {{QString(), u"v"_s}} << QByteArray(R"({"":"v"})");
    QTest::newRow("raw values as written")
        << Metadata {{u"n"_s, MetadataValue::rawJson(u"0.1"_s)}, {u"o"_s, MetadataValue::rawJson(u"{\"a\": [1, 2]}"_s)}}
        << QByteArray(R"({"n":0.1,"o":{"a": [1, 2]}})");
    QTest::newRow("keys sorted") << Metadata {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}} << QByteArray(R"({"a":"1","b":"2"})");
}

void TestMetadataJson::writesEscapedJson()
{
    QFETCH(Metadata, metadata);
    QFETCH(QByteArray, json);
    QCOMPARE(MetadataJson::write(metadata), json);
    QCOMPARE(MetadataJson::read(json), std::optional<Metadata>(metadata));
}

void TestMetadataJson::rawValuesVerbatim_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const char *raw :
        {"0.1", "12345678901234567890", "1e400", "-0", "true", "false", "[1, 2]", "1.50", "-1E-7", "2.5e+3",
            "-12345678901234567890123.000", "[]", "{}", R"({"a": 1})", R"([{"b": [null, "x\"y"]}, "\u00e9"])"})
        QTest::newRow(raw) << QByteArray(raw);
}

void TestMetadataJson::rawValuesVerbatim()
{
    QFETCH(QByteArray, raw);
    QVERIFY(MetadataJson::isJsonValue(raw));
    const Metadata metadata {{u"k"_s, MetadataValue::rawJson(QString::fromUtf8(raw))}};
    const QByteArray json = MetadataJson::write(metadata);
    QCOMPARE(json, QByteArray(R"({"k":)" + raw + "}"));
    const std::optional<Metadata> read = MetadataJson::read(json);
    QVERIFY(read.has_value());
    QCOMPARE(read->value(u"k"_s).kind(), MetadataValue::Kind::RawJson);
    QCOMPARE(*read->value(u"k"_s), QString::fromUtf8(raw));
    QCOMPARE(MetadataJson::write(*read), json);
}

namespace {

QString randomText(QRandomGenerator &rng)
{
    // Everything that needs escaping, and characters of every UTF-8 length (an emoji is a surrogate pair).
    static const QList<QString> pieces {u"a"_s, u"Z"_s, u"7"_s, u" "_s, u"\""_s, u"\\"_s, u"/"_s, u"\n"_s, u"\r"_s,
        u"\t"_s, u"\b"_s, u"\f"_s, QString(QChar(0)), QString(QChar(0x1f)), QString(QChar(0x7f)), u"é"_s, u"ß"_s,
        u"—"_s, u"\u2028"_s, u"\uFFFD"_s, u"会"_s, u"📬"_s, u"\\u0041"_s, u"null"_s, u"{"_s, u"]"_s, u":"_s, u","_s};
    QString text;
    const int length = static_cast<int>(rng.bounded(12));
    for (int i = 0; i < length; ++i)
        text += pieces.at(rng.bounded(pieces.size()));
    return text;
}

MetadataValue randomValue(QRandomGenerator &rng)
{
    static const QList<QString> raws {u"0"_s, u"-0"_s, u"0.1"_s, u"1.50"_s, u"12345678901234567890"_s, u"1e400"_s,
        u"-1E-7"_s, u"true"_s, u"false"_s, u"[]"_s, u"{}"_s, u"[1, 2]"_s, uR"({"a": 1})"_s,
        uR"([{"b": [null, "x\"y\\"]}, "\u00e9 📬"])"_s, u"{\n  \"nested\": {\"deep\": [1e400, \"\\n\"]}\n}"_s};
    switch (rng.bounded(4)) {
    case 0:
        return std::nullopt;
    case 1:
        return MetadataValue::rawJson(raws.at(rng.bounded(raws.size())));
    default:
        return randomText(rng);
    }
}

} // namespace

void TestMetadataJson::randomMapsSurviveWriteReadWrite()
{
    QRandomGenerator rng(20250717);
    for (int round = 0; round < 2000; ++round) {
        Metadata metadata;
        const int keys = static_cast<int>(rng.bounded(8));
        for (int k = 0; k < keys; ++k)
            metadata.insert(randomText(rng), randomValue(rng));
        const QByteArray json = MetadataJson::write(metadata);
        QVERIFY2(MetadataJson::isJsonValue(json), json.constData());
        const std::optional<Metadata> read = MetadataJson::read(json);
        QVERIFY2(read.has_value(), json.constData());
        QCOMPARE(*read, metadata);
        QCOMPARE(MetadataJson::write(*read), json);

        // Without raw values a second, independent reader must agree on every string.
        const bool textOnly
            = std::none_of(metadata.cbegin(), metadata.cend(), [](const MetadataValue &v) { return v.isRawJson(); });
        if (!textOnly)
            continue;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        Metadata qtRead;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            qtRead.insert(it.key(), it->isNull() ? MetadataValue() : MetadataValue(it->toString()));
        QCOMPARE(qtRead, metadata);
    }
}

void TestMetadataJson::readRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a list") << QByteArray(R"(["a"])");
    QTest::newRow("a string") << QByteArray(R"("a")");
    QTest::newRow("cut off") << QByteArray(R"({"a": "b)");
    QTest::newRow("bad atom") << QByteArray(R"({"a": tru})");
    QTest::newRow("leading zero") << QByteArray(R"({"a": 01})");
    QTest::newRow("bare dot") << QByteArray(R"({"a": 1.})");
    QTest::newRow("bad nested atom") << QByteArray(R"({"a": [nul]})");
    QTest::newRow("bad escape") << QByteArray(R"({"a": "\x"})");
}

void TestMetadataJson::readRejects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!MetadataJson::read(json).has_value());
}

void TestMetadataJson::jsonValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("integer") << QByteArray("42") << true;
    QTest::newRow("huge exponent") << QByteArray("1e400") << true;
    QTest::newRow("surrounding whitespace") << QByteArray(" \n[1, 2]\t") << true;
    QTest::newRow("string with escapes") << QByteArray(R"("a\"b\\c\u00e9\n")") << true;
    QTest::newRow("nested") << QByteArray(R"({"a": [{"b": null}, true, false, -0.5e-3]})") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("two values") << QByteArray("1 2") << false;
    QTest::newRow("plus sign") << QByteArray("+1") << false;
    QTest::newRow("hex") << QByteArray("0x10") << false;
    QTest::newRow("NaN") << QByteArray("NaN") << false;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << false;
    QTest::newRow("single quotes") << QByteArray("'a'") << false;
    QTest::newRow("raw control character") << QByteArray("\"a\tb\"") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"("\u12")") << false;
    QTest::newRow("unclosed object") << QByteArray(R"({"a": 1)") << false;
    QTest::newRow("key not a string") << QByteArray("{a: 1}") << false;
    QTest::newRow("too deep") << QByteArray(100, '[') + QByteArray(100, ']') << false;
    QTest::newRow("deep enough") << QByteArray(60, '[') + QByteArray(60, ']') << true;
}

void TestMetadataJson::jsonValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(MetadataJson::isJsonValue(text), valid);
}

void TestMetadataJson::fromObjectKeepsKinds()
{
    // A recording's metadata arrives as a QJsonObject: strings stay strings, null stays null (not ""),
    // and every other value becomes RawJson that reads back as the same JSON value.
    const QJsonObject object
        = QJsonDocument::fromJson(R"({"s":"text","e":"","n":null,"i":42,"f":0.5,"b":true,"l":[1,"x"],"o":{"a":1}})")
              .object();
    const Metadata metadata = MetadataJson::fromObject(object);
    QCOMPARE(metadata.size(), 8);
    QCOMPARE(metadata.value(u"s"_s), MetadataValue(u"text"_s));
    QCOMPARE(metadata.value(u"e"_s), MetadataValue(u""_s));
    QCOMPARE(metadata.value(u"n"_s), MetadataValue());
    QCOMPARE(metadata.value(u"i"_s), MetadataValue::rawJson(u"42"_s));
    QCOMPARE(metadata.value(u"f"_s), MetadataValue::rawJson(u"0.5"_s));
    QCOMPARE(metadata.value(u"b"_s), MetadataValue::rawJson(u"true"_s));
    QCOMPARE(metadata.value(u"l"_s), MetadataValue::rawJson(u"[1,\"x\"]"_s));
    QCOMPARE(metadata.value(u"o"_s), MetadataValue::rawJson(u"{\"a\":1}"_s));
    // Written back, it is the same object.
    QCOMPARE(QJsonDocument::fromJson(MetadataJson::write(metadata)).object(), object);
}

QTEST_GUILESS_MAIN(TestMetadataJson)
#include "tst_metadatajson.moc"
