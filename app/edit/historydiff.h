#pragma once

#include "domain/artifact.h"

#include <QList>
#include <QString>

#include <optional>

// What one save changed, key by key: the rows the history panel shows and the one-line summary of its
// list. Absent and null are different values here, as everywhere in editing: a key removed by a save
// was there before and is absent after, while a key set to null is changed to null.
namespace HistoryDiff {

using Side = std::optional<MetadataValue>; // nullopt: the key is absent on that side

enum class Change { Added, Changed, Removed, Unchanged };

struct Row
{
    QString key;
    Side before;
    Side after;
    Change change = Change::Unchanged;
    friend bool operator==(const Row &, const Row &) = default;
};

// One row per key of either map, sorted by key; unchanged keys only when asked for.
QList<Row> diff(const Metadata &before, const Metadata &after, bool withUnchanged = false);

// "3 keys changed: ticket, team, +1"; "No keys changed" without changed rows. Names at most two keys.
QString summary(const QList<Row> &rows);
// How one side reads in a cell: the text, or "(absent)", "null", "(empty)" so that they never look alike.
QString sideText(const Side &side);
// Whether sideText() is a stand-in (absent, null, empty) rather than the value: views style those apart.
bool isPlaceholder(const Side &side);
// "added", "changed", "removed", "unchanged".
QString changeText(Change change);

} // namespace HistoryDiff
