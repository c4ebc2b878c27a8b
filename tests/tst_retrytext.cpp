#include "core/retrytext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRetryText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data();
    void describe();
};

void TestRetryText::describe_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("rateLimited");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");
    QTest::newRow("list page, throttled") << u"/api/v1/participant_events/"_s << 5 << qint64(11200) << true << 6
                                          << u"Waiting for the rate limit: loading page 6, retry 5 in 12 s"_s;
    QTest::newRow("list, page unknown") << u"/api/v1/participant_events/"_s << 1 << qint64(1000) << false << 0
                                        << u"No answer yet: loading the list, retry 1 in 1 s"_s;
    QTest::newRow("one artifact") << u"/api/v1/participant_events/b4c7e2f0-1111-4222-8333-444444444444/"_s << 2
                                  << qint64(3000) << true << 0
                                  << u"Waiting for the rate limit: artifact b4c7e2f0, retry 2 in 3 s"_s;
    QTest::newRow("recording") << u"/api/v1/recording/0635b1a3-1111-4222-8333-444444444444/"_s << 1 << qint64(0)
                               << false << 0 << u"No answer yet: recording 0635b1a3, retry 1 in 0 s"_s;
    QTest::newRow("with the client's note")
        << u"/api/v1/participant_events/ (the server asked to wait 73 years; treated as a broken header)"_s << 3
        << qint64(4000) << true << 2
        << u"Waiting for the rate limit: loading page 2, retry 3 in 4 s (the server asked to wait 73 years; "
           "treated as a broken header)"_s;
    QTest::newRow("another path") << u"/elsewhere"_s << 1 << qint64(1500) << false << 0
                                  << u"No answer yet: a request to /elsewhere, retry 1 in 2 s"_s;
}

void TestRetryText::describe()
{
    QFETCH(QString, what);
    QFETCH(int, attempt);
    QFETCH(qint64, delayMs);
    QFETCH(bool, rateLimited);
    QFETCH(int, page);
    QFETCH(QString, expected);
    QCOMPARE(RetryText::describe(what, attempt, delayMs, {rateLimited, page}), expected);
}

QTEST_GUILESS_MAIN(TestRetryText)
#include "tst_retrytext.moc"
