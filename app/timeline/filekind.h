#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Which of the three Recall downloads a file is, told from its content (the first element's
// members), so a local file of any kind opens whatever its name.
enum class TimelineFileKind {
    Unknown, // not a JSON list, or its first element has none of the members below
    Empty, // `[]`: could be any of the three
    SpeakerTimeline, // start_timestamp / end_timestamp
    Participants, // id, name, ... and none of the others
    ParticipantEvents, // action / timestamp
};

// headBytes: the file's first bytes (a few KB suffice: the first element is read up to its end or
// the end of headBytes). Whitespace, a UTF-8 BOM, pretty-printing and any member order are fine.
TimelineFileKind detectFileKind(QByteArrayView headBytes);
// Whether headBytes is a list that stops before its first element is complete (`[` or
// `[{"participant":{"id":1`): for a whole file, a download cut short, not a file of another kind.
bool endsInFirstElement(QByteArrayView headBytes);

// "speaker timeline", "participants", "participant events", for messages.
QString fileKindName(TimelineFileKind kind);
