#include "timeline/timelinepanel.h"

#include "analysis/analysistabs.h"
#include "analysis/eventoverlay.h"
#include "emptystate.h"
#include "net/recallclient.h"
#include "noticebar.h"
#include "timeline/timelinecache.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinedocument.h"
#include "timeline/timelinefetcher.h"
#include "timeline/timelineloader.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr auto orderKey = "timeline/rowOrder"_L1;
constexpr auto axisKey = "timeline/wallClock"_L1;
constexpr auto splitterKey = "timeline/analysisSplitter"_L1;
constexpr auto showEventsKey = "timeline/showEvents"_L1;

QString localFileFromDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

} // namespace

TimelinePanel::TimelinePanel(TimelineCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_fetcher(new TimelineFetcher(nullptr, cache, this))
    , m_loader(new TimelineLoader(this))
    , m_participantsLoader(new TimelineLoader(this))
    , m_eventsLoader(new TimelineLoader(this))
{
    setObjectName(u"timelinePanel"_s);
    setAccessibleName(tr("Speaker timeline"));
    setAcceptDrops(true);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setAccessibleName(tr("Timeline shown"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setAccessibleName(tr("Timeline status"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Timeline progress"));
    m_progress->setToolTip(tr("Downloading and reading the timeline"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the timeline download"));
    m_cancel->setToolTip(tr("Stop downloading or reading the timeline"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &TimelinePanel::cancel);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setAccessibleName(tr("Try the timeline again"));
    m_retry->setToolTip(tr("Download and read the timeline again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &TimelinePanel::start);

    m_order = new QComboBox(this);
    m_order->addItem(tr("First speech"), int(TimelineDocument::RowOrder::FirstSpeech));
    m_order->addItem(tr("Talk time"), int(TimelineDocument::RowOrder::TalkTime));
    m_order->addItem(tr("Name"), int(TimelineDocument::RowOrder::Name));
    m_order->setAccessibleName(tr("Sort speakers by"));
    m_order->setToolTip(tr("The order of the speaker rows"));
    auto *orderLabel = new QLabel(tr("&Sort by:"), this);
    orderLabel->setBuddy(m_order);

    m_axis = new QComboBox(this);
    m_axis->addItem(tr("Recording time"), false);
    m_axis->addItem(tr("Wall-clock time"), true);
    m_axis->setAccessibleName(tr("Time axis"));
    m_axis->setToolTip(tr("Label the axis with the time since the recording started, or with local wall-clock time"));
    auto *axisLabel = new QLabel(tr("&Axis:"), this);
    axisLabel->setBuddy(m_axis);

    m_showEvents = new QCheckBox(tr("E&vents"), this);
    m_showEvents->setObjectName(u"timelineShowEvents"_s);
    m_showEvents->setAccessibleName(tr("Show participant events on the chart"));
    m_showEvents->setToolTip(tr("Draw presence, webcam and screen sharing, chat and other events on the rows"));

    m_fit = new QToolButton(this);
    m_fit->setText(tr("Fit"));
    m_fit->setAccessibleName(tr("Fit the whole meeting"));
    m_fit->setToolTip(tr("Show the whole meeting (0 or Home in the chart)"));
    m_open = new QToolButton(this);
    m_open->setText(tr("Open file\u2026"));
    m_open->setAccessibleName(tr("Open a timeline file"));
    m_open->setToolTip(tr("Open a speaker timeline, participants or participant events file from disk"));
    connect(m_open, &QToolButton::clicked, this, &TimelinePanel::openFileRequested);

    m_notice = new NoticeBar(this);
    m_notice->hide();
    m_empty = new EmptyState(this);
    m_chart = new TimelineChart(this);
    m_chart->hide();
    connect(m_fit, &QToolButton::clicked, m_chart, &TimelineChart::fit);
    m_showEvents->setChecked(QSettings().value(showEventsKey, true).toBool());
    m_chart->setEventsVisible(m_showEvents->isChecked());
    connect(m_showEvents, &QCheckBox::toggled, this, [this](bool on) {
        m_chart->setEventsVisible(on);
        QSettings().setValue(showEventsKey, on);
    });

    m_tabs = new AnalysisTabs(m_chart, this);

    QSettings settings;
    m_order->setCurrentIndex(std::max(0, m_order->findData(settings.value(orderKey, 0).toInt())));
    m_axis->setCurrentIndex(settings.value(axisKey, false).toBool() ? 1 : 0);
    const auto applyOrder = [this] {
        m_chart->setRowOrder(TimelineDocument::RowOrder(m_order->currentData().toInt()));
        QSettings().setValue(orderKey, m_order->currentData().toInt());
    };
    const auto applyAxis = [this] {
        m_chart->setWallClock(m_axis->currentData().toBool());
        QSettings().setValue(axisKey, m_axis->currentData().toBool());
    };
    connect(m_order, &QComboBox::currentIndexChanged, this, applyOrder);
    connect(m_axis, &QComboBox::currentIndexChanged, this, applyAxis);
    applyOrder();
    applyAxis();

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_statusLabel);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_retry);
    top->addSpacing(12);
    top->addWidget(orderLabel);
    top->addWidget(m_order);
    top->addWidget(axisLabel);
    top->addWidget(m_axis);
    top->addWidget(m_showEvents);
    top->addWidget(m_fit);
    top->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    auto *chartArea = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_empty, 1);
    chartLayout->addWidget(m_chart, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"timelineAnalysisSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(chartArea);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_tabs->hide();
    layout->addWidget(m_splitter, 1);
    // The chart gets most of the width until the user moves the handle (remembered).
    m_splitter->setSizes({560, 440});
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(splitterKey, m_splitter->saveState()); });

    connect(m_loader, &TimelineLoader::progress, this,
        [this](int percent) { showProgress(tr("Reading the timeline\u2026 %1%").arg(percent), percent); });
    connect(m_loader, &TimelineLoader::finished, this, &TimelinePanel::onLoaded);
    connect(m_participantsLoader, &TimelineLoader::finished, this,
        [this](const TimelineLoadResult &result) { onSideFileLoaded(TimelineFile::Participants, result); });
    connect(m_eventsLoader, &TimelineLoader::finished, this,
        [this](const TimelineLoadResult &result) { onSideFileLoaded(TimelineFile::ParticipantEvents, result); });
    connect(m_fetcher, &TimelineFetcher::finished, this, [this] {
        if (m_loader->isLoading())
            return;
        m_progress->hide();
        m_cancel->hide();
        m_statusLabel->setText(summaryText());
    });
    connect(m_fetcher, &TimelineFetcher::progress, this, [this](TimelineFile file, qint64 received, qint64 total) {
        // The chart needs the timeline only; the other two files download behind it quietly.
        if (file != TimelineFile::SpeakerTimeline && !m_summary.isEmpty())
            return;
        const QLocale locale;
        if (total > 0) {
            showProgress(tr("Downloading the %1\u2026 %2 of %3")
                             .arg(TimelineFiles::title(file), locale.formattedDataSize(received),
                                 locale.formattedDataSize(total)),
                int(received * 100 / total));
        } else {
            showProgress(
                tr("Downloading the %1\u2026 %2").arg(TimelineFiles::title(file), locale.formattedDataSize(received)),
                -1);
        }
    });
    connect(m_fetcher, &TimelineFetcher::fileReady, this, &TimelinePanel::onFileReady);
    connect(m_fetcher, &TimelineFetcher::failed, this, &TimelinePanel::onFetchFailed);
    connect(m_fetcher, &TimelineFetcher::artifactRefreshed, this, [this](const Artifact &artifact) {
        if (m_artifact && m_artifact->id == artifact.id)
            m_artifact = artifact;
    });
    showState(tr("Select a done artifact to see who spoke when, or open a file (Ctrl+O) or drop one here."));
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::setClient(RecallClient *client, const QString &connectionKey)
{
    m_client = client;
    m_connectionKey = connectionKey;
    m_fetcher->setClient(client);
    // What came from the previous workspace is not this one's; a local file stays.
    if (m_source == Source::Artifact) {
        m_source = Source::None;
        m_artifact.reset();
        reset();
        showState(tr("Select a done artifact to see who spoke when, or open a file (Ctrl+O) or drop one here."));
        Q_EMIT meetingChanged();
    }
}

void TimelinePanel::setArtifact(const Artifact &artifact)
{
    // The same version again (the pane shows the list's copy, then the retrieved one): what is shown
    // or on its way stays, unless the earlier copy had no link to download with.
    const auto hasLink = [](const Artifact &a) {
        return !TimelineFiles::downloadUrl(a.downloads, TimelineFile::SpeakerTimeline).isEmpty();
    };
    if (m_source == Source::Artifact && m_artifact && m_artifact->id == artifact.id
        && m_artifact->status.code == artifact.status.code && m_artifact->status.updatedAt == artifact.status.updatedAt
        && (hasLink(*m_artifact) || !hasLink(artifact)))
        return;
    m_source = Source::Artifact;
    m_refetchedVanished = false;
    m_artifact = artifact;
    m_title = tr("Artifact %1").arg(artifact.id);
    startOrWait();
    Q_EMIT meetingChanged(); // another artifact, even one without a timeline (its bundle can be saved)
}

void TimelinePanel::openFile(const QString &path)
{
    m_source = Source::File;
    m_artifact.reset();
    m_filePath = path;
    m_title = QFileInfo(path).fileName();
    startOrWait();
    Q_EMIT meetingChanged();
}

void TimelinePanel::startOrWait()
{
    if (m_active) {
        start();
        return;
    }
    // Hidden: what is still running belongs to the previous source, whose result start() would throw
    // away once shown. Stop it now rather than download and parse it for nobody.
    reset();
    m_pending = true;
}

void TimelinePanel::setActive(bool active)
{
    m_active = active;
    if (active && std::exchange(m_pending, false))
        start();
}

bool TimelinePanel::isBusy() const
{
    return m_fetcher->isBusy() || m_loader->isLoading();
}

QString TimelinePanel::statusText() const
{
    return m_statusLabel->text();
}

QString TimelinePanel::stateText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QString TimelinePanel::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void TimelinePanel::cancel()
{
    if (!isBusy())
        return;
    reset();
    showState(tr("Stopped. Try again to download and read the timeline."));
    m_retry->show();
}

void TimelinePanel::reset()
{
    m_pending = false;
    m_fetcher->cancel();
    m_loader->cancel();
    m_participantsLoader->cancel();
    m_eventsLoader->cancel();
    for (QString &path : m_paths)
        path.clear();
    m_eventsProblem.clear();
    setMeeting({});
    m_progress->hide();
    m_cancel->hide();
    m_retry->hide();
    m_notice->dismiss();
    m_statusLabel->clear();
    m_summary.clear();
    m_eventsSummary.clear();
}

void TimelinePanel::start()
{
    reset();
    m_titleLabel->setText(m_title);
    if (m_source == Source::None)
        return;
    // What is shown belongs to the previous source: it must not stand under the new title while the
    // new one downloads and parses (a long download would show one meeting as another's).
    showState(tr("Getting the timeline ready\u2026"));
    switch (m_source) {
    case Source::None:
        return;
    case Source::File:
        showProgress(tr("Reading %1\u2026").arg(m_title), 0);
        m_loader->load(m_filePath);
        return;
    case Source::Artifact:
        break;
    }
    const Artifact &artifact = *m_artifact;
    switch (artifact.status.kind()) {
    case StatusKind::Done:
        break;
    case StatusKind::Failed:
        showState(tr("This artifact failed: Recall.ai made no speaker timeline for it."));
        return;
    case StatusKind::Deleted:
        showState(tr("This artifact was deleted: its files are gone."));
        return;
    case StatusKind::Processing:
    case StatusKind::Unknown:
        showState(tr("This artifact is %1: its speaker timeline is there once it is done.").arg(artifact.status.code));
        return;
    }
    if (!m_client) {
        showState(tr("There is no connection to download the timeline with."));
        return;
    }
    if (TimelineFiles::downloadUrl(artifact.downloads, TimelineFile::SpeakerTimeline).isEmpty()) {
        showState(tr("The artifact has no speaker timeline link. Reload it, or ask Recall.ai support if it stays so."));
        return;
    }
    showProgress(tr("Preparing the download\u2026"), 0);
    // The timeline first: it is what the chart needs; the other two follow into the cache.
    m_fetcher->fetch(m_connectionKey, artifact,
        {TimelineFile::SpeakerTimeline, TimelineFile::Participants, TimelineFile::ParticipantEvents});
}

void TimelinePanel::showState(const QString &text)
{
    m_progress->hide();
    m_cancel->hide();
    m_chart->hide();
    m_chart->setDocument(nullptr);
    m_empty->showState(text);
    m_empty->show();
    m_statusLabel->clear();
}

void TimelinePanel::showProgress(const QString &text, int percent)
{
    m_statusLabel->setText(text);
    m_progress->setRange(0, percent < 0 ? 0 : 100); // busy indicator while the size is unknown
    if (percent >= 0)
        m_progress->setValue(percent);
    m_progress->show();
    m_cancel->show();
}

void TimelinePanel::onFileReady(TimelineFile file, const QString &path, bool /*fromCache*/)
{
    switch (file) {
    case TimelineFile::SpeakerTimeline:
        showProgress(tr("Reading the timeline\u2026"), 0);
        m_loader->load(path, TimelineFileKind::SpeakerTimeline);
        break;
    case TimelineFile::Participants:
        m_participantsLoader->load(path, TimelineFileKind::Participants);
        break;
    case TimelineFile::ParticipantEvents:
        m_eventsLoader->load(path, TimelineFileKind::ParticipantEvents);
        break;
    }
    m_paths[int(file)] = path;
}

void TimelinePanel::onSideFileLoaded(TimelineFile file, const TimelineLoadResult &result)
{
    MeetingFiles meeting = m_meeting;
    if (file == TimelineFile::Participants && result.participants)
        meeting.participants = result.participants;
    else if (file == TimelineFile::ParticipantEvents && result.events)
        meeting.events = result.events;
    if (!result.ok()) {
        const QString problem
            = tr("The %1 could not be read completely: %2").arg(TimelineFiles::title(file), result.error);
        m_notice->showNotice(m_notice->isVisibleTo(this) ? m_notice->text() + u' ' + problem : problem);
    } else if (result.skipped > 0) {
        const QString problem
            = tr("The %1 had %n item(s) of the wrong shape; they were skipped.", nullptr, int(result.skipped))
                  .arg(TimelineFiles::title(file));
        m_notice->showNotice(m_notice->isVisibleTo(this) ? m_notice->text() + u' ' + problem : problem);
    }
    setMeeting(std::move(meeting));
}

void TimelinePanel::setMeeting(MeetingFiles meeting)
{
    const bool changed = meeting.document != m_meeting.document || meeting.participants != m_meeting.participants
        || meeting.events != m_meeting.events;
    m_meeting = std::move(meeting);
    if (!changed)
        return;
    // The chart's own document comes first (setDocument clears the events); an overlay is built for it.
    m_eventsSummary.clear();
    if (m_meeting.document && m_meeting.events && m_chart->document() == m_meeting.document) {
        auto overlay = std::make_shared<const EventOverlay>(EventOverlay::build(m_meeting));
        const qsizetype elsewhere = overlay->unplacedWithoutRow();
        m_chart->setEvents(std::move(overlay));
        // What the events file adds to the status line; events of people without a row are in the table.
        m_eventsSummary = tr("%n event(s)", nullptr, int(m_meeting.events->events.size()));
        if (elsewhere > 0)
            m_eventsSummary += u' ' + tr("(%n of people who never spoke: see Events)", nullptr, int(elsewhere));
    }
    if (!m_summary.isEmpty() && !m_progress->isVisibleTo(this))
        m_statusLabel->setText(summaryText());
    m_tabs->setMeeting(m_meeting, m_eventsProblem);
    m_tabs->setVisible(m_meeting.document != nullptr);
    Q_EMIT meetingChanged();
}

StatsPane *TimelinePanel::statsPane() const
{
    return m_tabs->statsPane();
}

EventsPane *TimelinePanel::eventsPane() const
{
    return m_tabs->eventsPane();
}

ParticipantsPane *TimelinePanel::participantsPane() const
{
    return m_tabs->participantsPane();
}

DataChecksPane *TimelinePanel::checksPane() const
{
    return m_tabs->checksPane();
}

QString TimelinePanel::summaryText() const
{
    return m_eventsSummary.isEmpty() ? m_summary : m_summary + u" \u00b7 "_s + m_eventsSummary;
}

QStringList TimelinePanel::sourcePaths() const
{
    return {m_paths[int(TimelineFile::SpeakerTimeline)], m_paths[int(TimelineFile::Participants)],
        m_paths[int(TimelineFile::ParticipantEvents)]};
}

void TimelinePanel::onFetchFailed(TimelineFile file, const QString &text)
{
    if (file == TimelineFile::SpeakerTimeline) {
        m_fetcher->cancel();
        m_loader->cancel();
        showState(text);
        m_retry->show();
        return;
    }
    // The chart does not need the other two: say so and go on.
    m_notice->showNotice(text);
    if (file == TimelineFile::ParticipantEvents) {
        m_eventsProblem = text;
        m_tabs->setMeeting(m_meeting, m_eventsProblem);
    }
}

void TimelinePanel::onLoaded(const TimelineLoadResult &result)
{
    // The cache was cleared (Preferences) between the download and the read: fetch it once more.
    if (!result.ok() && !result.document && m_source == Source::Artifact && !result.path.isEmpty()
        && !QFileInfo::exists(result.path) && !std::exchange(m_refetchedVanished, true)) {
        start();
        return;
    }
    // The other two files may still be downloading: quietly, the chart does not wait for them.
    m_progress->hide();
    m_cancel->hide();
    QStringList problems;
    if (!result.ok())
        problems << result.error;
    if (result.skipped > 0) {
        problems << tr("%n item(s) of the wrong shape were skipped", nullptr, int(result.skipped))
                + (result.skipExamples.isEmpty() ? QString() : u" ("_s + result.skipExamples.first() + u')');
    }
    if (result.invalidUtf8 > 0)
        problems << tr("%n invalid UTF-8 sequence(s) were replaced", nullptr, int(result.invalidUtf8));
    if (result.renamedParticipants > 0) {
        problems << tr("%n participant id(s) appear under more than one name; the first is shown", nullptr,
            int(result.renamedParticipants));
    }

    const QLocale locale;
    // A timeline without a single segment ("[]": nobody spoke) says so instead of drawing an empty chart.
    if (result.document && result.document->timeline().segmentCount() > 0) {
        const TimelineDocument &doc = *result.document;
        m_empty->hide();
        m_chart->setDocument(result.document);
        m_chart->show();
        if (m_source == Source::File)
            m_paths[int(TimelineFile::SpeakerTimeline)] = m_filePath;
        m_summary = tr("%n speaker(s)", nullptr, int(doc.rowCount())) + u" \u00b7 "_s
            + tr("%n segment(s)", nullptr, int(doc.timeline().segmentCount()));
        m_statusLabel->setText(m_summary);
        MeetingFiles meeting = m_meeting;
        meeting.document = result.document;
        setMeeting(std::move(meeting));
    } else if (result.participants) {
        const ParticipantsFile &file = *result.participants;
        QStringList names;
        for (const TimelineParticipant &p : file.participants.first(std::min<qsizetype>(file.participants.size(), 12)))
            names << (p.name && !p.name->isEmpty() ? *p.name : tr("(no name) #%1").arg(p.id));
        showState(tr("A participants file: %n participant(s).", nullptr, int(file.participants.size())) + u"\n"_s
            + names.join(u", "_s) + (file.participants.size() > names.size() ? u", \u2026"_s : QString()));
    } else if (result.events) {
        const ParticipantEventsFile &file = *result.events;
        QMap<QString, int> actions;
        for (const ParticipantEvent &event : file.events)
            ++actions[file.actionName(event)];
        QStringList counts;
        for (auto it = actions.cbegin(); it != actions.cend(); ++it)
            counts << u"%1 %2"_s.arg(it.key(), locale.toString(it.value()));
        showState(tr("A participant events file: %n event(s).", nullptr, int(file.events.size())) + u"\n"_s
            + counts.join(u", "_s));
    } else if (!result.ok()) {
        showState(result.error);
        m_retry->setVisible(m_source == Source::Artifact);
        problems.removeFirst();
    } else {
        showState(tr("The file holds no speech at all."));
    }
    if (!problems.isEmpty())
        m_notice->showNotice(problems.join(u"; "_s) + u'.');
}

void TimelinePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileFromDrop(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TimelinePanel::dropEvent(QDropEvent *event)
{
    const QString path = localFileFromDrop(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
    setActive(true);
}
