// The support bundle: written with libarchive, listed and read back, every entry checked; the key is in
// none of them, even where the caller handed it in (the request log, the artifact, a large file, across
// the boundary of two chunks).
#include "analysis/speakerstats.h"
#include "analysis/supportbundle.h"
#include "analysis/timelineexport.h"
#include "net/requestlog.h"
#include "timelinefixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString fakeKey = u"pi-test-key-7f3a9c1e5b2d4680"_s;

QByteArray pngOf(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray smallTimeline()
{
    return TimelineFixture::handWritten({{0, -1.5, 4}, {2, 5, 9.5}, {1, 10, 12}, {0, 12.5, 20}});
}

// A CSV's rows split on commas (the stats have no quoted fields with commas here).
QList<QList<QByteArray>> csvRows(const QByteArray &csv)
{
    QList<QList<QByteArray>> rows;
    const QList<QByteArray> lines = csv.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            rows.append(line.split(','));
    }
    return rows;
}

} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesAndReadsBack_data();
    void writesAndReadsBack();
    void largeFileStreamedAndScrubbed();
    void keyInTheChartRefused();
    void failureLeavesTheOldFile();
    void listRejectsWhatIsNotAZip();

private:
    SupportBundle::Contents contents() const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestSupportBundle::write(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestSupportBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(u"speaker_timeline.json"_s, smallTimeline());
    // The key inside a downloaded file (it can hold anything a bot was given).
    write(u"participants.json"_s,
        "[{\"id\":100,\"name\":\"Dana Ruiz\",\"extra_data\":{\"note\":\"Token " + fakeKey.toUtf8() + "\"}}]");
    write(u"participant_events.json"_s, "[]");
}

// Everything the app would put in: a request log and an artifact that (wrongly) hold the key.
SupportBundle::Contents TestSupportBundle::contents() const
{
    const auto doc = TimelineFixture::fromJson(smallTimeline());
    SupportBundle::Contents c;
    c.artifactId = u"3f0c6a52-8d7e-4a43-9d68-0a1b2c3d4e5f"_s;
    c.title = u"Weekly sync"_s;
    c.connectionHost = u"us-east-1.recall.ai"_s;
    c.appVersion = u"9.8.7"_s;
    c.made = QDateTime(QDate(2025, 7, 17), QTime(10, 0), Qt::UTC);
    c.chartPng = pngOf(QSize(640, 360));
    c.statsCsv = TimelineExport::statsCsv(doc->timeline(), SpeakerStats(doc->timeline()).compute(0, 10));
    c.statsNote = u"range 0:00:00 to 0:00:10."_s;
    c.segmentsCsv = TimelineExport::segmentsCsv(doc->timeline());
    c.timeline.path = path(u"speaker_timeline.json"_s);
    c.participants.path = path(u"participants.json"_s);
    c.events.bytes = "[]";
    c.artifactJson = "{\"id\":\"x\",\"metadata\":{\"oops\":\"" + fakeKey.toUtf8()
        + "\"},\"data\":{\"participants_download_url\":\"https://s3/p.json?X-Amz-Signature=abc123\"}}";
    c.requestLog = u"2025-07-17T09:59:00.000Z GET us-east-1.recall.ai/api/v1/participant_events/x/ 401 "
                   "(Authorization: Token "_s
        + fakeKey + u") 12 ms attempt 1 40 bytes\n"_s;
    c.secrets = {fakeKey};
    return c;
}

void TestSupportBundle::writesAndReadsBack_data()
{
    QTest::addColumn<bool>("local"); // made from local files: no artifact, no connection, no log
    QTest::addColumn<bool>("withoutEvents");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("artifact") << false << false
                              << QStringList {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s, u"segments.csv"_s,
                                     u"speaker_timeline.json"_s, u"participants.json"_s, u"participant_events.json"_s,
                                     u"artifact.json"_s, u"requests.log"_s};
    QTest::newRow("artifact without events file")
        << false << true
        << QStringList {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s, u"segments.csv"_s,
               u"speaker_timeline.json"_s, u"participants.json"_s, u"artifact.json"_s, u"requests.log"_s};
    QTest::newRow("local files") << true << false
                                 << QStringList {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s,
                                        u"segments.csv"_s, u"speaker_timeline.json"_s, u"participants.json"_s,
                                        u"participant_events.json"_s};
}

void TestSupportBundle::writesAndReadsBack()
{
    QFETCH(bool, local);
    QFETCH(bool, withoutEvents);
    QFETCH(QStringList, names);
    SupportBundle::Contents c = contents();
    if (local) {
        c.artifactId.clear();
        c.connectionHost.clear();
        c.artifactJson.clear();
        c.requestLog.reset();
        c.requestLogNote = u"made on the command line from local files."_s;
    }
    if (withoutEvents) {
        c.events = {};
        c.events.missingNote = u"the download failed (403)."_s;
    }
    const QString zip = path(u"bundle-%1.zip"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QString error;
    QVERIFY2(SupportBundle::write(zip, c, &error), qPrintable(error));
    QVERIFY(!QFile::exists(zip + u".part"_s));

    const auto listed = SupportBundle::list(zip, &error);
    QVERIFY2(listed, qPrintable(error));
    QStringList listedNames;
    for (const SupportBundle::Entry &entry : *listed)
        listedNames.append(entry.name);
    QCOMPARE(listedNames, names);

    const QByteArray key = fakeKey.toUtf8();
    QHash<QString, QByteArray> files;
    for (const SupportBundle::Entry &entry : *listed) {
        const auto bytes = SupportBundle::read(zip, entry.name, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(bytes->size(), entry.size);
        QVERIFY2(!bytes->contains(key), qPrintable(entry.name));
        QVERIFY2(!bytes->contains(key.left(16)), qPrintable(entry.name));
        files.insert(entry.name, *bytes);
    }

    QImage chart;
    QVERIFY(chart.loadFromData(files.value(u"chart.png"_s), "PNG"));
    QCOMPARE(chart.size(), QSize(640, 360));
    const auto stats = csvRows(files.value(u"statistics.csv"_s));
    QCOMPARE(stats.first().value(0), QByteArray("participant_id"));
    QCOMPARE(stats.last().value(0), QByteArray("total"));
    QCOMPARE(stats.size(), 1 + 3 + 1);
    QCOMPARE(files.value(u"statistics.csv"_s), c.statsCsv);
    QCOMPARE(files.value(u"speaker_timeline.json"_s), smallTimeline());
    QVERIFY(files.value(u"participants.json"_s).contains("Token [redacted]"));

    const QString readme = QString::fromUtf8(files.value(u"README.txt"_s));
    QVERIFY(readme.contains(u"Participant Inspector 9.8.7"_s));
    QVERIFY(readme.contains(u"2025-07-17T10:00:00.000Z"_s));
    QVERIFY(readme.contains(u"The API key was left out"_s));
    QVERIFY(readme.contains(u"(640 x 360 pixels)"_s));
    for (const QString &name : std::as_const(names))
        QVERIFY2(readme.contains(name), qPrintable(name));
    if (local) {
        QVERIFY(readme.contains(u"Artifact:   none (made from local files)"_s));
        QVERIFY(readme.contains(u"requests.log: made on the command line from local files."_s));
    } else {
        QVERIFY(readme.contains(u"Artifact:   3f0c6a52-8d7e-4a43-9d68-0a1b2c3d4e5f"_s));
        QVERIFY(readme.contains(u"Connection: us-east-1.recall.ai"_s));
        QVERIFY(readme.contains(u"range 0:00:00 to 0:00:10."_s));
        QVERIFY(files.value(u"requests.log"_s).contains("Token [redacted]"));
        QVERIFY(files.value(u"artifact.json"_s).contains("X-Amz-Signature=[redacted]"));
        QVERIFY(!files.value(u"artifact.json"_s).contains("abc123"));
    }
    if (withoutEvents)
        QVERIFY(readme.contains(u"participant_events.json: the download failed (403)."_s));
    else
        QVERIFY(!readme.contains(u"Not included"_s) || local);
}

void TestSupportBundle::largeFileStreamedAndScrubbed()
{
    // 12 MB with the key split across the first chunk boundary (1 MiB), in the middle and at the end.
    const QByteArray key = fakeKey.toUtf8();
    QByteArray big(12 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 97)
        big[i] = '\n';
    const qsizetype boundary = 1024 * 1024 - 5;
    big.replace(boundary, key.size(), key);
    big.replace(6 * 1024 * 1024, key.size(), key);
    big.replace(big.size() - key.size(), key.size(), key);
    write(u"large.json"_s, big);

    SupportBundle::Contents c = contents();
    c.timeline.path = path(u"large.json"_s);
    const QString zip = path(u"large.zip"_s);
    QString error;
    QVERIFY2(SupportBundle::write(zip, c, &error), qPrintable(error));
    QVERIFY(QFileInfo(zip).size() < big.size() / 10); // deflated
    const auto bytes = SupportBundle::read(zip, u"speaker_timeline.json"_s, &error);
    QVERIFY2(bytes, qPrintable(error));
    QVERIFY(!bytes->contains(key));
    QCOMPARE(bytes->count("[redacted]"), 3);
    QByteArray expected = big;
    expected.replace(key, "[redacted]");
    QCOMPARE(bytes->size(), expected.size());
    QVERIFY(*bytes == expected);
}

void TestSupportBundle::keyInTheChartRefused()
{
    SupportBundle::Contents c = contents();
    c.chartPng += fakeKey.toUtf8(); // a binary entry cannot be scrubbed without breaking it
    const QString zip = path(u"refused.zip"_s);
    QString error;
    QVERIFY(!SupportBundle::write(zip, c, &error));
    QVERIFY(error.contains(u"API key"_s));
    QVERIFY(!QFile::exists(zip));
}

void TestSupportBundle::failureLeavesTheOldFile()
{
    const QString zip = path(u"kept.zip"_s);
    write(u"kept.zip"_s, "old");
    SupportBundle::Contents c = contents();
    c.participants.path = path(u"no-such-file.json"_s);
    QString error;
    QVERIFY(!SupportBundle::write(zip, c, &error));
    QVERIFY2(error.contains(u"no-such-file.json"_s), qPrintable(error));
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    QVERIFY(!SupportBundle::write(path(u"no-such-folder/bundle.zip"_s), contents(), &error));
    QVERIFY(!error.isEmpty());
}

void TestSupportBundle::listRejectsWhatIsNotAZip()
{
    write(u"not-a-zip.zip"_s, "this is not a zip file at all, just text");
    QString error;
    QVERIFY(!SupportBundle::list(path(u"not-a-zip.zip"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SupportBundle::list(path(u"missing.zip"_s), &error));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
