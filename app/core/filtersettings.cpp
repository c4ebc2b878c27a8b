#include "filtersettings.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString lastFilterKey = u"filters/last"_s;
const QString savedFiltersKey = u"filters/saved"_s;
// A group per connection; the name is percent-encoded, so that no id can reach into another group.
QString recentKey(const QString &connection)
{
    return u"open/recent/"_s + QString::fromLatin1(QUrl::toPercentEncoding(connection));
}
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

QList<RecentArtifact> recentArtifacts(const QString &connection)
{
    QList<RecentArtifact> recent;
    const QVariantList stored = QSettings().value(recentKey(connection)).toList();
    for (const QVariant &entry : stored) {
        const QVariantMap map = entry.toMap();
        RecentArtifact artifact {map.value(u"id"_s).toString(), map.value(u"status"_s).toString(),
            QDateTime::fromString(map.value(u"created_at"_s).toString(), Qt::ISODateWithMs)};
        if (!artifact.id.isEmpty())
            recent.append(artifact);
    }
    return recent;
}

void addRecentArtifact(const QString &connection, const Artifact &artifact, int limit)
{
    QList<RecentArtifact> recent = recentArtifacts(connection);
    recent.removeIf([&artifact](const RecentArtifact &r) { return r.id == artifact.id; });
    recent.prepend({artifact.id, artifact.status.code, artifact.createdAt});
    while (recent.size() > limit)
        recent.removeLast();
    QVariantList stored;
    for (const RecentArtifact &r : std::as_const(recent)) {
        stored.append(QVariantMap {{u"id"_s, r.id}, {u"status"_s, r.statusCode},
            {u"created_at"_s, r.createdAt.isValid() ? r.createdAt.toUTC().toString(Qt::ISODateWithMs) : QString()}});
    }
    QSettings().setValue(recentKey(connection), stored);
}

} // namespace FilterSettings
