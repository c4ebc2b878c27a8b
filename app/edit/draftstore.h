#pragma once

#include "domain/artifact.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Unsaved metadata edits on disk, one file per connection and artifact, so that a crash or a kill
// loses nothing: the editor writes the draft at every change (atomically, through QSaveFile) and
// removes it once the edit is saved or discarded; the next start lists what is left. A draft keeps the
// map as loaded next to the edited one, so a restored draft merges against the live map like any edit.
// Files live in the app data folder (QStandardPaths::AppDataLocation)/drafts; no key is ever in them.
class DraftStore
{
public:
    // Whose map the draft edits: the artifact's own, or its parent recording's.
    enum class Target { Artifact, Recording };
    struct Draft
    {
        QString connection;
        QString artifactId;
        QDateTime savedAt; // UTC
        Metadata base; // the map as loaded
        Metadata edited; // the user's edits
        Target target = Target::Artifact;
        friend bool operator==(const Draft &, const Draft &) = default;
    };
    struct Unreadable
    {
        QString filePath;
        QString reason; // one sentence, translated
    };
    struct Listing
    {
        QList<Draft> drafts; // oldest first
        QList<Unreadable> unreadable; // files that are not drafts any more (corrupt, cut short)
    };

    // folder: where the drafts live; empty: the app data folder's "drafts".
    explicit DraftStore(const QString &folder = {});

    // False with why set when the file could not be written.
    bool save(const Draft &draft, QString *why = nullptr);
    void remove(const QString &connection, const QString &artifactId, Target target = Target::Artifact);
    Listing list() const;
    QString folder() const { return m_folder; }

private:
    QString filePath(const QString &connection, const QString &artifactId, Target target) const;

    QString m_folder;
};
