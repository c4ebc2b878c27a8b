// Reading Retry-After: delta-seconds and the three HTTP date forms, and the ten-minute line between a
// wait and a broken header.
#include "net/retryafter.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;
using Kind = RetryAfter::Kind;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void brokenNoteSaysWhatWasAsked();
    void describeDuration_data();
    void describeDuration();
};

void TestRetryAfter::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<RetryAfter::Kind>("kind");
    QTest::addColumn<qint64>("askedMs");

    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
    QTest::newRow("delta seconds") << QByteArray("120") << now << Kind::Wait << qint64(120000);
    QTest::newRow("zero seconds") << QByteArray("0") << now << Kind::Wait << qint64(0);
    QTest::newRow("surrounding spaces") << QByteArray("  30 \t") << now << Kind::Wait << qint64(30000);
    QTest::newRow("fractional seconds") << QByteArray("1.5") << now << Kind::Wait << qint64(1500);
    QTest::newRow("sub-millisecond rounds up") << QByteArray("0.0001") << now << Kind::Wait << qint64(1);
    QTest::newRow("trailing zero fraction") << QByteArray("2.5000") << now << Kind::Wait << qint64(2500);
    QTest::newRow("IMF-fixdate ahead") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now << Kind::Wait
                                       << qint64(60000);
    QTest::newRow("IMF-fixdate in the past")
        << QByteArray("Wed, 21 Oct 2015 07:20:00 GMT") << now << Kind::Wait << qint64(0);
    QTest::newRow("IMF-fixdate now") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << now << Kind::Wait << qint64(0);

    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << now << Kind::Wait
                                  << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:28:00 2015") << now << Kind::Wait << qint64(60000);
    QTest::newRow("asctime padded day") << QByteArray("Thu Oct  1 07:27:00 2015") << now << Kind::Wait << qint64(0);

    QTest::newRow("ten minutes") << QByteArray("600") << now << Kind::Wait << qint64(600000);
    QTest::newRow("ten minutes, as a date")
        << QByteArray("Wed, 21 Oct 2015 07:37:00 GMT") << now << Kind::Wait << qint64(600000);

    // More than ten minutes is not a wait but a broken header: readable, and what it asked for is kept
    // for the message.
    QTest::newRow("IMF-fixdate next day")
        << QByteArray("Thu, 22 Oct 2015 07:27:00 GMT") << now << Kind::Broken << qint64(86400000);
    QTest::newRow("ten minutes and a second") << QByteArray("601") << now << Kind::Broken << qint64(601000);
    QTest::newRow("a billion seconds") << QByteArray("999999999") << now << Kind::Broken << qint64(999999999000);
    QTest::newRow("a date in 2099") << QByteArray("Thu, 01 Jan 2099 00:00:00 GMT") << now << Kind::Broken
                                    << now.msecsTo(QDateTime(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QTest::newRow("too many digits to count")
        << QByteArray("99999999999999999999") << now << Kind::Broken << std::numeric_limits<qint64>::max();

    QTest::newRow("empty") << QByteArray() << now << Kind::Unreadable << qint64(0);
    QTest::newRow("only spaces") << QByteArray("   ") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("leading plus") << QByteArray("+5") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("word") << QByteArray("soon") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("number with unit") << QByteArray("10s") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("exponent") << QByteArray("1e3") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("dot without fraction") << QByteArray("5.") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("two numbers") << QByteArray("5 6") << now << Kind::Unreadable << qint64(0);
    QTest::newRow("date without zone") << QByteArray("Wed, 21 Oct 2015 07:28:00") << now << Kind::Unreadable
                                       << qint64(0);
    QTest::newRow("date with bad day") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << now << Kind::Unreadable
                                       << qint64(0);
    QTest::newRow("date with bad month") << QByteArray("Wed, 21 Okt 2015 07:28:00 GMT") << now << Kind::Unreadable
                                         << qint64(0);
    QTest::newRow("date with bad time") << QByteArray("Wed, 21 Oct 2015 25:28:00 GMT") << now << Kind::Unreadable
                                        << qint64(0);
    QTest::newRow("ISO 8601 instead of HTTP date")
        << QByteArray("2015-10-21T07:28:00Z") << now << Kind::Unreadable << qint64(0);
}

void TestRetryAfter::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(RetryAfter::Kind, kind);
    QFETCH(qint64, askedMs);

    const RetryAfter retryAfter = RetryAfter::parse(value, now);
    QCOMPARE(retryAfter.kind, kind);
    if (kind != Kind::Unreadable)
        QCOMPARE(retryAfter.askedMs, askedMs);
    // Only a sane wait is ever honoured.
    QCOMPARE(retryAfter.waitMs().has_value(), kind == Kind::Wait);
    if (retryAfter.waitMs())
        QVERIFY(*retryAfter.waitMs() <= RetryAfter::maxWaitMs);
    QCOMPARE(retryAfter.brokenNote().isEmpty(), kind != Kind::Broken);
}

void TestRetryAfter::brokenNoteSaysWhatWasAsked()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    const RetryAfter retryAfter = RetryAfter::parse("Thu, 01 Jan 2099 00:00:00 GMT", now);
    QCOMPARE(retryAfter.kind, Kind::Broken);
    // Plural forms come from the translation (English included), so an untranslated test reads "year(s)".
    QVERIFY2(
        retryAfter.brokenNote().startsWith(u"the server asked to wait 73 year"_s), qPrintable(retryAfter.brokenNote()));
    QVERIFY(retryAfter.brokenNote().endsWith(u"; treated as a broken header"_s));
}

void TestRetryAfter::describeDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("start");
    constexpr qint64 minute = 60 * 1000;
    QTest::newRow("eleven minutes") << 11 * minute << u"11 minute"_s;
    QTest::newRow("three hours and a bit") << 3 * 60 * minute + 29 * minute << u"3 hour"_s;
    QTest::newRow("nearly four hours") << 3 * 60 * minute + 31 * minute << u"4 hour"_s;
    QTest::newRow("twelve days") << 12 * 24 * 60 * minute << u"12 day"_s;
    QTest::newRow("a billion seconds") << qint64(999999999000) << u"32 year"_s; // 31.7
    QTest::newRow("saturated") << std::numeric_limits<qint64>::max() << u"292271023 year"_s;
}

void TestRetryAfter::describeDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, start);
    const QString text = RetryAfter::describeDuration(ms);
    QVERIFY2(text.startsWith(start), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
