#include "arraywindows_p.h"
#include "domain/jsonread_p.h"
#include "domain/lenientutf8.h"
#include "jsonlist_p.h"

#include <algorithm>

using simdjson::error_code;

namespace TimelineJson {

namespace {

// Checking the cancel flag and the progress every this many elements costs nothing measurable and
// answers a cancel within microseconds.
constexpr qsizetype checkEvery = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString expectation(error_code e, bool inList, bool atEnd)
{
    QString what;
    if (inList)
        what = TimelineParser::tr("expected ',' or ']'");
    else if (e == simdjson::TAPE_ERROR || e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
        what = TimelineParser::tr("expected ',' or '}' after a member");
    else
        what = TimelineParser::tr("expected a JSON value (%1)").arg(QString::fromLatin1(simdjson::error_message(e)));
    return atEnd ? TimelineParser::tr("the file ends early: %1").arg(what) : what;
}

} // namespace

QString describe(od::json_type type)
{
    return JsonRead::describe(type); // one wording (and one set of translations) with the API's parsers
}

error_code elementObject(od::value element, od::object &object, QString &skip)
{
    od::json_type type;
    if (const error_code e = element.type().get(type))
        return e;
    if (type != od::json_type::object) {
        skip = TimelineParser::tr("it is %1, not an object").arg(describe(type));
        return simdjson::SUCCESS;
    }
    return element.get_object().get(object);
}

bool itemLevel(error_code e)
{
    switch (e) {
    case simdjson::INCORRECT_TYPE:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
    case simdjson::STRING_ERROR:
        return true;
    default:
        return false;
    }
}

void walkList(QByteArray &json, const TimelineParser::Options &options, ListWalk &walk)
{
    if (std::optional<LenientUtf8::Repaired> repaired = LenientUtf8::repair(json)) {
        walk.invalidUtf8 = repaired->replacements.size();
        json = std::move(repaired->bytes);
    }
    const qsizetype size = json.size();
    // In place when json has the capacity and is not shared; else this is the one copy.
    json.resize(size + TimelineParser::padding);
    char *data = json.data();
    std::fill(data + size, data + json.size(), '\0');
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF')
        std::fill(data, data + 3, ' ');
    const auto report = [&](qint64 done) {
        if (options.progress)
            options.progress(done, size);
    };
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto fail = [&](qint64 offset, const QString &what) {
        walk.error = TimelineParser::Error {offset, TimelineParser::tr("%1 at byte %2").arg(what).arg(offset)};
    };
    report(0);
    if (cancelled()) {
        walk.cancelled = true;
        return;
    }

    const char *first = std::find_if(data, data + size, [](char c) { return !isSpace(c); });
    if (first == data + size || *first != '[') {
        fail(first - data,
            first == data + size ? TimelineParser::tr("the file is empty: expected '['")
                                 : TimelineParser::tr("expected '[' (%1)").arg(walk.listName));
        return;
    }

    // simdjson 3.0.1's On-Demand can crash on a list that is never closed (it trusts the structure
    // it is given), so a file that does not end in ']' is checked first: read up to its last complete
    // element, and the message says where and why the file ends early.
    const char *lastChar
        = std::find_if(std::make_reverse_iterator(data + size), std::make_reverse_iterator(data), [](char c) {
              return !isSpace(c);
          }).base();
    qsizetype parsed = size;
    std::optional<TimelineParser::Error> tailError;
    std::optional<char> replaced;
    if (lastChar[-1] != ']') {
        const Tail tail = scanTail(data, size);
        if (tail.readable >= 0) {
            parsed = tail.readable;
            tailError = TimelineParser::Error {
                tail.errorAt, TimelineParser::tr("%1 at byte %2").arg(tail.expected).arg(tail.errorAt)};
            if (tail.closeAt >= 0) {
                replaced = data[tail.closeAt];
                data[tail.closeAt] = ']';
            }
        }
    }

    od::parser parser;
    // A small file is one window: its index is small anyway, and the window scan would only cost time.
    const qsizetype windowBytes = parsed < 32 * options.windowBytes ? parsed : options.windowBytes;
    ArrayWindows windows(data, parsed, first - data, windowBytes);
    qint64 nextReport = size / 100;
    qsizetype item = 0;
    while (!windows.atEnd() && !walk.error && !walk.cancelled) {
        const ArrayWindows::Window window = windows.next();
        // The window as a list of its own: '[' for the ',' before it and ']' for the ',' after it.
        const char savedBegin = std::exchange(data[window.begin], '[');
        const char savedEnd = window.last ? data[window.end - 1] : std::exchange(data[window.end - 1], ']');
        const qint64 windowEnd = window.last ? size : window.end;
        od::document doc;
        od::value root;
        od::array array;
        error_code e = parser
                           .iterate(data + window.begin, std::size_t(window.end - window.begin),
                               std::size_t(size + TimelineParser::padding - window.begin))
                           .get(doc);
        // Through get_value(): the document's own get_array() checks the last character before reading.
        if (!e)
            e = doc.get_value().get(root);
        if (!e)
            e = root.get_array().get(array);
        if (e) {
            const bool unclosedText = e == simdjson::UNCLOSED_STRING;
            fail(unclosedText ? windowEnd : window.begin,
                unclosedText ? TimelineParser::tr("the file ends early: expected '\"' to close a text")
                             : expectation(e, false, false));
        }
        const auto locationOf = [&](error_code why) -> qint64 {
            const char *at = nullptr;
            if (why == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || doc.current_location().get(at) || !at)
                return windowEnd;
            return std::min<qint64>(at - data, windowEnd);
        };
        if (!e) {
            for (auto element : array) {
                od::value value;
                if ((e = element.get(value))) {
                    const qint64 at = locationOf(e);
                    fail(at, expectation(e, true, at >= size));
                    break;
                }
                const qint64 offset = value.raw_json_token().data() - data;
                if (item % checkEvery == 0) {
                    if (cancelled()) {
                        walk.cancelled = true;
                        break;
                    }
                    if (offset >= nextReport) {
                        report(offset);
                        nextReport = offset + size / 100 + 1;
                    }
                }
                if ((e = walk.element(value, offset))) {
                    const qint64 at = locationOf(e);
                    fail(at, expectation(e, false, at >= size));
                    break;
                }
                ++item;
            }
        }
        if (!e && !walk.error && !walk.cancelled && window.last && windows.closeAt() < 0) {
            // The list closed inside the last window: anything after it is an error.
            if (const char *trailing = nullptr; !doc.current_location().get(trailing) && trailing)
                fail(trailing - data, TimelineParser::tr("expected the end of the file after ']'"));
        }
        data[window.begin] = savedBegin;
        data[window.end - 1] = savedEnd;
    }
    if (!walk.error && !walk.cancelled && windows.closeAt() >= 0) {
        const char *trailing
            = std::find_if(data + windows.closeAt() + 1, data + parsed, [](char c) { return !isSpace(c); });
        if (trailing != data + parsed)
            fail(trailing - data, TimelineParser::tr("expected the end of the file after ']'"));
    }
    if (replaced)
        data[parsed - 1] = *replaced;
    if (tailError && !walk.error && !walk.cancelled)
        walk.error = tailError;
    if (!walk.error && !walk.cancelled)
        report(size);
}

} // namespace TimelineJson
