#include "timeline/rendercommand.h"

#include "analysis/eventoverlay.h"
#include "analysis/speakerstats.h"
#include "analysis/supportbundle.h"
#include "analysis/timelineexport.h"
#include "core/translations.h"
#include "timeline/timelineloader.h"
#include "timeline/timelinerenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "participant-inspector: %s\n", qUtf8Printable(message));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("RenderCommand", text);
}

// The text exports (TimelineExport), chosen by the output's suffix; false with why set on failure.
bool writeText(const SpeakerTimeline &timeline, const QString &output, const QString &suffix, bool stats,
    std::optional<std::pair<double, double>> range, QString *why)
{
    QByteArray bytes;
    if (suffix == u"rttm") {
        bytes = TimelineExport::rttm(timeline, QFileInfo(output).completeBaseName());
    } else if (suffix == u"txt") {
        bytes = TimelineExport::audacityLabels(timeline);
    } else if (stats) {
        const SpeakerStats speakerStats(timeline);
        const SpeakerStats::Result result
            = range ? speakerStats.compute(range->first, range->second) : speakerStats.whole();
        bytes = TimelineExport::statsCsv(timeline, result);
    } else {
        bytes = TimelineExport::segmentsCsv(timeline);
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = tr("Could not write %1: %2").arg(output, file.errorString());
        return false;
    }
    return true;
}

// A support bundle of local files: the chart of the whole meeting, the statistics (of the range),
// the segments, and the files given. No artifact and no request log: README.txt says so.
bool writeBundle(const TimelineDocument &document, const QString &input, const QString &output,
    const TimelineRenderer::Options &chart, std::optional<std::pair<double, double>> range, const QString &participants,
    const QString &events, QString *why)
{
    SupportBundle::Contents contents;
    contents.title = QFileInfo(input).fileName();
    contents.appVersion = QCoreApplication::applicationVersion();
    QBuffer png(&contents.chartPng);
    png.open(QIODevice::WriteOnly);
    TimelineRenderer::image(document, chart).save(&png, "PNG");
    const SpeakerStats stats(document.timeline());
    contents.statsCsv = TimelineExport::statsCsv(
        document.timeline(), range ? stats.compute(range->first, range->second) : stats.whole());
    if (range) {
        // README.txt is English, like the CSV headers (see SupportBundle::readme).
        contents.statsNote = u"the range %1 s to %2 s (--range)."_s.arg(range->first).arg(range->second);
    }
    contents.segmentsCsv = TimelineExport::segmentsCsv(document.timeline());
    contents.timeline.path = input;
    contents.participants.path = participants;
    contents.participants.missingNote = u"not given (--participants FILE)."_s;
    contents.events.path = events;
    contents.events.missingNote = u"not given (--events FILE)."_s;
    contents.requestLogNote = u"made on the command line from local files: there were no requests."_s;
    // The key the app would use, should a file hold it.
    contents.secrets = {qEnvironmentVariable("RECALL_API_KEY")};
    return SupportBundle::write(output, contents, why);
}

} // namespace

bool RenderCommand::requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--render") == 0 || std::strncmp(argv[i], "--render=", 9) == 0)
            return true;
    }
    return false;
}

int RenderCommand::run(int argc, char **argv)
{
    // No window and no display: the offscreen platform draws fonts like any other.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"participant-inspector"_s);
    Translations::install(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draws the speaker timeline of a local file as PNG or SVG, or writes it as "
                                        "CSV, RTTM or Audacity labels, and exits."));
    parser.addHelpOption();
    const QCommandLineOption renderOption(
        u"render"_s, tr("The speaker timeline file (JSON) to draw."), tr("timeline.json"));
    const QCommandLineOption outputOption(u"output"_s,
        tr("Where to write: a .png or .svg chart, a .csv of the segments (or of the statistics with --stats), a "
           ".rttm file, Audacity labels (.txt) or a support bundle (.zip)."),
        tr("chart.png"));
    const QCommandLineOption statsOption(
        u"stats"_s, tr("With a .csv output: the per-speaker statistics instead of the segments."));
    const QCommandLineOption rangeOption(u"range"_s,
        tr("Only the range FROM,TO of the recording, in seconds or h:mm:ss (default: the whole meeting): the "
           "statistics of --stats, the time shown in a .png or .svg chart."),
        tr("FROM,TO"));
    const QCommandLineOption sizeOption(
        u"size"_s, tr("The chart's size in pixels (default 1920x1080)."), tr("WIDTHxHEIGHT"), u"1920x1080"_s);
    const QCommandLineOption schemeOption(
        u"scheme"_s, tr("The colour scheme: light or dark (default light)."), tr("scheme"), u"light"_s);
    const QCommandLineOption participantsOption(
        u"participants"_s, tr("With a .zip output: the participants file to include."), tr("participants.json"));
    const QCommandLineOption eventsOption(u"events"_s,
        tr("The participant events file (JSON) of the same meeting: drawn over the rows of a .png or .svg "
           "(presence, webcam, screen sharing, chat and other events), included in a .zip."),
        tr("participant_events.json"));
    parser.addOptions({renderOption, outputOption, sizeOption, schemeOption, statsOption, rangeOption,
        participantsOption, eventsOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }

    const QString input = parser.value(renderOption);
    const QString output = parser.value(outputOption);
    if (input.isEmpty() || output.isEmpty()) {
        fail(tr("--render needs a timeline file and --output a .png, .svg, .csv, .rttm, .txt or .zip file."));
        return 2;
    }
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool chart = suffix == u"png" || suffix == u"svg";
    const bool bundle = suffix == u"zip";
    if (!chart && !bundle && suffix != u"csv" && suffix != u"rttm" && suffix != u"txt") {
        fail(tr("The output must end in .png, .svg, .csv, .rttm, .txt or .zip: %1").arg(output));
        return 2;
    }
    if ((!bundle && parser.isSet(participantsOption)) || (!bundle && !chart && parser.isSet(eventsOption))) {
        fail(tr("--participants goes with a support bundle (--output bundle.zip), --events with a bundle or a "
                "chart (.png, .svg)."));
        return 2;
    }
    std::optional<std::pair<double, double>> range;
    if (parser.isSet(rangeOption)) {
        const QStringList ends = parser.value(rangeOption).split(u',');
        const std::optional<double> from = SpeakerStats::parseTime(ends.value(0));
        const std::optional<double> to = SpeakerStats::parseTime(ends.value(1));
        if (ends.size() != 2 || !from || !to || !(*to > *from)) {
            fail(tr("The range must read FROM,TO in seconds or h:mm:ss, FROM before TO: %1")
                     .arg(parser.value(rangeOption)));
            return 2;
        }
        range = std::make_pair(*from, *to);
    }
    const QRegularExpressionMatch size
        = QRegularExpression(u"^(\\d{2,5})x(\\d{2,5})$"_s).match(parser.value(sizeOption));
    const int width = size.captured(1).toInt();
    const int height = size.captured(2).toInt();
    if (!size.hasMatch() || width < 100 || height < 60 || width > 16384 || height > 16384) {
        fail(tr("The size must read WIDTHxHEIGHT, from 100x60 to 16384x16384: %1").arg(parser.value(sizeOption)));
        return 2;
    }
    const QString scheme = parser.value(schemeOption).toLower();
    if (scheme != u"light" && scheme != u"dark") {
        fail(tr("The scheme must be light or dark: %1").arg(parser.value(schemeOption)));
        return 2;
    }

    TimelineLoading::Options options;
    options.expected = TimelineFileKind::SpeakerTimeline;
    const std::optional<TimelineLoadResult> loaded = TimelineLoading::loadFile(input, options);
    // A file cut short or broken is a failure here even with segments before the break: a script
    // must not take half a meeting for the whole.
    if (!loaded || !loaded->ok() || !loaded->document) {
        fail(loaded ? loaded->error : tr("Reading %1 was cancelled.").arg(input));
        return 1;
    }
    if (loaded->skipped > 0) {
        fail(tr("%1: %2 segment(s) of the wrong shape were skipped.").arg(input).arg(loaded->skipped));
    }
    QString error;
    if (bundle) {
        TimelineRenderer::Options chartOptions;
        chartOptions.size = QSize(width, height);
        chartOptions.dark = scheme == u"dark";
        if (!writeBundle(*loaded->document, input, output, chartOptions, range, parser.value(participantsOption),
                parser.value(eventsOption), &error)) {
            fail(error);
            return 1;
        }
        return 0;
    }
    if (!chart) {
        if (!writeText(loaded->document->timeline(), output, suffix, parser.isSet(statsOption), range, &error)) {
            fail(error);
            return 1;
        }
        return 0;
    }
    TimelineRenderer::Options renderOptions;
    renderOptions.size = QSize(width, height);
    renderOptions.dark = scheme == u"dark";
    if (range)
        renderOptions.visible = TimeRange {range->first, range->second};
    std::optional<EventOverlay> overlay;
    if (parser.isSet(eventsOption)) {
        TimelineLoading::Options eventsLoad;
        eventsLoad.expected = TimelineFileKind::ParticipantEvents;
        const QString eventsPath = parser.value(eventsOption);
        const std::optional<TimelineLoadResult> events = TimelineLoading::loadFile(eventsPath, eventsLoad);
        if (!events || !events->ok() || !events->events) {
            fail(events ? events->error : tr("Reading %1 was cancelled.").arg(eventsPath));
            return 1;
        }
        overlay = EventOverlay::build(MeetingFiles {loaded->document, nullptr, events->events});
        renderOptions.events = &*overlay;
    }
    if (!TimelineRenderer::render(*loaded->document, output, renderOptions, &error)) {
        fail(error);
        return 1;
    }
    return 0;
}
