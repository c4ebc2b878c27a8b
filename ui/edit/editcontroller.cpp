#include "editcontroller.h"

#include "artifactdetailpane.h"
#include "domain/metadatajson.h"
#include "draftsdialog.h"
#include "edit/metadatadiff.h"
#include "edit/metadataeditmodel.h"
#include "historypanel.h"
#include "metadataeditor.h"
#include "net/recallclient.h"
#include "saveoutcomebar.h"
#include "savepreviewdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr auto previewSetting = "edit/previewBeforeSaving"_L1;

QString changeCount(const Metadata &base, const Metadata &edited)
{
    return MetadataDiff::summary(MetadataDiff::diff(base, edited));
}

} // namespace

EditController::EditController(
    ArtifactDetailPane *pane, QWidget *dialogParent, DraftStore *drafts, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_dialogParent(dialogParent)
    , m_bar(new SaveOutcomeBar(pane))
{
    if (!drafts) {
        m_ownDrafts = std::make_unique<DraftStore>();
        drafts = m_ownDrafts.get();
    }
    if (!history) {
        m_ownHistory = std::make_unique<HistoryStore>();
        history = m_ownHistory.get();
    }
    m_drafts = drafts;
    m_history = history;
    m_bar->setObjectName(u"saveOutcomeBar"_s);
    editor()->addStatusWidget(m_bar);

    m_historyAction = new QAction(tr("Save &history\u2026"), this);
    m_historyAction->setObjectName(u"historyAction"_s);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("The saves of this artifact's metadata made from this computer, with "
                                   "\u201cRevert to this\u201d (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &EditController::showHistory);
    m_previewAction = new QAction(tr("&Preview requests before saving"), this);
    m_previewAction->setObjectName(u"previewAction"_s);
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(QSettings().value(previewSetting, true).toBool());
    m_previewAction->setToolTip(tr("Show the exact request and what it changes before each save; a conflict "
                                   "with a change made elsewhere is always shown"));
    connect(m_previewAction, &QAction::toggled, this, [](bool on) { QSettings().setValue(previewSetting, on); });

    connect(editor(), &MetadataEditor::saveRequested, this, &EditController::save);
    connect(editor(), &MetadataEditor::edited, this, &EditController::writeDraft);
    connect(m_pane, &ArtifactDetailPane::artifactShown, this, &EditController::onShown);
    connect(m_pane, &ArtifactDetailPane::editTargetRequested, this, [this](ArtifactDetailPane::EditTarget target) {
        if (target == m_pane->editTarget())
            return;
        const QString why = target == ArtifactDetailPane::EditTarget::Recording
            ? tr("The recording's metadata is being opened in the editor.")
            : tr("The artifact's metadata is being opened in the editor.");
        confirmLeave(why, [this, target] {
            m_bar->clear();
            m_pane->setEditTarget(target);
        });
    });
    connect(m_bar, &SaveOutcomeBar::removeKeptKeysRequested, this, [this] {
        if (!m_saver || m_saver->stage() != MetadataSaver::Stage::Done)
            return;
        m_previewSeen = false;
        m_savingId = shownArtifactId();
        m_barFor = m_savingId;
        editor()->setBusy(true);
        m_saver->removeKeptKeys();
    });
}

EditController::~EditController()
{
    // Nothing may call back into a half-destroyed controller.
    if (m_saver)
        m_saver->disconnect(this);
}

MetadataEditor *EditController::editor() const
{
    return m_pane->editor();
}

QString EditController::shownArtifactId() const
{
    return m_pane->artifact() ? m_pane->artifact()->id : QString();
}

DraftStore::Target EditController::draftTarget() const
{
    return m_pane->editTarget() == ArtifactDetailPane::EditTarget::Recording ? DraftStore::Target::Recording
                                                                             : DraftStore::Target::Artifact;
}

void EditController::setClient(RecallClient *client, const QString &connectionKey)
{
    if (m_saver) {
        m_saver->disconnect(this);
        m_saver->cancel();
    }
    m_saver.reset();
    delete m_dialog;
    // The question names an artifact of the previous workspace, and its answer would act here.
    if (m_question)
        m_question->reject();
    m_afterSave = {};
    m_savingId.clear();
    m_bar->clear();
    editor()->setBusy(false);
    m_client = client;
    m_connectionKey = connectionKey;
    m_draftId.clear();
    if (!client)
        return;
    m_saver = std::make_unique<MetadataSaver>(client);
    m_saver->setConnectionName(connectionKey);
    connect(m_saver.get(), &MetadataSaver::conflictsFound, this, [this] { openDialog(true); });
    connect(m_saver.get(), &MetadataSaver::previewReady, this, [this] {
        if (m_previewSeen)
            m_saver->send(); // the conflict view already showed exactly this request
        else
            openDialog(false);
    });
    connect(m_saver.get(), &MetadataSaver::waiting, m_bar, &SaveOutcomeBar::setWaiting);
    connect(m_saver.get(), &MetadataSaver::stageChanged, this, [this](MetadataSaver::Stage stage) {
        if (stage == MetadataSaver::Stage::Fetching)
            m_bar->setStage(tr("Fetching the metadata on the server\u2026"));
        else if (stage == MetadataSaver::Stage::ResolvingConflicts)
            m_bar->setStage(tr("Someone changed the same keys on the server: choose which value each keeps."));
        else if (stage == MetadataSaver::Stage::Previewing)
            m_bar->setStage(tr("Check the request, then send it."));
        else if (stage == MetadataSaver::Stage::Sending)
            m_bar->setStage(tr("Sending\u2026"));
    });
    connect(m_saver.get(), &MetadataSaver::saved, this, &EditController::onSaved);
    connect(m_saver.get(), &MetadataSaver::failed, this, &EditController::onFailed);
    if (m_pendingRestore && m_pendingRestore->connection == connectionKey)
        Q_EMIT openRequested(m_pendingRestore->artifactId);
}

bool EditController::hasUnsavedEdits() const
{
    // Text typed but not yet in the model (an open cell, text mode before its pause) counts too.
    return (editor()->model()->isModified() || editor()->hasPendingInput()) && !shownArtifactId().isEmpty();
}

bool EditController::confirmLeave(const QString &why, std::function<void()> proceed)
{
    editor()->commitPendingInput();
    if (!hasUnsavedEdits() || !m_dialogParent) {
        proceed();
        return true;
    }
    if (!m_savingId.isEmpty()) {
        Q_EMIT message(tr("A save is under way; wait for it to finish, or cancel it."), 8000);
        return false;
    }
    if (m_question) // one question at a time; the newest wish wins
        m_question->reject();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved metadata"),
        tr("The metadata of artifact %1 has unsaved changes (%2).")
            .arg(shownArtifactId(), changeCount(editor()->model()->base(), editor()->model()->edited())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(u"unsavedQuestion"_s);
    box->setInformativeText(why + u' ' + tr("Save them first, discard them, or stay here?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString blocked = editor()->saveBlockedReason();
    if (!blocked.isEmpty()) {
        box->button(QMessageBox::Save)->setEnabled(false);
        box->button(QMessageBox::Save)->setToolTip(tr("Cannot save: %1").arg(blocked));
        box->setDefaultButton(QMessageBox::Cancel);
    }
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, proceed = std::move(proceed)] {
        const auto choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Discard) {
            discardEdits();
            proceed();
        } else if (choice == QMessageBox::Save) {
            m_afterSave = proceed;
            save();
        }
    });
    box->open();
    return false;
}

void EditController::discardEdits()
{
    if (m_saver)
        m_saver->cancel();
    m_drafts->remove(m_connectionKey, shownArtifactId(), draftTarget());
    m_draftId.clear();
    editor()->setBusy(false);
    editor()->model()->setEdited(editor()->model()->base(), tr("Discard changes"));
    m_bar->clear();
}

void EditController::save()
{
    editor()->commitPendingInput();
    const QString id = shownArtifactId();
    if (!m_saver || id.isEmpty()) {
        Q_EMIT message(tr("Not saved: there is no connection to save with."), 8000);
        m_afterSave = {};
        return;
    }
    if (const QString blocked = editor()->saveBlockedReason(); !blocked.isEmpty()) {
        Q_EMIT message(tr("Not saved: %1").arg(blocked), 8000);
        m_afterSave = {};
        return;
    }
    m_savingId = id;
    m_barFor = id;
    m_previewSeen = false;
    editor()->setBusy(true);
    editor()->setServerMessages({});
    m_saver->setPreviewEnabled(m_previewAction->isChecked());
    MetadataSaver::SaveRequest request;
    m_savingTarget = draftTarget();
    if (m_savingTarget == DraftStore::Target::Recording) {
        request.target = MetadataSaver::Target::Recording;
        request.recordingId = m_pane->artifact()->recording.id;
    }
    request.artifactId = id;
    request.base = editor()->model()->base();
    request.mine = editor()->model()->edited();
    m_saver->start(request);
}

void EditController::openDialog(bool conflicts)
{
    delete m_dialog;
    auto *dialog = new SavePreviewDialog(m_dialogParent);
    dialog->setObjectName(u"savePreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QPointer<MetadataSaver> saver = m_saver.get();
    SavePreviewDialog::RequestFor requestFor;
    if (conflicts) {
        requestFor = [saver](const Metadata &map) { return saver ? saver->requestFor(map) : ApiRequest(); };
    } else {
        requestFor = [saver](const Metadata &) { return saver ? saver->preview().request : ApiRequest(); };
    }
    dialog->setSave(m_saver->live(), m_saver->mergeResult(), requestFor);
    dialog->setSkipPreviewNextTime(!m_previewAction->isChecked());
    connect(dialog, &QDialog::finished, this, [this, dialog, conflicts, saver](int result) {
        if (!saver || saver != m_saver.get())
            return;
        if (result != QDialog::Accepted) {
            m_saver->cancel();
            m_afterSave = {};
            finishSave();
            // Nothing went wrong: the user changed their mind. Nothing was sent, every edit stays.
            m_bar->clear();
            Q_EMIT message(tr("Not saved: cancelled before anything was sent. Your edits are kept."), 8000);
            return;
        }
        m_previewAction->setChecked(!dialog->skipPreviewNextTime());
        if (conflicts) {
            m_previewSeen = true;
            m_saver->resolveConflicts(dialog->choices());
        } else {
            m_saver->send();
        }
    });
    dialog->open();
}

void EditController::onSaved(const MetadataSaver::Outcome &outcome)
{
    const QString id = m_savingId;
    const bool recording = m_savingTarget == DraftStore::Target::Recording;
    HistoryStore::Entry entry;
    entry.connection = m_connectionKey;
    entry.target = recording
        ? HistoryStore::Target {HistoryStore::TargetKind::Recording, m_saver->request().recordingId}
        : HistoryStore::Target {HistoryStore::TargetKind::Artifact, id};
    entry.artifactId = id;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.before = m_saver->live();
    entry.after = outcome.answer;
    QString why;
    if (!m_history->record(entry, &why))
        Q_EMIT message(tr("Saved, but the local history could not be written: %1").arg(why), 10000);
    m_drafts->remove(m_connectionKey, id, m_savingTarget);
    m_draftId.clear();
    finishSave();
    const bool stillShown = id == shownArtifactId()
        && draftTarget() == (recording ? DraftStore::Target::Recording : DraftStore::Target::Artifact);
    if (stillShown)
        editor()->setMetadata(outcome.answer);
    m_bar->setOutcome(outcome.differences);
    if (outcome.artifact) {
        Q_EMIT artifactSaved(*outcome.artifact);
    } else if (recording && m_pane->artifact() && m_pane->artifact()->id == id) {
        // The answer is the recording: the artifact shown carries it as its parent's metadata.
        Artifact updated = *m_pane->artifact();
        updated.recording.metadata = QJsonDocument::fromJson(MetadataJson::write(outcome.answer)).object();
        Q_EMIT artifactSaved(updated);
    }
    Q_EMIT message(recording ? tr("Saved the metadata of recording %1").arg(m_saver->request().recordingId)
                             : tr("Saved the metadata of %1").arg(id),
        5000);
    if (auto next = std::exchange(m_afterSave, {}))
        next();
}

void EditController::onFailed(const MetadataSaver::Failure &failure)
{
    m_afterSave = {};
    finishSave();
    QMap<QString, QString> messages;
    for (auto it = failure.keyErrors.cbegin(); it != failure.keyErrors.cend(); ++it)
        messages.insert(it.key(), it->join(u' '));
    editor()->setServerMessages(messages);
    QString text = failure.message;
    if (!failure.otherErrors.isEmpty())
        text += u' ' + failure.otherErrors.join(u' ');
    if (failure.gone)
        text += u' ' + tr("Your edits are kept in the draft.");
    m_bar->setFailure(text);
}

void EditController::finishSave()
{
    m_savingId.clear();
    m_previewSeen = false;
    editor()->setBusy(false);
}

void EditController::writeDraft()
{
    const QString id = shownArtifactId();
    if (id.isEmpty() || m_connectionKey.isEmpty())
        return;
    const MetadataEditModel *model = editor()->model();
    if (!model->isModified()) {
        // Only a draft this session wrote goes: one left by an earlier run stays until restored or
        // discarded, even when the same artifact is shown unedited.
        if (m_draftId == id)
            m_drafts->remove(m_connectionKey, id, draftTarget());
        m_draftId.clear();
        return;
    }
    DraftStore::Draft draft {
        m_connectionKey, id, QDateTime::currentDateTimeUtc(), model->base(), model->edited(), draftTarget()};
    QString why;
    if (m_drafts->save(draft, &why))
        m_draftId = id;
    else
        Q_EMIT message(tr("The draft could not be written: %1").arg(why), 10000);
}

void EditController::onShown(const Artifact &artifact)
{
    // What the bar says is about the artifact it was said for.
    if (artifact.id != m_barFor && m_savingId.isEmpty())
        m_bar->clear();
    if (m_draftId != artifact.id)
        m_draftId.clear();
    // A restore whose artifact never opened (gone since) ends once the user looks at another one.
    if (m_pendingRestore && m_pendingRestore->connection == m_connectionKey
        && artifact.id != m_pendingRestore->artifactId && artifact.id != m_shownBeforeRestore)
        m_pendingRestore.reset();
    applyPendingRestore();
}

QDialog *EditController::offerDrafts()
{
    const DraftStore::Listing listing = m_drafts->list();
    if (listing.drafts.isEmpty() && listing.unreadable.isEmpty())
        return nullptr;
    auto *dialog = new DraftsDialog(listing, m_namer, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DraftsDialog::restoreRequested, this, &EditController::restore);
    connect(dialog, &DraftsDialog::discardRequested, this,
        [this](const DraftStore::Draft &draft) { m_drafts->remove(draft.connection, draft.artifactId, draft.target); });
    dialog->open();
    return dialog;
}

void EditController::restore(const DraftStore::Draft &draft)
{
    m_pendingRestore = draft;
    m_shownBeforeRestore = shownArtifactId();
    if (draft.connection != m_connectionKey) {
        Q_EMIT connectionRequested(draft.connection);
        return;
    }
    if (shownArtifactId() == draft.artifactId)
        applyPendingRestore();
    else
        Q_EMIT openRequested(draft.artifactId);
}

void EditController::applyPendingRestore()
{
    if (!m_pendingRestore || m_pendingRestore->connection != m_connectionKey
        || m_pendingRestore->artifactId != shownArtifactId())
        return;
    const DraftStore::Draft draft = *std::exchange(m_pendingRestore, std::nullopt);
    m_pane->setEditTarget(draft.target == DraftStore::Target::Recording ? ArtifactDetailPane::EditTarget::Recording
                                                                        : ArtifactDetailPane::EditTarget::Artifact);
    const Metadata shownNow = m_pane->editorSource();
    editor()->setMetadata(draft.base);
    editor()->model()->setEdited(draft.edited, tr("Restore draft"));
    m_draftId = draft.artifactId;
    Q_EMIT message(tr("Restored the unsaved edits of %1").arg(draft.artifactId), 5000);
    // The artifact changed since the draft was taken: the save's merge shows how the two meet, with
    // the conflict view for keys changed on both sides.
    if (shownNow != draft.base && editor()->saveBlockedReason().isEmpty())
        save();
}

QDialog *EditController::showHistory()
{
    const QString id = shownArtifactId();
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(u"historyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(id.isEmpty() ? tr("Save history") : tr("Save history of %1").arg(id));
    auto *panel = new HistoryPanel(dialog);
    panel->setStore(m_history);
    panel->setConnectionNamer(m_namer);
    panel->setArtifact(m_connectionKey, id);
    const auto apply = [this, dialog, id](
                           const Metadata &map, const HistoryStore::Target &target, const QString &name) {
        const bool recording = target.kind == HistoryStore::TargetKind::Recording;
        if (id != shownArtifactId() || !editor()->isEditable() || editor()->isBusy()) {
            Q_EMIT message(tr("Open the artifact again to revert it."), 5000);
            return;
        }
        if (recording != (draftTarget() == DraftStore::Target::Recording)) {
            Q_EMIT message(recording ? tr("That save changed the recording's metadata: open it in the editor first.")
                                     : tr("That save changed the artifact's metadata: go back to it first."),
                8000);
            return;
        }
        // An edit like any other: it merges with the live map, previews and verifies on save.
        editor()->model()->setEdited(map, name);
        dialog->accept();
        Q_EMIT message(tr("Prepared the change; review it and save with Ctrl+S."), 8000);
    };
    connect(
        panel, &HistoryPanel::revertRequested, this, [apply](const Metadata &map, const HistoryStore::Target &target) {
            apply(map, target, tr("Revert to an earlier save"));
        });
    connect(panel, &HistoryPanel::applyAgainRequested, this,
        [apply](
            const Metadata &map, const HistoryStore::Target &target) { apply(map, target, tr("Apply a save again")); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 460);
    dialog->open();
    return dialog;
}
