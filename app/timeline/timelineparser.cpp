#include "timelineparser.h"

#include "jsonlist_p.h"
#include "participanttable_p.h"

#include <algorithm>

using simdjson::error_code;
namespace od = TimelineJson::od;

static_assert(TimelineParser::padding > static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));

namespace {

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

    TimelineJson::ParticipantTable table {true};
    std::vector<TimelineSegment> segments;
    std::vector<Pending> pending;
    std::optional<qint64> anchorUs;

    // Returns simdjson's error only when the JSON breaks; a segment of the wrong shape sets skip.
    error_code segment(od::value item, TimelineSegment &out, QString &skip)
    {
        od::object object;
        if (const error_code e = TimelineJson::elementObject(item, object, skip); e || !skip.isEmpty())
            return e;
        od::value value;

        error_code e = object.find_field_unordered("participant").get(value);
        if (e == simdjson::NO_SUCH_FIELD)
            skip = tr("it has no participant");
        else if (!e)
            e = table.read(value, out.participant, skip);
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
    error_code stamp(od::value value, const char *field, Stamp &out, QString &skip)
    {
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        if (type == od::json_type::null)
            return simdjson::SUCCESS;
        if (type != od::json_type::object) {
            skip = tr("%1 is %2, not an object").arg(QLatin1StringView(field), TimelineJson::describe(type));
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
                if (e && !TimelineJson::itemLevel(e))
                    return e;
                if (e) {
                    skip = tr("%1.relative is %2, not a number")
                               .arg(QLatin1StringView(field), TimelineJson::describe(type));
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

} // namespace

TimelineParser::Result TimelineParser::parse(QByteArray json)
{
    return parse(std::move(json), Options {});
}

TimelineParser::Result TimelineParser::parse(QByteArray json, const Options &options)
{
    Result result;
    Reader reader;
    reader.segments.reserve(static_cast<std::size_t>(json.size() / 300 + 16));
    qsizetype item = 0;
    TimelineJson::ListWalk walk;
    walk.listName = tr("a list of segments");
    walk.element = [&](od::value value, qint64 offset) {
        TimelineSegment segment;
        segment.sourceOffset = static_cast<quint64>(offset);
        QString skip;
        if (const error_code e = reader.segment(value, segment, skip))
            return e;
        if (skip.isEmpty()) {
            reader.segments.push_back(segment);
        } else {
            if (result.skipExamples.size() < maxSkipExamples)
                result.skipExamples.append(tr("segment %1 (byte %2): %3").arg(item).arg(offset).arg(skip));
            ++result.skipped;
        }
        ++item;
        return simdjson::SUCCESS;
    };
    TimelineJson::walkList(json, options, walk);
    result.error = walk.error;
    result.cancelled = walk.cancelled;
    result.invalidUtf8 = walk.invalidUtf8;
    if (result.cancelled)
        return result;

    const qsizetype unplaced = reader.resolvePending();
    if (unplaced) {
        result.skipped += unplaced;
        if (result.skipExamples.size() < maxSkipExamples)
            result.skipExamples.append(
                tr("%n segment(s) have only an absolute start, and no segment relates absolute to relative time",
                    nullptr, static_cast<int>(unplaced)));
    }
    result.renamedParticipants = reader.table.renamed;
    result.timeline = SpeakerTimeline(
        std::move(reader.table.participants), std::move(reader.segments), std::move(json), reader.anchorUs);
    return result;
}
