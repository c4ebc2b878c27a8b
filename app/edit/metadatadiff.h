#pragma once

#include "domain/artifact.h"

#include <QList>
#include <QString>

#include <optional>

// Two metadata maps compared key by key: what a save changes on the server (the live map against the
// map sent), and what a past save changed (the history). Absence and null are different values here
// as everywhere in the editor: a key set to null where it was absent is added, a key set to null
// where it had a value is changed, a null key that goes away is removed.
namespace MetadataDiff {

using Side = std::optional<MetadataValue>; // nullopt: the key is absent on that side

struct DiffRow
{
    enum class Kind {
        Added, // absent before, present after
        Changed, // present on both sides with different values (a string and null differ)
        Removed, // present before, absent after
        Unchanged, // equal on both sides; only with diff(..., true)
    };
    Kind kind = Kind::Added;
    QString key;
    Side before;
    Side after;
    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

// One row per key of either map, in key order; keys equal on both sides only when withUnchanged.
QList<DiffRow> diff(const Metadata &before, const Metadata &after, bool withUnchanged = false);

// How the rows read in views, translated.
// "3 keys changed: ticket, team, +1"; "No keys changed" without changed rows. Names at most two keys.
QString summary(const QList<DiffRow> &rows);
// How one side reads in a cell: the text, or "(absent)", "null", "(empty)" so that they never look alike.
QString sideText(const Side &side);
// Whether sideText() is a stand-in (absent, null, empty) rather than the value: views style those apart.
bool isPlaceholder(const Side &side);
// "added", "changed", "removed", "unchanged".
QString kindText(DiffRow::Kind kind);

} // namespace MetadataDiff
