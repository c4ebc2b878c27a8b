#include "timelinefile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFile)
};
} // namespace

QString TimelineFiles::fileName(TimelineFile file)
{
    switch (file) {
    case TimelineFile::Participants:
        return u"participants.json"_s;
    case TimelineFile::ParticipantEvents:
        return u"participant_events.json"_s;
    case TimelineFile::SpeakerTimeline:
        return u"speaker_timeline.json"_s;
    }
    return {};
}

QString TimelineFiles::title(TimelineFile file)
{
    switch (file) {
    case TimelineFile::Participants:
        return Text::tr("participants");
    case TimelineFile::ParticipantEvents:
        return Text::tr("participant events");
    case TimelineFile::SpeakerTimeline:
        return Text::tr("speaker timeline");
    }
    return {};
}

QUrl TimelineFiles::downloadUrl(const DownloadUrls &urls, TimelineFile file)
{
    switch (file) {
    case TimelineFile::Participants:
        return urls.participants;
    case TimelineFile::ParticipantEvents:
        return urls.participantEvents;
    case TimelineFile::SpeakerTimeline:
        return urls.speakerTimeline;
    }
    return {};
}
