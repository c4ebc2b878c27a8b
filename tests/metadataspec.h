#pragma once

#include "domain/artifact.h"

#include <QString>
#include <QStringList>

#include <optional>

// One metadata value written as a short spec in data-driven rows, so a row reads like the case it
// tests: "-": absent, "~": null, "=x": raw JSON x, anything else: that text.
inline std::optional<MetadataValue> sideOf(const QString &spec)
{
    if (spec == QLatin1String("-"))
        return std::nullopt;
    if (spec == QLatin1String("~"))
        return MetadataValue(std::nullopt);
    if (spec.startsWith(u'='))
        return MetadataValue::rawJson(spec.mid(1));
    return MetadataValue(spec);
}

// A map holding key with the value spec stands for; empty for "-".
inline Metadata mapOf(const QString &key, const QString &spec)
{
    const std::optional<MetadataValue> side = sideOf(spec);
    return side ? Metadata {{key, *side}} : Metadata {};
}

// A whole map as a short spec: "key:value|key:value", each value as sideOf() reads it ("team:red",
// "gone:~", "n:=5", "empty:"); "" is the empty map.
inline Metadata mapOfSpec(const QString &spec)
{
    Metadata map;
    if (spec.isEmpty())
        return map;
    const QStringList entries = spec.split(u'|');
    for (const QString &entry : entries) {
        const qsizetype colon = entry.indexOf(u':');
        if (const std::optional<MetadataValue> side = sideOf(entry.mid(colon + 1)))
            map.insert(entry.left(colon), *side);
    }
    return map;
}
