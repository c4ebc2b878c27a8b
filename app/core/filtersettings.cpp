#include "filtersettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString lastFilterKey = u"filters/last"_s;
const QString savedFiltersKey = u"filters/saved"_s;
const QString recentArtifactsKey = u"open/recentArtifacts"_s;
} // namespace

namespace FilterSettings {

QVariantMap toVariant(const ListFilter &filter)
{
    QVariantMap map;
    if (!filter.recordingId.isEmpty())
        map.insert(u"recording_id"_s, filter.recordingId);
    if (!filter.statusCode.isEmpty())
        map.insert(u"status_code"_s, filter.statusCode);
    if (filter.createdAfter.isValid())
        map.insert(u"created_at_after"_s, filter.createdAfter.toUTC().toString(Qt::ISODateWithMs));
    if (filter.createdBefore.isValid())
        map.insert(u"created_at_before"_s, filter.createdBefore.toUTC().toString(Qt::ISODateWithMs));
    return map;
}

ListFilter fromVariant(const QVariantMap &map)
{
    ListFilter filter;
    filter.recordingId = map.value(u"recording_id"_s).toString();
    filter.statusCode = map.value(u"status_code"_s).toString();
    filter.createdAfter = QDateTime::fromString(map.value(u"created_at_after"_s).toString(), Qt::ISODateWithMs);
    filter.createdBefore = QDateTime::fromString(map.value(u"created_at_before"_s).toString(), Qt::ISODateWithMs);
    return filter;
}

ListFilter lastFilter()
{
    return fromVariant(QSettings().value(lastFilterKey).toMap());
}

void setLastFilter(const ListFilter &filter)
{
    QSettings().setValue(lastFilterKey, toVariant(filter));
}

QList<SavedFilter> savedFilters()
{
    QList<SavedFilter> out;
    const QVariantList list = QSettings().value(savedFiltersKey).toList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        const QString name = map.value(u"name"_s).toString();
        if (!name.isEmpty())
            out.append({name, fromVariant(map.value(u"filter"_s).toMap())});
    }
    return out;
}

static void writeSaved(const QList<SavedFilter> &filters)
{
    QVariantList list;
    for (const SavedFilter &f : filters)
        list.append(QVariantMap {{u"name"_s, f.name}, {u"filter"_s, toVariant(f.filter)}});
    QSettings().setValue(savedFiltersKey, list);
}

void saveFilter(const QString &name, const ListFilter &filter)
{
    QList<SavedFilter> filters = savedFilters();
    filters.removeIf([&name](const SavedFilter &f) { return f.name == name; });
    filters.append({name, filter});
    writeSaved(filters);
}

void removeSavedFilter(const QString &name)
{
    QList<SavedFilter> filters = savedFilters();
    filters.removeIf([&name](const SavedFilter &f) { return f.name == name; });
    writeSaved(filters);
}

QStringList recentArtifacts()
{
    return QSettings().value(recentArtifactsKey).toStringList();
}

void addRecentArtifact(const QString &artifactId, int limit)
{
    QStringList recent = recentArtifacts();
    recent.removeAll(artifactId);
    recent.prepend(artifactId);
    while (recent.size() > limit)
        recent.removeLast();
    QSettings().setValue(recentArtifactsKey, recent);
}

} // namespace FilterSettings
