#pragma once

#include "speakertimeline.h"
#include "timelineparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What every file parser reports besides its content (see TimelineParser::Result).
struct FileParseReport
{
    std::optional<TimelineParser::Error> error; // the file stops being JSON there; what came before is kept
    bool cancelled = false;
    qsizetype skipped = 0; // elements of the wrong shape
    QStringList skipExamples; // the first few reasons, "event 12 (byte 3456): ..."
    qsizetype renamedParticipants = 0; // ids that appear later under another name (the first is kept)
    qsizetype invalidUtf8 = 0; // sequences read as U+FFFD

    bool ok() const { return !error && !cancelled; }
};

// The participants file: participant objects, one per id (a repeated id keeps the first).
struct ParticipantsFile
{
    struct Details
    {
        std::optional<QString> email; // nullopt when null or missing
        QByteArray extraData; // extra_data as sent (JSON text); empty when null or missing
        bool hasEmailMember = false; // the object has an "email" member (null, a string, or anything else)
        bool operator==(const Details &) const = default;
    };

    QList<TimelineParticipant> participants;
    QList<Details> details; // parallel to participants
    qsizetype duplicates = 0; // elements whose id came before
};

// One participant event in 40 bytes; the id and anything rare are read from the file when asked for.
struct ParticipantEvent
{
    enum class Action : quint8 {
        Join,
        Leave,
        Update,
        SpeechOn,
        SpeechOff,
        WebcamOn,
        WebcamOff,
        ScreenshareOn,
        ScreenshareOff,
        ChatMessage,
        Other, // an action this version does not know: its text is in ParticipantEventsFile::otherActions
    };

    double relative = 0; // seconds from the recording's start; meaningful when hasRelative
    qint64 absoluteUs = 0; // microseconds since the epoch; meaningful when hasAbsolute
    quint64 sourceOffset = 0; // where the event's object starts in ParticipantEventsFile::source
    quint32 participant = 0; // index into ParticipantEventsFile::participants
    quint32 detail = 0; // Other: index into otherActions; ChatMessage: index into chats
    Action action = Action::Other;
    bool hasRelative = false;
    bool hasAbsolute = false;
};
static_assert(sizeof(ParticipantEvent) <= 40, "an event must stay at most 40 bytes");

struct ParticipantEventsFile
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantEventsFile)
public:
    struct Chat
    {
        QString text;
        QString to; // "everyone", "only_bot", or whatever the file says; empty when missing
        bool operator==(const Chat &) const = default;
    };

    QList<TimelineParticipant> participants; // in order of first appearance
    std::vector<ParticipantEvent> events; // in file order
    QStringList otherActions; // distinct unknown actions, as sent
    QList<Chat> chats;
    QByteArray source; // the file's bytes, followed by TimelineParser::padding zero bytes

    // "speech_on", or the unknown action as the file has it.
    QString actionName(const ParticipantEvent &event) const;
    static QString actionName(ParticipantEvent::Action action);
    // The event's id as the file has it (read from source when asked for); empty when unreadable.
    QString eventId(qsizetype index) const;
    // The event's whole JSON object as the file has it (for rare members such as an update's data);
    // empty when unreadable. It shares source's bytes: valid as long as this file is.
    QByteArray eventObject(qsizetype index) const;
};

// Parsers of the other two downloads (see the spec, "Downloads"): simdjson On-Demand in windows like
// TimelineParser, tolerant per element (one of the wrong shape is skipped and counted), a file that
// stops being JSON gives the byte offset and what was expected there. No widgets, no threads.
class ParticipantFilesParser
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantFilesParser)
public:
    struct ParticipantsResult : FileParseReport
    {
        ParticipantsFile file;
    };
    struct EventsResult : FileParseReport
    {
        ParticipantEventsFile file;
    };

    // json is used in place like TimelineParser::parse() does.
    static ParticipantsResult parseParticipants(QByteArray json, const TimelineParser::Options &options = {});
    static EventsResult parseEvents(QByteArray json, const TimelineParser::Options &options = {});
};
