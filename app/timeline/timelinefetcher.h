#pragma once

#include "domain/artifact.h"
#include "net/recallclient.h"
#include "timelinecache.h"
#include "timelinefile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>

// Gets the files of a done artifact onto disk for the timeline: from the cache when this version is
// there, else through RecallClient::download (streamed into the cache atomically, with progress and
// without the API key: the download host is another host). A link that answers 403/404 has expired:
// the artifact is retrieved once for fresh links (a per-id request within the budget) and the file is
// tried again; a second expiry of the same file fails. Should the fresh artifact carry another
// status.updated_at, its files are another version: the cache key changes, and files this fetch had
// already delivered are delivered again from the new version, so that all files of one fetch belong
// together. A file whose cache folder was cleared while it downloaded is downloaded once more. Files
// come one after another, in the order asked.
//
// Every answer comes from the event loop, never from inside the call that asked. One fetch at a time:
// fetch(), cancel() and setClient() end the one before without any further signal from it. A client
// destroyed during a fetch fails its remaining files (then finished()); destroying the fetcher during
// a download drops the download and leaves no partial file.
class TimelineFetcher : public QObject
{
    Q_OBJECT
public:
    explicit TimelineFetcher(RecallClient *client, TimelineCache *cache, QObject *parent = nullptr);
    ~TimelineFetcher() override;

    // The client of the current workspace; a new one (or nullptr) cancels the fetch in progress.
    void setClient(RecallClient *client);
    RecallClient *client() const { return m_client; }
    TimelineCache *cache() const { return m_cache; }

    // connectionKey names the workspace in the cache (a profile id, never a key or URL). Each file
    // then gets fileReady() or failed(), and finished() follows the last.
    void fetch(const QString &connectionKey, const Artifact &artifact,
        const QList<TimelineFile> &files = {allTimelineFiles.cbegin(), allTimelineFiles.cend()});
    void cancel();
    bool isBusy() const { return m_busy; }
    // The artifact as the fetch knows it now (a refresh for fresh links replaces it) and its cache key.
    const Artifact &artifact() const { return m_artifact; }
    TimelineCache::Key key() const { return m_key; }

Q_SIGNALS:
    // Bytes of the file being downloaded; total is -1 while the host has not said.
    void progress(TimelineFile file, qint64 received, qint64 total);
    // The file is complete at path. May come a second time for a file when a refresh found the
    // artifact changed on the server: the later path replaces the earlier.
    void fileReady(TimelineFile file, const QString &path, bool fromCache);
    // One translated sentence that names the file and says why.
    void failed(TimelineFile file, const QString &message);
    // The artifact retrieved for fresh links (its status or updated_at may have changed).
    void artifactRefreshed(const Artifact &artifact);
    void finished();

private:
    void scheduleNext();
    void next();
    void download(TimelineFile file);
    void onDownloaded(TimelineFile file, const Result<RecallClient::DownloadResult> &result);
    void refreshLinks(TimelineFile file);
    void onRefreshed(TimelineFile file, const Result<Artifact> &result);
    void deliver(TimelineFile file, bool fromCache);
    void fail(TimelineFile file, const QString &message);
    void onClientGone();
    bool &refreshed(TimelineFile file) { return m_refreshed[static_cast<std::size_t>(file)]; }
    bool &restored(TimelineFile file) { return m_restored[static_cast<std::size_t>(file)]; }

    QPointer<RecallClient> m_client;
    TimelineCache *m_cache = nullptr;
    QMetaObject::Connection m_clientGone;
    QString m_connection;
    Artifact m_artifact;
    TimelineCache::Key m_key;
    QList<TimelineFile> m_queue; // still to deliver; the first is the one in progress
    QList<TimelineFile> m_delivered; // delivered under m_key
    std::array<bool, 3> m_refreshed {}; // the file already had its one retry with a fresh link
    std::array<bool, 3> m_restored {}; // the file already had its one retry after the cache was cleared
    RecallClient::RequestId m_request = 0;
    quint64 m_serial = 0; // each fetch and cancel moves it on: answers of older ones are ignored
    bool m_busy = false;
    bool m_nextScheduled = false;
};
