#include "timelinefile.h"

#include <QCoreApplication>

#include <algorithm>

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

int TimelineFiles::percent(qint64 received, qint64 total)
{
    if (total < 0)
        return -1;
    if (total == 0)
        return 100;
    return static_cast<int>(std::clamp<qint64>(received * 100 / total, 0, 100));
}

QString TimelineFiles::progressText(TimelineFile file, qint64 received, qint64 total, const QLocale &locale)
{
    const QString got = locale.formattedDataSize(received);
    if (total < 0)
        return Text::tr("%1: %2").arg(title(file), got);
    return Text::tr("%1: %2 of %3 (%4%)")
        .arg(title(file), got, locale.formattedDataSize(total), locale.toString(percent(received, total)));
}
