#include "batchcontroller.h"

#include "artifactbrowser.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "batch/batchrunner.h"
#include "batchoperationseditor.h"
#include "batchresumeprompt.h"
#include "batchtext.h"
#include "edit/editcontroller.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace {
constexpr int scopeDelayMs = 150;
constexpr int maxKeySuggestions = 500;
} // namespace

BatchController::BatchController(
    ArtifactBrowser *browser, EditController *edit, QWidget *window, BatchJournal *journal, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
    , m_edit(edit)
    , m_window(window)
    , m_scopeTimer(new QTimer(this))
{
    if (!journal) {
        m_ownJournal = std::make_unique<BatchJournal>();
        journal = m_ownJournal.get();
    }
    m_journal = journal;
    m_action = new QAction(tr("&Batch edit\u2026"), this);
    m_action->setObjectName(u"batchEditAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setToolTip(tr("Change the metadata of the selected artifacts (or every row shown) in one go, with a "
                            "dry run first (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setStatusTip(m_action->toolTip());
    m_action->setEnabled(false); // until there is a connection
    connect(m_action, &QAction::triggered, this, &BatchController::openDialog);
    // A batch put off with Later is one menu entry away, not only at the next start.
    m_resumeAction = new QAction(tr("Resume unfinished batch edit\u2026"), this);
    m_resumeAction->setObjectName(u"batchResumeAction"_s);
    m_resumeAction->setToolTip(tr("Offer the newest batch edit of this connection that stopped before its end"));
    m_resumeAction->setStatusTip(m_resumeAction->toolTip());
    m_resumeAction->setEnabled(false);
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (m_dialog && m_dialog->holdsWork()) {
            openDialog(); // the batch under way is in that window
        } else if (!offerResume() && !m_prompt) {
            Q_EMIT message(tr("No batch edit of %1 stopped before its end.").arg(m_label), 5000);
        }
    });

    // The dialog's scope follows the list while it is open: selection, filters and loaded pages.
    m_scopeTimer->setSingleShot(true);
    m_scopeTimer->setInterval(scopeDelayMs);
    connect(m_scopeTimer, &QTimer::timeout, this, [this] {
        if (m_dialog)
            m_dialog->setScope(currentScope());
    });
    const auto later = [this] {
        if (m_dialog)
            m_scopeTimer->start();
    };
    connect(m_browser->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, later);
    QAbstractItemModel *proxy = m_browser->proxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, later);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, later);
    connect(proxy, &QAbstractItemModel::modelReset, this, later);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, later);

    // Review in editor: the operations land on the artifact once its fresh copy is in the editor. The
    // pane shows the list's row first and marks itself loading only after: look once that has settled.
    connect(m_browser->detailPane(), &ArtifactDetailPane::artifactShown, this, [this](const Artifact &artifact) {
        if (!m_review)
            return;
        if (artifact.id != m_review->artifactId) {
            m_review.reset(); // the user went elsewhere (or said Cancel to leaving unsaved edits)
            return;
        }
        QTimer::singleShot(0, this, &BatchController::applyReview);
    });
}

BatchController::~BatchController()
{
    if (m_dialog)
        m_dialog->disconnect(this);
}

void BatchController::setClient(RecallClient *client, const QString &connectionLabel, const QString &connectionKey)
{
    const QString key = connectionKey.isEmpty() ? connectionLabel : connectionKey;
    if (m_dialog && (client != m_client || key != m_key)) {
        dropDialog(tr("The connection changed to %1, so this batch edit on %2 stopped; nothing more is sent here. "
                      "Its journal keeps it: it is offered for resuming when %2 is open again.")
                       .arg(connectionLabel, m_label));
    }
    if (m_prompt && key != m_key)
        m_prompt->reject(); // it speaks of the previous connection
    if (key != m_key)
        m_review.reset();
    m_client = client;
    m_label = connectionLabel;
    m_key = key;
    m_action->setEnabled(client != nullptr);
    m_resumeAction->setEnabled(client != nullptr);
    if (client)
        QTimer::singleShot(0, this, &BatchController::offerResume);
}

bool BatchController::confirmQuit(std::function<void()> proceed)
{
    BatchRunner *runner = m_dialog ? m_dialog->runner() : nullptr;
    if (!runner || (runner->phase() != BatchRunner::Phase::Running && runner->phase() != BatchRunner::Phase::DryRun))
        return true;
    if (m_quitQuestion)
        return false;
    const BatchRunner::Progress progress = runner->progress();
    const bool dryRun = runner->phase() == BatchRunner::Phase::DryRun;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Batch edit under way"),
        dryRun ? tr("The dry run of a batch edit is under way (%1 of %2 artifacts fetched).")
                     .arg(progress.done)
                     .arg(progress.total)
               : tr("A batch edit is sending its changes (%1 of %2 settled).").arg(progress.done).arg(progress.total),
        QMessageBox::NoButton, m_window);
    box->setObjectName(u"batchQuitQuestion"_s);
    box->setInformativeText(dryRun ? tr("Nothing has been sent; quitting drops the dry run.")
                                   : tr("Stop and quit: no further changes are sent. Those the server took are "
                                        "kept, and the rest is offered for resuming at the next start; nothing is "
                                        "sent twice."));
    QPushButton *quit = box->addButton(tr("&Stop and quit"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_quitQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, quit, proceed = std::move(proceed)] {
        if (box->clickedButton() != quit)
            return;
        if (m_dialog)
            m_dialog->runner()->cancel(); // journals a run as it stands
        proceed();
    });
    box->open();
    return false;
}

void BatchController::dropDialog(const QString &why)
{
    BatchDialog *dialog = m_dialog;
    m_dialog = nullptr;
    const BatchRunner::Phase phase = dialog->runner()->phase();
    const bool wasSending = phase == BatchRunner::Phase::Running || phase == BatchRunner::Phase::DryRun;
    dialog->detach(why);
    if (wasSending)
        Q_EMIT message(why, 15000);
    // The window stays while the user reads it; it goes once closed.
    if (dialog->isVisible())
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    else
        dialog->deleteLater();
}

BatchDialog *BatchController::createDialog()
{
    auto *dialog = new BatchDialog(m_client, m_journal, m_edit->history(), m_key, m_label, m_window);
    dialog->setKeyLookup([this](const QStringList &ids) { return keysOf(ids); });
    connect(dialog, &BatchDialog::message, this, &BatchController::message);
    connect(dialog, &BatchDialog::reviewRequested, this,
        [this, dialog](const QString &artifactId, const QList<BatchOperation> &operations) {
            // A window left by a connection switch speaks of artifacts of another workspace: the ids
            // may be the same there, the artifacts are not.
            if (dialog == m_dialog && !dialog->isDetached() && dialog->connectionKey() == m_key)
                review(artifactId, operations);
        });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // A batch under way or stopped part-way stays for Edit > Batch edit; anything else starts afresh,
        // with the operations typed last time (Esc must not cost the user their typing).
        if (dialog == m_dialog && !dialog->holdsWork()) {
            m_lastOperations = dialog->operationsEditor()->operations();
            m_dialog = nullptr;
            dialog->deleteLater();
        }
    });
    if (!m_lastOperations.isEmpty())
        dialog->operationsEditor()->setOperations(m_lastOperations);
    BatchRunner *runner = dialog->runner();
    // What the batch learns of an artifact shows in the list and the details at once, for the window
    // of the current connection only.
    connect(runner, &BatchRunner::artifactFetched, this, [this, dialog](const Artifact &artifact) {
        if (dialog == m_dialog && !dialog->isDetached())
            m_browser->applyFreshCopy(artifact);
    });
    connect(runner, &BatchRunner::phaseChanged, this, [this, dialog](BatchRunner::Phase phase) {
        if (dialog->isVisible())
            return;
        // Running with the window closed: the end is said in the status bar.
        if (phase == BatchRunner::Phase::Finished)
            Q_EMIT message(tr("Batch edit finished: %1").arg(BatchText::runSummary(dialog->runner()->batch())), 0);
        else if (phase == BatchRunner::Phase::Stopped && !dialog->isDetached())
            Q_EMIT message(tr("Batch edit stopped: %1").arg(BatchText::runSummary(dialog->runner()->batch())), 0);
    });
    connect(runner, &BatchRunner::journalFailed, dialog, [dialog] {
        // Nothing unrecorded is sent, but the user must know: the window comes back.
        dialog->show();
        dialog->raise();
    });
    return dialog;
}

BatchDialog *BatchController::openDialog()
{
    if (!m_client) {
        Q_EMIT message(tr("Batch edits need a connection."), 5000);
        return nullptr;
    }
    if (m_dialog && !m_dialog->holdsWork() && !m_dialog->isVisible()) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    if (!m_dialog)
        m_dialog = createDialog();
    m_dialog->setScope(currentScope());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

BatchResumePrompt *BatchController::offerResume()
{
    if (!m_client || m_prompt || !m_window)
        return nullptr;
    if (m_dialog && m_dialog->holdsWork())
        return nullptr; // the batch is in that window already
    const QList<Batch> unfinished = m_journal->unfinished(m_key);
    if (unfinished.isEmpty())
        return nullptr;
    auto *prompt = new BatchResumePrompt(unfinished.constFirst(), m_label, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &BatchResumePrompt::resumeChosen, this, &BatchController::resume);
    connect(prompt, &BatchResumePrompt::discardChosen, this, [this](const QString &batchId) {
        if (m_journal->remove(batchId))
            Q_EMIT message(tr("Discarded the unfinished batch edit."), 5000);
        else
            Q_EMIT message(
                tr("The unfinished batch edit could not be removed from %1.").arg(m_journal->folder()), 10000);
    });
    m_prompt = prompt;
    prompt->open();
    return prompt;
}

BatchDialog *BatchController::resume(const Batch &batch)
{
    if (!m_client || batch.connection != m_key)
        return nullptr;
    if (m_dialog && m_dialog->holdsWork()) {
        Q_EMIT message(tr("Another batch edit is under way; resume this one once it is done."), 8000);
        return nullptr;
    }
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = createDialog();
    m_dialog->setScope(currentScope());
    m_dialog->show();
    m_dialog->raise();
    if (!m_dialog->resume(batch))
        Q_EMIT message(tr("The batch edit could not be resumed."), 8000);
    return m_dialog;
}

BatchDialog::Scope BatchController::currentScope() const
{
    BatchDialog::Scope scope;
    const QAbstractItemModel *proxy = m_browser->proxy();
    QModelIndexList selected = m_browser->view()->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        scope.selected.append(index.data(ArtifactListModel::ArtifactIdRole).toString());
    const int rows = proxy->rowCount();
    scope.shown.reserve(rows);
    for (int row = 0; row < rows; ++row)
        scope.shown.append(proxy->index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString());
    scope.morePages = m_browser->model()->hasMore();
    return scope;
}

QStringList BatchController::keysOf(const QStringList &artifactIds) const
{
    const ArtifactListModel *model = m_browser->model();
    std::set<QString> keys;
    for (const QString &id : artifactIds) {
        const int row = model->rowOf(id);
        if (row < 0)
            continue;
        const Metadata metadata = model->artifact(row).metadata;
        for (auto it = metadata.cbegin(); it != metadata.cend() && keys.size() < maxKeySuggestions; ++it)
            keys.insert(it.key());
    }
    return QStringList(keys.cbegin(), keys.cend());
}

void BatchController::review(const QString &artifactId, const QList<BatchOperation> &operations)
{
    m_review.reset();
    if (m_window) {
        m_window->raise();
        m_window->activateWindow();
    }
    const ArtifactDetailPane *pane = m_browser->detailPane();
    if (pane->artifact() && pane->artifact()->id == artifactId && !pane->isLoading()) {
        m_review = Review {artifactId, operations};
        applyReview(); // already shown: the list would not show it again
        return;
    }
    // Unsaved edits elsewhere are asked about here, so that a Cancel leaves no review pending for
    // whenever the artifact is shown later.
    m_edit->confirmLeave(tr("Review in editor opens another artifact."), [this, artifactId, operations, key = m_key] {
        if (key != m_key)
            return; // answered (a save finished) after a connection switch
        m_review = Review {artifactId, operations};
        m_browser->openArtifact(artifactId);
    });
}

void BatchController::applyReview()
{
    ArtifactDetailPane *pane = m_browser->detailPane();
    if (!m_review || !pane->artifact() || pane->artifact()->id != m_review->artifactId || pane->isLoading())
        return;
    const Review review = *std::exchange(m_review, std::nullopt);
    MetadataEditor *editor = pane->editor();
    if (pane->editTarget() != ArtifactDetailPane::EditTarget::Artifact || !editor->isEditable() || editor->isBusy()) {
        Q_EMIT message(tr("The editor cannot take the batch's change for %1 now: go back to the artifact's own "
                          "metadata and choose Review in editor again.")
                           .arg(review.artifactId.left(8)),
            10000);
        return;
    }
    // Typing already in the editor is kept: the operations apply on top of it.
    MetadataEditModel *model = editor->model();
    const Metadata from = model->isModified() ? model->edited() : model->base();
    const BatchOps::Applied applied = BatchOps::apply(from, review.operations);
    if (applied.verdict != BatchVerdict::WillChange) {
        Q_EMIT message(
            tr("The batch changes nothing on %1 any more: %2").arg(review.artifactId.left(8), applied.reason), 10000);
        return;
    }
    model->setEdited(applied.after, tr("Batch edit"));
    editor->table()->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(tr("The batch's change to %1 is in the editor, unsaved: review it, then save with Ctrl+S.")
                       .arg(review.artifactId.left(8)),
        10000);
}
