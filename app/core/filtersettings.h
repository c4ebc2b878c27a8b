#pragma once

#include "domain/artifact.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// List filters as settings: the last one used, and the ones a person saved under a name.
namespace FilterSettings {

struct SavedFilter
{
    QString name;
    ListFilter filter;
};

QVariantMap toVariant(const ListFilter &filter);
ListFilter fromVariant(const QVariantMap &map);

ListFilter lastFilter();
void setLastFilter(const ListFilter &filter);

QList<SavedFilter> savedFilters();
// Replaces a saved filter of the same name.
void saveFilter(const QString &name, const ListFilter &filter);
void removeSavedFilter(const QString &name);

// An artifact opened recently, with what the Go menu shows beside its id.
struct RecentArtifact
{
    QString id;
    QString statusCode;
    QDateTime createdAt;
    friend bool operator==(const RecentArtifact &, const RecentArtifact &) = default;
};

// One list per connection (ids of one workspace mean nothing in another): most recent first, at
// most `limit`, no duplicates.
QList<RecentArtifact> recentArtifacts(const QString &connection);
void addRecentArtifact(const QString &connection, const Artifact &artifact, int limit = 15);

} // namespace FilterSettings
