#pragma once

#include "batch/batchjournal.h"
#include "batchdialog.h"
#include "batchresumeprompt.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ArtifactBrowser;
class EditController;
class QAction;
class QMessageBox;
class QTimer;
class QWidget;
class RecallClient;

// Batch edits in the main window: Edit > Batch edit (Ctrl+Shift+E) opens the BatchDialog on the list's
// selection (or every row shown), keeping it in step with the list while it is open; the journal of
// batches; the question that offers an unfinished batch when its connection opens; "Review in
// editor", which opens a conflict in the metadata editor with the operations applied as one unsaved,
// undoable edit. A connection switch stops a batch of the previous connection, which never goes on
// with the new client, and says so. The main window only hands over the client and the menu place.
class BatchController : public QObject
{
    Q_OBJECT
public:
    // journal: where batches are written; nullptr: the app data folder's (owned here).
    BatchController(ArtifactBrowser *browser, EditController *edit, QWidget *window, BatchJournal *journal = nullptr,
        QObject *parent = nullptr);
    ~BatchController() override;

    // The workspace batches run on; label names it for people, key in the journal (a profile id).
    // Offers the newest unfinished batch of that connection, once the event loop runs.
    void setClient(RecallClient *client, const QString &connectionLabel, const QString &connectionKey);

    QAction *action() const { return m_action; }
    // Edit > Resume unfinished batch edit: the question offerResume() asks, on demand.
    QAction *resumeAction() const { return m_resumeAction; }
    BatchJournal *journal() const { return m_journal; }
    // The window of the current connection's batch (nullptr when none is open or kept).
    BatchDialog *dialog() const { return m_dialog; }
    BatchResumePrompt *resumePrompt() const { return m_prompt; }

    // What the action does: the dialog for the list's selection (the batch under way, if any).
    BatchDialog *openDialog();
    // Asks about the newest unfinished batch of the connection, if there is one and none runs here.
    BatchResumePrompt *offerResume();
    // Opens the dialog on its run page and takes up the journaled batch.
    BatchDialog *resume(const Batch &batch);
    // Before the app quits: true when no batch is sending (quit now). Otherwise asks, window-modal and
    // without blocking, whether to stop the batch (it is journaled and offered at the next start) and
    // quit; proceed runs once it is stopped, never on Cancel.
    bool confirmQuit(std::function<void()> proceed);
    // The scope the list offers now: its selected rows and every row it shows, in its order.
    BatchDialog::Scope currentScope() const;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    struct Review
    {
        QString artifactId;
        QList<BatchOperation> operations;
    };
    BatchDialog *createDialog();
    QStringList keysOf(const QStringList &artifactIds) const;
    void review(const QString &artifactId, const QList<BatchOperation> &operations);
    void applyReview();
    void dropDialog(const QString &why);

    ArtifactBrowser *m_browser = nullptr;
    EditController *m_edit = nullptr;
    QPointer<QWidget> m_window;
    std::unique_ptr<BatchJournal> m_ownJournal;
    BatchJournal *m_journal = nullptr;
    QAction *m_action = nullptr;
    QAction *m_resumeAction = nullptr;
    QTimer *m_scopeTimer = nullptr;
    QPointer<RecallClient> m_client;
    QString m_label;
    QString m_key;
    QPointer<BatchDialog> m_dialog;
    QPointer<BatchResumePrompt> m_prompt;
    std::optional<Review> m_review;
    QList<BatchOperation> m_lastOperations; // of the window closed last without work, for the next one
    QPointer<QMessageBox> m_quitQuestion;
};
