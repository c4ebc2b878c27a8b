#include "datachecks.h"

#include "analysis/intervalset.h"
#include "analysis/presence.h"
#include "timeline/timeticks.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = DataChecks::Kind;
using Finding = DataChecks::Finding;
using Location = DataChecks::Location;

QString at(double seconds)
{
    return TimeTicks::relativeLabel(seconds, 0.1);
}

QString range(double from, double to)
{
    return at(from) + u'\u2013' + at(to);
}

// Counts every occurrence and keeps the first maxLocations of them.
struct Collector
{
    Finding &finding;
    qsizetype max = 0;

    void add(Location location)
    {
        ++finding.count;
        if (finding.locations.size() < max)
            finding.locations.append(std::move(location));
    }
    bool full() const { return finding.locations.size() >= max; }
};

// Everything the checks share, computed once.
class Run
{
public:
    Run(const MeetingFiles &files, const DataChecks::Options &chosen)
        : meeting(files)
        , options(chosen)
        , timeline(files.timeline())
    {
        if (meeting.document)
            m_content = {meeting.document->content().start, meeting.document->content().end};
        if (meeting.events)
            presence = Presence::build(meeting);
        for (size_t p = 0; p < presence.participants().size(); ++p)
            m_presenceById.insert(presence.participants()[p].id, p);
    }

    const MeetingFiles &meeting;
    const DataChecks::Options &options;
    const SpeakerTimeline &timeline;
    Presence presence;

    QString rowName(qsizetype row) const { return meeting.document->rowName(row); }

    // "Dana Ruiz (id 100)", or "(no name) #100".
    static QString person(qint64 id, const std::optional<QString> &name)
    {
        if (name && !name->trimmed().isEmpty())
            return DataChecks::tr("%1 (id %2)").arg(*name).arg(id);
        //: A participant without a name; %1 is their id
        return DataChecks::tr("(no name) #%1").arg(id);
    }

    // Where the chart goes for a row: from its first speech to its last.
    Location rowLocation(qsizetype row) const
    {
        Location l;
        l.row = row;
        const auto segments = timeline.row(row);
        if (segments.empty()) {
            l.from = m_content.first;
            l.to = m_content.second;
            return l;
        }
        l.from = segments.front().start;
        l.to = l.from;
        for (const TimelineSegment &s : segments)
            l.to = std::max({l.to, s.start, s.end});
        return l;
    }

    // Where the chart goes for an id: their speech, else their time in the meeting, else all of it.
    Location idLocation(qint64 id) const
    {
        if (const std::optional<qsizetype> row = timeline.rowOf(id); row && !timeline.row(*row).empty())
            return rowLocation(*row);
        Location l;
        l.from = m_content.first;
        l.to = m_content.second;
        if (const auto found = m_presenceById.constFind(id); found != m_presenceById.cend()) {
            const auto &present = presence.participants()[*found].present;
            if (!present.empty()) {
                l.from = present.front().from;
                l.to = present.back().to;
                l.event = present.front().startEvent;
            }
        }
        return l;
    }

    Location segmentLocation(qsizetype index) const
    {
        const TimelineSegment &s = timeline.segments()[size_t(index)];
        Location l;
        l.from = std::min(s.start, s.end);
        l.to = std::max(s.start, s.end);
        l.row = s.participant;
        l.segment = index;
        l.what = rowName(s.participant) + u' ' + range(s.start, s.end);
        return l;
    }

    void segmentChecks(Finding &endBeforeStart, Finding &zero, Finding &repeated, Finding &early) const
    {
        Collector backwards {endBeforeStart, options.maxLocations};
        Collector empty {zero, options.maxLocations};
        Collector copies {repeated, options.maxLocations};
        Collector before {early, options.maxLocations};
        std::vector<std::pair<double, qsizetype>> sameStart;
        for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
            const auto segments = timeline.row(r);
            const qsizetype begin = timeline.rowBegin(r);
            for (size_t i = 0; i < segments.size(); ++i) {
                const TimelineSegment &s = segments[i];
                const qsizetype index = begin + qsizetype(i);
                if (s.has(TimelineSegment::EndBeforeStart))
                    backwards.add(segmentLocation(index));
                else if (s.start == s.end && !s.has(TimelineSegment::OpenEnded))
                    empty.add(segmentLocation(index));
                if (s.start < -options.earlySpeechBefore)
                    before.add(segmentLocation(index));
                // Segments are sorted by start within a row: copies start together.
                if (i > 0 && segments[i - 1].start == s.start)
                    continue;
                size_t last = i + 1;
                while (last < segments.size() && segments[last].start == s.start)
                    ++last;
                if (last - i < 2)
                    continue;
                sameStart.clear();
                for (size_t k = i; k < last; ++k)
                    sameStart.emplace_back(segments[k].end, begin + qsizetype(k));
                std::sort(sameStart.begin(), sameStart.end());
                for (size_t k = 1; k < sameStart.size(); ++k) {
                    if (sameStart[k].first == sameStart[k - 1].first)
                        copies.add(segmentLocation(sameStart[k].second));
                }
            }
        }
    }

    void openEnded(Finding &finding) const
    {
        Collector open {finding, options.maxLocations};
        for (const qsizetype index : meeting.document->openEnded())
            open.add(segmentLocation(index));
    }

    void longSilences(Finding &finding) const
    {
        Collector silences {finding, options.maxLocations};
        std::vector<IntervalSet::Interval> speech;
        speech.reserve(size_t(timeline.segmentCount()));
        for (const TimelineSegment &s : timeline.segments())
            speech.push_back({s.start, s.end});
        // As in the statistics, a segment that ends before it starts is no speech.
        speech = IntervalSet::unite(std::move(speech));
        // The meeting as SpeakerStats has it: from the earliest speech or 0 to the recording's end.
        const double start = std::min(0.0, timeline.isEmpty() ? 0.0 : timeline.minStart());
        const double end = std::max(start, timeline.recordingEnd());
        double quietSince = start;
        const auto gap = [&](double until) {
            if (until - quietSince > options.silenceLongerThan) {
                Location l;
                l.from = quietSince;
                l.to = until;
                l.what = DataChecks::tr("%1 (%2 s)").arg(range(quietSince, until)).arg(qRound64(until - quietSince));
                silences.add(std::move(l));
            }
        };
        for (const IntervalSet::Interval &i : speech) {
            gap(i.start);
            quietSince = std::max(quietSince, i.end);
        }
        gap(end);
    }

    void speechOutsidePresence(Finding &finding) const
    {
        Collector outside {finding, options.maxLocations};
        bool anyPresence = false;
        std::vector<Presence::Span> spans;
        const double tol = options.presenceTolerance;
        for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
            const Presence::Participant *p = presence.forRow(r);
            if (!p || p->present.empty())
                continue;
            anyPresence = true;
            spans = p->present;
            std::stable_sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.from < b.from; });
            const auto segments = timeline.row(r);
            for (size_t i = 0; i < segments.size(); ++i) {
                const TimelineSegment &s = segments[i];
                const double a = std::min(s.start, s.end);
                const double b = std::max(s.start, s.end);
                // The last span that starts (give or take the tolerance) before the speech does.
                const auto next = std::upper_bound(
                    spans.cbegin(), spans.cend(), a + tol, [](double v, const auto &span) { return v < span.from; });
                const Presence::Span *candidate = next == spans.cbegin() ? nullptr : &*(next - 1);
                if (candidate && b <= candidate->to + tol)
                    continue;
                Location l = segmentLocation(timeline.rowBegin(r) + qsizetype(i));
                if (!candidate) {
                    l.event = spans.front().startEvent;
                    l.what += u", "_s + DataChecks::tr("before joining");
                } else if (next == spans.cend()) {
                    l.event = candidate->endEvent;
                    l.what += u", "_s + DataChecks::tr("after leaving");
                } else {
                    l.event = candidate->endEvent;
                    l.what += u", "_s + DataChecks::tr("between leaving and rejoining");
                }
                outside.add(std::move(l));
            }
        }
        if (!anyPresence) {
            finding.applicable = false;
            finding.reason = DataChecks::tr("No speaker has join or leave events in the participant events file.");
        }
    }

    void missingFromParticipants(Finding &finding) const
    {
        Collector missing {finding, options.maxLocations};
        QSet<qint64> listed;
        for (const TimelineParticipant &p : meeting.participants->participants)
            listed.insert(p.id);
        for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
            const TimelineParticipant &p = timeline.participants().at(r);
            if (listed.contains(p.id))
                continue;
            Location l = rowLocation(r);
            l.what = person(p.id, p.name);
            missing.add(std::move(l));
        }
    }

    void neverSpoke(Finding &finding) const
    {
        Collector silent {finding, options.maxLocations};
        QSet<qint64> seen;
        const auto check = [&](const TimelineParticipant &p) {
            if (seen.contains(p.id))
                return;
            seen.insert(p.id);
            const std::optional<qsizetype> row = timeline.rowOf(p.id);
            if (row && !timeline.row(*row).empty())
                return;
            Location l = idLocation(p.id);
            l.what = person(p.id, p.name);
            silent.add(std::move(l));
        };
        if (meeting.participants) {
            for (const TimelineParticipant &p : meeting.participants->participants)
                check(p);
        }
        if (meeting.events) {
            for (const TimelineParticipant &p : meeting.events->participants)
                check(p);
        }
    }

    void sharedNames(Finding &finding) const
    {
        Collector shared {finding, options.maxLocations};
        QStringList order;
        QHash<QString, QList<TimelineParticipant>> byName;
        const auto add = [&](const QList<TimelineParticipant> &people) {
            for (const TimelineParticipant &p : people) {
                const QString name = p.name.value_or(QString()).trimmed();
                if (name.isEmpty())
                    continue;
                auto found = byName.find(name);
                if (found == byName.end()) {
                    order.append(name);
                    found = byName.insert(name, {});
                }
                if (std::none_of(found->cbegin(), found->cend(), [&](const auto &q) { return q.id == p.id; }))
                    found->append(p);
            }
        };
        add(timeline.participants());
        if (meeting.participants)
            add(meeting.participants->participants);
        if (meeting.events)
            add(meeting.events->participants);
        for (const QString &name : std::as_const(order)) {
            const QList<TimelineParticipant> &people = byName[name];
            if (people.size() < 2)
                continue;
            for (const TimelineParticipant &p : people) {
                Location l = idLocation(p.id);
                l.what = person(p.id, p.name);
                shared.add(std::move(l));
            }
        }
    }

private:
    std::pair<double, double> m_content {0, 0};
    QHash<qint64, size_t> m_presenceById;
};

} // namespace

QList<DataChecks::Finding> DataChecks::run(const MeetingFiles &meeting, const Options &options)
{
    QList<Finding> findings;
    for (int k = 0; k < kindCount; ++k) {
        Finding f;
        f.kind = Kind(k);
        f.title = title(f.kind, options);
        f.explanation = explanation(f.kind);
        findings.append(f);
    }
    const auto finding = [&](Kind kind) -> Finding & { return findings[int(kind)]; };
    const auto notApplicable = [&](Kind kind, const QString &reason) {
        finding(kind).applicable = false;
        finding(kind).reason = reason;
    };

    const Run run(meeting, options);
    if (!meeting.document) {
        const QString reason = tr("No speaker timeline is loaded.");
        for (Finding &f : findings) {
            f.applicable = false;
            f.reason = reason;
        }
        return findings;
    }

    run.segmentChecks(finding(Kind::EndBeforeStart), finding(Kind::ZeroLength), finding(Kind::RepeatedSegments),
        finding(Kind::EarlySpeech));
    run.openEnded(finding(Kind::OpenEnded));
    run.longSilences(finding(Kind::LongSilence));
    run.sharedNames(finding(Kind::SharedName));

    if (meeting.events)
        run.speechOutsidePresence(finding(Kind::SpeechOutsidePresence));
    else
        notApplicable(Kind::SpeechOutsidePresence, tr("Needs the participant events file, which is not loaded."));
    if (meeting.participants)
        run.missingFromParticipants(finding(Kind::SpeakerMissingFromParticipants));
    else
        notApplicable(Kind::SpeakerMissingFromParticipants, tr("Needs the participants file, which is not loaded."));
    if (meeting.participants || meeting.events)
        run.neverSpoke(finding(Kind::ParticipantNeverSpoke));
    else
        notApplicable(Kind::ParticipantNeverSpoke,
            tr("Needs the participants file or the participant events file; neither is loaded."));
    return findings;
}

QString DataChecks::title(Kind kind, const Options &options)
{
    switch (kind) {
    case Kind::SpeechOutsidePresence:
        return tr("Speech while not in the meeting");
    case Kind::EndBeforeStart:
        return tr("Segments that end before they start");
    case Kind::ZeroLength:
        return tr("Segments of zero length");
    case Kind::RepeatedSegments:
        return tr("Repeated segments");
    case Kind::SpeakerMissingFromParticipants:
        return tr("Speakers missing from the participants file");
    case Kind::ParticipantNeverSpoke:
        return tr("Participants who never spoke");
    case Kind::OpenEnded:
        return tr("Open-ended segments");
    case Kind::EarlySpeech:
        //: %1 is a number of seconds
        return tr("Speech more than %1 s before the recording started").arg(options.earlySpeechBefore);
    case Kind::LongSilence:
        //: %1 is a number of seconds
        return tr("Silences longer than %1 s").arg(options.silenceLongerThan);
    case Kind::SharedName:
        return tr("Several ids with the same name");
    }
    return {};
}

QString DataChecks::explanation(Kind kind)
{
    switch (kind) {
    case Kind::SpeechOutsidePresence:
        return tr("The timeline has them speaking while the events file has them out of the meeting. Usually a "
                  "join or leave event arrived late or was lost, or the speech was attributed to the wrong id.");
    case Kind::EndBeforeStart:
        return tr("The file's end timestamp is earlier than its start. Usually a clock correction or a fault "
                  "upstream; these segments count no talk time.");
    case Kind::ZeroLength:
        return tr("The segment starts and ends at the same instant. Usually a turn too short to measure or a "
                  "glitch; it counts no talk time.");
    case Kind::RepeatedSegments:
        return tr("The same speaker has the same segment more than once. Usually a duplicate in the file; talk "
                  "time counts it once.");
    case Kind::SpeakerMissingFromParticipants:
        return tr("Someone spoke who is not in the participants file. Usually the participants file is "
                  "incomplete or belongs to another recording.");
    case Kind::ParticipantNeverSpoke:
        return tr("Listed as a participant, but with no speech in the timeline. Usually a muted listener or a "
                  "bot, or their speech went to another id (see several ids with the same name).");
    case Kind::OpenEnded:
        return tr("The recording ended while they were speaking, or the bot lost the end of the turn; talk time "
                  "counts to the end of the recording and is an estimate.");
    case Kind::EarlySpeech:
        return tr("Speech long before the recording's start. Usually audio from before the recording started, or "
                  "timestamps from a wrong clock; it counts in the statistics and is marked there.");
    case Kind::LongSilence:
        return tr("Nobody speaks for this long. Usually a break, a screen share without talk, or audio that did "
                  "not reach the bot (a muted or broken microphone, a bot that lost its audio).");
    case Kind::SharedName:
        return tr("Usually one person who left and rejoined (a new id each time), or two people with the same "
                  "display name. Merge the rows in Statistics if it is one person.");
    }
    return {};
}
