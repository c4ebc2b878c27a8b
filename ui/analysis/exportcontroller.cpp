#include "analysis/exportcontroller.h"

#include "analysis/speakerstats.h"
#include "analysis/supportbundle.h"
#include "analysis/timelineexport.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinerenderer.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

const QString folderKey = u"export/folder"_s;
constexpr int messageMs = 8000;
const QSize bundleChartSize(1920, 1080);

struct KindInfo
{
    const char *name; // file name part, after the artifact or title
    const char *suffix;
};

KindInfo info(ExportController::Kind kind)
{
    switch (kind) {
    case ExportController::Kind::Png:
        return {"timeline", "png"};
    case ExportController::Kind::Svg:
        return {"timeline", "svg"};
    case ExportController::Kind::SegmentsCsv:
        return {"segments", "csv"};
    case ExportController::Kind::StatsCsv:
        return {"statistics", "csv"};
    case ExportController::Kind::Rttm:
        return {"speakers", "rttm"};
    case ExportController::Kind::AudacityLabels:
        return {"labels", "txt"};
    case ExportController::Kind::SupportBundle:
        return {"support", "zip"};
    }
    return {"export", "txt"};
}

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

// A title as part of a file name: letters, digits, dot, dash and underscore.
QString fileNamePart(const QString &title)
{
    QString base = title.endsWith(u".json"_s, Qt::CaseInsensitive) ? title.chopped(5) : title;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    base.replace(unsafe, u"-"_s);
    while (base.startsWith(u'-') || base.startsWith(u'.'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    return base.left(80);
}

} // namespace

ExportSource ExportSource::fromChart(TimelineChart *chart)
{
    ExportSource source;
    const QPointer<TimelineChart> guarded(chart);
    source.meeting = [guarded] {
        MeetingFiles meeting;
        if (guarded)
            meeting.document = guarded->document();
        return meeting;
    };
    source.chart = [guarded] { return guarded.data(); };
    return source;
}

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"exportController"_s);
    m_menu = new QMenu(tr("E&xport"), window);
    m_menu->setObjectName(u"exportMenu"_s);
    m_menu->setToolTipsVisible(true);
    addAction(Kind::Png, tr("Chart as &PNG\u2026"), tr("Save the chart as a PNG image of a chosen size"));
    addAction(Kind::Svg, tr("Chart as &SVG\u2026"), tr("Save the chart as an SVG drawing of a chosen size"));
    m_menu->addSeparator();
    addAction(Kind::SegmentsCsv, tr("&Segments as CSV\u2026"), tr("Save every speaking segment as CSV"));
    addAction(Kind::StatsCsv, tr("S&tatistics as CSV\u2026"), tr("Save the per-speaker statistics as CSV"));
    addAction(Kind::Rttm, tr("&RTTM\u2026"), tr("Save the speaker timeline as RTTM, for diarization tools"));
    addAction(Kind::AudacityLabels, tr("&Audacity labels\u2026"),
        tr("Save the speaker timeline as an Audacity label track, to check it against the recording"));
    m_menu->addSeparator();
    QAction *bundle = addAction(Kind::SupportBundle, tr("Support &bundle\u2026"),
        tr("Save one zip for a support ticket: the chart, the statistics, the three files, the artifact and the "
           "app's requests about it, without the API key"));
    bundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    bundle->setToolTip(bundle->toolTip() % u" ("_s % bundle->shortcut().toString(QKeySequence::NativeText) % u')');
    connect(m_menu, &QMenu::aboutToShow, this, &ExportController::updateActions);
    updateActions();
}

ExportController::~ExportController() = default;

QAction *ExportController::addAction(Kind kind, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    const KindInfo what = info(kind);
    action->setObjectName(u"export_"_s % QLatin1StringView(what.name) % u'_' % QLatin1StringView(what.suffix));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setData(int(kind));
    connect(action, &QAction::triggered, this, [this, kind] { exportAs(kind); });
    m_menu->addAction(action);
    m_actions.append(action);
    return action;
}

QAction *ExportController::action(Kind kind) const
{
    for (QAction *action : m_actions) {
        if (action->data().toInt() == int(kind))
            return action;
    }
    return nullptr;
}

void ExportController::setSource(ExportSource source)
{
    m_source = std::move(source);
    updateActions();
}

void ExportController::followChart(TimelineChart *chart)
{
    if (chart)
        connect(chart, &TimelineChart::visibleRangeChanged, this, &ExportController::updateActions);
}

void ExportController::updateActions()
{
    const bool enabled = m_source.meeting && m_source.meeting().hasTimeline();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
    // A failed, processing or deleted artifact has no timeline, yet its JSON and its requests are what
    // a ticket about it needs: the bundle only needs an artifact.
    if (!enabled && hasArtifact())
        action(Kind::SupportBundle)->setEnabled(true);
}

bool ExportController::hasArtifact() const
{
    const std::optional<Artifact> artifact = m_source.artifact ? m_source.artifact() : std::nullopt;
    return artifact && !artifact->id.isEmpty();
}

QString ExportController::suggestedName(Kind kind) const
{
    const KindInfo what = info(kind);
    const std::optional<Artifact> artifact = m_source.artifact ? m_source.artifact() : std::nullopt;
    QString base;
    if (artifact && !artifact->id.isEmpty())
        base = u"artifact-"_s % fileNamePart(artifact->id);
    else if (m_source.title)
        base = fileNamePart(m_source.title());
    if (base.isEmpty())
        base = u"meeting"_s;
    return base % u'-' % QLatin1StringView(what.name) % u'.' % QLatin1StringView(what.suffix);
}

QString ExportController::askPath(Kind kind)
{
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedName(kind));
    const QString suffix = QString::fromLatin1(info(kind).suffix);
    QString caption;
    QString filter;
    switch (kind) {
    case Kind::Png:
        caption = tr("Save chart as PNG");
        filter = tr("PNG images (*.png)");
        break;
    case Kind::Svg:
        caption = tr("Save chart as SVG");
        filter = tr("SVG drawings (*.svg)");
        break;
    case Kind::SegmentsCsv:
        caption = tr("Save segments as CSV");
        filter = tr("CSV files (*.csv)");
        break;
    case Kind::StatsCsv:
        caption = tr("Save statistics as CSV");
        filter = tr("CSV files (*.csv)");
        break;
    case Kind::Rttm:
        caption = tr("Save as RTTM");
        filter = tr("RTTM files (*.rttm)");
        break;
    case Kind::AudacityLabels:
        caption = tr("Save as Audacity labels");
        filter = tr("Label tracks (*.txt)");
        break;
    case Kind::SupportBundle:
        caption = tr("Save support bundle");
        filter = tr("Zip archives (*.zip)");
        break;
    }
    QString path = m_chooseFile ? m_chooseFile(caption, suggested, filter)
                                : QFileDialog::getSaveFileName(m_window, caption, suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' % suffix;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportController::exportAs(Kind kind)
{
    const MeetingFiles meeting = m_source.meeting ? m_source.meeting() : MeetingFiles {};
    if (!meeting.hasTimeline() && !(kind == Kind::SupportBundle && hasArtifact())) {
        updateActions();
        return;
    }
    if (kind == Kind::Png || kind == Kind::Svg) {
        exportImage(kind, meeting);
        return;
    }
    const QString path = askPath(kind);
    if (path.isEmpty())
        return;
    const SpeakerTimeline &timeline = meeting.timeline();
    switch (kind) {
    case Kind::SegmentsCsv:
        if (writeFile(path, TimelineExport::segmentsCsv(timeline)))
            saved(path);
        break;
    case Kind::StatsCsv:
        if (writeFile(path, statsCsv(meeting)))
            saved(path);
        break;
    case Kind::Rttm:
        if (writeFile(path, TimelineExport::rttm(timeline, QFileInfo(path).completeBaseName())))
            saved(path);
        break;
    case Kind::AudacityLabels:
        if (writeFile(path, TimelineExport::audacityLabels(timeline)))
            saved(path);
        break;
    case Kind::SupportBundle:
        exportBundle(meeting, path);
        break;
    case Kind::Png:
    case Kind::Svg:
        break;
    }
}

bool ExportController::exportImage(Kind kind, const MeetingFiles &meeting)
{
    const QString format = kind == Kind::Png ? u"PNG"_s : u"SVG"_s;
    TimelineChart *chart = m_source.chart ? m_source.chart() : nullptr;
    const QSize chartSize = chart ? chart->size() : QSize(1920, 1080);
    std::optional<ImageSizeDialog::Choice> choice;
    if (m_chooseImage) {
        choice = m_chooseImage(chartSize, format);
    } else {
        ImageSizeDialog dialog(chartSize, format, m_window);
        if (dialog.exec() == QDialog::Accepted)
            choice = dialog.choice();
    }
    if (!choice)
        return false;
    const QString path = askPath(kind);
    if (path.isEmpty())
        return false;
    // The chart's own document: its rows are what the current view's row order refers to.
    const std::shared_ptr<const TimelineDocument> document
        = chart && chart->document() ? chart->document() : meeting.document;
    TimelineRenderer::Options options;
    if (chart && choice->currentView) {
        options = TimelineRenderer::currentView(*chart, choice->size, darkPalette());
    } else {
        options.size = choice->size;
        options.dark = darkPalette();
        options.order = chart ? chart->rowOrder() : options.order;
        options.wallClock = chart && chart->isWallClock();
        options.events = chart && chart->eventsVisible() ? chart->events().get() : nullptr;
    }
    QString error;
    if (!TimelineRenderer::render(*document, path, options, &error)) {
        fail(error);
        return false;
    }
    //: %1 x %2 is the image's size in pixels
    saved(path, tr("%1 \u00d7 %2").arg(choice->size.width()).arg(choice->size.height()));
    return true;
}

bool ExportController::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QByteArray ExportController::statsCsv(const MeetingFiles &meeting) const
{
    if (m_source.statsCsv) {
        QByteArray csv = m_source.statsCsv();
        if (!csv.isEmpty())
            return csv;
    }
    const SpeakerTimeline &timeline = meeting.timeline();
    return TimelineExport::statsCsv(timeline, SpeakerStats(timeline).whole());
}

QByteArray ExportController::chartPng(const MeetingFiles &meeting) const
{
    TimelineChart *chart = m_source.chart ? m_source.chart() : nullptr;
    const std::shared_ptr<const TimelineDocument> document
        = chart && chart->document() ? chart->document() : meeting.document;
    TimelineRenderer::Options options;
    if (chart) {
        options = TimelineRenderer::currentView(*chart, bundleChartSize, darkPalette());
    } else {
        options.size = bundleChartSize;
        options.dark = darkPalette();
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    TimelineRenderer::image(*document, options).save(&buffer, "PNG");
    return png;
}

bool ExportController::exportBundle(const MeetingFiles &meeting, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });

    const std::optional<Artifact> artifact = m_source.artifact ? m_source.artifact() : std::nullopt;
    const Connection connection = m_source.connection ? m_source.connection() : Connection {};
    SupportBundle::Contents contents;
    contents.artifactId = artifact ? artifact->id : QString();
    contents.title = m_source.title ? m_source.title() : QString();
    const QUrl &base = connection.baseUrl;
    contents.connectionHost = base.port() >= 0 ? base.host() % u':' % QString::number(base.port()) : base.host();
    contents.appVersion = QCoreApplication::applicationVersion();
    if (meeting.hasTimeline()) {
        contents.chartPng = chartPng(meeting);
        contents.statsCsv = statsCsv(meeting);
        contents.statsNote = m_source.statsNote ? m_source.statsNote() : QString();
        contents.segmentsCsv = TimelineExport::segmentsCsv(meeting.timeline());
    }
    const QStringList files = m_source.filePaths ? m_source.filePaths() : QStringList();
    const auto file = [&files](qsizetype i) {
        SupportBundle::DataFile data;
        data.path = files.value(i);
        if (data.path.isEmpty() || !QFileInfo(data.path).isFile()) {
            data.path.clear();
            data.missingNote = tr("not downloaded, or it could not be read.");
        }
        return data;
    };
    contents.timeline = file(0);
    contents.participants = file(1);
    contents.events = file(2);
    if (artifact)
        contents.artifactJson
            = m_source.artifactJson ? m_source.artifactJson() : SupportBundle::artifactJson(*artifact);
    if (artifact && m_source.requestLog)
        contents.requestLog = m_source.requestLog();
    else if (artifact)
        contents.requestLogNote = tr("the app keeps no request log here.");
    contents.secrets = {connection.apiKey};

    QString error;
    if (!SupportBundle::write(path, contents, &error)) {
        fail(error);
        return false;
    }
    const auto entries = SupportBundle::list(path);
    const int count = entries ? int(entries->size()) : 0;
    saved(path, tr("%n files", nullptr, count));
    return true;
}

void ExportController::fail(const QString &text)
{
    if (m_reportError)
        m_reportError(text);
    else
        QMessageBox::warning(m_window, tr("Export failed"), text);
}

void ExportController::saved(const QString &path, const QString &detail)
{
    const QString where = QDir::toNativeSeparators(path);
    //: %1 is the file written, %2 what it holds (a size, a number of files)
    Q_EMIT message(detail.isEmpty() ? tr("Saved %1").arg(where) : tr("Saved %1 (%2)").arg(where, detail), messageMs);
}
