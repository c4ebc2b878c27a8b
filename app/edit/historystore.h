#pragma once

#include "domain/artifact.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The local history of saved metadata edits: for every successful save, the map before and the map
// after, per connection and artifact, so that a save can be looked at and undone later (the undo is
// an ordinary edit, saved like any other). One file per connection and artifact in the app data folder
// (QStandardPaths::AppDataLocation)/history, one JSON line per save, rewritten whole through QSaveFile.
// Bounded twice: a number of saves per artifact, and a byte budget for the whole folder that drops the
// oldest saves of any artifact first. A damaged line costs that save only: the others are still read,
// and the damage is reported. No key is ever in these files: an entry names its connection only.
class HistoryStore
{
public:
    enum class TargetKind { Artifact, Recording };
    // Whose metadata a save changed: the artifact's own, or that of the artifact's recording.
    struct Target
    {
        TargetKind kind = TargetKind::Artifact;
        QString id; // the artifact's id, or the recording's
        friend bool operator==(const Target &, const Target &) = default;
    };
    struct Entry
    {
        QString connection; // the connection's name, never its key
        Target target;
        QString artifactId; // the artifact the save was made from, for either target
        QDateTime savedAt; // UTC
        Metadata before; // the map on the server before the save
        Metadata after; // the map the save left there
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct Unreadable
    {
        QString filePath;
        int line = 0; // 1-based; 0 for the whole file
        QString reason; // one sentence, translated
    };
    struct Listing
    {
        QList<Entry> entries; // newest first
        QList<Unreadable> unreadable; // saves that are not readable any more (damaged, cut short)
    };
    struct Limits
    {
        int entriesPerArtifact = 50;
        qint64 folderBytes = 5 * 1024 * 1024;
    };

    // folder: where the history lives; empty: the app data folder's "history". Default limits.
    explicit HistoryStore(const QString &folder = {});
    HistoryStore(const QString &folder, Limits limits);

    // Adds a save, then applies the limits. False with why set when a file could not be written.
    bool record(const Entry &entry, QString *why = nullptr);
    // The saves made from one artifact on one connection; only those of one target kind when given.
    Listing entries(
        const QString &connection, const QString &artifactId, std::optional<TargetKind> only = std::nullopt) const;

    QString folder() const { return m_folder; }
    Limits limits() const { return m_limits; }
    // The history's size on disk, in bytes (what folderBytes bounds).
    qint64 folderSize() const;

private:
    QString filePath(const QString &connection, const QString &artifactId) const;
    bool applyFolderBudget(const QString &keepPath, QString *why);

    QString m_folder;
    Limits m_limits;
};

Q_DECLARE_METATYPE(HistoryStore::Target)
Q_DECLARE_METATYPE(HistoryStore::Entry)
