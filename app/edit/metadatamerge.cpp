#include "metadatamerge.h"

#include <QSet>

namespace {
MetadataMerge::Side sideOf(const Metadata &map, const QString &key)
{
    const auto it = map.constFind(key);
    return it == map.cend() ? MetadataMerge::Side() : MetadataMerge::Side(it.value());
}
} // namespace

namespace MetadataMerge {

Result merge(const Metadata &base, const Metadata &mine, const Metadata &theirs)
{
    QSet<QString> keys;
    for (const Metadata *map : {&base, &mine, &theirs}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            keys.insert(it.key());
    }
    QStringList ordered(keys.cbegin(), keys.cend());
    ordered.sort();

    Result result;
    for (const QString &key : std::as_const(ordered)) {
        const Side b = sideOf(base, key);
        const Side m = sideOf(mine, key);
        const Side t = sideOf(theirs, key);
        Side taken;
        if (m == t || t == b)
            taken = m; // the same on both sides, or only mine changed
        else if (m == b)
            taken = t; // only theirs changed
        else {
            result.conflicts.append({key, b, m, t});
            continue;
        }
        if (taken)
            result.merged.insert(key, *taken);
    }
    return result;
}

Metadata resolved(const Result &result, const QList<Side> &choices)
{
    Metadata map = result.merged;
    for (qsizetype i = 0; i < result.conflicts.size() && i < choices.size(); ++i) {
        if (choices.at(i))
            map.insert(result.conflicts.at(i).key, *choices.at(i));
    }
    return map;
}

} // namespace MetadataMerge
