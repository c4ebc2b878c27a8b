#include "timeline/timelineloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TimelineLoadResult)
Q_DECLARE_METATYPE(TimelineFileKind)

namespace {

QByteArray segment(int id, double start)
{
    return R"({"participant":{"id":)" + QByteArray::number(id) + R"(,"name":"P)" + QByteArray::number(id)
        + R"(","is_host":false,"platform":"desktop","extra_data":null},"start_timestamp":{"absolute":null,"relative":)"
        + QByteArray::number(start) + R"(},"end_timestamp":{"absolute":null,"relative":)"
        + QByteArray::number(start + 0.5) + "}}";
}

QByteArray timeline(int segments)
{
    QByteArray json = "[";
    json.reserve(segments * 200);
    for (int i = 0; i < segments; ++i) {
        if (i)
            json += ',';
        json += segment(100 + i % 7, i);
    }
    return json + ']';
}

const QByteArray participantsJson = R"([{"id":1,"name":"Ana","email":"ana@example.com"},{"id":2,"name":null}])";
const QByteArray eventsJson = R"([{"id":"e1","action":"join","participant":{"id":1,"name":"Ana"},)"
                              R"("timestamp":{"absolute":"2025-07-17T00:00:09Z","relative":0},"data":null},)"
                              R"({"id":"e2","action":"wave","participant":{"id":1,"name":"Ana"},)"
                              R"("timestamp":{"absolute":null,"relative":3},"data":null}])";

class Files
{
public:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // About 60 MB: long enough to cancel or supersede in the middle on any machine.
    QString large()
    {
        if (m_large.isEmpty())
            m_large = write(u"large.json"_s, timeline(300000));
        return m_large;
    }

private:
    QTemporaryDir m_dir;
    QString m_large;
};

TimelineLoadResult waitForResult(QSignalSpy &spy)
{
    if (!spy.wait(60000) && spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<TimelineLoadResult>();
}

} // namespace

class TestTimelineLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsFileInWorker();
    void cancelGivesNothing();
    void secondLoadSupersedesFirst();
    void destroyingMidLoadIsSafe();
    void unreadableFile();
    void truncatedFile();
    void notADownload_data();
    void notADownload();
    void detectKind_data();
    void detectKind();
    void participantsAndEventsFiles();
    void expectedKindMismatch();

private:
    Files m_files;
};

void TestTimelineLoader::initTestCase()
{
    qRegisterMetaType<TimelineLoadResult>();
}

void TestTimelineLoader::loadsFileInWorker()
{
    const QString path = m_files.write(u"timeline.json"_s, timeline(20000));
    TimelineLoader loader;
    QSignalSpy progress(&loader, &TimelineLoader::progress);
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(path);
    QVERIFY(loader.isLoading());
    QVERIFY(finished.isEmpty()); // nothing is delivered synchronously
    const TimelineLoadResult result = waitForResult(finished);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!loader.isLoading());
    QCOMPARE(result.kind, TimelineFileKind::SpeakerTimeline);
    QCOMPARE(result.path, path);
    QCOMPARE(result.bytes, QFileInfo(path).size());
    QVERIFY(result.document);
    QCOMPARE(result.document->timeline().segmentCount(), 20000);
    QCOMPARE(result.document->rowCount(), 7);
    QCOMPARE(result.skipped, 0);
    QList<int> percents;
    for (const QList<QVariant> &args : progress)
        percents.append(args.at(0).toInt());
    QVERIFY2(percents.size() >= 3, qPrintable(QString::number(percents.size())));
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QCOMPARE(percents.last(), 100);
    QCOMPARE(finished.size(), 0);
}

void TestTimelineLoader::cancelGivesNothing()
{
    TimelineLoader loader;
    QSignalSpy progress(&loader, &TimelineLoader::progress);
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(m_files.large());
    QVERIFY(progress.wait(30000));
    loader.cancel();
    QVERIFY(!loader.isLoading());
    const qsizetype progressSeen = progress.size();
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), progressSeen);
}

void TestTimelineLoader::secondLoadSupersedesFirst()
{
    const QString small = m_files.write(u"small.json"_s, timeline(10));
    TimelineLoader loader;
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(m_files.large());
    loader.load(small);
    const TimelineLoadResult result = waitForResult(finished);
    QCOMPARE(result.path, small);
    QCOMPARE(result.document->timeline().segmentCount(), 10);
    QTest::qWait(1500); // the first load would have finished by now: it is never delivered
    QCOMPARE(finished.size(), 0);

    // Supersede while the first one is well under way, too.
    QSignalSpy progress(&loader, &TimelineLoader::progress);
    loader.load(m_files.large());
    QVERIFY(progress.wait(30000));
    loader.load(QByteArray(participantsJson));
    const TimelineLoadResult second = waitForResult(finished);
    QCOMPARE(second.kind, TimelineFileKind::Participants);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
}

void TestTimelineLoader::destroyingMidLoadIsSafe()
{
    bool delivered = false;
    {
        auto *loader = new TimelineLoader;
        QSignalSpy progress(loader, &TimelineLoader::progress);
        connect(loader, &TimelineLoader::finished, this, [&] { delivered = true; });
        loader->load(m_files.large());
        QVERIFY(progress.wait(30000));
        delete loader; // joins the worker
    }
    {
        // Destroyed before the worker even started, with an older load superseded.
        auto *loader = new TimelineLoader;
        connect(loader, &TimelineLoader::finished, this, [&] { delivered = true; });
        loader->load(m_files.large());
        loader->load(timeline(5));
        delete loader;
    }
    QTest::qWait(200);
    QVERIFY(!delivered);
}

void TestTimelineLoader::unreadableFile()
{
    const QString path = u"/nonexistent-dir/timeline.json"_s;
    TimelineLoader loader;
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(path);
    const TimelineLoadResult result = waitForResult(finished);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"Cannot open /nonexistent-dir/timeline.json: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"No such file"_s), qPrintable(result.error));
    QVERIFY(!result.document);

    const std::optional<TimelineLoadResult> directory = TimelineLoading::loadFile(QDir::tempPath());
    QVERIFY(directory && !directory->ok());
    QVERIFY2(directory->error.startsWith(u"Cannot open "_s), qPrintable(directory->error));
}

void TestTimelineLoader::truncatedFile()
{
    const QByteArray json = timeline(50);
    const qsizetype cut = json.indexOf(segment(100 + 40 % 7, 40)) + 30;
    const QString path = m_files.write(u"truncated.json"_s, json.left(cut));
    TimelineLoader loader;
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(path);
    const TimelineLoadResult result = waitForResult(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorOffset, cut);
    QVERIFY2(result.error.startsWith(u"the file ends early: expected "_s), qPrintable(result.error));
    QVERIFY2(result.error.endsWith(u" at byte %1"_s.arg(cut)), qPrintable(result.error));
    // What came before the cut is there to show.
    QVERIFY(result.document);
    QCOMPARE(result.document->timeline().segmentCount(), 40);
}

void TestTimelineLoader::notADownload_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("start");
    QTest::newRow("HTML error page") << QByteArray("\n<!DOCTYPE html><html><body>403 Forbidden</body></html>")
                                     << u"The file is a web page (HTML)"_s;
    QTest::newRow("empty") << QByteArray(" \n") << u"The file is empty."_s;
    QTest::newRow("an object") << QByteArray(R"({"detail":"Not found."})") << u"The file is not a JSON list"_s;
    QTest::newRow("list of numbers") << QByteArray("[1,2,3]") << u"The file is a list, but"_s;
    // Cut short before the first element is whole: no kind can be told, and the message says so.
    QTest::newRow("cut inside the first element")
        << QByteArray(R"([{"participant":{"id":1)") << u"The file ends early at byte 23, before its first element"_s;
    QTest::newRow("cut inside a string") << QByteArray(R"([{"participant":{"na)")
                                         << u"The file ends early at byte 20, before its first element"_s;
    QTest::newRow("only the bracket") << QByteArray("\n[ ") << u"The file ends early at byte 3, before"_s;
}

void TestTimelineLoader::notADownload()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, start);
    const std::optional<TimelineLoadResult> result = TimelineLoading::loadBytes(bytes);
    QVERIFY(result);
    QCOMPARE(result->kind, TimelineFileKind::Unknown);
    QVERIFY2(result->error.startsWith(start), qPrintable(result->error));
}

void TestTimelineLoader::detectKind_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TimelineFileKind>("kind");
    using K = TimelineFileKind;
    QTest::newRow("timeline") << timeline(2) << K::SpeakerTimeline;
    QTest::newRow("timeline, end_timestamp first")
        << QByteArray(R"([{"end_timestamp":null,"participant":{"id":1,"name":"A"},"start_timestamp":{}}])")
        << K::SpeakerTimeline;
    QTest::newRow("timeline, only the first bytes")
        << QByteArray(R"([{"participant":{"id":1,"name":"A","is_host":true},"start_timestamp":{"abs)")
        << K::SpeakerTimeline;
    QTest::newRow("timeline cut inside its participant")
        << QByteArray(R"([{"participant":{"id":1,"name":"A","is_ho)") << K::Unknown;
    QTest::newRow("participants") << participantsJson << K::Participants;
    QTest::newRow("participants, id only") << QByteArray(R"([{"id":4}])") << K::Participants;
    QTest::newRow("participants, cut after the name")
        << QByteArray(R"([{"id":4,"name":"Dana","pla)") << K::Participants;
    QTest::newRow("events") << eventsJson << K::ParticipantEvents;
    QTest::newRow("events, timestamp first")
        << QByteArray(R"([{"timestamp":{"relative":1},"participant":{"id":1},"id":"x"}])") << K::ParticipantEvents;
    QTest::newRow("BOM, whitespace, pretty")
        << "\xEF\xBB\xBF \r\n[\n    {\n        \"action\" : \"join\",\n        \"id\": \"a\"\n    }\n]\n"_ba
        << K::ParticipantEvents;
    QTest::newRow("a key-like text inside a value")
        << QByteArray(R"([{"id":2,"name":"start_timestamp, \"action\""}])") << K::Participants;
    QTest::newRow("nested keys do not count")
        << QByteArray(R"([{"participant":{"action":1,"start_timestamp":2}}])") << K::Unknown;
    QTest::newRow("empty array") << QByteArray(" [ \n ] ") << K::Empty;
    QTest::newRow("empty file") << QByteArray() << K::Unknown;
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << K::Unknown;
    QTest::newRow("HTML error page") << QByteArray("<html><head><title>403</title></head></html>") << K::Unknown;
    QTest::newRow("an object") << QByteArray(R"({"start_timestamp":1})") << K::Unknown;
    QTest::newRow("list of lists") << QByteArray("[[1]]") << K::Unknown;
}

void TestTimelineLoader::detectKind()
{
    QFETCH(QByteArray, head);
    QFETCH(TimelineFileKind, kind);
    QCOMPARE(detectFileKind(head), kind);
}

void TestTimelineLoader::participantsAndEventsFiles()
{
    TimelineLoader loader;
    QSignalSpy finished(&loader, &TimelineLoader::finished);
    loader.load(m_files.write(u"participants.json"_s, participantsJson));
    const TimelineLoadResult participants = waitForResult(finished);
    QVERIFY2(participants.ok(), qPrintable(participants.error));
    QCOMPARE(participants.kind, TimelineFileKind::Participants);
    QVERIFY(participants.participants && !participants.document && !participants.events);
    QCOMPARE(participants.participants->participants.size(), 2);
    QCOMPARE(participants.participants->participants.at(0).name, u"Ana"_s);
    QCOMPARE(participants.participants->details.at(0).email, u"ana@example.com"_s);

    loader.load(m_files.write(u"events.json"_s, eventsJson));
    const TimelineLoadResult events = waitForResult(finished);
    QVERIFY2(events.ok(), qPrintable(events.error));
    QCOMPARE(events.kind, TimelineFileKind::ParticipantEvents);
    QVERIFY(events.events && !events.document && !events.participants);
    QCOMPARE(events.events->events.size(), 2u);
    QCOMPARE(events.events->actionName(events.events->events.at(1)), u"wave"_s);
    QCOMPARE(events.events->eventId(0), u"e1"_s);

    loader.load(m_files.write(u"empty.json"_s, "[]"));
    const TimelineLoadResult empty = waitForResult(finished);
    QVERIFY(empty.ok());
    QCOMPARE(empty.kind, TimelineFileKind::Empty);
    QVERIFY(empty.document);
    QCOMPARE(empty.document->timeline().segmentCount(), 0);
}

void TestTimelineLoader::expectedKindMismatch()
{
    const std::optional<TimelineLoadResult> result = [] {
        TimelineLoading::Options options;
        options.expected = TimelineFileKind::SpeakerTimeline;
        return TimelineLoading::loadBytes(eventsJson, options);
    }();
    QVERIFY(result);
    QCOMPARE(result->kind, TimelineFileKind::ParticipantEvents);
    QCOMPARE(result->error, u"This is a participant events file, not a speaker timeline file."_s);
    QVERIFY(!result->events);
}

QTEST_GUILESS_MAIN(TestTimelineLoader)
#include "tst_timelineloader.moc"
