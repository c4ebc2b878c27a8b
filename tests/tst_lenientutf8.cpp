#include "domain/lenientutf8.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLenientUtf8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validTextIsLeftAlone_data();
    void validTextIsLeftAlone();
    void maximalSubpartsReplaced_data();
    void maximalSubpartsReplaced();
    void countInRanges();
};

void TestLenientUtf8::validTextIsLeftAlone_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray(R"({"id": "a"})");
    QTest::newRow("two to four bytes") << u"Zoë — 会議 📬"_s.toUtf8();
    QTest::newRow("U+FFFD as sent") << QByteArray("\xEF\xBF\xBD");
    QTest::newRow("largest code point") << QByteArray("\xF4\x8F\xBF\xBF");
    // Long enough for the SIMD path, with the only multibyte character at the very end.
    QTest::newRow("long") << QByteArray(5000, 'x') + "\xC3\xA9";
}

void TestLenientUtf8::validTextIsLeftAlone()
{
    QFETCH(QByteArray, text);
    QVERIFY(!LenientUtf8::repair(text).has_value());
}

void TestLenientUtf8::maximalSubpartsReplaced_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QList<qsizetype>>("offsets"); // of each U+FFFD in the repaired bytes
    const QString r = u"\uFFFD"_s;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << u"a"_s + r + u"z"_s << QList<qsizetype> {1};
    QTest::newRow("lead without continuation")
        << QByteArray("Caf\xC3 x") << u"Caf"_s + r + u" x"_s << QList<qsizetype> {3};
    QTest::newRow("byte never in UTF-8") << QByteArray("\xFF\xFE") << r + r << QList<qsizetype> {0, 3};
    QTest::newRow("overlong two-byte") << QByteArray("\xC0\xAF") << r + r << QList<qsizetype> {0, 3};
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << r + r + r << QList<qsizetype> {0, 3, 6};
    QTest::newRow("truncated three-byte is one") << QByteArray("\xE2\x82x") << r + u"x"_s << QList<qsizetype> {0};
    QTest::newRow("truncated four-byte at the end")
        << QByteArray("ok\xF0\x9F\x98") << u"ok"_s + r << QList<qsizetype> {2};
    QTest::newRow("surrogate code point") << QByteArray("\xED\xA0\x80") << r + r + r << QList<qsizetype> {0, 3, 6};
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r
                                     << QList<qsizetype> {0, 3, 6, 9};
    QTest::newRow("valid around invalid")
        << QByteArray("\xC3\xA9\xFF\xF0\x9F\x93\xAC") << u"é"_s + r + u"📬"_s << QList<qsizetype> {2};
    QTest::newRow("long text, one bad byte")
        << QByteArray(3000, 'x') + '\x80' + QByteArray(3000, 'y') << QString(3000, u'x') + r + QString(3000, u'y')
        << QList<qsizetype> {3000};
}

void TestLenientUtf8::maximalSubpartsReplaced()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(QList<qsizetype>, offsets);
    const std::optional<LenientUtf8::Repaired> repaired = LenientUtf8::repair(text);
    QVERIFY(repaired.has_value());
    QCOMPARE(repaired->bytes, expected.toUtf8());
    QCOMPARE(repaired->replacements, offsets);
    for (const qsizetype at : offsets)
        QCOMPARE(repaired->bytes.mid(at, 3), QByteArray("\xEF\xBF\xBD"));
    QVERIFY(!LenientUtf8::repair(repaired->bytes).has_value());
}

void TestLenientUtf8::countInRanges()
{
    const QList<qsizetype> at {3, 10, 11, 40};
    QCOMPARE(LenientUtf8::countIn(at, 0, 100), 4);
    QCOMPARE(LenientUtf8::countIn(at, 3, 4), 1);
    QCOMPARE(LenientUtf8::countIn(at, 4, 10), 0); // end excluded
    QCOMPARE(LenientUtf8::countIn(at, 10, 41), 3);
    QCOMPARE(LenientUtf8::countIn({}, 0, 100), 0);
}

QTEST_GUILESS_MAIN(TestLenientUtf8)
#include "tst_lenientutf8.moc"
