#pragma once

// Reads one artifact object with simdjson On-Demand; used by artifactparser.cpp only.

#include "artifact.h"
#include "jsonread_p.h"

namespace ArtifactReader {

// Epoch seconds beyond this (about 300 000 years) are no time of an artifact, and their milliseconds
// would overflow qint64.
constexpr double maxEpochSeconds = 1e13;

struct Outcome
{
    enum class Kind {
        Read, // artifact holds it (perhaps with problems)
        Unidentifiable, // an object without a usable id: reason says why
        NotAnObject, // reason says what it is instead
        Syntax, // not JSON as far as simdjson got; reason holds simdjson's message
    };
    Kind kind = Kind::Syntax;
    Artifact artifact;
    QString reason;
};

// data..data+size is one JSON value inside a buffer from JsonRead::padded() that ends at bufferEnd.
Outcome read(JsonRead::od::parser &parser, const char *data, std::size_t size, const char *bufferEnd);

// At most maxLength characters of text, ending in "…" when cut.
QString cut(const QString &text, qsizetype maxLength);
QString excerpt(std::string_view utf8, qsizetype maxLength);

// A link of the API (next, previous, download URLs): tolerant, since servers write characters
// strict parsing rejects; and complete, since nothing here knows what a relative link is relative to.
// An invalid QUrl when no such URL can be made of text.
QUrl linkFromText(const QString &text);

} // namespace ArtifactReader
