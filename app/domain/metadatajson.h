#pragma once

#include "artifact.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QStringView>

#include <optional>

// Metadata maps as JSON text, written by hand because QJsonObject cannot carry a RawJson value such
// as 12345678901234567890 exactly: what the server wrote goes back byte for byte. Used for PATCH
// bodies and for the list model's compact rows.
namespace MetadataJson {

// One compact JSON object: keys and strings escaped as JSON requires (quote, backslash and control
// characters; everything else as UTF-8), null as null, RawJson values inserted as written.
QByteArray write(const Metadata &metadata);
void appendString(QByteArray &out, QStringView text);

// Reads a JSON object of metadata (what write() writes, or a server's): nullopt unless json is one
// object whose values are all valid JSON. Non-string values come back as RawJson, verbatim.
std::optional<Metadata> read(QByteArrayView json);

// A map held as a QJsonObject (a recording's metadata) as Metadata, to edit and send it like an
// artifact's: strings as strings, null as null, any other value as RawJson in compact form. QJsonObject
// has already read numbers as doubles, so an integer beyond 2^53 comes back rounded; the API stores
// strings only, so such a value is a breach of its rules that a PATCH would be refused for anyway.
Metadata fromObject(const QJsonObject &object);

// Whether text is exactly one JSON value (RFC 8259; surrounding whitespace allowed, numbers of any
// size or precision, nesting up to 64 deep). Guards RawJson values before they are written back.
bool isJsonValue(QByteArrayView text);

} // namespace MetadataJson
