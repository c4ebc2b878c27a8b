#include "presence.h"

#include <algorithm>
#include <array>

namespace {

using Action = ParticipantEvent::Action;

// One kind of on/off pairing for one participant.
struct Pairing
{
    std::vector<Presence::Span> *spans = nullptr;
    std::optional<Presence::Span> open;
    std::optional<double> lastOff;

    void on(double at, qsizetype event)
    {
        if (!open)
            open = Presence::Span {at, at, false, false, event, -1};
    }
    void off(double at, qsizetype event, double meetingStart)
    {
        // A second "off" in a row: they came back unseen some time after the first one, so the span
        // starts there (from the meeting's start it would overlap the span before).
        const double from = lastOff ? *lastOff : std::min(meetingStart, at);
        Presence::Span span = open ? *open : Presence::Span {from, at, true, false, -1, -1};
        span.to = at;
        span.endEvent = event;
        spans->push_back(span);
        open.reset();
        lastOff = at;
    }
    void close(double meetingEnd)
    {
        if (!open)
            return;
        open->to = std::max(open->from, meetingEnd);
        open->openEnd = true;
        spans->push_back(*open);
        open.reset();
    }
};

} // namespace

Presence Presence::build(const MeetingFiles &meeting)
{
    Presence out;
    if (!meeting.events)
        return out;
    const ParticipantEventsFile &file = *meeting.events;
    out.m_hasEvents = !file.events.empty();

    // Events in time order (stable: the file's order breaks ties).
    std::vector<std::pair<double, qsizetype>> timed;
    timed.reserve(file.events.size());
    for (qsizetype i = 0; i < qsizetype(file.events.size()); ++i) {
        if (const std::optional<double> t = meeting.eventTime(file.events[size_t(i)]))
            timed.emplace_back(*t, i);
        else
            ++out.m_withoutTime;
    }
    std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    if (meeting.document) {
        out.m_meetingStart = meeting.document->content().start;
        out.m_meetingEnd = meeting.document->content().end;
    } else if (!timed.empty()) {
        out.m_meetingStart = std::min(0.0, timed.front().first);
        out.m_meetingEnd = std::max(0.0, timed.back().first);
    }

    out.m_participants.resize(size_t(file.participants.size()));
    std::vector<std::array<Pairing, 3>> pairings(out.m_participants.size());
    for (size_t p = 0; p < out.m_participants.size(); ++p) {
        Participant &participant = out.m_participants[p];
        participant.id = file.participants.at(qsizetype(p)).id;
        participant.eventParticipant = quint32(p);
        participant.row = meeting.rowOfEventParticipant(quint32(p));
        pairings[p][0].spans = &participant.present;
        pairings[p][1].spans = &participant.webcam;
        pairings[p][2].spans = &participant.screenshare;
    }
    for (const auto &[at, index] : timed) {
        const ParticipantEvent &event = file.events[size_t(index)];
        if (event.participant >= pairings.size())
            continue;
        auto &pairs = pairings[event.participant];
        switch (event.action) {
        case Action::Join:
            pairs[0].on(at, index);
            break;
        case Action::Leave:
            pairs[0].off(at, index, out.m_meetingStart);
            break;
        case Action::WebcamOn:
            pairs[1].on(at, index);
            break;
        case Action::WebcamOff:
            pairs[1].off(at, index, out.m_meetingStart);
            break;
        case Action::ScreenshareOn:
            pairs[2].on(at, index);
            break;
        case Action::ScreenshareOff:
            pairs[2].off(at, index, out.m_meetingStart);
            break;
        default:
            break;
        }
    }
    for (auto &pairs : pairings) {
        for (Pairing &pairing : pairs)
            pairing.close(out.m_meetingEnd);
    }

    const qsizetype rows = meeting.timeline().rowCount();
    out.m_byRow.assign(size_t(rows), -1);
    for (size_t p = 0; p < out.m_participants.size(); ++p) {
        const std::optional<qsizetype> row = out.m_participants[p].row;
        if (row && *row >= 0 && *row < rows && out.m_byRow[size_t(*row)] < 0)
            out.m_byRow[size_t(*row)] = int(p);
    }
    return out;
}

const Presence::Participant *Presence::forRow(qsizetype row) const
{
    if (row < 0 || row >= qsizetype(m_byRow.size()) || m_byRow[size_t(row)] < 0)
        return nullptr;
    return &m_participants[size_t(m_byRow[size_t(row)])];
}
