#include "eventoverlay.h"

#include <algorithm>

namespace {

using Action = ParticipantEvent::Action;

std::optional<EventOverlay::MarkerKind> markerKind(Action action)
{
    switch (action) {
    case Action::ChatMessage:
        return EventOverlay::MarkerKind::Chat;
    case Action::Update:
        return EventOverlay::MarkerKind::Update;
    case Action::Other:
        return EventOverlay::MarkerKind::Unknown;
    default:
        return std::nullopt; // drawn as spans, or speech (the timeline file's bars)
    }
}

bool isSpeech(Action action)
{
    return action == Action::SpeechOn || action == Action::SpeechOff;
}

} // namespace

EventOverlay EventOverlay::build(const MeetingFiles &meeting)
{
    EventOverlay out;
    out.m_meeting = meeting;
    out.m_presence = Presence::build(meeting);
    const qsizetype rows = meeting.timeline().rowCount();
    out.m_markers.resize(size_t(rows));
    if (!meeting.events)
        return out;
    const ParticipantEventsFile &file = *meeting.events;

    // Rows per events participant, looked up once rather than per event.
    std::vector<int> rowOf(size_t(file.participants.size()), -1);
    for (size_t p = 0; p < rowOf.size(); ++p) {
        const std::optional<qsizetype> row = meeting.rowOfEventParticipant(quint32(p));
        if (row && *row >= 0 && *row < rows)
            rowOf[p] = int(*row);
    }
    for (qsizetype i = 0; i < qsizetype(file.events.size()); ++i) {
        const ParticipantEvent &event = file.events[size_t(i)];
        if (isSpeech(event.action))
            continue;
        const int row = event.participant < rowOf.size() ? rowOf[event.participant] : -1;
        if (row < 0) {
            out.m_unplaced.push_back({i, Unplaced::NoRow});
            ++out.m_withoutRow;
            continue;
        }
        const std::optional<double> at = meeting.eventTime(event);
        if (!at) {
            out.m_unplaced.push_back({i, Unplaced::NoTime});
            ++out.m_withoutTime;
            continue;
        }
        if (const std::optional<MarkerKind> kind = markerKind(event.action)) {
            out.m_markers[size_t(row)].push_back({*at, i, row, *kind});
            ++out.m_markerCount;
        }
    }
    for (std::vector<Marker> &row : out.m_markers)
        std::stable_sort(row.begin(), row.end(), [](const Marker &a, const Marker &b) { return a.at < b.at; });
    return out;
}

std::span<const Presence::Span> EventOverlay::present(int row) const
{
    const Presence::Participant *p = m_presence.forRow(row);
    return p ? std::span<const Presence::Span>(p->present) : std::span<const Presence::Span>();
}

std::span<const Presence::Span> EventOverlay::webcam(int row) const
{
    const Presence::Participant *p = m_presence.forRow(row);
    return p ? std::span<const Presence::Span>(p->webcam) : std::span<const Presence::Span>();
}

std::span<const Presence::Span> EventOverlay::screenshare(int row) const
{
    const Presence::Participant *p = m_presence.forRow(row);
    return p ? std::span<const Presence::Span>(p->screenshare) : std::span<const Presence::Span>();
}

std::span<const EventOverlay::Marker> EventOverlay::markers(int row) const
{
    if (row < 0 || size_t(row) >= m_markers.size())
        return {};
    return m_markers[size_t(row)];
}

std::span<const EventOverlay::Marker> EventOverlay::markersIn(int row, double from, double to) const
{
    const std::span<const Marker> all = markers(row);
    if (!(to >= from))
        return {};
    const auto first
        = std::lower_bound(all.begin(), all.end(), from, [](const Marker &m, double t) { return m.at < t; });
    const auto last = std::upper_bound(first, all.end(), to, [](double t, const Marker &m) { return t < m.at; });
    return all.subspan(size_t(first - all.begin()), size_t(last - first));
}

qsizetype EventOverlay::markerCountIn(double from, double to) const
{
    qsizetype count = 0;
    for (size_t row = 0; row < m_markers.size(); ++row)
        count += qsizetype(markersIn(int(row), from, to).size());
    return count;
}

const ParticipantEvent &EventOverlay::eventOf(const Marker &marker) const
{
    return m_meeting.events->events[size_t(marker.event)];
}

QString EventOverlay::chatText(const Marker &marker) const
{
    if (marker.kind != MarkerKind::Chat || !m_meeting.events)
        return {};
    return m_meeting.events->chats.value(qsizetype(eventOf(marker).detail)).text;
}

QString EventOverlay::recipientText(const Marker &marker) const
{
    if (marker.kind != MarkerKind::Chat || !m_meeting.events)
        return {};
    return m_meeting.events->chats.value(qsizetype(eventOf(marker).detail)).to;
}

EventOverlay::Recipient EventOverlay::recipient(const Marker &marker) const
{
    if (marker.kind != MarkerKind::Chat)
        return Recipient::None;
    const QString to = recipientText(marker);
    if (to.isEmpty())
        return Recipient::None;
    if (to == u"everyone")
        return Recipient::Everyone;
    if (to == u"only_bot")
        return Recipient::OnlyBot;
    return Recipient::Other;
}

QString EventOverlay::actionText(const Marker &marker) const
{
    if (!m_meeting.events || marker.event < 0 || marker.event >= qsizetype(m_meeting.events->events.size()))
        return {};
    return m_meeting.events->actionName(eventOf(marker));
}
