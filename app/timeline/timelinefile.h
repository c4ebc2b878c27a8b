#pragma once

#include "domain/artifact.h"

#include <QLocale>
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
// Whole percent of a download (0..100); -1 while the total is unknown (TimelineFetcher::progress's -1).
int percent(qint64 received, qint64 total);
// A download's progress for a status line or a progress bar's text, translated: "speaker timeline:
// 1.2 MB of 3.4 MB (35%)", or "speaker timeline: 1.2 MB" while the total is unknown.
QString progressText(TimelineFile file, qint64 received, qint64 total, const QLocale &locale = {});
} // namespace TimelineFiles
