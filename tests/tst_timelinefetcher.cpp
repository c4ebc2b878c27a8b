// The timeline's three files fetched from the demo server over loopback: progress, the cache, the
// download host never seeing the API key, expired links refreshed by one Retrieve, and a fetch that
// ends early (cancel, a connection switch, the fetcher or the client going away).
#include "clientfixture.h"
#include "domain/artifactparser.h"
#include "timeline/timelinefetcher.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString kindOf(TimelineFile file)
{
    return TimelineFiles::fileName(file).chopped(5); // "speaker_timeline.json" -> "speaker_timeline"
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

// A negative lifetime makes the demo server hand out links that expired before they were signed: the
// download host answers 403 (demodownloads.cpp compares the clock with the link's expiry).
constexpr qint64 expiredAtBirthMs = -1000;

int retrievesOf(const DemoServer &server, const QString &id)
{
    int count = 0;
    const auto requests = recordedRequests(server, "GET");
    for (const auto &request : requests) {
        if (request.path == u"/api/v1/participant_events/%1/"_s.arg(id))
            ++count;
    }
    return count;
}

// Everything one fetcher said, in order.
struct Events
{
    struct Ready
    {
        TimelineFile file;
        QString path;
        bool fromCache = false;
    };
    QList<Ready> ready;
    QList<QPair<TimelineFile, QString>> failures;
    QMap<TimelineFile, QPair<qint64, qint64>> lastProgress;
    int progressCount = 0;
    int refreshed = 0;
    int finished = 0;

    void listen(TimelineFetcher *fetcher)
    {
        QObject::connect(fetcher, &TimelineFetcher::fileReady, fetcher,
            [this](TimelineFile file, const QString &path, bool fromCache) {
                ready.append({file, path, fromCache});
            });
        QObject::connect(fetcher, &TimelineFetcher::failed, fetcher, [this](TimelineFile file, const QString &message) {
            failures.append({file, message});
        });
        QObject::connect(
            fetcher, &TimelineFetcher::progress, fetcher, [this](TimelineFile file, qint64 received, qint64 total) {
                ++progressCount;
                lastProgress.insert(file, {received, total});
            });
        QObject::connect(fetcher, &TimelineFetcher::artifactRefreshed, fetcher, [this] { ++refreshed; });
        QObject::connect(fetcher, &TimelineFetcher::finished, fetcher, [this] { ++finished; });
    }
    int signalCount() const { return int(ready.size() + failures.size()) + progressCount + refreshed + finished; }
    QString failureText() const
    {
        QStringList out;
        for (const auto &[file, message] : failures)
            out.append(message);
        return out.join(u'\n');
    }
};

} // namespace

class TestTimelineFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void downloadsAllThreeWithProgress();
    void secondFetchComesFromCache();
    void downloadHostNeverSeesTheKey();
    void expiredLinkRefreshedByOneRetrieve();
    void refreshThatFindsANewVersionChangesTheKey();
    void linkThatKeepsExpiringFailsClearly();
    void refreshThatFailsSaysWhy();
    void artifactNotDoneFails_data();
    void artifactNotDoneFails();
    void missingLinkFails();
    void otherErrorsNameTheFile();
    void cachedFilesNeedNoClient();
    void cancelStopsEverySignal();
    void cancelDuringADownload();
    void newFetchReplacesTheRunningOne();
    void destroyedMidDownload();
    void connectionSwitchMidDownload();
    void clientDestroyedMidFetch();
    void cacheClearedMidDownloadStillDelivers();

private:
    Artifact artifactWithStatus(const QString &code) const;
    void fetchAndWait(TimelineFetcher &fetcher, Events &events, const Artifact &artifact,
        const QList<TimelineFile> &files = {allTimelineFiles.cbegin(), allTimelineFiles.cend()});

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimelineCache> m_cache;
    std::unique_ptr<ManualClock> m_serverClock;
};

void TestTimelineFetcher::init()
{
    cleanup();
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<TimelineCache>(m_dir->filePath(u"timelines"_s));
}

void TestTimelineFetcher::cleanup()
{
    if (m_server)
        m_server->setClock(m_clock.get());
    m_serverClock.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
    m_cache.reset();
    m_dir.reset();
}

Artifact TestTimelineFetcher::artifactWithStatus(const QString &code) const
{
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        const QJsonObject json = m_server->artifactJson(id);
        if (json.value("status"_L1).toObject().value("code"_L1).toString() == code) {
            const Result<Artifact> artifact = ArtifactParser::artifactFromJson(json);
            return artifact ? artifact.value() : Artifact();
        }
    }
    return {};
}

void TestTimelineFetcher::fetchAndWait(
    TimelineFetcher &fetcher, Events &events, const Artifact &artifact, const QList<TimelineFile> &files)
{
    fetcher.fetch(u"profile-1"_s, artifact, files);
    QVERIFY(fetcher.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(events.finished, 1, 20000);
    QVERIFY(!fetcher.isBusy());
}

void TestTimelineFetcher::downloadsAllThreeWithProgress()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetcher.fetch(u"profile-1"_s, artifact);
    QCOMPARE(events.signalCount(), 0); // answers come from the event loop
    QTRY_COMPARE_WITH_TIMEOUT(events.finished, 1, 20000);

    QVERIFY2(events.failures.isEmpty(), qPrintable(events.failureText()));
    QCOMPARE(events.ready.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto &ready = events.ready.at(i);
        QCOMPARE(ready.file, allTimelineFiles.at(std::size_t(i))); // in the order asked
        QVERIFY(!ready.fromCache);
        QCOMPARE(ready.path, m_cache->path(TimelineCache::keyFor(u"profile-1"_s, artifact), ready.file));
        const QByteArray expected = m_server->downloadFileContents(artifact.id, kindOf(ready.file));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readAll(ready.path), expected);
        QVERIFY(m_cache->has(fetcher.key(), ready.file));
        // The last progress of each file is all of it; the total is its size, or unknown.
        const auto [received, total] = events.lastProgress.value(ready.file, {-2, -2});
        QCOMPARE(received, expected.size());
        QVERIFY(total == expected.size() || total == -1);
    }
    QCOMPARE(m_server->downloadRequests().size(), 3);
    QCOMPARE(m_cache->sizeBytes(),
        readAll(events.ready.at(0).path).size() + readAll(events.ready.at(1).path).size()
            + readAll(events.ready.at(2).path).size());
    QCOMPARE(m_client->requestsInFlight(), 0);
}

void TestTimelineFetcher::secondFetchComesFromCache()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events first;
    first.listen(&fetcher);
    fetchAndWait(fetcher, first, artifact);
    QCOMPARE(first.ready.size(), 3);

    m_server->clearRecordedRequests();
    TimelineFetcher again(m_client.get(), m_cache.get());
    Events second;
    second.listen(&again);
    fetchAndWait(again, second, artifact, {TimelineFile::SpeakerTimeline, TimelineFile::Participants});
    QCOMPARE(second.ready.size(), 2);
    for (const auto &ready : std::as_const(second.ready)) {
        QVERIFY(ready.fromCache);
        QCOMPARE(ready.path, m_cache->path(TimelineCache::keyFor(u"profile-1"_s, artifact), ready.file));
    }
    QCOMPARE(second.ready.at(0).file, TimelineFile::SpeakerTimeline);
    QCOMPARE(second.progressCount, 0);
    QVERIFY(m_server->downloadRequests().isEmpty());
    QVERIFY(m_server->apiRequests().isEmpty());

    // Another connection's copy of the same artifact is not this one's.
    Events other;
    other.listen(&again);
    again.fetch(u"profile-2"_s, artifact, {TimelineFile::Participants});
    QTRY_COMPARE(other.finished, 1);
    QCOMPARE(other.ready.size(), 1);
    QVERIFY(!other.ready.constFirst().fromCache);
    QCOMPARE(m_server->downloadRequests().size(), 1);
}

void TestTimelineFetcher::downloadHostNeverSeesTheKey()
{
    // Through a refresh too: the Retrieve carries the key, the downloads before and after it never do.
    m_server->setDownloadLinkLifetimeMs(expiredAtBirthMs);
    const Artifact stale = artifactWithStatus(u"done"_s);
    m_server->setDownloadLinkLifetimeMs(3600 * 1000);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, stale);
    QVERIFY2(events.failures.isEmpty(), qPrintable(events.failureText()));
    QCOMPARE(events.ready.size(), 3);

    const QByteArray key = m_server->token().toUtf8();
    const auto downloads = m_server->downloadRequests();
    QCOMPARE(downloads.size(), 4);
    for (const auto &request : downloads) {
        for (const auto &[name, value] : request.headers) {
            QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, "a download carried Authorization");
            QVERIFY2(!value.contains(key), "the API key reached the download host");
        }
        QVERIFY(!request.query.toString().contains(m_server->token()));
    }
    QCOMPARE(retrievesOf(*m_server, stale.id), 1);

    // Nor is the key or a signed link kept in the cache, in a name or in a file.
    const QStringList files = filesUnder(m_cache->root());
    QCOMPARE(files.size(), 3);
    for (const QString &path : files) {
        QVERIFY(!path.contains(m_server->token()));
        QVERIFY(!path.contains(u"signature"_s));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.contains(key));
        QVERIFY(!bytes.contains("signature="));
        QVERIFY(!bytes.contains(m_server->downloadBaseUrl().toEncoded()));
    }
}

void TestTimelineFetcher::expiredLinkRefreshedByOneRetrieve()
{
    m_serverClock = std::make_unique<ManualClock>();
    m_server->setClock(m_serverClock.get());
    m_server->setDownloadLinkLifetimeMs(60 * 1000);
    const Artifact artifact = artifactWithStatus(u"done"_s);
    m_serverClock->advance(61 * 1000); // every link of the artifact has expired
    m_server->clearRecordedRequests();

    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact);
    QVERIFY2(events.failures.isEmpty(), qPrintable(events.failureText()));
    QCOMPARE(events.ready.size(), 3);
    QCOMPARE(events.refreshed, 1);
    // One Retrieve brought fresh links for all three files.
    QCOMPARE(retrievesOf(*m_server, artifact.id), 1);
    QCOMPARE(m_server->apiRequests().size(), 1);
    QCOMPARE(m_server->downloadRequests().size(), 4); // the expired one, then three fresh ones
    // updated_at did not change: same key, same place.
    QCOMPARE(fetcher.key(), TimelineCache::keyFor(u"profile-1"_s, artifact));
    for (const auto &ready : std::as_const(events.ready)) {
        QVERIFY(!ready.fromCache);
        QCOMPARE(readAll(ready.path), m_server->downloadFileContents(artifact.id, kindOf(ready.file)));
    }
    QVERIFY(fetcher.artifact().downloads != artifact.downloads);
}

void TestTimelineFetcher::refreshThatFindsANewVersionChangesTheKey()
{
    m_serverClock = std::make_unique<ManualClock>();
    m_server->setClock(m_serverClock.get());
    m_server->setDownloadLinkLifetimeMs(60 * 1000);
    const Artifact artifact = artifactWithStatus(u"done"_s);
    const TimelineCache::Key oldKey = TimelineCache::keyFor(u"profile-1"_s, artifact);

    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    // Once the first file is in, the artifact changes on the server (reprocessed: a new updated_at)
    // and the links expire.
    connect(&fetcher, &TimelineFetcher::fileReady, this, [&] {
        if (events.ready.size() == 1) {
            m_serverClock->advance(3600 * 1000);
            QVERIFY(m_server->setArtifactStatus(artifact.id, u"done"_s));
        }
    });
    fetchAndWait(fetcher, events, artifact);
    QVERIFY2(events.failures.isEmpty(), qPrintable(events.failureText()));
    QCOMPARE(events.refreshed, 1);
    QCOMPARE(retrievesOf(*m_server, artifact.id), 1);

    const TimelineCache::Key newKey = fetcher.key();
    QVERIFY(newKey != oldKey);
    QCOMPARE(newKey.updatedAt, fetcher.artifact().status.updatedAt);
    QVERIFY(newKey.updatedAt > oldKey.updatedAt);
    // Participants came under the old key, then again under the new one, after the others.
    QCOMPARE(events.ready.size(), 4);
    QCOMPARE(events.ready.at(0).file, TimelineFile::Participants);
    QCOMPARE(events.ready.at(0).path, m_cache->path(oldKey, TimelineFile::Participants));
    QCOMPARE(events.ready.at(3).file, TimelineFile::Participants);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(events.ready.at(i).path, m_cache->path(newKey, events.ready.at(i).file));
    // The older version is gone from the cache; all three files of the new one are there.
    for (const TimelineFile file : allTimelineFiles) {
        QVERIFY(m_cache->has(newKey, file));
        QVERIFY(!m_cache->has(oldKey, file));
    }
    QCOMPARE(filesUnder(m_cache->root()).size(), 3);
}

void TestTimelineFetcher::linkThatKeepsExpiringFailsClearly()
{
    // Every link the server hands out has already expired, the fresh one as well.
    m_server->setDownloadLinkLifetimeMs(expiredAtBirthMs);
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact, {TimelineFile::SpeakerTimeline});
    QCOMPARE(events.ready.size(), 0);
    QCOMPARE(events.failures.size(), 1);
    QCOMPARE(events.failures.constFirst().first, TimelineFile::SpeakerTimeline);
    const QString message = events.failures.constFirst().second;
    QVERIFY2(message.contains(u"speaker timeline"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the download link expired and a fresh one failed too: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"403"_s), qPrintable(message));
    QCOMPARE(retrievesOf(*m_server, artifact.id), 1);
    QCOMPARE(m_server->downloadRequests().size(), 2);
    QVERIFY(filesUnder(m_cache->root()).isEmpty());
}

void TestTimelineFetcher::refreshThatFailsSaysWhy()
{
    m_server->setDownloadLinkLifetimeMs(expiredAtBirthMs);
    const Artifact artifact = artifactWithStatus(u"done"_s);
    m_server->purgeArtifact(artifact.id); // Retrieve now answers 404
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact, {TimelineFile::Participants});
    QCOMPARE(events.failures.size(), 1);
    const QString message = events.failures.constFirst().second;
    QVERIFY2(
        message.contains(u"the download link expired and a fresh one could not be fetched"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Not found."_s), qPrintable(message));
    QCOMPARE(events.refreshed, 0);
}

void TestTimelineFetcher::artifactNotDoneFails_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("processing") << u"processing"_s;
    QTest::newRow("failed") << u"failed"_s;
    QTest::newRow("deleted") << u"deleted"_s;
}

void TestTimelineFetcher::artifactNotDoneFails()
{
    QFETCH(QString, code);
    const Artifact done = artifactWithStatus(u"done"_s);
    QVERIFY(m_server->setArtifactStatus(done.id, code));
    const Artifact artifact = ArtifactParser::artifactFromJson(m_server->artifactJson(done.id)).value();
    QCOMPARE(artifact.status.code, code);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact);
    QCOMPARE(events.failures.size(), 3);
    for (const auto &[file, message] : std::as_const(events.failures)) {
        QVERIFY2(message.contains(TimelineFiles::title(file)), qPrintable(message));
        QVERIFY2(message.contains(u"the artifact is %1, not done"_s.arg(code)), qPrintable(message));
    }
    QVERIFY(m_server->downloadRequests().isEmpty());
}

void TestTimelineFetcher::missingLinkFails()
{
    Artifact artifact = artifactWithStatus(u"done"_s);
    artifact.downloads.participantEvents = QUrl();
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact);
    QCOMPARE(events.ready.size(), 2);
    QCOMPARE(events.failures.size(), 1);
    QCOMPARE(events.failures.constFirst().first, TimelineFile::ParticipantEvents);
    QVERIFY(events.failures.constFirst().second.contains(u"participant events file"_s));
    QVERIFY(events.failures.constFirst().second.contains(u"no link"_s));
}

void TestTimelineFetcher::otherErrorsNameTheFile()
{
    // A 500 on every try is no expiry: no Retrieve, the client's retries, then the file fails.
    m_server->failNextDownloads(100, 500);
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetchAndWait(fetcher, events, artifact, {TimelineFile::Participants});
    QCOMPARE(events.failures.size(), 1);
    const QString message = events.failures.constFirst().second;
    QVERIFY2(message.startsWith(u"The participants file could not be downloaded: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"500"_s), qPrintable(message));
    QCOMPARE(retrievesOf(*m_server, artifact.id), 0);
    QVERIFY(filesUnder(m_cache->root()).isEmpty());
}

void TestTimelineFetcher::cachedFilesNeedNoClient()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    {
        TimelineFetcher fetcher(m_client.get(), m_cache.get());
        Events events;
        events.listen(&fetcher);
        fetchAndWait(fetcher, events, artifact, {TimelineFile::SpeakerTimeline});
        QCOMPARE(events.ready.size(), 1);
    }
    TimelineFetcher offline(nullptr, m_cache.get());
    Events events;
    events.listen(&offline);
    fetchAndWait(offline, events, artifact);
    QCOMPARE(events.ready.size(), 1);
    QVERIFY(events.ready.constFirst().fromCache);
    QCOMPARE(events.failures.size(), 2);
    for (const auto &[file, message] : std::as_const(events.failures))
        QVERIFY2(message.contains(u"there is no connection"_s), qPrintable(message));
}

void TestTimelineFetcher::cancelStopsEverySignal()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    // Cancelled from a slot of the first file, with two files still to come.
    connect(&fetcher, &TimelineFetcher::fileReady, &fetcher, &TimelineFetcher::cancel);
    fetcher.fetch(u"profile-1"_s, artifact);
    QTRY_COMPARE(events.ready.size(), 1);
    QVERIFY(!fetcher.isBusy());
    const int before = events.signalCount();
    QTest::qWait(300);
    QCOMPARE(events.signalCount(), before);
    QCOMPARE(events.finished, 0);
    QCOMPARE(m_server->downloadRequests().size(), 1);
    QCOMPARE(m_client->requestsInFlight(), 0);
}

void TestTimelineFetcher::cancelDuringADownload()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    // The file's bytes are arriving but it is not committed yet.
    connect(&fetcher, &TimelineFetcher::progress, &fetcher, &TimelineFetcher::cancel);
    fetcher.fetch(u"profile-1"_s, artifact, {TimelineFile::SpeakerTimeline});
    QTRY_COMPARE(events.progressCount, 1);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTest::qWait(300);
    QCOMPARE(events.signalCount(), 1);
    QVERIFY(filesUnder(m_cache->root()).isEmpty()); // no partial file left
}

void TestTimelineFetcher::newFetchReplacesTheRunningOne()
{
    const Artifact first = artifactWithStatus(u"done"_s);
    Artifact second;
    const QStringList ids = m_server->artifactIds();
    for (const QString &id : ids) {
        const Artifact candidate = ArtifactParser::artifactFromJson(m_server->artifactJson(id)).value();
        if (candidate.status.kind() == StatusKind::Done && candidate.id != first.id) {
            second = candidate;
            break;
        }
    }
    QVERIFY(!second.id.isEmpty());
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    fetcher.fetch(u"profile-1"_s, first);
    fetcher.fetch(u"profile-1"_s, second, {TimelineFile::Participants});
    QTRY_COMPARE(events.finished, 1);
    QTest::qWait(200);
    QCOMPARE(events.finished, 1);
    QCOMPARE(events.ready.size(), 1);
    QCOMPARE(events.ready.constFirst().path,
        m_cache->path(TimelineCache::keyFor(u"profile-1"_s, second), TimelineFile::Participants));
}

void TestTimelineFetcher::destroyedMidDownload()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    auto *fetcher = new TimelineFetcher(m_client.get(), m_cache.get());
    QPointer<TimelineFetcher> alive(fetcher);
    int progress = 0;
    // Deleted from its own progress signal, in the middle of the first file.
    connect(fetcher, &TimelineFetcher::progress, this, [&] {
        ++progress;
        delete alive.data();
    });
    fetcher->fetch(u"profile-1"_s, artifact);
    QTRY_VERIFY(!alive);
    QCOMPARE(progress, 1);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTest::qWait(200);
    QVERIFY(filesUnder(m_cache->root()).isEmpty());

    // And deleted between two files, while its next step waits in the event loop.
    auto *again = new TimelineFetcher(m_client.get(), m_cache.get());
    connect(again, &TimelineFetcher::fileReady, again, [again] { delete again; });
    again->fetch(u"profile-1"_s, artifact);
    QTRY_COMPARE(filesUnder(m_cache->root()).size(), 1);
    QTest::qWait(200);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QCOMPARE(m_server->downloadRequests().size(), 2);
}

void TestTimelineFetcher::connectionSwitchMidDownload()
{
    DemoWorkspace other;
    QVERIFY(other.start());
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    QMetaObject::Connection switchOnProgress = connect(
        &fetcher, &TimelineFetcher::progress, this, [&] { fetcher.setClient(other.client.get()); },
        Qt::SingleShotConnection);
    fetcher.fetch(u"profile-1"_s, artifact);
    QTRY_COMPARE(events.progressCount, 1);
    QCOMPARE(fetcher.client(), other.client.get());
    QCOMPARE(m_client->requestsInFlight(), 0);
    // Nothing of the old workspace's artifact is left to read.
    QVERIFY(fetcher.artifact().id.isEmpty());
    QVERIFY(!fetcher.key().isValid());
    QTest::qWait(300);
    QCOMPARE(events.signalCount(), 1);
    QVERIFY(other.server->downloadRequests().isEmpty());

    // The new workspace fetches its own artifacts, under its own connection key.
    const Artifact theirs = ArtifactParser::artifactFromJson(other.server->artifactJson(artifact.id)).value();
    fetcher.fetch(u"profile-2"_s, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(events.finished, 1, 20000);
    QCOMPARE(events.ready.size(), 3);
    QCOMPARE(other.server->downloadRequests().size(), 3);
    QCOMPARE(m_server->downloadRequests().size(), 1);
    disconnect(switchOnProgress);
    fetcher.setClient(nullptr);
    other.reset();
}

void TestTimelineFetcher::clientDestroyedMidFetch()
{
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    // Gone while a file is on its way (or, if that one is quick, while the next is).
    connect(
        &fetcher, &TimelineFetcher::progress, this,
        [this] { QTimer::singleShot(0, this, [this] { m_client.reset(); }); }, Qt::SingleShotConnection);
    fetcher.fetch(u"profile-1"_s, artifact);
    QTRY_COMPARE_WITH_TIMEOUT(events.finished, 1, 20000);
    QVERIFY(!m_client);
    QCOMPARE(fetcher.client(), nullptr);
    QVERIFY(!events.failures.isEmpty());
    QCOMPARE(events.ready.size() + events.failures.size(), 3);
    for (const auto &[file, message] : std::as_const(events.failures))
        QVERIFY2(message.contains(u"there is no connection"_s), qPrintable(message));
    QTest::qWait(200);
    QCOMPARE(events.finished, 1);
}

void TestTimelineFetcher::cacheClearedMidDownloadStillDelivers()
{
    // Preferences > Clear cache while the first file is on its way: its folder and partial file go.
    const Artifact artifact = artifactWithStatus(u"done"_s);
    TimelineFetcher fetcher(m_client.get(), m_cache.get());
    Events events;
    events.listen(&fetcher);
    connect(
        &fetcher, &TimelineFetcher::progress, this, [this] { QVERIFY(m_cache->clear()); }, Qt::SingleShotConnection);
    fetchAndWait(fetcher, events, artifact);
    QVERIFY2(events.failures.isEmpty(), qPrintable(events.failureText()));
    QCOMPARE(events.ready.size(), 3);
    for (const auto &ready : std::as_const(events.ready)) {
        QCOMPARE(readAll(ready.path), m_server->downloadFileContents(artifact.id, kindOf(ready.file)));
        QVERIFY(m_cache->has(fetcher.key(), ready.file));
    }
    QCOMPARE(m_server->downloadRequests().size(), 4); // the cleared one twice
}

QTEST_GUILESS_MAIN(TestTimelineFetcher)
#include "tst_timelinefetcher.moc"
