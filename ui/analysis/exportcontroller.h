#pragma once

#include "analysis/imagesizedialog.h"
#include "analysis/meetingfiles.h"
#include "domain/artifact.h"
#include "net/requestbuilder.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;
class TimelineChart;

// What the exports read, as callbacks, so that the controller needs no panel (and a test none).
// Only meeting is required; every other callback may be left empty.
struct ExportSource
{
    std::function<MeetingFiles()> meeting;
    // The statistics as the statistics pane shows them (range, merged rows); empty: the whole meeting.
    std::function<QByteArray()> statsCsv;
    // Those statistics' range and merged rows in words, for README.txt.
    std::function<QString()> statsNote;
    std::function<std::optional<Artifact>()> artifact; // nullopt: local files
    // The artifact's JSON; empty callback: SupportBundle::artifactJson(artifact).
    std::function<QByteArray()> artifactJson;
    // The cached speaker timeline, participants and participant events files, in that order; an empty
    // string for one that is not there.
    std::function<QStringList()> filePaths;
    // RecallClient::requestLog().forArtifact(artifact id).
    std::function<QString()> requestLog;
    std::function<TimelineChart *()> chart;
    // The timeline's title (a meeting or file name), for README.txt and file names of local files.
    std::function<QString()> title;
    // The connection the artifact came from: its host goes into README.txt, its key into no file.
    std::function<Connection()> connection;

    // Only what a chart shows: its document as the meeting, the chart itself.
    static ExportSource fromChart(TimelineChart *chart);
};

// File > Export: the chart as PNG or SVG (at a chosen size, the current view or the whole meeting),
// the segments and the statistics as CSV, RTTM, Audacity labels, and the support bundle (one zip with
// all of these, the three files, the artifact and the app's requests about it, never the key).
// Owns the actions and the submenu; the window adds menu() to its File menu. Asks for file names
// (remembering the folder in QSettings "export/folder"), writes through QSaveFile, reports success as
// message() and failure in a message box. The dialogs can be replaced for tests.
class ExportController : public QObject
{
    Q_OBJECT
public:
    // caption, suggested path (folder and name), name filter -> the chosen path; empty: cancelled.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    // The chart's size on screen, "PNG" or "SVG" -> the choice; nullopt: cancelled.
    using ImageChooser = std::function<std::optional<ImageSizeDialog::Choice>(QSize, const QString &)>;
    using ErrorReporter = std::function<void(const QString &)>;

    enum class Kind { Png, Svg, SegmentsCsv, StatsCsv, Rttm, AudacityLabels, SupportBundle };

    explicit ExportController(QWidget *window);
    ~ExportController() override;

    void setSource(ExportSource source);
    // Re-checks the actions whenever this chart's document or view changes.
    void followChart(TimelineChart *chart);

    QMenu *menu() const { return m_menu; }
    QAction *action(Kind kind) const;
    QList<QAction *> actions() const { return m_actions; }

    // The file name the save dialog suggests: artifact-<id>-timeline.png, or <title>-timeline.png for
    // a local file.
    QString suggestedName(Kind kind) const;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setImageChooser(ImageChooser chooser) { m_chooseImage = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

public Q_SLOTS:
    // Enabled only with a timeline to export.
    void updateActions();
    void exportAs(ExportController::Kind kind);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    bool hasArtifact() const;
    QAction *addAction(Kind kind, const QString &text, const QString &tip);
    QString askPath(Kind kind);
    bool exportImage(Kind kind, const MeetingFiles &meeting);
    bool writeFile(const QString &path, const QByteArray &bytes);
    bool exportBundle(const MeetingFiles &meeting, const QString &path);
    QByteArray statsCsv(const MeetingFiles &meeting) const;
    QByteArray chartPng(const MeetingFiles &meeting) const;
    void fail(const QString &text);
    void saved(const QString &path, const QString &detail = {});

    QWidget *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_actions;
    ExportSource m_source;
    FileChooser m_chooseFile;
    ImageChooser m_chooseImage;
    ErrorReporter m_reportError;
};
