#pragma once

// Helpers of the timeline parser and store that see simdjson (linked privately to pi_core).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace TimelineJson {

namespace od = simdjson::ondemand;

// An `absolute` member's raw JSON token ("\"2025-07-17T00:00:09.730066Z\"" or 1752710409.73):
// microseconds since the epoch, nullopt for null or anything unreadable.
std::optional<qint64> absoluteUs(std::string_view rawToken);

// ISO 8601 date and time (fraction up to nanoseconds, Z or an offset) in microseconds since the epoch.
std::optional<qint64> isoUs(std::string_view text);

// The end of the JSON object or array that starts at data[0] ('{' or '['): one past its closing
// bracket, or nullptr when it does not end before `end`.
const char *containerEnd(const char *data, const char *end);

// Where a file that does not end in ']' can be read up to, and what is wrong at its end.
struct Tail
{
    qsizetype readable = -1; // bytes to parse (the last one a ']' at closeAt); -1: not a list
    qsizetype closeAt = -1; // where a ']' is put in place of the ',' after the last complete segment
    qsizetype errorAt = 0;
    QString expected;
};

// A plain byte loop over the whole file: only for files that do not end in ']'.
Tail scanTail(const char *data, qsizetype size);

inline std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace TimelineJson
