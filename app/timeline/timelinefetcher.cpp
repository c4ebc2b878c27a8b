#include "timelinefetcher.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

TimelineFetcher::TimelineFetcher(RecallClient *client, TimelineCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    Q_ASSERT(cache);
    setClient(client);
}

TimelineFetcher::~TimelineFetcher()
{
    cancel();
}

void TimelineFetcher::setClient(RecallClient *client)
{
    if (client == m_client)
        return;
    // The artifact belongs to the old workspace: its links and its cache key mean nothing in the new one.
    cancel();
    m_connection.clear();
    m_artifact = {};
    m_key = {};
    m_delivered.clear();
    disconnect(m_clientGone);
    m_client = client;
    if (client)
        m_clientGone = connect(client, &QObject::destroyed, this, &TimelineFetcher::onClientGone);
}

void TimelineFetcher::fetch(const QString &connectionKey, const Artifact &artifact, const QList<TimelineFile> &files)
{
    cancel();
    m_busy = true;
    m_connection = connectionKey;
    m_artifact = artifact;
    m_key = TimelineCache::keyFor(connectionKey, artifact);
    m_delivered.clear();
    m_refreshed.fill(false);
    m_restored.fill(false);
    for (const TimelineFile file : files) {
        if (!m_queue.contains(file))
            m_queue.append(file);
    }
    scheduleNext();
}

void TimelineFetcher::cancel()
{
    ++m_serial;
    if (m_request && m_client)
        m_client->cancel(m_request);
    m_request = 0;
    m_queue.clear();
    m_busy = false;
    m_nextScheduled = false;
}

void TimelineFetcher::scheduleNext()
{
    // From the event loop: a slot of ours may cancel, start another fetch or delete the fetcher. Once:
    // a client that goes away between two files must not make the fetch take two steps at a time.
    if (m_nextScheduled)
        return;
    m_nextScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this, serial = m_serial] {
            if (serial != m_serial)
                return;
            m_nextScheduled = false;
            next();
        },
        Qt::QueuedConnection);
}

void TimelineFetcher::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        Q_EMIT finished();
        return;
    }
    const TimelineFile file = m_queue.constFirst();
    const QString title = TimelineFiles::title(file);
    if (m_artifact.status.kind() != StatusKind::Done) {
        const QString code = m_artifact.status.code.isEmpty() ? tr("unknown") : m_artifact.status.code;
        fail(file, tr("The %1 file is not available: the artifact is %2, not done.").arg(title, code));
        return;
    }
    if (m_cache->has(m_key, file)) {
        deliver(file, true);
        return;
    }
    if (!m_client) {
        fail(file, tr("The %1 file could not be downloaded: there is no connection.").arg(title));
        return;
    }
    if (TimelineFiles::downloadUrl(m_artifact.downloads, file).isEmpty()) {
        fail(file, tr("The %1 file could not be downloaded: the artifact has no link for it.").arg(title));
        return;
    }
    QString why;
    if (!m_cache->makeFolder(m_key, &why)) {
        fail(file, tr("The %1 file could not be stored: %2").arg(title, why));
        return;
    }
    download(file);
}

void TimelineFetcher::download(TimelineFile file)
{
    const quint64 serial = m_serial;
    m_request = m_client->download(
        TimelineFiles::downloadUrl(m_artifact.downloads, file), m_cache->path(m_key, file), this,
        [this, file](const Result<RecallClient::DownloadResult> &result) { onDownloaded(file, result); },
        [this, serial, file](qint64 received, qint64 total) {
            if (serial == m_serial)
                Q_EMIT progress(file, received, total);
        },
        m_artifact.id);
}

void TimelineFetcher::onDownloaded(TimelineFile file, const Result<RecallClient::DownloadResult> &result)
{
    m_request = 0;
    if (result) {
        // A newer version makes the older ones of this artifact useless; files of this version stay.
        m_cache->removeOlderVersions(m_key);
        deliver(file, false);
        return;
    }
    const QString title = TimelineFiles::title(file);
    const ApiError &error = result.error();
    if (error.kind == ApiError::Kind::FileError && !std::exchange(restored(file), true)
        && !QFileInfo(m_cache->path(m_key, file)).dir().exists()) {
        // The cache was cleared (Preferences) while the file was on its way: its folder went with the
        // partial file. next() makes the folder again and downloads the file once more.
        scheduleNext();
        return;
    }
    if (error.kind != ApiError::Kind::DownloadExpired) {
        fail(file, tr("The %1 file could not be downloaded: %2").arg(title, error.displayText()));
    } else if (refreshed(file)) {
        fail(file,
            tr("The %1 file could not be downloaded: the download link expired and a fresh one failed too: %2")
                .arg(title, error.message));
    } else {
        refreshLinks(file);
    }
}

void TimelineFetcher::refreshLinks(TimelineFile file)
{
    refreshed(file) = true;
    m_request = m_client->retrieveArtifact(
        m_artifact.id, this, [this, file](const Result<Artifact> &result) { onRefreshed(file, result); });
}

void TimelineFetcher::onRefreshed(TimelineFile file, const Result<Artifact> &result)
{
    m_request = 0;
    if (!result) {
        fail(file,
            tr("The %1 file could not be downloaded: the download link expired and a fresh one could not be "
               "fetched: %2")
                .arg(TimelineFiles::title(file), result.error().displayText()));
        return;
    }
    m_artifact = result.value();
    const TimelineCache::Key key = TimelineCache::keyFor(m_connection, m_artifact);
    if (key != m_key) {
        // Another version on the server: what was delivered from the old one comes again from the new.
        m_key = key;
        for (const TimelineFile done : std::as_const(m_delivered))
            m_queue.append(done);
        m_delivered.clear();
    }
    // next() takes the same file again: it checks the fresh status and link, and the cache of a new key.
    scheduleNext();
    Q_EMIT artifactRefreshed(m_artifact);
}

void TimelineFetcher::deliver(TimelineFile file, bool fromCache)
{
    m_queue.removeOne(file);
    m_delivered.append(file);
    scheduleNext();
    Q_EMIT fileReady(file, m_cache->path(m_key, file), fromCache);
}

void TimelineFetcher::fail(TimelineFile file, const QString &message)
{
    m_queue.removeOne(file);
    scheduleNext();
    Q_EMIT failed(file, message);
}

void TimelineFetcher::onClientGone()
{
    // The client dropped its requests without calling back; next() fails what is left, from the event
    // loop rather than from inside the client's destructor.
    m_request = 0;
    m_client = nullptr;
    if (m_busy)
        scheduleNext();
}
