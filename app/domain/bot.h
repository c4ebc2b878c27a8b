#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the app needs of a Recall bot (Retrieve Bot): the id customers quote, and the recordings that
// lead to participant-events artifacts. Everything else a bot object carries is ignored.
struct BotRecording
{
    QString id; // empty when the server sent none
    QDateTime createdAt; // invalid when missing or unreadable
    QDateTime startedAt;
    QDateTime completedAt;
    // media_shortcuts.participant_events.id; empty when the artifact was not captured (null), is
    // missing, or could not be read (then Bot::problems says so).
    QString participantEventsId;

    bool hasParticipantEvents() const { return !participantEventsId.isEmpty(); }
    // When the recording began, for telling several apart: started_at, else created_at.
    QDateTime time() const { return startedAt.isValid() ? startedAt : createdAt; }
    friend bool operator==(const BotRecording &, const BotRecording &) = default;
};

struct Bot
{
    QString id;
    QList<BotRecording> recordings; // in the server's order
    // What the server sent in a shape that could not be read, one translated sentence each
    // ("recordings could not be read: an object"). The part itself then reads as absent.
    QStringList problems;

    // The recordings whose participant events can be opened.
    QList<BotRecording> recordingsWithParticipantEvents() const
    {
        QList<BotRecording> found;
        for (const BotRecording &recording : recordings) {
            if (recording.hasParticipantEvents())
                found.append(recording);
        }
        return found;
    }
    friend bool operator==(const Bot &, const Bot &) = default;
};

Q_DECLARE_METATYPE(Bot)
