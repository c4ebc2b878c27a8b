#pragma once

#include "domain/artifact.h"

#include <QString>

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
