#pragma once

#include "analysis/exportcontroller.h"
#include "analysis/speakerstats.h"

#include <functional>

class RecallClient;
class TimelinePanel;

// What File > Export reads from the timeline panel: its meeting, chart, artifact, cached files and the
// statistics pane (range and merged rows), and from the current client its connection and request log.
// client may return null (no connection); both must outlive the controller or be guarded by the caller.
ExportSource panelExportSource(TimelinePanel *panel, std::function<RecallClient *()> client);
// The statistics' range and merged rows in words, for the support bundle's README.txt (English).
QString statsNoteText(const SpeakerStats::Result &result, bool ranged, const TimelineDocument &document);
