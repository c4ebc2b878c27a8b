#include "democatalog.h"

#include "demotime.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

// The generated workspace.
//
// Artifacts are listed newest first; index 0 is the newest. created_at of index i lies in
// [anchor - (i+1)*spacing, anchor - (i+1)*spacing + spacing/2) with spacing = 42 days / count, so
// the list order is strict and the workspace spans six weeks before 2025-07-17T00:00:00Z whatever
// its size. Every artifact has its own generator seeded from (workspace seed, index): ids, statuses
// and meetings of the first artifacts do not depend on the count (only created_at does).
//
// Fixed quirk carriers (by index, present when count > index):
//   0      processing                      (Processing)
//   1      done, Zoom, 40 speakers, 4:00:00 exactly (LargeMeeting; the only meeting above 15 people
//          or 90 minutes)
//   2      done, Zoom, 5 people, 35 min: first segment at relative -4.5 s, chat to everyone and to
//          only_bot, a dial-in participant, "email" present on some participants and absent on others
//          and actions the spec does not list ("raise_hand", "breakout_room_join")
//          (ZoomLike, NegativeStart, ChatMessages, DialIn, MissingEmail, UnknownAction)
//   3      done, Google Meet, 6 people, 50 min: last segment open-ended, participant 101 rejoins as
//          106 with the same name, an "update" event, unknown actions (MeetLike, OpenEndedSegment, Rejoin,
//          UpdateEvent)
//   4      done, Teams, 6 people, 40 min: 101 and 102 share a name, one participant's name is null,
//          overlapping speech, timeline grouped by speaker (TeamsLike, SameName, NullName, Overlap,
//          UnsortedTimeline)
//   5      failed, sub_code "recording_too_short"  (Failed)
//   6      deleted                                 (Deleted)
//   7      done, metadata with a 500-character value and a null value
//          (LongMetadataValue, NullMetadataValue)
//   8..10  done, one recording owning all three   (SharedRecording)
//   11     done, recording.metadata null          (NullRecordingMetadata)
//   12     failed, sub_code null                  (FailedWithoutSubCode)
// Everything else is random: ~78% done, 4% processing, 10% failed, 8% deleted; 2-15 people,
// 5-75 minutes, Zoom/Meet/Teams/other; some random meetings carry quirks too.

namespace {

constexpr qint64 second = 1000000;

struct QuirkCarrier
{
    DemoQuirk quirk;
    int index;
};

constexpr std::array<QuirkCarrier, 24> quirkCarriers {{
    {DemoQuirk::Processing, 0},
    {DemoQuirk::LargeMeeting, 1},
    {DemoQuirk::ZoomLike, 2},
    {DemoQuirk::NegativeStart, 2},
    {DemoQuirk::ChatMessages, 2},
    {DemoQuirk::DialIn, 2},
    {DemoQuirk::MissingEmail, 2},
    {DemoQuirk::UnknownAction, 2},
    {DemoQuirk::MeetLike, 3},
    {DemoQuirk::OpenEndedSegment, 3},
    {DemoQuirk::Rejoin, 3},
    {DemoQuirk::UpdateEvent, 3},
    {DemoQuirk::TeamsLike, 4},
    {DemoQuirk::SameName, 4},
    {DemoQuirk::NullName, 4},
    {DemoQuirk::Overlap, 4},
    {DemoQuirk::UnsortedTimeline, 4},
    {DemoQuirk::Failed, 5},
    {DemoQuirk::Deleted, 6},
    {DemoQuirk::LongMetadataValue, 7},
    {DemoQuirk::NullMetadataValue, 7},
    {DemoQuirk::SharedRecording, 8},
    {DemoQuirk::NullRecordingMetadata, 11},
    {DemoQuirk::FailedWithoutSubCode, 12},
}};

constexpr int firstRandomIndex = 13;

const std::array<QStringView, 5> failureReasons {u"recording_too_short", u"bot_removed_before_recording",
    u"transcription_provider_error", u"internal_error", u"meeting_ended_before_bot_joined"};

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString demoQuirkName(DemoQuirk quirk)
{
    switch (quirk) {
    case DemoQuirk::Processing:
        return u"Processing"_s;
    case DemoQuirk::LargeMeeting:
        return u"LargeMeeting"_s;
    case DemoQuirk::ZoomLike:
        return u"ZoomLike"_s;
    case DemoQuirk::NegativeStart:
        return u"NegativeStart"_s;
    case DemoQuirk::ChatMessages:
        return u"ChatMessages"_s;
    case DemoQuirk::DialIn:
        return u"DialIn"_s;
    case DemoQuirk::MissingEmail:
        return u"MissingEmail"_s;
    case DemoQuirk::MeetLike:
        return u"MeetLike"_s;
    case DemoQuirk::OpenEndedSegment:
        return u"OpenEndedSegment"_s;
    case DemoQuirk::Rejoin:
        return u"Rejoin"_s;
    case DemoQuirk::UpdateEvent:
        return u"UpdateEvent"_s;
    case DemoQuirk::UnknownAction:
        return u"UnknownAction"_s;
    case DemoQuirk::TeamsLike:
        return u"TeamsLike"_s;
    case DemoQuirk::SameName:
        return u"SameName"_s;
    case DemoQuirk::NullName:
        return u"NullName"_s;
    case DemoQuirk::Overlap:
        return u"Overlap"_s;
    case DemoQuirk::UnsortedTimeline:
        return u"UnsortedTimeline"_s;
    case DemoQuirk::Failed:
        return u"Failed"_s;
    case DemoQuirk::FailedWithoutSubCode:
        return u"FailedWithoutSubCode"_s;
    case DemoQuirk::Deleted:
        return u"Deleted"_s;
    case DemoQuirk::LongMetadataValue:
        return u"LongMetadataValue"_s;
    case DemoQuirk::NullMetadataValue:
        return u"NullMetadataValue"_s;
    case DemoQuirk::SharedRecording:
        return u"SharedRecording"_s;
    case DemoQuirk::NullRecordingMetadata:
        return u"NullRecordingMetadata"_s;
    }
    return {};
}

QList<DemoQuirk> allDemoQuirks()
{
    QList<DemoQuirk> quirks;
    for (const QuirkCarrier &carrier : quirkCarriers)
        quirks.append(carrier.quirk);
    return quirks;
}

DemoCatalog::DemoCatalog(quint32 seed, int count)
    : m_seed(seed)
{
    generate(seed, std::max(0, count));
}

int DemoCatalog::quirkIndex(DemoQuirk quirk) const
{
    for (const QuirkCarrier &carrier : quirkCarriers) {
        if (carrier.quirk == quirk)
            return carrier.index < size() ? carrier.index : -1;
    }
    return -1;
}

void DemoCatalog::generate(quint32 seed, int count)
{
    m_artifacts.reserve(count);
    m_index.reserve(count);
    const qint64 spacing = count > 0 ? qint64(42) * 24 * 3600 * second / count : 0;
    for (int i = 0; i < count; ++i) {
        DemoRng rng(seed, static_cast<quint64>(i));
        DemoArtifactRecord a;
        a.id = rng.uuid();
        a.seed = rng.next();
        a.createdAtUs = DemoTime::anchorUs() - (i + 1) * spacing + rng.range(0, spacing / 2);

        // Status: fixed on the quirk carriers, random elsewhere.
        const double roll = rng.uniform();
        a.statusCode = DemoStatus::done;
        if (i == 0 || (i >= firstRandomIndex && roll < 0.04))
            a.statusCode = DemoStatus::processing;
        else if (i == 5 || i == 12 || (i >= firstRandomIndex && roll < 0.14))
            a.statusCode = DemoStatus::failed;
        else if (i == 6 || (i >= firstRandomIndex && roll < 0.22))
            a.statusCode = DemoStatus::deleted;

        if (i == 5)
            a.subCode = u"recording_too_short"_s;
        else if (a.statusCode == DemoStatus::failed && i != 12 && rng.chance(0.8))
            a.subCode = rng.pick(failureReasons).toString();
        else if (a.statusCode == DemoStatus::done && i >= firstRandomIndex && rng.chance(0.03))
            a.subCode = u"partial_recording"_s;
        else if (a.statusCode == DemoStatus::processing && rng.chance(0.3))
            a.subCode = u"waiting_for_recording_end"_s;

        a.updatedAtUs = a.createdAtUs
            + (a.statusCode == DemoStatus::processing     ? rng.range(2 * second, 60 * second)
                    : a.statusCode == DemoStatus::deleted ? rng.range(86400 * second, 10 * 86400 * second)
                                                          : rng.range(60 * second, 2400 * second));

        // The meeting behind the artifact (used once it is done, even if flipped later).
        const double platformRoll = rng.uniform();
        a.platform = platformRoll < 0.45 ? MeetingPlatform::Zoom
            : platformRoll < 0.70        ? MeetingPlatform::GoogleMeet
            : platformRoll < 0.95        ? MeetingPlatform::MicrosoftTeams
                                         : MeetingPlatform::Other;
        const double sizeRoll = rng.uniform();
        a.participantCount = static_cast<quint8>(sizeRoll < 0.3 ? 2
                : sizeRoll < 0.8                                ? rng.rangeInt(3, 6)
                                                                : rng.rangeInt(7, 15));
        a.durationS = static_cast<qint32>(rng.range(5 * 60, 75 * 60));
        quint16 features = 0;
        if (rng.chance(0.05))
            features |= NegativeStartFeature;
        if (rng.chance(0.10))
            features |= OpenEndedFeature;
        if (rng.chance(0.08))
            features |= RejoinFeature;
        if (rng.chance(0.08))
            features |= OverlapFeature;
        if (a.participantCount >= 4 && rng.chance(0.08))
            features |= DialInFeature;
        if (a.participantCount >= 5 && rng.chance(0.04))
            features |= NullNameFeature;
        if (a.participantCount >= 5 && rng.chance(0.03))
            features |= SameNameFeature;
        a.features = features;

        switch (i) {
        case 1:
            a.platform = MeetingPlatform::Zoom;
            a.participantCount = 40;
            a.durationS = 4 * 3600;
            a.features = 0;
            break;
        case 2:
            a.platform = MeetingPlatform::Zoom;
            a.participantCount = 5;
            a.durationS = 35 * 60;
            a.features = NegativeStartFeature | ChatFeature | DialInFeature | UnknownActionFeature;
            break;
        case 3:
            a.platform = MeetingPlatform::GoogleMeet;
            a.participantCount = 6;
            a.durationS = 50 * 60;
            a.features = OpenEndedFeature | RejoinFeature | UpdateEventFeature | UnknownActionFeature;
            break;
        case 4:
            a.platform = MeetingPlatform::MicrosoftTeams;
            a.participantCount = 6;
            a.durationS = 40 * 60;
            a.features = SameNameFeature | NullNameFeature | OverlapFeature | UnsortedTimelineFeature;
            break;
        case 7:
            a.metadataFlavour = DemoMetadata::Flavour::Edgy;
            break;
        default:
            break;
        }
        a.recording = assignRecording(i, rng);
        m_index.insert(a.id, i);
        m_artifacts.append(std::move(a));
    }
}

int DemoCatalog::assignRecording(int index, DemoRng &rng)
{
    // Mostly one recording per artifact; sometimes an artifact is a re-run for the recording of the
    // previous one (at most three per recording). Index 8 opens a recording that 9 and 10 join.
    const bool sharedQuirk = index == 9 || index == 10;
    const bool joinPrevious = sharedQuirk
        || (index >= firstRandomIndex && !m_recordings.isEmpty() && m_recordingSizes.last() < 3 && rng.chance(0.12));
    if (!joinPrevious) {
        DemoRng recordingRng(m_seed, 0x100000000ULL + static_cast<quint64>(m_recordings.size()));
        DemoRecordingRecord r;
        r.id = recordingRng.uuid();
        r.seed = recordingRng.next();
        r.hasMetadata = index == 8 || (index != 11 && recordingRng.chance(0.7));
        m_recordingIndex.insert(r.id, static_cast<int>(m_recordings.size()));
        m_recordings.append(r);
        m_recordingSizes.append(0);
    }
    ++m_recordingSizes.last();
    return static_cast<int>(m_recordings.size()) - 1;
}

QJsonObject DemoCatalog::metadata(int index) const
{
    const DemoArtifactRecord &a = m_artifacts[index];
    return a.metadataOverride ? *a.metadataOverride : DemoMetadata::artifactMetadata(a.seed, a.metadataFlavour);
}

QJsonValue DemoCatalog::recordingMetadata(int recording) const
{
    const DemoRecordingRecord &r = m_recordings[recording];
    return r.metadataOverride ? *r.metadataOverride : DemoMetadata::recordingMetadata(r.seed, r.hasMetadata);
}

QJsonObject DemoCatalog::recordingJson(int recording) const
{
    return QJsonObject {{u"id"_s, m_recordings[recording].id}, {u"metadata"_s, recordingMetadata(recording)}};
}

QJsonObject DemoCatalog::artifactJson(int index, const UrlMaker &urls) const
{
    const DemoArtifactRecord &a = m_artifacts[index];
    const bool done = a.statusCode == DemoStatus::done;
    const auto url
        = [&](MeetingFile file) { return done && urls ? QJsonValue(urls(a.id, file)) : QJsonValue(QJsonValue::Null); };
    return QJsonObject {
        {u"id"_s, a.id},
        {u"recording"_s, recordingJson(a.recording)},
        {u"created_at"_s, DemoTime::isoMicros(a.createdAtUs)},
        {u"status"_s,
            QJsonObject {{u"code"_s, a.statusCode}, {u"sub_code"_s, stringOrNull(a.subCode)},
                {u"updated_at"_s, DemoTime::isoMicros(a.updatedAtUs)}}},
        {u"metadata"_s, metadata(index)},
        {u"data"_s,
            QJsonObject {{u"participant_events_download_url"_s, url(MeetingFile::ParticipantEvents)},
                {u"speaker_timeline_download_url"_s, url(MeetingFile::SpeakerTimeline)},
                {u"participants_download_url"_s, url(MeetingFile::Participants)}}},
    };
}

MeetingSpec DemoCatalog::meetingSpec(int index) const
{
    const DemoArtifactRecord &a = m_artifacts[index];
    MeetingSpec spec;
    spec.seed = a.seed;
    spec.platform = a.platform;
    spec.participantCount = a.participantCount;
    spec.durationUs = qint64(a.durationS) * second;
    spec.features = a.features;
    // The artifact is created a little after the recording ends.
    spec.recordingStartUs = a.createdAtUs - spec.durationUs - qint64(30 + a.seed % 240) * second;
    return spec;
}

void DemoCatalog::setMetadata(int index, const QJsonObject &metadata)
{
    m_artifacts[index].metadataOverride = metadata;
}

void DemoCatalog::setRecordingMetadata(int recording, const QJsonObject &metadata)
{
    m_recordings[recording].metadataOverride = QJsonValue(metadata);
}

void DemoCatalog::setStatus(int index, const QString &code, const QString &subCode, qint64 atUs)
{
    DemoArtifactRecord &a = m_artifacts[index];
    a.statusCode = code == DemoStatus::processing ? DemoStatus::processing
        : code == DemoStatus::done                ? DemoStatus::done
        : code == DemoStatus::failed              ? DemoStatus::failed
        : code == DemoStatus::deleted             ? DemoStatus::deleted
                                                  : code;
    a.subCode = subCode.isEmpty() ? QString() : subCode;
    a.updatedAtUs = std::max(atUs, a.createdAtUs + second);
}
