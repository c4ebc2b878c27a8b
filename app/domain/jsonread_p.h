#pragma once

// simdjson's On-Demand API for the parsers of this directory; not for use outside app/domain
// (simdjson is linked privately to pi_core).

#include "artifact.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <string_view>

namespace JsonRead {

namespace od = simdjson::ondemand;

inline QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// Raw tokens and slices come with the whitespace that follows them.
inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// A copy of json followed by the zero bytes simdjson may read past the end.
QByteArray padded(QByteArrayView json);

// Iterates size bytes of a buffer made by padded() (or a slice of one: data must be followed by
// simdjson's padding within the buffer).
inline simdjson::simdjson_result<od::document> iterate(
    od::parser &parser, const char *data, std::size_t size, const char *bufferEnd)
{
    return parser.iterate(data, size, static_cast<std::size_t>(bufferEnd - data));
}

// The JSON text of any value as sent, without the whitespace after it (consumes the value); empty
// when simdjson cannot make sense of it.
std::string_view rawText(od::value value);

// "a number", "a list", ...: for notes on values of the wrong type.
QString describe(od::json_type type);

// A metadata value: strings unescaped, anything else kept verbatim as RawJson. False when the value
// is not valid JSON (simdjson does not check what it skips, so RawJson is checked here).
bool readMetadataValue(od::value value, MetadataValue &out);
// An object's members into out (which is cleared first). False when a member cannot be read.
bool readMetadataObject(od::object object, Metadata &out);

} // namespace JsonRead
