#pragma once

// `participant-inspector --render TIMELINE.json --output chart.png|chart.svg [--size WxH]
// [--scheme light|dark]`: draws the speaker timeline chart of a local file, fitted to the whole
// meeting, without a window or a display, and exits. With --output segments.csv, speakers.rttm or
// labels.txt it writes the timeline in that format instead (TimelineExport), and with --stats and a
// .csv the per-speaker statistics (of --range FROM,TO seconds, or the whole meeting). With --output
// bundle.zip [--participants FILE] [--events FILE] a support bundle of those local files (SupportBundle).
// (0 on success; 1 for a file that cannot be read or drawn, 2 for a bad command line, with the message
// on stderr).
namespace RenderCommand {

// Whether argv asks for a render (before any application object exists, so that the render can run
// on the offscreen platform without a display).
bool requested(int argc, char **argv);
int run(int argc, char **argv);

} // namespace RenderCommand
