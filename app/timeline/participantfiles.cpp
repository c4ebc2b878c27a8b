#include "participantfiles.h"

#include "jsonlist_p.h"
#include "participanttable_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using simdjson::error_code;
namespace od = TimelineJson::od;

namespace {

constexpr std::array<std::string_view, 10> knownActions {"join", "leave", "update", "speech_on", "speech_off",
    "webcam_on", "webcam_off", "screenshare_on", "screenshare_off", "chat_message"};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// The report's counts and the first few skip reasons, filled in as elements are read.
void noteSkip(FileParseReport &report, const QString &what, qsizetype item, qint64 offset, const QString &why)
{
    if (report.skipExamples.size() < TimelineParser::maxSkipExamples)
        report.skipExamples.append(
            ParticipantFilesParser::tr("%1 %2 (byte %3): %4").arg(what).arg(item).arg(offset).arg(why));
    ++report.skipped;
}

void finish(FileParseReport &report, const TimelineJson::ListWalk &walk, qsizetype renamed)
{
    report.error = walk.error;
    report.cancelled = walk.cancelled;
    report.invalidUtf8 = walk.invalidUtf8;
    report.renamedParticipants = renamed;
}

class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantFilesParser)
public:
    ParticipantEventsFile &file;
    TimelineJson::ParticipantTable table {true};

    // Returns simdjson's error only when the JSON breaks; an event of the wrong shape sets skip.
    error_code read(od::value item, ParticipantEvent &out, QString &skip)
    {
        od::object object;
        if (const error_code e = TimelineJson::elementObject(item, object, skip); e || !skip.isEmpty())
            return e;
        od::value value;
        std::string_view view;

        error_code e = member(object, "action", value, skip, tr("it has no action"));
        if (e || !skip.isEmpty())
            return e;
        if ((e = string(value, view, skip, tr("its action"))) || !skip.isEmpty())
            return e;
        out.action = ParticipantEvent::Action::Other;
        for (std::size_t i = 0; i < knownActions.size(); ++i) {
            if (knownActions[i] == view)
                out.action = ParticipantEvent::Action(i);
        }
        if (out.action == ParticipantEvent::Action::Other) {
            const QString name = text(view);
            qsizetype at = file.otherActions.indexOf(name);
            if (at < 0) {
                at = file.otherActions.size();
                file.otherActions.append(name);
            }
            out.detail = quint32(at);
        }

        if ((e = member(object, "id", value, skip, tr("it has no id"))) || !skip.isEmpty())
            return e;
        if ((e = string(value, view, skip, tr("its id"))) || !skip.isEmpty())
            return e;

        if ((e = member(object, "participant", value, skip, tr("it has no participant"))) || !skip.isEmpty())
            return e;
        if ((e = table.read(value, out.participant, skip)) || !skip.isEmpty())
            return e;

        if ((e = member(object, "timestamp", value, skip, tr("it has no timestamp"))) || !skip.isEmpty())
            return e;
        if ((e = stamp(value, out, skip)) || !skip.isEmpty())
            return e;

        if (out.action == ParticipantEvent::Action::ChatMessage) {
            ParticipantEventsFile::Chat chat;
            od::json_type type {};
            e = object.find_field_unordered("data").get(value);
            if (e && e != simdjson::NO_SUCH_FIELD)
                return e;
            if (!e && ((e = value.type().get(type))))
                return e;
            if (!e && type == od::json_type::object) {
                od::object data;
                if ((e = value.get_object().get(data)))
                    return e;
                if (!data.find_field_unordered("text").get(value) && !value.get_string().get(view))
                    chat.text = text(view);
                if (!data.find_field_unordered("to").get(value) && !value.get_string().get(view))
                    chat.to = text(view);
            } else if (!e && type != od::json_type::null) {
                skip = tr("its chat data is %1, not an object").arg(TimelineJson::describe(type));
                return simdjson::SUCCESS;
            }
            out.detail = quint32(file.chats.size());
            file.chats.append(std::move(chat));
        }
        return simdjson::SUCCESS;
    }

private:
    static error_code member(od::object &object, const char *key, od::value &value, QString &skip, const QString &why)
    {
        const error_code e = object.find_field_unordered(key).get(value);
        if (e == simdjson::NO_SUCH_FIELD) {
            skip = why;
            return simdjson::SUCCESS;
        }
        return e;
    }

    static error_code string(od::value value, std::string_view &out, QString &skip, const QString &what)
    {
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        if (type != od::json_type::string) {
            skip = tr("%1 is %2, not text").arg(what, TimelineJson::describe(type));
            return simdjson::SUCCESS;
        }
        const error_code e = value.get_string().get(out);
        if (e && TimelineJson::itemLevel(e)) {
            skip = tr("%1 is not valid text").arg(what);
            return simdjson::SUCCESS;
        }
        return e;
    }

    static error_code stamp(od::value value, ParticipantEvent &out, QString &skip)
    {
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        if (type != od::json_type::object) {
            skip = tr("its timestamp is %1, not an object").arg(TimelineJson::describe(type));
            return simdjson::SUCCESS;
        }
        od::object object;
        if (const error_code e = value.get_object().get(object))
            return e;
        for (auto field : object) {
            od::raw_json_string key;
            od::value v;
            if (error_code e = field.key().get(key); e || (e = field.value().get(v)) || (e = v.type().get(type)))
                return e;
            if (key.unsafe_is_equal("relative") && type == od::json_type::number) {
                double seconds = 0;
                if (const error_code e = v.get_double().get(seconds); e && !TimelineJson::itemLevel(e))
                    return e;
                else if (!e) {
                    out.relative = seconds;
                    out.hasRelative = true;
                }
            } else if (key.unsafe_is_equal("absolute")
                && (type == od::json_type::string || type == od::json_type::number)) {
                if (const std::optional<qint64> us = TimelineJson::absoluteUs(v.raw_json_token())) {
                    out.absoluteUs = *us;
                    out.hasAbsolute = true;
                }
            }
        }
        if (!out.hasRelative && !out.hasAbsolute)
            skip = tr("its timestamp has no usable time");
        return simdjson::SUCCESS;
    }
};

} // namespace

ParticipantFilesParser::ParticipantsResult ParticipantFilesParser::parseParticipants(
    QByteArray json, const TimelineParser::Options &options)
{
    ParticipantsResult result;
    TimelineJson::ParticipantTable table(false, true);
    qsizetype item = 0;
    TimelineJson::ListWalk walk;
    walk.listName = tr("a list of participants");
    walk.element = [&](od::value value, qint64 offset) {
        quint32 index = 0;
        QString skip;
        if (const error_code e = table.read(value, index, skip))
            return e;
        if (!skip.isEmpty())
            noteSkip(result, tr("participant"), item, offset, skip);
        else if (!table.added())
            ++result.file.duplicates;
        ++item;
        return simdjson::SUCCESS;
    };
    TimelineJson::walkList(json, options, walk);
    finish(result, walk, table.renamed);
    result.file.participants = std::move(table.participants);
    for (TimelineJson::ParticipantTable::Details &d : table.details)
        result.file.details.append({std::move(d.email), std::move(d.extraData), d.hasEmailMember});
    return result;
}

ParticipantFilesParser::EventsResult ParticipantFilesParser::parseEvents(
    QByteArray json, const TimelineParser::Options &options)
{
    EventsResult result;
    EventReader reader {result.file};
    result.file.events.reserve(static_cast<std::size_t>(json.size() / 400 + 16));
    qsizetype item = 0;
    TimelineJson::ListWalk walk;
    walk.listName = tr("a list of events");
    walk.element = [&](od::value value, qint64 offset) {
        ParticipantEvent event;
        event.sourceOffset = static_cast<quint64>(offset);
        QString skip;
        const qsizetype chats = result.file.chats.size();
        if (const error_code e = reader.read(value, event, skip))
            return e;
        if (skip.isEmpty()) {
            result.file.events.push_back(event);
        } else {
            result.file.chats.resize(chats);
            noteSkip(result, tr("event"), item, offset, skip);
        }
        ++item;
        return simdjson::SUCCESS;
    };
    TimelineJson::walkList(json, options, walk);
    finish(result, walk, reader.table.renamed);
    result.file.participants = std::move(reader.table.participants);
    result.file.events.shrink_to_fit();
    result.file.source = std::move(json);
    return result;
}

QString ParticipantEventsFile::actionName(ParticipantEvent::Action action)
{
    const auto i = std::size_t(action);
    return i < knownActions.size() ? text(knownActions[i]) : QString();
}

QString ParticipantEventsFile::actionName(const ParticipantEvent &event) const
{
    if (event.action == ParticipantEvent::Action::Other)
        return otherActions.value(qsizetype(event.detail));
    return actionName(event.action);
}

QString ParticipantEventsFile::eventId(qsizetype index) const
{
    // One small object, rarely: QJsonDocument is simplest and unescapes.
    return QJsonDocument::fromJson(eventObject(index)).object().value(u"id").toString();
}

QByteArray ParticipantEventsFile::eventObject(qsizetype index) const
{
    if (index < 0 || index >= qsizetype(events.size()))
        return {};
    const char *begin = source.constData() + events[std::size_t(index)].sourceOffset;
    const char *end = TimelineJson::containerEnd(begin, source.constData() + source.size());
    if (!end)
        return {};
    return QByteArray::fromRawData(begin, end - begin);
}
