#pragma once

#include "domain/artifact.h"

#include <QString>
#include <QUrl>

#include <array>

// The three files of a done artifact, as the app names them (app/demo has its own MeetingFile, and the
// detail pane's DownloadsGroup::File is a widget's: neither may be used here).
enum class TimelineFile : quint8 { Participants, ParticipantEvents, SpeakerTimeline };

inline constexpr std::array<TimelineFile, 3> allTimelineFiles {
    TimelineFile::Participants, TimelineFile::ParticipantEvents, TimelineFile::SpeakerTimeline};

namespace TimelineFiles {
// The file's name in the cache ("speaker_timeline.json"): fixed, never taken from a URL.
QString fileName(TimelineFile file);
// For people, in a sentence ("speaker timeline"); translated.
QString title(TimelineFile file);
// The artifact's signed link for the file; empty when it has none.
QUrl downloadUrl(const DownloadUrls &urls, TimelineFile file);
} // namespace TimelineFiles
