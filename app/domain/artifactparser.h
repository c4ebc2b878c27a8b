#pragma once

#include "artifact.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// Reads the API's JSON into domain values, written from the spec: unknown fields are ignored,
// unknown status codes are kept, a flat `recording_id` is accepted beside `recording.id`, and
// malformed input becomes an ApiError with the offset where it broke, never a crash.
namespace ArtifactParser {

Result<Artifact> parseArtifact(const QByteArray &json);
Result<ArtifactPage> parsePage(const QByteArray &json);

// The lenient object-level readers the two above are made of. An artifact needs a string id;
// everything else is optional.
Result<Artifact> artifactFromJson(const QJsonObject &object);
Metadata metadataFromJson(const QJsonValue &value);
QJsonObject metadataToJson(const Metadata &metadata);

// ISO 8601 with up to microseconds, or a number of epoch seconds (third-party code writes that).
// Invalid QDateTime when absent or unreadable.
QDateTime timestampFromJson(const QJsonValue &value);

} // namespace ArtifactParser
