// The three timeline files' names, links and progress text. No network.
#include "timeline/timelinefile.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAreFixedAndDistinct();
    void linkOfEachFile();
    void percent_data();
    void percent();
    void progressText_data();
    void progressText();
};

void TestTimelineFile::namesAreFixedAndDistinct()
{
    QCOMPARE(TimelineFiles::fileName(TimelineFile::Participants), u"participants.json"_s);
    QCOMPARE(TimelineFiles::fileName(TimelineFile::ParticipantEvents), u"participant_events.json"_s);
    QCOMPARE(TimelineFiles::fileName(TimelineFile::SpeakerTimeline), u"speaker_timeline.json"_s);
    QCOMPARE(TimelineFiles::title(TimelineFile::SpeakerTimeline), u"speaker timeline"_s);
}

void TestTimelineFile::linkOfEachFile()
{
    const DownloadUrls urls {
        QUrl(u"https://files.example/e"_s), QUrl(u"https://files.example/t"_s), QUrl(u"https://files.example/p"_s)};
    QCOMPARE(TimelineFiles::downloadUrl(urls, TimelineFile::ParticipantEvents), urls.participantEvents);
    QCOMPARE(TimelineFiles::downloadUrl(urls, TimelineFile::SpeakerTimeline), urls.speakerTimeline);
    QCOMPARE(TimelineFiles::downloadUrl(urls, TimelineFile::Participants), urls.participants);
}

void TestTimelineFile::percent_data()
{
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("expected");
    QTest::newRow("unknown total") << qint64(500) << qint64(-1) << -1;
    QTest::newRow("nothing yet") << qint64(0) << qint64(1000) << 0;
    QTest::newRow("a third, rounded down") << qint64(1) << qint64(3) << 33;
    QTest::newRow("all") << qint64(1000) << qint64(1000) << 100;
    QTest::newRow("empty file") << qint64(0) << qint64(0) << 100;
    QTest::newRow("more than announced") << qint64(2000) << qint64(1000) << 100;
    QTest::newRow("hundreds of MB") << qint64(350) * 1024 * 1024 << qint64(700) * 1024 * 1024 << 50;
}

void TestTimelineFile::percent()
{
    QFETCH(qint64, received);
    QFETCH(qint64, total);
    QFETCH(int, expected);
    QCOMPARE(TimelineFiles::percent(received, total), expected);
}

void TestTimelineFile::progressText_data()
{
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("expected");
    const QLocale c = QLocale::c();
    QTest::newRow("known total") << qint64(1536) << qint64(4096)
                                 << u"speaker timeline: %1 of %2 (37%)"_s.arg(
                                        c.formattedDataSize(1536), c.formattedDataSize(4096));
    QTest::newRow("unknown total") << qint64(1536) << qint64(-1)
                                   << u"speaker timeline: %1"_s.arg(c.formattedDataSize(1536));
}

void TestTimelineFile::progressText()
{
    QFETCH(qint64, received);
    QFETCH(qint64, total);
    QFETCH(QString, expected);
    QCOMPARE(TimelineFiles::progressText(TimelineFile::SpeakerTimeline, received, total, QLocale::c()), expected);
}

QTEST_GUILESS_MAIN(TestTimelineFile)
#include "tst_timelinefile.moc"
