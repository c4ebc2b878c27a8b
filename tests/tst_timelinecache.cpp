// The timeline cache on disk: what a key finds, what it never finds, where hostile ids end up, and
// what storing a newer version, the size and clearing do. No network.
#include "timeline/timelinecache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString artifactA = u"0b4f9a52-2d7e-4c55-9a57-1a4c2d9e0f01"_s;
const QString artifactB = u"7c1e3d88-51f0-4a3b-8f6e-2b7d9c4e5a02"_s;

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

TimelineCache::Key key(const QString &connection = u"profile-1"_s, const QString &artifact = artifactA,
    const QString &updatedAt = u"2025-07-17T00:10:00.123Z"_s)
{
    return {connection, artifact, updatedAt.isEmpty() ? QDateTime() : at(updatedAt)};
}

// Writes bytes where the cache says the file lives, as a finished download would.
bool store(const TimelineCache &cache, const TimelineCache::Key &k, TimelineFile file, const QByteArray &bytes)
{
    if (!cache.makeFolder(k))
        return false;
    QFile out(cache.path(k, file));
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace

class TestTimelineCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void defaultRootIsInTheCacheFolder();
    void sameKeyHits();
    void otherKeysMiss_data();
    void otherKeysMiss();
    void eachFileHasItsOwnPath();
    void keyWithoutUpdatedAtNeverHits();
    void invalidKeyHasNoPath();
    void hostileNamesStayInsideTheRoot_data();
    void hostileNamesStayInsideTheRoot();
    void storingANewerVersionRemovesOlderOnes();
    void storingAnOlderVersionKeepsNewerOnes();
    void versionsOfOtherArtifactsAndConnectionsStay();
    void sizeCountsEveryFile();
    void clearEmptiesTheRoot();
    void clearOfAMissingRootSucceeds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimelineCache> m_cache;
};

void TestTimelineCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<TimelineCache>(m_dir->filePath(u"timelines"_s));
}

void TestTimelineCache::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestTimelineCache::defaultRootIsInTheCacheFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const TimelineCache cache;
    QCOMPARE(cache.root(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/timelines"_s);
}

void TestTimelineCache::sameKeyHits()
{
    QVERIFY(!m_cache->has(key(), TimelineFile::SpeakerTimeline));
    QVERIFY(store(*m_cache, key(), TimelineFile::SpeakerTimeline, "[]"));
    QVERIFY(m_cache->has(key(), TimelineFile::SpeakerTimeline));
    // The same instant written in another zone is the same version.
    QVERIFY(m_cache->has(
        key(u"profile-1"_s, artifactA, u"2025-07-17T02:10:00.123+02:00"_s), TimelineFile::SpeakerTimeline));
    QVERIFY(!m_cache->has(key(), TimelineFile::Participants));
    QVERIFY(m_cache->path(key(), TimelineFile::SpeakerTimeline).startsWith(m_cache->root() + u'/'));
}

void TestTimelineCache::otherKeysMiss_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("artifact");
    QTest::addColumn<QString>("updatedAt");
    QTest::newRow("other updated_at") << u"profile-1"_s << artifactA << u"2025-07-17T00:10:00.124Z"_s;
    QTest::newRow("other connection") << u"profile-2"_s << artifactA << u"2025-07-17T00:10:00.123Z"_s;
    QTest::newRow("other artifact") << u"profile-1"_s << artifactB << u"2025-07-17T00:10:00.123Z"_s;
    QTest::newRow("connection differing in case") << u"Profile-1"_s << artifactA << u"2025-07-17T00:10:00.123Z"_s;
}

void TestTimelineCache::otherKeysMiss()
{
    QFETCH(QString, connection);
    QFETCH(QString, artifact);
    QFETCH(QString, updatedAt);
    QVERIFY(store(*m_cache, key(), TimelineFile::SpeakerTimeline, "[]"));
    const TimelineCache::Key other = key(connection, artifact, updatedAt);
    QVERIFY(!m_cache->has(other, TimelineFile::SpeakerTimeline));
    QVERIFY(m_cache->path(other, TimelineFile::SpeakerTimeline) != m_cache->path(key(), TimelineFile::SpeakerTimeline));
}

void TestTimelineCache::eachFileHasItsOwnPath()
{
    QSet<QString> paths;
    for (const TimelineFile file : allTimelineFiles)
        paths.insert(m_cache->path(key(), file));
    QCOMPARE(paths.size(), 3);
    QVERIFY(m_cache->path(key(), TimelineFile::SpeakerTimeline).endsWith(u"/speaker_timeline.json"_s));
}

void TestTimelineCache::keyWithoutUpdatedAtNeverHits()
{
    // Without updated_at, the file on disk may be of any version: it is downloaded again each time.
    const TimelineCache::Key unversioned = key(u"profile-1"_s, artifactA, QString());
    QVERIFY(unversioned.isValid());
    QVERIFY(store(*m_cache, unversioned, TimelineFile::Participants, "[]"));
    QVERIFY(QFile::exists(m_cache->path(unversioned, TimelineFile::Participants)));
    QVERIFY(!m_cache->has(unversioned, TimelineFile::Participants));
}

void TestTimelineCache::invalidKeyHasNoPath()
{
    for (const TimelineCache::Key &k : {key(QString()), key(u"profile-1"_s, QString())}) {
        QVERIFY(!k.isValid());
        QVERIFY(m_cache->path(k, TimelineFile::Participants).isEmpty());
        QVERIFY(!m_cache->has(k, TimelineFile::Participants));
        QString why;
        QVERIFY(!m_cache->makeFolder(k, &why));
        QVERIFY(!why.isEmpty());
    }
}

void TestTimelineCache::hostileNamesStayInsideTheRoot_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("artifact");
    QTest::newRow("artifact ../x") << u"profile-1"_s << u"../x"_s;
    QTest::newRow("artifact ../../../etc") << u"profile-1"_s << u"../../../etc"_s;
    QTest::newRow("artifact absolute") << u"profile-1"_s << u"/tmp/evil"_s;
    QTest::newRow("artifact ..") << u"profile-1"_s << u".."_s;
    QTest::newRow("artifact backslashes") << u"profile-1"_s << u"..\\..\\x"_s;
    QTest::newRow("artifact upper-case uuid") << u"profile-1"_s << artifactA.toUpper();
    QTest::newRow("connection ../x") << u"../x"_s << artifactA;
    QTest::newRow("connection with slash and NUL") << (u"a/b"_s + QChar(0) + u"c"_s) << artifactA;
    QTest::newRow("connection that looks like a URL") << u"https://us-east-1.recall.ai/?token=secret"_s << artifactA;
}

void TestTimelineCache::hostileNamesStayInsideTheRoot()
{
    QFETCH(QString, connection);
    QFETCH(QString, artifact);
    const TimelineCache::Key k = key(connection, artifact);
    for (const TimelineFile file : allTimelineFiles) {
        const QString path = m_cache->path(k, file);
        QCOMPARE(QDir::cleanPath(path), path);
        QVERIFY2(path.startsWith(m_cache->root() + u'/'), qPrintable(path));
        // Four levels below the root: connection, artifact, version, file; no name holds the raw text.
        const QStringList parts = path.mid(m_cache->root().size() + 1).split(u'/');
        QCOMPARE(parts.size(), 4);
        for (const QString &part : parts) {
            QVERIFY(part != u".."_s && part != u"."_s);
            QVERIFY(!part.contains(u'\\'));
        }
        QVERIFY(!path.contains(u"secret"_s));
    }
    QVERIFY(store(*m_cache, k, TimelineFile::Participants, "[]"));
    QVERIFY(m_cache->has(k, TimelineFile::Participants));
    const QStringList files = filesUnder(m_dir->path());
    QCOMPARE(files.size(), 1);
    QVERIFY(files.constFirst().startsWith(m_cache->root() + u'/'));
    // A plain id differing only in case must not share the folder on a case-insensitive file system.
    if (artifact == artifactA.toUpper())
        QVERIFY(m_cache->path(k, TimelineFile::Participants) != m_cache->path(key(), TimelineFile::Participants));
}

void TestTimelineCache::storingANewerVersionRemovesOlderOnes()
{
    const TimelineCache::Key old1 = key(u"profile-1"_s, artifactA, u"2025-07-17T00:10:00.000Z"_s);
    const TimelineCache::Key old2 = key(u"profile-1"_s, artifactA, u"2025-07-17T09:00:00.000Z"_s);
    const TimelineCache::Key unversioned = key(u"profile-1"_s, artifactA, QString());
    const TimelineCache::Key fresh = key(u"profile-1"_s, artifactA, u"2025-07-18T00:00:00.000Z"_s);
    for (const TimelineCache::Key &k : {old1, old2, unversioned}) {
        for (const TimelineFile file : allTimelineFiles)
            QVERIFY(store(*m_cache, k, file, "[1]"));
    }
    QVERIFY(store(*m_cache, fresh, TimelineFile::SpeakerTimeline, "[2]"));
    m_cache->removeOlderVersions(fresh);
    for (const TimelineFile file : allTimelineFiles) {
        QVERIFY(!m_cache->has(old1, file));
        QVERIFY(!m_cache->has(old2, file));
        QVERIFY(!QFile::exists(m_cache->path(unversioned, file)));
    }
    QVERIFY(m_cache->has(fresh, TimelineFile::SpeakerTimeline));
    QCOMPARE(filesUnder(m_cache->root()).size(), 1);
}

void TestTimelineCache::storingAnOlderVersionKeepsNewerOnes()
{
    // A stale copy of the artifact (an old list row) must not throw away fresher files.
    const TimelineCache::Key older = key(u"profile-1"_s, artifactA, u"2025-07-17T00:10:00.000Z"_s);
    const TimelineCache::Key newer = key(u"profile-1"_s, artifactA, u"2025-07-18T00:00:00.000Z"_s);
    QVERIFY(store(*m_cache, newer, TimelineFile::Participants, "[2]"));
    QVERIFY(store(*m_cache, older, TimelineFile::Participants, "[1]"));
    m_cache->removeOlderVersions(older);
    QVERIFY(m_cache->has(newer, TimelineFile::Participants));
    QVERIFY(m_cache->has(older, TimelineFile::Participants));
}

void TestTimelineCache::versionsOfOtherArtifactsAndConnectionsStay()
{
    const TimelineCache::Key otherArtifact = key(u"profile-1"_s, artifactB, u"2025-07-01T00:00:00.000Z"_s);
    const TimelineCache::Key otherConnection = key(u"profile-2"_s, artifactA, u"2025-07-01T00:00:00.000Z"_s);
    QVERIFY(store(*m_cache, otherArtifact, TimelineFile::Participants, "[]"));
    QVERIFY(store(*m_cache, otherConnection, TimelineFile::Participants, "[]"));
    QVERIFY(store(*m_cache, key(), TimelineFile::Participants, "[]"));
    m_cache->removeOlderVersions(key());
    QVERIFY(m_cache->has(otherArtifact, TimelineFile::Participants));
    QVERIFY(m_cache->has(otherConnection, TimelineFile::Participants));
    QVERIFY(m_cache->has(key(), TimelineFile::Participants));
}

void TestTimelineCache::sizeCountsEveryFile()
{
    QCOMPARE(m_cache->sizeBytes(), 0); // no root yet
    QVERIFY(store(*m_cache, key(), TimelineFile::Participants, QByteArray(1000, 'a')));
    QVERIFY(store(*m_cache, key(), TimelineFile::SpeakerTimeline, QByteArray(234, 'b')));
    QVERIFY(store(*m_cache, key(u"profile-2"_s), TimelineFile::ParticipantEvents, QByteArray(66, 'c')));
    QCOMPARE(m_cache->sizeBytes(), 1300);
}

void TestTimelineCache::clearEmptiesTheRoot()
{
    QVERIFY(store(*m_cache, key(), TimelineFile::Participants, QByteArray(1000, 'a')));
    QVERIFY(store(*m_cache, key(u"profile-2"_s, artifactB), TimelineFile::SpeakerTimeline, "[]"));
    // A download's temporary file (QSaveFile's) goes as well.
    QFile partial(QFileInfo(m_cache->path(key(), TimelineFile::SpeakerTimeline)).dir().filePath(u".part"_s));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.close();
    QString why;
    QVERIFY2(m_cache->clear(&why), qPrintable(why));
    QCOMPARE(m_cache->sizeBytes(), 0);
    QVERIFY(QDir(m_cache->root()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(!m_cache->has(key(), TimelineFile::Participants));
    // Usable again right away.
    QVERIFY(store(*m_cache, key(), TimelineFile::Participants, "[]"));
    QVERIFY(m_cache->has(key(), TimelineFile::Participants));
}

void TestTimelineCache::clearOfAMissingRootSucceeds()
{
    QString why;
    QVERIFY(m_cache->clear(&why));
    QVERIFY(why.isEmpty());
}

QTEST_GUILESS_MAIN(TestTimelineCache)
#include "tst_timelinecache.moc"
