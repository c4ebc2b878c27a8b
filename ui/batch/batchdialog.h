#pragma once

#include "batch/batchjournal.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>

#include <functional>

class BatchOperationsEditor;
class BatchRunPage;
class BatchRunner;
class HistoryStore;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class RecallClient;

// Edit > Batch edit: the operations and the artifacts they apply to (the selection, or every row
// the list shows), then the dry run's table, then the run, all in one non-modal window bound to one
// connection. The work itself is the BatchRunner's; this window shows it and asks before closing
// while changes are being sent (pause and close, or keep running behind the main window). A run
// stopped here, or left unfinished by a crash, resumes from its journal (resume()).
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    // Which artifacts the batch may cover: the rows selected in the list and every row it shows (in
    // the list's order, with every filter applied); morePages: the list has pages not loaded yet.
    struct Scope
    {
        QStringList selected;
        QStringList shown;
        bool morePages = false;
    };

    // client: the connection's client (the runner holds it weakly); journal and history must outlive
    // the window. connectionKey names the connection in the journal and the history (never a key).
    BatchDialog(RecallClient *client, BatchJournal *journal, HistoryStore *history, const QString &connectionKey,
        const QString &connectionLabel, QWidget *parent = nullptr);
    ~BatchDialog() override;

    QString connectionKey() const { return m_connectionKey; }
    void setScope(const Scope &scope);
    // The keys the given artifacts' metadata has, for the key fields' completions.
    void setKeyLookup(std::function<QStringList(const QStringList &artifactIds)> lookup);
    // The artifacts the Dry run button would take now.
    QStringList scopeIds() const;

    // What the Dry run button does; false (and a reason shown) when it cannot start.
    bool startDryRun();
    // Takes up a journaled batch on the run page. False when the runner refuses it.
    bool resume(const Batch &batch);
    // The connection was closed or switched: whatever runs is stopped (a run stays resumable from the
    // journal) and the window only shows what was done. why: one sentence for the user.
    void detach(const QString &why);
    bool isDetached() const { return m_detached; }
    // A batch is under way or stopped part-way: closing the window keeps it (hidden) for later.
    bool holdsWork() const;
    // Writes the table as CSV to path (what Export CSV… does once a file is chosen).
    bool exportCsv(const QString &path);

    BatchRunner *runner() const { return m_runner; }
    BatchOperationsEditor *operationsEditor() const { return m_editor; }
    BatchRunPage *runPage() const { return m_runPage; }
    QRadioButton *selectionScopeButton() const { return m_selectionScope; }
    QRadioButton *shownScopeButton() const { return m_shownScope; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QLabel *exportNote() const { return m_exportNote; }
    // The open dialogs, for tests and screenshots (nullptr when none).
    QFileDialog *exportDialog() const { return m_fileDialog; }
    QMessageBox *closeQuestion() const { return m_closeQuestion; }
    bool isOnOperationsPage() const;

Q_SIGNALS:
    // Review in editor: the artifact to open, and the operations to apply there as an unsaved edit.
    void reviewRequested(const QString &artifactId, const QList<BatchOperation> &operations);
    // For the main window's status bar.
    void message(const QString &text, int timeoutMs);

public Q_SLOTS:
    void reject() override;

private:
    QWidget *createOperationsPage();
    void showOperationsPage();
    void showRunPage();
    void updateScope();
    void updateDryRunButton();
    void chooseExportFile();

    BatchRunner *m_runner = nullptr;
    QString m_connectionKey;
    QString m_connectionLabel;
    Scope m_scope;
    std::function<QStringList(const QStringList &)> m_keyLookup;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_operationsPage = nullptr;
    BatchOperationsEditor *m_editor = nullptr;
    BatchRunPage *m_runPage = nullptr;
    QRadioButton *m_selectionScope = nullptr;
    QRadioButton *m_shownScope = nullptr;
    QLabel *m_scopeNote = nullptr;
    QLabel *m_startProblem = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_closeOperations = nullptr;
    QLabel *m_exportNote = nullptr;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QMessageBox> m_closeQuestion;
    bool m_detached = false;
    bool m_scopeChosen = false; // the user picked a scope: new selections no longer change the choice
};
