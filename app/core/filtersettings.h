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

// Most recent first, at most `limit`, no duplicates.
QStringList recentArtifacts();
void addRecentArtifact(const QString &artifactId, int limit = 15);

} // namespace FilterSettings
