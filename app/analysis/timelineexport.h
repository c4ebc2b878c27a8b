#pragma once

#include "analysis/speakerstats.h"

#include <QByteArray>
#include <QString>

class SpeakerTimeline;

// The speaker timeline in the formats a support ticket and common tools take (File > Export and the
// command line): CSV of the segments and of the statistics for spreadsheets, RTTM (speaker
// diarization's standard format) and Audacity's label track, to check the timeline against the
// recording. Header names and numbers are never translated: scripts read them.
namespace TimelineExport {

// One row per segment in the timeline's order (row after row): participant_id, name, start, end,
// duration (seconds, relative to the recording's start), start_absolute, end_absolute (ISO 8601 UTC
// as the file had them, empty when it had none), open_ended (true/false).
QByteArray segmentsCsv(const SpeakerTimeline &timeline);

// One row per participant of stats, then a totals row: participant_id, name, talk_s, share,
// turns, longest_turn_s, overlap_s, first_speech_s, last_speech_s, estimated, before_recording;
// the range is in the last row's first_speech_s/last_speech_s (participant_id "total"). A merged row
// lists every id it counts, joined by "+" ("101+134").
QByteArray statsCsv(const SpeakerTimeline &timeline, const SpeakerStats::Result &stats);

// RTTM: "SPEAKER <file> 1 <onset> <duration> <NA> <NA> <speaker> <NA> <NA>" per segment, onsets and
// durations in seconds from the start of the recording. Audio has no time before 0, so speech before
// the recording is cut at 0 (dropped when it ends there); segments without length are left out. The
// speaker is the participant id and name with spaces as underscores ("100_Dana_Ruiz").
QByteArray rttm(const SpeakerTimeline &timeline, const QString &fileId);

// Audacity labels: "<start>\t<end>\t<name (id)>" per segment, times as for RTTM.
QByteArray audacityLabels(const SpeakerTimeline &timeline);

// The RTTM speaker name of a participant (also what statsCsv and the labels are keyed by).
QString speakerLabel(qint64 id, const std::optional<QString> &name);

} // namespace TimelineExport
