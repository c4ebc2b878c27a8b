#include "timelineparser.h"

#include "domain/lenientutf8.h"
#include "timelinejson_p.h"

#include <QHash>

#include <algorithm>

using simdjson::error_code;
namespace od = TimelineJson::od;

static_assert(TimelineParser::padding > static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));

namespace {

// Checking the cancel flag and the progress every this many segments costs nothing measurable and
// answers a cancel within microseconds.
constexpr qsizetype checkEvery = 64;

// Errors that concern one value of the wrong type or content; anything else means the JSON itself
// stops making sense from there on.
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

// What a start_timestamp or end_timestamp holds, unconverted: the absolute token is converted only
// when no relative time is there.
struct Stamp
{
    bool present = false; // an object (not null, not missing)
    std::optional<double> relative;
    std::string_view absolute; // raw token of a string or number; empty when null or missing
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(TimelineParser)
public:
    struct Pending
    {
        std::size_t segment = 0;
        std::optional<qint64> startUs; // set when start.relative was missing
        std::optional<qint64> endUs;
    };

    QList<TimelineParticipant> participants;
    std::vector<TimelineSegment> segments;
    std::vector<Pending> pending;
    std::optional<qint64> anchorUs;
    qsizetype renamed = 0;

    static QString describe(od::json_type type)
    {
        switch (type) {
        case od::json_type::array:
            return tr("a list");
        case od::json_type::object:
            return tr("an object");
        case od::json_type::number:
            return tr("a number");
        case od::json_type::string:
            return tr("text");
        case od::json_type::boolean:
            return tr("true or false");
        case od::json_type::null:
            break;
        }
        return tr("null");
    }

    // Returns simdjson's error only when the JSON breaks; a segment of the wrong shape sets skip.
    error_code segment(od::value item, TimelineSegment &out, QString &skip)
    {
        od::json_type type;
        if (const error_code e = item.type().get(type))
            return e;
        if (type != od::json_type::object) {
            skip = tr("it is %1, not an object").arg(describe(type));
            return simdjson::SUCCESS;
        }
        od::object object;
        od::value value;
        if (const error_code e = item.get_object().get(object))
            return e;

        error_code e = object.find_field_unordered("participant").get(value);
        if (e == simdjson::NO_SUCH_FIELD)
            skip = tr("it has no participant");
        else if (!e)
            e = participant(value, out.participant, skip);
        if (e || !skip.isEmpty())
            return e == simdjson::NO_SUCH_FIELD ? simdjson::SUCCESS : e;

        Stamp start;
        e = object.find_field_unordered("start_timestamp").get(value);
        if (e == simdjson::NO_SUCH_FIELD)
            start = {};
        else if (e || (e = stamp(value, "start_timestamp", start, skip)) || !skip.isEmpty())
            return e;

        Stamp end;
        e = object.find_field_unordered("end_timestamp").get(value);
        if (e && e != simdjson::NO_SUCH_FIELD)
            return e;
        if (!e && ((e = stamp(value, "end_timestamp", end, skip)) || !skip.isEmpty()))
            return e;

        return combine(start, end, out, skip);
    }

private:
    QHash<qint64, quint32> m_index;
    std::vector<std::string> m_rawNames; // the first name's JSON token, to notice a different one cheaply
    std::vector<bool> m_renamed;
    qint64 m_lastId = 0;
    quint32 m_lastIndex = 0;
    bool m_hasLast = false;

    error_code participant(od::value value, quint32 &index, QString &skip)
    {
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        if (type != od::json_type::object) {
            skip = tr("its participant is %1, not an object").arg(describe(type));
            return simdjson::SUCCESS;
        }
        od::object object;
        od::value member;
        if (const error_code e = value.get_object().get(object))
            return e;
        error_code e = object.find_field_unordered("id").get(member);
        if (e == simdjson::NO_SUCH_FIELD) {
            skip = tr("its participant has no id");
            return simdjson::SUCCESS;
        }
        if (e || (e = member.type().get(type)))
            return e;
        int64_t id = 0;
        e = type == od::json_type::number ? member.get_int64().get(id) : simdjson::INCORRECT_TYPE;
        if (e) {
            if (!itemLevel(e))
                return e;
            skip = type == od::json_type::number
                ? tr("its participant id %1 is not a whole number")
                      .arg(QString::fromUtf8(TimelineJson::trimmed(member.raw_json_token()).substr(0, 30)))
                : tr("its participant id is %1, not a whole number").arg(describe(type));
            return simdjson::SUCCESS;
        }

        std::string_view nameToken = "null"; // a missing name reads as null
        od::value name;
        e = object.find_field_unordered("name").get(name);
        if (!e)
            nameToken = name.raw_json_token();
        if (e && e != simdjson::NO_SUCH_FIELD)
            return e;
        const bool hasName = !e;
        nameToken = TimelineJson::trimmed(nameToken);

        if (m_hasLast && id == m_lastId) {
            index = m_lastIndex;
        } else if (const auto found = m_index.constFind(id); found != m_index.cend()) {
            index = found.value();
        } else {
            // A QString per participant, never per segment.
            index = static_cast<quint32>(participants.size());
            m_index.insert(id, index);
            TimelineParticipant p;
            p.id = id;
            std::string_view text;
            if (hasName && !name.get_string().get(text))
                p.name = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            bool isHost = false;
            if (!object.find_field_unordered("is_host").get(member) && !member.get_bool().get(isHost))
                p.isHost = isHost;
            if (!object.find_field_unordered("platform").get(member) && !member.get_string().get(text))
                p.platform = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            participants.append(std::move(p));
            m_rawNames.emplace_back(nameToken);
            m_renamed.push_back(false);
            m_lastId = id;
            m_lastIndex = index;
            m_hasLast = true;
            return simdjson::SUCCESS;
        }
        m_lastId = id;
        m_lastIndex = index;
        m_hasLast = true;
        if (!m_renamed[index] && m_rawNames[index] != nameToken) {
            m_renamed[index] = true;
            ++renamed;
        }
        return simdjson::SUCCESS;
    }

    error_code stamp(od::value value, const char *field, Stamp &out, QString &skip)
    {
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        if (type == od::json_type::null)
            return simdjson::SUCCESS;
        if (type != od::json_type::object) {
            skip = tr("%1 is %2, not an object").arg(QLatin1StringView(field), describe(type));
            return simdjson::SUCCESS;
        }
        od::object object;
        if (const error_code e = value.get_object().get(object))
            return e;
        out.present = true;
        for (auto member : object) {
            // Keys compared as sent, like find_field_unordered does: unescaping them would copy two
            // keys per timestamp into simdjson's string buffer (tens of MB at a million segments).
            od::raw_json_string key;
            od::value v;
            if (error_code e = member.key().get(key); e || (e = member.value().get(v)) || (e = v.type().get(type)))
                return e;
            if (key.unsafe_is_equal("relative")) {
                double seconds = 0;
                error_code e = type == od::json_type::number ? v.get_double().get(seconds)
                    : type == od::json_type::null            ? simdjson::SUCCESS
                                                             : simdjson::INCORRECT_TYPE;
                if (e && !itemLevel(e))
                    return e;
                if (e) {
                    skip = tr("%1.relative is %2, not a number").arg(QLatin1StringView(field), describe(type));
                    return simdjson::SUCCESS;
                }
                if (type == od::json_type::number)
                    out.relative = seconds;
            } else if (key.unsafe_is_equal("absolute")
                && (type == od::json_type::string || type == od::json_type::number)) {
                out.absolute = v.raw_json_token();
            }
        }
        return simdjson::SUCCESS;
    }

    error_code combine(const Stamp &start, const Stamp &end, TimelineSegment &out, QString &skip)
    {
        Pending derived;
        if (start.relative) {
            out.start = *start.relative;
            if (start.absolute.empty())
                out.flags |= TimelineSegment::StartAbsoluteMissing;
            else if (!anchorUs) {
                // One ISO conversion per file: relates absolute times to relative ones.
                if (const std::optional<qint64> us = TimelineJson::absoluteUs(start.absolute))
                    anchorUs = *us - std::llround(*start.relative * 1e6);
            }
        } else if (const std::optional<qint64> us
            = start.absolute.empty() ? std::nullopt : TimelineJson::absoluteUs(start.absolute)) {
            derived.startUs = us;
            out.flags |= TimelineSegment::StartFromAbsolute;
        } else {
            skip = start.present ? tr("start_timestamp has no usable time") : tr("it has no start_timestamp");
            return simdjson::SUCCESS;
        }

        if (end.relative) {
            out.end = *end.relative;
            if (end.absolute.empty())
                out.flags |= TimelineSegment::EndAbsoluteMissing;
        } else if (const std::optional<qint64> us
            = end.absolute.empty() ? std::nullopt : TimelineJson::absoluteUs(end.absolute)) {
            derived.endUs = us;
            out.flags |= TimelineSegment::EndFromAbsolute;
        } else {
            // null, missing, or no usable time: still speaking when the recording ended.
            out.flags |= TimelineSegment::OpenEnded | TimelineSegment::EndAbsoluteMissing;
        }
        if (derived.startUs || derived.endUs) {
            derived.segment = segments.size();
            pending.push_back(derived);
        }
        setTimeFlags(out);
        return simdjson::SUCCESS;
    }

public:
    static void setTimeFlags(TimelineSegment &segment)
    {
        if (segment.start < 0)
            segment.flags |= TimelineSegment::NegativeStart;
        if (!segment.has(TimelineSegment::OpenEnded) && segment.end < segment.start)
            segment.flags |= TimelineSegment::EndBeforeStart;
    }

    // Relative times of segments that had only absolute ones, now that the anchor is known (or not:
    // then such a start cannot be placed, and such an end is treated as open).
    qsizetype resolvePending()
    {
        if (pending.empty())
            return 0;
        std::vector<bool> drop(anchorUs ? 0 : segments.size(), false);
        qsizetype dropped = 0;
        for (const Pending &p : pending) {
            TimelineSegment &segment = segments[p.segment];
            if (!anchorUs) {
                if (p.startUs) {
                    drop[p.segment] = true;
                    ++dropped;
                    continue;
                }
                segment.flags &= ~quint32(TimelineSegment::EndFromAbsolute);
                segment.flags |= TimelineSegment::OpenEnded;
                continue;
            }
            if (p.startUs)
                segment.start = static_cast<double>(*p.startUs - *anchorUs) / 1e6;
            if (p.endUs)
                segment.end = static_cast<double>(*p.endUs - *anchorUs) / 1e6;
            segment.flags &= ~quint32(TimelineSegment::NegativeStart | TimelineSegment::EndBeforeStart);
            setTimeFlags(segment);
        }
        if (dropped) {
            std::size_t to = 0;
            for (std::size_t from = 0; from < segments.size(); ++from) {
                if (!drop[from])
                    segments[to++] = segments[from];
            }
            segments.resize(to);
        }
        pending.clear();
        return dropped;
    }
};

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

TimelineParser::Result TimelineParser::parse(QByteArray json)
{
    return parse(std::move(json), Options {});
}

TimelineParser::Result TimelineParser::parse(QByteArray json, const Options &options)
{
    Result result;
    if (std::optional<LenientUtf8::Repaired> repaired = LenientUtf8::repair(json)) {
        result.invalidUtf8 = repaired->replacements.size();
        json = std::move(repaired->bytes);
    }
    const qsizetype size = json.size();
    // In place when json has the capacity and is not shared; else this is the one copy.
    json.resize(size + padding);
    std::fill(json.data() + size, json.data() + json.size(), '\0');
    const char *data = json.constData();
    const auto report = [&](qint64 done) {
        if (options.progress)
            options.progress(done, size);
    };
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto fail = [&](qint64 offset, const QString &what) {
        result.error = Error {offset, tr("%1 at byte %2").arg(what).arg(offset)};
    };

    Reader reader;
    reader.segments.reserve(static_cast<std::size_t>(size / 300 + 16));
    report(0);

    // simdjson 3.0.1's On-Demand can crash on a list that is never closed (it trusts the structure
    // it is given), so a file that does not end in ']' is checked first: read up to its last complete
    // segment, and the message says where and why the file ends early.
    const char *lastChar
        = std::find_if(std::make_reverse_iterator(data + size), std::make_reverse_iterator(data), [](char c) {
              return c != ' ' && c != '\n' && c != '\r' && c != '\t';
          }).base();
    qsizetype parsed = size;
    std::optional<Error> tailError;
    std::optional<char> replaced;
    if (lastChar != data && lastChar[-1] != ']') {
        const TimelineJson::Tail tail = TimelineJson::scanTail(data, size);
        if (tail.readable >= 0) {
            parsed = tail.readable;
            tailError = Error {tail.errorAt, tr("%1 at byte %2").arg(tail.expected).arg(tail.errorAt)};
            if (tail.closeAt >= 0) {
                replaced = json.data()[tail.closeAt];
                json.data()[tail.closeAt] = ']';
            }
        }
    }

    od::parser parser;
    od::document doc;
    od::array array;
    error_code e = cancelled()
        ? simdjson::SUCCESS
        : parser.iterate(data, static_cast<std::size_t>(parsed), static_cast<std::size_t>(size + padding)).get(doc);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    // Through get_value(): the document's own get_array() checks the last character before reading.
    od::value root;
    if (!e)
        e = doc.get_value().get(root);
    if (!e)
        e = root.get_array().get(array);
    if (e) {
        const auto first
            = std::find_if(data, data + size, [](char c) { return c != ' ' && c != '\n' && c != '\r' && c != '\t'; });
        fail(first - data,
            first == data + size ? tr("the file is empty: expected '['") : tr("expected '[' (a list of segments)"));
        return result;
    }

    const auto locationOf = [&](od::document &d, error_code why) -> qint64 {
        const char *at = nullptr;
        if (why == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || d.current_location().get(at) || !at)
            return size;
        return std::min<qint64>(at - data, size);
    };

    qsizetype item = 0;
    qint64 nextReport = size / 100;
    for (auto element : array) {
        od::value value;
        if ((e = element.get(value))) {
            const qint64 at = locationOf(doc, e);
            fail(at, expectation(e, true, at >= size));
            break;
        }
        const qint64 offset = value.raw_json_token().data() - data;
        if (item % checkEvery == 0) {
            if (cancelled()) {
                result.cancelled = true;
                break;
            }
            if (offset >= nextReport) {
                report(offset);
                nextReport = offset + size / 100 + 1;
            }
        }
        TimelineSegment segment;
        segment.sourceOffset = static_cast<quint64>(offset);
        QString skip;
        if ((e = reader.segment(value, segment, skip))) {
            const qint64 at = locationOf(doc, e);
            fail(at, expectation(e, false, at >= size));
            break;
        }
        if (skip.isEmpty()) {
            reader.segments.push_back(segment);
        } else {
            if (result.skipExamples.size() < maxSkipExamples)
                result.skipExamples.append(tr("segment %1 (byte %2): %3").arg(item).arg(offset).arg(skip));
            ++result.skipped;
        }
        ++item;
    }
    if (const char *trailing = nullptr;
        !result.error && !result.cancelled && !doc.current_location().get(trailing) && trailing) {
        fail(trailing - data, tr("expected the end of the file after ']'"));
    }
    if (replaced)
        json.data()[parsed - 1] = *replaced;
    if (tailError && !result.error && !result.cancelled)
        result.error = tailError;

    const qsizetype unplaced = reader.resolvePending();
    if (unplaced) {
        result.skipped += unplaced;
        if (result.skipExamples.size() < maxSkipExamples)
            result.skipExamples.append(
                tr("%n segment(s) have only an absolute start, and no segment relates absolute to relative time",
                    nullptr, static_cast<int>(unplaced)));
    }
    result.renamedParticipants = reader.renamed;
    result.timeline
        = SpeakerTimeline(std::move(reader.participants), std::move(reader.segments), std::move(json), reader.anchorUs);
    if (result.ok())
        report(size);
    return result;
}
