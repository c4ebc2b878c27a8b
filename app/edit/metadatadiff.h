#pragma once

#include "domain/artifact.h"

#include <QList>

#include <optional>

// What a save changes on the server, key by key: the live map before sending against the map sent.
// Absence and null are different values here as everywhere in the editor: a key set to null where
// it was absent is added, a null key that goes away is removed.
namespace MetadataDiff {

struct DiffRow
{
    enum class Kind {
        Added, // absent before, present after
        Changed, // present on both sides with different values (a string and null differ)
        Removed, // present before, absent after
    };
    Kind kind = Kind::Added;
    QString key;
    std::optional<MetadataValue> before; // nullopt: absent
    std::optional<MetadataValue> after; // nullopt: absent
    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

// Every key whose value differs, in key order; keys equal on both sides are left out.
QList<DiffRow> diff(const Metadata &before, const Metadata &after);

} // namespace MetadataDiff
