#pragma once

#include "analysis/meetingfiles.h"
#include "domain/artifact.h"
#include "timeline/timelinefile.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class EmptyState;
class NoticeBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QPushButton;
class QToolButton;
class RecallClient;
class AnalysisTabs;
class DataChecksPane;
class EventsPane;
class ParticipantsPane;
class StatsPane;
class TimelineCache;
class TimelineChart;
class TimelineDocument;
class TimelineFetcher;
class TimelineLoader;
struct TimelineLoadResult;

// The speaker timeline panel: follows the artifact the detail pane shows (downloading its three files
// into the cache, then parsing the speaker timeline in a worker thread) or shows a local file, and
// hosts the chart with its controls (row order, axis, fit). It only coordinates: downloads are
// TimelineFetcher's, parsing TimelineLoader's, drawing TimelineChart's.
// Work starts only while the panel is active (visible), so clicking through the list downloads
// nothing while the timeline is hidden; the newest request always wins over an older one.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(TimelineCache *cache, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    // The workspace: drops whatever belongs to the previous one.
    void setClient(RecallClient *client, const QString &connectionKey);
    // The artifact to show once active; an artifact that is not done shows why there is no timeline.
    void setArtifact(const Artifact &artifact);
    // A local file of any of the three kinds; works without a connection.
    void openFile(const QString &path);
    // Whether the panel is on screen: work waits until it is.
    void setActive(bool active);

    TimelineChart *chart() const { return m_chart; }
    // Beside the chart: statistics, and the panes that read the other two files.
    AnalysisTabs *analysisTabs() const { return m_tabs; }
    StatsPane *statsPane() const;
    EventsPane *eventsPane() const;
    ParticipantsPane *participantsPane() const;
    DataChecksPane *checksPane() const;
    // What is open: the timeline once read, and the participants and participant events files as they
    // arrive (an artifact's come from the cache after the timeline; a local file has only its own).
    const MeetingFiles &meeting() const { return m_meeting; }
    // The artifact shown; nullopt for a local file or nothing.
    std::optional<Artifact> artifact() const { return m_source == Source::Artifact ? m_artifact : std::nullopt; }
    // "Artifact abc…" or the local file's name.
    QString title() const { return m_title; }
    // Paths of the files the meeting was read from (empty where none): timeline, participants, events.
    QStringList sourcePaths() const;
    bool isBusy() const;
    // The line beside the controls: progress, or what the shown timeline holds.
    QString statusText() const;
    // Why there is no chart (not done, no link, a failure, a file of another kind); empty with a chart.
    QString stateText() const;
    // Problems that did not stop the chart (skipped segments, a side file that failed); empty: none.
    QString noticeText() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    // The Open file button: the dock asks for the file (it remembers the folder).
    void openFileRequested();
    // What is open changed: another artifact or file, a new timeline, or one of the other two files
    // arrived (or all were dropped).
    void meetingChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private Q_SLOTS:
    // A slot so that a test can hand over a file that vanished before it was read.
    void onFileReady(TimelineFile file, const QString &path, bool fromCache);

private:
    enum class Source { None, Artifact, File };

    void start();
    void startOrWait();
    void reset();
    void showState(const QString &text);
    void showProgress(const QString &text, int percent);
    void onFetchFailed(TimelineFile file, const QString &message);
    void onLoaded(const TimelineLoadResult &result);
    void onSideFileLoaded(TimelineFile file, const TimelineLoadResult &result);
    void setMeeting(MeetingFiles meeting);
    QString summaryText() const; // the status line once nothing is in progress

    TimelineCache *m_cache = nullptr;
    QPointer<RecallClient> m_client;
    QString m_connectionKey;
    TimelineFetcher *m_fetcher = nullptr;
    TimelineLoader *m_loader = nullptr;
    TimelineLoader *m_participantsLoader = nullptr; // the other two files, each in its own thread
    TimelineLoader *m_eventsLoader = nullptr;
    MeetingFiles m_meeting;
    QString m_paths[3]; // where the timeline, participants and events were read from

    Source m_source = Source::None;
    std::optional<Artifact> m_artifact;
    QString m_filePath;
    bool m_active = false;
    bool m_pending = false; // the source changed while inactive: start once active
    bool m_refetchedVanished = false; // a cached file vanished before it was read, and was fetched again
    QString m_title;
    QString m_summary; // what the shown timeline holds, for the status line
    QString m_eventsSummary; // what the events file adds to it

    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_axis = nullptr;
    QCheckBox *m_showEvents = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_open = nullptr;
    NoticeBar *m_notice = nullptr;
    EmptyState *m_empty = nullptr;
    TimelineChart *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    AnalysisTabs *m_tabs = nullptr;
    QString m_eventsProblem; // why the events file is not there, for its pane
};
