#pragma once

#include "domain/artifact.h"

#include <QList>

// After a PATCH: what the server's answer says about the map that was sent. The API's semantics are
// unknown (the spec: replace or merge, and whether null deletes), so the answer is compared key by key
// and every difference is named for the user.
namespace MetadataVerify {

struct Difference
{
    enum class Kind {
        Kept, // removed here (not sent) but still in the answer: the server merged instead of replacing
        Dropped, // sent but missing from the answer
        Altered, // sent, but the answer holds another value
        Added, // in the answer without being sent (and not in the map before either)
    };
    Kind kind = Kind::Kept;
    QString key;
    std::optional<MetadataValue> sent;
    std::optional<MetadataValue> answered;
    friend bool operator==(const Difference &, const Difference &) = default;
};

// before: the live map the edit was merged with; sent: the complete map sent; answer: the map returned.
QList<Difference> compare(const Metadata &before, const Metadata &sent, const Metadata &answer);

// The server kept keys that were left out of the full map: it merges rather than replaces.
bool looksLikeMerge(const QList<Difference> &differences);

// The map to send next to remove the kept keys on a merging server: sent, plus each kept key as null.
Metadata withKeptKeysAsNull(const Metadata &sent, const QList<Difference> &differences);

} // namespace MetadataVerify
