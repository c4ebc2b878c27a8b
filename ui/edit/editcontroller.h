#pragma once

#include "domain/artifact.h"
#include "edit/draftstore.h"
#include "edit/historystore.h"
#include "edit/metadatasaver.h"
#include "savepreviewdialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ArtifactDetailPane;
class MetadataEditor;
class QAction;
class QDialog;
class QWidget;
class RecallClient;
class SaveOutcomeBar;

// Ties the metadata editor to everything around it: writes the draft at every change, runs the save
// (MetadataSaver) with its conflict view and preview (SavePreviewDialog) and shows the outcome
// (SaveOutcomeBar), records each save in the local history, asks Save / Discard / Cancel before
// unsaved edits would be left behind, and offers the drafts a crash or a kill left. The editor and
// the pane only show; the main window and the browser only ask confirmLeave() before they move on.
class EditController : public QObject
{
    Q_OBJECT
public:
    // Drafts and history live in the app data folder unless stores are given (tests).
    EditController(ArtifactDetailPane *pane, QWidget *dialogParent, DraftStore *drafts = nullptr,
        HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~EditController() override;

    // The workspace saves go to; connectionKey names it in drafts, history and the remembered
    // semantics (a profile id, never the key). A save under way on the previous one is dropped.
    void setClient(RecallClient *client, const QString &connectionKey);
    QString connectionKey() const { return m_connectionKey; }
    // How a connection key reads for people in the drafts and history lists (a profile's name).
    void setConnectionNamer(std::function<QString(const QString &key)> namer) { m_namer = std::move(namer); }

    // With no unsaved edits: runs proceed now and returns true. Otherwise asks Save / Discard / Cancel
    // (window-modal, not blocking) and returns false: Discard runs proceed at once, Save once the save
    // has gone through, Cancel never. why: what would happen ("Another artifact is being opened").
    bool confirmLeave(const QString &why, std::function<void()> proceed);
    bool hasUnsavedEdits() const;

    // Ctrl+S: fetches the live map, merges, shows conflicts and the preview, sends, verifies.
    void save();
    // The drafts left from an earlier run: a question listing them (Restore each, Discard each); does
    // nothing when there are none. Returns the dialog (tests), nullptr when none was needed.
    QDialog *offerDrafts();
    // Opens the save history of the shown artifact in a dialog.
    QDialog *showHistory();

    MetadataSaver *saver() const { return m_saver.get(); }
    SaveOutcomeBar *outcomeBar() const { return m_bar; }
    QAction *historyAction() const { return m_historyAction; }
    // Edit > Preview requests before saving (a setting; conflicts always show).
    QAction *previewAction() const { return m_previewAction; }
    DraftStore *drafts() const { return m_drafts; }
    HistoryStore *history() const { return m_history; }
    // The open dialogs, for tests and screenshots (nullptr when none).
    SavePreviewDialog *previewDialog() const { return m_dialog; }
    QMessageBox *leaveQuestion() const { return m_question; }

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    // A draft is being restored: its artifact should be opened (in this workspace).
    void openRequested(const QString &artifactId);
    // A draft of another workspace is being restored: switch to it (then openRequested follows).
    void connectionRequested(const QString &connectionKey);
    // The server's answer to a save: the artifact as it is now, for the list row and the pane.
    void artifactSaved(const Artifact &artifact);

private:
    MetadataEditor *editor() const;
    QString shownArtifactId() const;
    DraftStore::Target draftTarget() const; // which map the editor holds
    void onShown(const Artifact &artifact);
    void writeDraft();
    void discardEdits();
    void openDialog(bool conflicts);
    void onSaved(const MetadataSaver::Outcome &outcome);
    void onFailed(const MetadataSaver::Failure &failure);
    void finishSave();
    void restore(const DraftStore::Draft &draft);
    void applyPendingRestore();

    ArtifactDetailPane *m_pane = nullptr;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<DraftStore> m_ownDrafts;
    std::unique_ptr<HistoryStore> m_ownHistory;
    DraftStore *m_drafts = nullptr;
    HistoryStore *m_history = nullptr;
    std::unique_ptr<MetadataSaver> m_saver;
    QPointer<RecallClient> m_client;
    QString m_connectionKey;
    SaveOutcomeBar *m_bar = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_previewAction = nullptr;
    QPointer<SavePreviewDialog> m_dialog;
    QPointer<QMessageBox> m_question;
    QString m_savingId; // the artifact whose save is under way
    QString m_barFor; // the artifact the outcome bar speaks of
    DraftStore::Target m_savingTarget = DraftStore::Target::Artifact;
    QString m_draftId; // the artifact whose draft this session wrote (removed when the edit is undone)
    bool m_previewSeen = false; // the conflict view showed the request: send once resolved
    std::function<void()> m_afterSave; // what a "Save" answer to confirmLeave() waits to do
    std::optional<DraftStore::Draft> m_pendingRestore;
    QString m_shownBeforeRestore; // fresh copies of it do not end a pending restore
    std::function<QString(const QString &)> m_namer;
};
