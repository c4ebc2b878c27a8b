#pragma once

#include "timelinefile.h"

#include <QDateTime>
#include <QString>

struct Artifact;

// The downloaded files of done artifacts on disk, so that opening a timeline again costs no transfer.
// A version of an artifact's files is keyed by connection (a profile id), artifact id and
// status.updated_at: a change on the server (status, reprocessing) makes a new key, and storing a newer
// version removes the older ones of that artifact. Folder and file names are derived from the key
// (the connection hashed, an id that is not a plain UUID hashed), so no key can name a path outside the
// root. Only the files' own bytes are kept: never the API key, never a signed download URL.
// Layout: <root>/<connection hash>/<artifact>/<updated_at, UTC>/<file>.json. A plain class, no signals;
// every call touches the file system directly.
class TimelineCache
{
public:
    struct Key
    {
        QString connection; // a profile id (or another stable name of the workspace)
        QString artifactId;
        QDateTime updatedAt; // invalid: a version that cannot be told apart, never served from cache

        bool isValid() const { return !connection.isEmpty() && !artifactId.isEmpty(); }
        friend bool operator==(const Key &, const Key &) = default;
    };

    static Key keyFor(const QString &connection, const Artifact &artifact);

    // root: where the cache lives; empty: QStandardPaths::CacheLocation + "/timelines".
    explicit TimelineCache(const QString &root = {});

    QString root() const { return m_root; }
    // Where file of this version lives (whether or not it is there yet); empty for an invalid key.
    QString path(const Key &key, TimelineFile file) const;
    // The file of this version is complete on disk (files arrive through QSaveFile: all or nothing).
    // Never true for a key without updated_at.
    bool has(const Key &key, TimelineFile file) const;
    // Creates the version's folder so that a download can be written into path(). False with why set
    // when it cannot be created.
    bool makeFolder(const Key &key, QString *why = nullptr) const;
    // Removes the versions of key's artifact (same connection) older than key's, and any without
    // updated_at; newer ones stay (a stale copy of the artifact must not remove fresher files).
    // Call once a file of key has been stored.
    void removeOlderVersions(const Key &key) const;

    // Bytes of every file under the root (temporary files of downloads in progress included).
    qint64 sizeBytes() const;
    // Removes everything under the root. False with why set when something could not be removed.
    bool clear(QString *why = nullptr) const;

private:
    QString artifactFolder(const Key &key) const;
    static QString versionName(const QDateTime &updatedAt);

    QString m_root;
};
