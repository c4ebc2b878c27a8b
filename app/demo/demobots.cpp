#include "demobots.h"

#include "demorandom.h"
#include "demotime.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000000;
constexpr qint64 day = 86400 * second;

// Generator streams of the workspace seed, apart from those of the catalog (artifact i: i; recording
// r: 2^32 + r; the token).
constexpr quint64 ownBotStream = 0x200000000ULL; // + catalog recording
constexpr quint64 specialBotStream = 0x300000000ULL; // + Special
constexpr quint64 videoStream = 0x400000000ULL; // + catalog recording; the uncaptured one uses -1

// The artifacts whose recordings belong to the two-recording bot.
constexpr int pairArtifacts[2] = {3, 2};

QString platformName(MeetingPlatform platform)
{
    switch (platform) {
    case MeetingPlatform::Zoom:
        return u"zoom"_s;
    case MeetingPlatform::GoogleMeet:
        return u"google_meet"_s;
    case MeetingPlatform::MicrosoftTeams:
        return u"microsoft_teams"_s;
    case MeetingPlatform::Other:
        break;
    }
    return u"webex"_s;
}

QJsonObject statusJson(const QString &code, qint64 atUs)
{
    return {{u"code"_s, code}, {u"sub_code"_s, QJsonValue::Null}, {u"updated_at"_s, DemoTime::isoMicros(atUs)}};
}

// A shortcut the app does not use, with an id of its own: reading the wrong one would show.
QJsonObject videoShortcut(quint32 seed, quint64 stream, qint64 completedUs)
{
    DemoRng rng(seed, videoStream + stream);
    return {{u"id"_s, rng.uuid()}, {u"created_at"_s, DemoTime::isoMicros(completedUs + 20 * second)},
        {u"status"_s, statusJson(DemoStatus::done, completedUs + 90 * second)},
        {u"data"_s, QJsonObject {{u"download_url"_s, QJsonValue::Null}}}, {u"format"_s, u"mp4"_s}};
}

QJsonArray statusChanges(bool waiting)
{
    QJsonArray changes;
    for (const QString &code :
        waiting ? QStringList {u"ready"_s} : QStringList {u"joining_call"_s, u"in_call_recording"_s, u"done"_s})
        changes.append(QJsonObject {{u"code"_s, code}, {u"sub_code"_s, QJsonValue::Null}});
    return changes;
}

QJsonObject recordingObject(const QString &id, qint64 startedUs, qint64 completedUs, const QJsonObject &shortcuts)
{
    return {{u"id"_s, id}, {u"created_at"_s, DemoTime::isoMicros(startedUs - 25 * second)},
        {u"started_at"_s, DemoTime::isoMicros(startedUs)}, {u"completed_at"_s, DemoTime::isoMicros(completedUs)},
        {u"expires_at"_s, DemoTime::isoMicros(completedUs + 7 * day)},
        {u"status"_s, statusJson(DemoStatus::done, completedUs)}, {u"media_shortcuts"_s, shortcuts},
        {u"metadata"_s, QJsonObject()}};
}

} // namespace

DemoBots::DemoBots(const DemoCatalog &catalog)
    : m_catalog(catalog)
{
    if (catalog.size() > pairArtifacts[0]) {
        m_pair[0] = catalog.at(pairArtifacts[0]).recording;
        m_pair[1] = catalog.at(pairArtifacts[1]).recording;
    }
}

bool DemoBots::inPair(int catalogRecording) const
{
    return hasPair() && (catalogRecording == m_pair[0] || catalogRecording == m_pair[1]);
}

QString DemoBots::ownBotId(int catalogRecording) const
{
    return DemoRng(m_catalog.seed(), ownBotStream + static_cast<quint64>(catalogRecording)).uuid();
}

QString DemoBots::specialId(Special special) const
{
    if (special == Special::TwoRecordings && !hasPair())
        return {};
    return DemoRng(m_catalog.seed(), specialBotStream + static_cast<quint64>(special)).uuid();
}

QString DemoBots::idForRecording(int catalogRecording) const
{
    if (catalogRecording < 0 || catalogRecording >= m_catalog.recordingCount())
        return {};
    return inPair(catalogRecording) ? specialId(Special::TwoRecordings) : ownBotId(catalogRecording);
}

QStringList DemoBots::ids() const
{
    QStringList ids;
    for (int r = 0; r < m_catalog.recordingCount(); ++r) {
        if (!inPair(r))
            ids.append(ownBotId(r));
    }
    for (const Special special : {Special::TwoRecordings, Special::NoRecording, Special::NotCaptured}) {
        if (const QString id = specialId(special); !id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void DemoBots::buildIndex() const
{
    if (!m_index.isEmpty())
        return;
    m_index.reserve(m_catalog.recordingCount() + 3);
    for (int r = 0; r < m_catalog.recordingCount(); ++r) {
        if (!inPair(r))
            m_index.insert(ownBotId(r), r);
    }
    for (const Special special : {Special::TwoRecordings, Special::NoRecording, Special::NotCaptured}) {
        if (const QString id = specialId(special); !id.isEmpty())
            m_index.insert(id, -1 - static_cast<int>(special));
    }
}

int DemoBots::newestArtifactOf(int catalogRecording) const
{
    // Artifacts join only the latest recording, so recording indexes never decrease along the list:
    // the first artifact that names the recording is its newest.
    int low = 0;
    int high = m_catalog.size();
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (m_catalog.at(middle).recording < catalogRecording)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

QJsonObject DemoBots::recordingJson(int catalogRecording, const DemoCatalog::UrlMaker &urls) const
{
    const int artifact = newestArtifactOf(catalogRecording);
    const MeetingSpec spec = m_catalog.meetingSpec(artifact);
    const qint64 completedUs = spec.recordingStartUs + spec.durationUs;
    QJsonObject events = m_catalog.artifactJson(artifact, urls);
    events.remove(u"recording"_s);
    const QJsonObject shortcuts {
        {u"video_mixed"_s, videoShortcut(m_catalog.seed(), static_cast<quint64>(catalogRecording), completedUs)},
        {u"transcript"_s, QJsonValue::Null}, {u"participant_events"_s, events},
        {u"meeting_metadata"_s, QJsonValue::Null}};
    return recordingObject(m_catalog.recording(catalogRecording).id, spec.recordingStartUs, completedUs, shortcuts);
}

QJsonObject DemoBots::uncapturedRecordingJson() const
{
    DemoRng rng(m_catalog.seed(), specialBotStream + 0x100 + static_cast<quint64>(Special::NotCaptured));
    const QString id = rng.uuid();
    const qint64 startedUs = DemoTime::anchorUs() - 2 * day - rng.range(0, day);
    const qint64 completedUs = startedUs + rng.range(10 * 60, 50 * 60) * second;
    const QJsonObject shortcuts {{u"video_mixed"_s, videoShortcut(m_catalog.seed(), ~0ULL, completedUs)},
        {u"transcript"_s, QJsonValue::Null}, {u"participant_events"_s, QJsonValue::Null},
        {u"meeting_metadata"_s, QJsonValue::Null}};
    return recordingObject(id, startedUs, completedUs, shortcuts);
}

QJsonObject DemoBots::botJson(const QString &id, const QJsonArray &recordings, int platformArtifact) const
{
    const MeetingPlatform platform
        = platformArtifact >= 0 ? m_catalog.at(platformArtifact).platform : MeetingPlatform::Zoom;
    const QString meetingId = id.left(8) + id.right(4);
    return {{u"id"_s, id},
        {u"meeting_url"_s, QJsonObject {{u"meeting_id"_s, meetingId}, {u"platform"_s, platformName(platform)}}},
        {u"bot_name"_s, u"Notetaker"_s}, {u"join_at"_s, QJsonValue::Null}, {u"recordings"_s, recordings},
        {u"status_changes"_s, statusChanges(recordings.isEmpty())},
        {u"automatic_leave"_s, QJsonObject {{u"waiting_room_timeout"_s, 1200}, {u"noone_joined_timeout"_s, 1200}}},
        {u"metadata"_s, QJsonObject()}};
}

std::optional<QJsonObject> DemoBots::json(const QString &botId, const DemoCatalog::UrlMaker &urls) const
{
    buildIndex();
    const auto found = m_index.constFind(botId);
    if (found == m_index.constEnd())
        return std::nullopt;
    const Key key = *found;
    if (key >= 0)
        return botJson(botId, QJsonArray {recordingJson(key, urls)}, newestArtifactOf(key));
    switch (static_cast<Special>(-1 - key)) {
    case Special::TwoRecordings:
        return botJson(botId, QJsonArray {recordingJson(m_pair[0], urls), recordingJson(m_pair[1], urls)},
            newestArtifactOf(m_pair[0]));
    case Special::NoRecording:
        return botJson(botId, QJsonArray(), -1);
    case Special::NotCaptured:
        return botJson(botId, QJsonArray {uncapturedRecordingJson()}, -1);
    }
    return std::nullopt;
}
