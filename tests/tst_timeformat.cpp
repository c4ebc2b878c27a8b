#include "core/timeformat.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestTimeFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relative_data();
    void relative();
    void utcAndLocal();
    void compact_data();
    void compact();
};

void TestTimeFormat::relative_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("44 s") << qint64(44) << u"just now"_s;
    QTest::newRow("50 s rounds to a minute") << qint64(50) << u"1 min ago"_s;
    QTest::newRow("3 min") << qint64(180) << u"3 min ago"_s;
    QTest::newRow("59 min") << qint64(59 * 60) << u"59 min ago"_s;
    QTest::newRow("2 h") << qint64(2 * 3600 + 100) << u"2 h ago"_s;
    QTest::newRow("1 day") << qint64(86400) << u"1 day(s) ago"_s;
    QTest::newRow("12 days") << qint64(12 * 86400) << u"12 day(s) ago"_s;
    QTest::newRow("4 months") << qint64(125 * 86400) << u"4 month(s) ago"_s;
    QTest::newRow("2 years") << qint64(800 * 86400) << u"2 year(s) ago"_s;
    QTest::newRow("future") << qint64(-300) << u"in 5 min"_s;
}

void TestTimeFormat::relative()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    QCOMPARE(TimeFormat::relative(now.addSecs(-secondsAgo), now), expected);
}

void TestTimeFormat::utcAndLocal()
{
    const QDateTime t(QDate(2025, 7, 16), QTime(21, 17, 5, 120), Qt::UTC);
    QCOMPARE(TimeFormat::utc(t), u"2025-07-16T21:17:05.120Z"_s);
    QCOMPARE(TimeFormat::utc(t.toOffsetFromUtc(7200)), u"2025-07-16T21:17:05.120Z"_s);
    QCOMPARE(TimeFormat::local(t), t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QVERIFY(TimeFormat::localWithRelative(t, t.addSecs(180)).endsWith(u"(3 min ago)"_s));
    QVERIFY(TimeFormat::relative({}, t).isEmpty());
    QVERIFY(TimeFormat::local({}).isEmpty());
}

void TestTimeFormat::compact_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<bool>("relative");
    QTest::newRow("just now") << qint64(10) << true;
    QTest::newRow("5 h") << qint64(5 * 3600) << true;
    QTest::newRow("23 h") << qint64(23 * 3600) << true;
    QTest::newRow("a day") << qint64(86400) << false;
    QTest::newRow("a year") << qint64(400 * 86400) << false;
    QTest::newRow("in 2 h") << qint64(-2 * 3600) << true;
}

void TestTimeFormat::compact()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(bool, relative);
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    const QDateTime time = now.addSecs(-secondsAgo);
    const QString text = TimeFormat::compact(time, now);
    QCOMPARE(text, relative ? TimeFormat::relative(time, now) : time.toLocalTime().toString(u"yyyy-MM-dd"_s));
    QVERIFY(text.size() <= 12);
    QVERIFY(TimeFormat::compact({}, now).isEmpty());
    QCOMPARE(TimeFormat::full(time, now), TimeFormat::localWithRelative(time, now) + u'\n' + TimeFormat::utc(time));
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
