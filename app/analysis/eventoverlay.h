#pragma once

#include "analysis/meetingfiles.h"
#include "analysis/presence.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

// What the speaker timeline draws of the participant events file, per timeline row, built once per
// meeting (no widgets): presence, webcam and screenshare spans (from Presence) and markers for every
// event that is not one of those and not speech: chat messages, "update" events and actions this
// version does not know (kept with their raw text, never dropped). Markers are sorted by time per row,
// so a frame or a hover finds them by binary search however many events the file has.
// Events that cannot be drawn (their participant never spoke, so has no row, or the event has no usable
// time) are listed instead, so the UI can point to where they are shown. speech_on/speech_off are never
// drawn from this file (the bars come from the timeline file), so they are neither markers nor listed.
class EventOverlay
{
public:
    enum class MarkerKind : quint8 {
        Chat,
        Update,
        Unknown, // an action this version does not know: ParticipantEventsFile::actionName() has its text
    };
    enum class Recipient : quint8 { None, Everyone, OnlyBot, Other };
    enum class Unplaced : quint8 { NoRow, NoTime };

    struct Marker
    {
        double at = 0; // seconds on the timeline's axis
        qsizetype event = -1; // index into ParticipantEventsFile::events
        int row = -1; // the timeline row (participant index of the speaker timeline)
        MarkerKind kind = MarkerKind::Unknown;
        bool operator==(const Marker &) const = default;
    };
    struct UnplacedEvent
    {
        qsizetype event = -1;
        Unplaced reason = Unplaced::NoRow;
        bool operator==(const UnplacedEvent &) const = default;
    };

    EventOverlay() = default;
    static EventOverlay build(const MeetingFiles &meeting);

    const MeetingFiles &meeting() const { return m_meeting; }
    const Presence &presence() const { return m_presence; }
    bool hasEvents() const { return m_meeting.events && !m_meeting.events->events.empty(); }

    // The row's spans, each sorted by time and never overlapping; empty for a row without events.
    std::span<const Presence::Span> present(int row) const;
    std::span<const Presence::Span> webcam(int row) const;
    std::span<const Presence::Span> screenshare(int row) const;

    // The row's markers, sorted by time (the file's order breaks ties).
    std::span<const Marker> markers(int row) const;
    // Those with from <= at <= to, by binary search.
    std::span<const Marker> markersIn(int row, double from, double to) const;
    qsizetype markerCount() const { return m_markerCount; }
    // Markers of all rows with from <= at <= to.
    qsizetype markerCountIn(double from, double to) const;

    // Chat markers: the message and who it was for (Recipient::Other: recipientText() says).
    QString chatText(const Marker &marker) const;
    Recipient recipient(const Marker &marker) const;
    QString recipientText(const Marker &marker) const; // the "to" member as sent
    // "update", or the unknown action as the file has it.
    QString actionText(const Marker &marker) const;

    // Events not drawn, in file order.
    const std::vector<UnplacedEvent> &unplaced() const { return m_unplaced; }
    qsizetype unplacedWithoutRow() const { return m_withoutRow; }
    qsizetype unplacedWithoutTime() const { return m_withoutTime; }

private:
    const ParticipantEvent &eventOf(const Marker &marker) const;

    MeetingFiles m_meeting;
    Presence m_presence;
    std::vector<std::vector<Marker>> m_markers; // per timeline row
    std::vector<UnplacedEvent> m_unplaced;
    qsizetype m_markerCount = 0;
    qsizetype m_withoutRow = 0;
    qsizetype m_withoutTime = 0;
};
