#pragma once

// The top-level list of a Recall download, walked element by element with simdjson On-Demand in
// windows of whole elements (see ArrayWindows), for the three file parsers.

#include "timelinejson_p.h"
#include "timelineparser.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace TimelineJson {

struct ListWalk
{
    // Called for each element with its offset in the file; returns a simdjson error only when the
    // JSON itself breaks there (an element of the wrong shape is the callback's business).
    std::function<simdjson::error_code(od::value element, qint64 offset)> element;
    QString listName; // "a list of segments": what '[' is expected to start

    std::optional<TimelineParser::Error> error;
    bool cancelled = false;
    qsizetype invalidUtf8 = 0;
};

// Repairs invalid UTF-8 (counted), pads json in place (copied once only when it lacks the capacity
// or is shared), checks the file's end, and walks the list. json keeps the file's bytes, followed by
// TimelineParser::padding zero bytes, for lazy reads later. A leading UTF-8 BOM reads as spaces.
void walkList(QByteArray &json, const TimelineParser::Options &options, ListWalk &walk);

// "a list", "an object", ...: what a value is, for skip reasons.
QString describe(od::json_type type);

// The element as an object. One of another type sets skip ("it is a list, not an object") and
// returns SUCCESS; simdjson's error comes back only when the JSON itself breaks.
simdjson::error_code elementObject(od::value element, od::object &object, QString &skip);

// Errors that concern one value of the wrong type or content; anything else means the JSON itself
// stops making sense from there on.
bool itemLevel(simdjson::error_code e);

} // namespace TimelineJson
