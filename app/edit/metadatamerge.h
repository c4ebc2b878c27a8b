#pragma once

#include "domain/artifact.h"

#include <QList>

#include <optional>

// Three-way merge of metadata maps, for saving: the map as loaded (base), the user's edits (mine) and
// the map on the server right before sending (theirs). Per key: a change on one side only is taken; the
// same change on both sides is taken once; different changes to one key are a conflict for the user to
// resolve. A missing key counts as a value ("absent"), so removals merge like any change.
namespace MetadataMerge {

using Side = std::optional<MetadataValue>; // nullopt: the key is absent on that side

struct Conflict
{
    QString key;
    Side base;
    Side mine;
    Side theirs;
    friend bool operator==(const Conflict &, const Conflict &) = default;
};

struct Result
{
    Metadata merged; // every key without a conflict, as it should be sent
    QList<Conflict> conflicts; // by key; each needs a choice before anything is sent
    bool clean() const { return conflicts.isEmpty(); }
};

Result merge(const Metadata &base, const Metadata &mine, const Metadata &theirs);

// The merged map with each conflict resolved to the side chosen for it (absent sides remove the key).
Metadata resolved(const Result &result, const QList<Side> &choices);

} // namespace MetadataMerge
