#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class DownloadsGroup;
class MetadataEditor;
class MetadataTableModel;
class NoticeBar;
class QAbstractButton;
class QGroupBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTimer;
class StatusChip;

// Everything about one artifact: status, ids (copyable), times, both metadata maps (the artifact's in
// the MetadataEditor) and which downloads exist. It never talks to the network: the main window retrieves the artifact
// and hands it over, so the pane can be tested with hand-built values.
class ArtifactDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactDetailPane(QWidget *parent = nullptr);
    ~ArtifactDetailPane() override;

    void setArtifact(const Artifact &artifact);
    // Back to the "select an artifact" placeholder.
    void clear();
    // Pins "now" for relative times (tests, screenshots); an invalid time returns to the clock,
    // which the pane re-reads every minute while it is visible.
    void setNow(const QDateTime &now);
    // A subtle "refreshing…" note while the main window retrieves the full artifact. Meanwhile what
    // a list row cannot carry (download links, recording metadata) reads "checking…", not "none".
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // The server answered 404 for the artifact shown: say so above the details (kept as last seen)
    // and offer to remove its row. Cleared when another artifact is shown.
    void setMissing(const ApiError &error);
    NoticeBar *notice() const { return m_notice; }
    DownloadsGroup *downloads() const { return m_downloads; }
    MetadataEditor *editor() const { return m_editor; }
    // Which map the editor holds: the artifact's own (the default, and again for each new artifact)
    // or its parent recording's. Switching starts the editor over from that map.
    enum class EditTarget { Artifact, Recording };
    void setEditTarget(EditTarget target);
    EditTarget editTarget() const { return m_editTarget; }
    // The map the editor starts from for the artifact shown and the target.
    Metadata editorSource() const;
    const std::optional<Artifact> &artifact() const { return m_artifact; }

Q_SIGNALS:
    // `what` is a short translated phrase naming what was copied ("artifact id"), for a status
    // bar message such as "Copied artifact id"; the value itself is on the clipboard.
    void copied(const QString &what);
    // The user chose to drop the row of an artifact the server no longer has.
    void removeRequested(const QString &artifactId);
    // The user asked to edit the other map (the recording's, or back to the artifact's); whoever owns
    // unsaved edits decides, then calls setEditTarget().
    void editTargetRequested(ArtifactDetailPane::EditTarget target);
    // After setArtifact() has shown it (a new artifact or a fresh copy of the same one).
    void artifactShown(const Artifact &artifact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QGroupBox *createStatusGroup();
    QGroupBox *createIdentityGroup();
    QGroupBox *createMapGroup(const QString &title, MetadataTableModel *model, QTableView **table, QLabel **empty);
    QAbstractButton *createCopyButton(const QString &objectName, const QString &accessibleName, const QString &toolTip);
    void nameTables();
    void copyToClipboard(const QString &text, const QString &what);
    void refresh();
    void updateEditable();
    void updateEditTargetControls();
    void refreshTimes();
    void fillRecordingMetadata();
    QDateTime now() const;

    std::optional<Artifact> m_artifact;
    QDateTime m_fixedNow;
    bool m_loading = false;

    NoticeBar *m_notice = nullptr;
    QLabel *m_problems = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    StatusChip *m_chip = nullptr;
    QLabel *m_subCode = nullptr;
    QLabel *m_statusUpdated = nullptr;
    QLabel *m_artifactId = nullptr;
    QLabel *m_recordingId = nullptr;
    QLabel *m_created = nullptr;
    QAbstractButton *m_copyArtifactId = nullptr;
    QAbstractButton *m_copyRecordingId = nullptr;
    MetadataEditor *m_editor = nullptr;
    QString m_editorArtifactId; // whose map the editor holds
    EditTarget m_editTarget = EditTarget::Artifact;
    QGroupBox *m_metadataGroup = nullptr;
    QAbstractButton *m_editRecording = nullptr;
    QAbstractButton *m_backToArtifact = nullptr;
    bool m_missing = false; // the server answered 404 for the artifact shown
    MetadataTableModel *m_recordingModel = nullptr;
    QTableView *m_recordingTable = nullptr;
    QLabel *m_recordingEmpty = nullptr;
    DownloadsGroup *m_downloads = nullptr;
    QTimer *m_minuteTimer = nullptr;
};
