#pragma once

#include "artifact.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// Reads the API's JSON into domain values, written from the spec: unknown fields are ignored,
// unknown status codes are kept, a flat `recording_id` is accepted beside `recording.id`.
//
// One bad artifact never hides the rest. Each artifact of a page is read on its own: one that cannot
// be identified (no usable id, or not an object) is skipped and listed in ArtifactPage::skipped with
// the reason and an excerpt; a field of the wrong type or an unreadable time reads as unknown and is
// noted in Artifact::problems. Invalid UTF-8 is read as U+FFFD and counted. Only JSON that is broken
// as a whole (cut off, not an object, no "results" list) becomes an ApiError, with the offset where it
// broke; never a crash. Non-string metadata values are kept as the server wrote them (RawJson).
namespace ArtifactParser {

Result<Artifact> parseArtifact(const QByteArray &json);
Result<ArtifactPage> parsePage(const QByteArray &json);

// For JSON that is already a QJsonObject (tests, the demo server's introspection). QJsonValue cannot
// hold every number exactly, so metadata numbers come back as Qt writes them.
Result<Artifact> artifactFromJson(const QJsonObject &object);
Metadata metadataFromJson(const QJsonValue &value);

// ISO 8601 with up to microseconds, or a number of epoch seconds (third-party code writes that).
// Invalid QDateTime when absent or unreadable.
QDateTime timestampFromJson(const QJsonValue &value);

} // namespace ArtifactParser
