#include "artifactdeleter.h"

#include "artifactdetailpane.h"
#include "deleteconfirmation.h"
#include "detailfeeder.h"
#include "models/artifactlistmodel.h"
#include "net/recallclient.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString errorText(const ApiError &error)
{
    const QString hint = error.hint();
    return hint.isEmpty() ? error.message : error.message + u' ' + hint;
}

} // namespace

ArtifactDeleter::ArtifactDeleter(
    QTableView *table, ArtifactListModel *model, DetailFeeder *feeder, ArtifactDetailPane *pane, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_feeder(feeder)
    , m_pane(pane)
    , m_action(new QAction(tr("&Delete artifact\u2026"), this))
{
    // Plain Del belongs to the metadata editor (remove a key); a delete on the server takes Shift, and
    // only while the table has the focus, so it never fires from a field elsewhere.
    m_action->setObjectName(u"deleteArtifact"_s);
    m_action->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setStatusTip(tr("Delete the selected artifact on the server, after a confirmation"));
    m_action->setToolTip(tr("Delete the selected artifact on the server, after a confirmation (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_action, &QAction::triggered, this, &ArtifactDeleter::confirmCurrent);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_action);

    // Enabled for the current row only while it is not deleted: follow the row and its status.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArtifactDeleter::updateAction);
    // Several rows may be selected (batch edits): the current row is deleted only while it is one
    // of them, never a row Ctrl+click took out of the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArtifactDeleter::updateAction);
    QAbstractItemModel *shown = m_table->model();
    connect(shown, &QAbstractItemModel::dataChanged, this, &ArtifactDeleter::updateAction);
    connect(shown, &QAbstractItemModel::modelReset, this, &ArtifactDeleter::updateAction);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &ArtifactDeleter::updateAction);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &ArtifactDeleter::updateAction);
    updateAction();
}

ArtifactDeleter::~ArtifactDeleter()
{
    cancelRequest();
}

DeleteConfirmation *ArtifactDeleter::confirmation() const
{
    return m_confirmation;
}

void ArtifactDeleter::setClient(RecallClient *client)
{
    // Request ids are unique in the process, so only the client that gave one out can cancel it.
    cancelRequest();
    // The DELETE may have reached the server already: say so rather than leave "Deleting…" standing.
    if (const QString dropped = std::exchange(m_pendingId, {}); !dropped.isEmpty())
        Q_EMIT message(tr("Left the workspace while deleting artifact %1: whether it was deleted is unknown "
                          "there (switch back and reload to see)")
                           .arg(dropped),
            15000);
    if (m_confirmation)
        m_confirmation->reject(); // it names an artifact of the previous workspace
    m_client = client;
    updateAction();
}

void ArtifactDeleter::cancelRequest()
{
    if (m_request && m_client)
        m_client->cancel(m_request);
    m_request = 0;
}

Artifact ArtifactDeleter::currentArtifact() const
{
    const QString id = m_table->currentIndex().data(ArtifactListModel::ArtifactIdRole).toString();
    return id.isEmpty() ? Artifact() : m_model->artifact(m_model->rowOf(id));
}

void ArtifactDeleter::updateAction()
{
    const QModelIndex current = m_table->currentIndex();
    const bool deleted
        = current.data(ArtifactListModel::StatusKindRole).toInt() == static_cast<int>(StatusKind::Deleted);
    const bool selected
        = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent());
    m_action->setEnabled(m_client && selected && !deleted && !isDeleting() && !m_confirmation);
}

void ArtifactDeleter::confirmCurrent()
{
    updateAction();
    if (!m_action->isEnabled())
        return;
    const Artifact artifact = currentArtifact();
    if (artifact.id.isEmpty())
        return;
    // Window-modal without a nested event loop: answers of other requests keep arriving behind it.
    auto *dialog = new DeleteConfirmation(artifact, m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = dialog;
    connect(dialog, &QDialog::accepted, this, [this, id = artifact.id] { deleteArtifact(id); });
    connect(dialog, &QDialog::finished, this, [this] {
        m_confirmation.clear(); // it goes away later (deleteLater), but it is no longer asking
        updateAction();
    });
    dialog->open();
    updateAction();
}

void ArtifactDeleter::deleteArtifact(const QString &artifactId)
{
    if (!m_client || isDeleting() || artifactId.isEmpty())
        return;
    m_pendingId = artifactId;
    updateAction();
    Q_EMIT message(tr("Deleting artifact %1\u2026").arg(artifactId), 0);
    m_request = m_client->deleteArtifact(artifactId, this, [this, artifactId](const Result<Done> &result) {
        m_request = 0;
        onDeleted(artifactId, result ? std::nullopt : std::optional<ApiError>(result.error()));
    });
}

void ArtifactDeleter::onDeleted(const QString &id, const std::optional<ApiError> &error)
{
    // A 404 may mean the delete went through already (a retry after an answer lost on the way, someone
    // else): what the server says of the artifact now decides. Any other failure changed nothing.
    if (error && error->httpStatus != 404) {
        finish(id, Outcome::Failed, tr("Could not delete artifact %1: %2").arg(id, errorText(*error)), 20000);
        return;
    }
    m_request = m_client->retrieveArtifact(
        id, this, [this, id, deleteAnswered404 = error.has_value()](const Result<Artifact> &result) {
            m_request = 0;
            if (result && deleteAnswered404 && result->status.kind() != StatusKind::Deleted) {
                // The server keeps the artifact yet refuses to delete it: show it as it is, say so.
                m_model->updateArtifact(result.value());
                m_feeder->update(result.value());
                finish(id, Outcome::Failed,
                    tr("Could not delete artifact %1: the server answered 404 but still lists it as %2")
                        .arg(id, result->status.code),
                    20000);
                return;
            }
            onRetrieved(id, result);
        });
}

void ArtifactDeleter::onRetrieved(const QString &id, const Result<Artifact> &result)
{
    if (!result && result.error().httpStatus == 404) {
        if (m_feeder->shownId() == id)
            m_pane->setMissing(result.error());
        finish(id, Outcome::Missing, tr("Artifact %1 is gone: the server no longer knows it (404)").arg(id), 15000);
        return;
    }
    if (!result) {
        finish(id, Outcome::Deleted,
            tr("Deleted artifact %1, but reading it back failed: %2 Reload to see its status.")
                .arg(id, errorText(result.error())),
            20000);
        return;
    }
    m_model->updateArtifact(result.value());
    m_feeder->update(result.value());
    finish(id, Outcome::Deleted,
        result->status.kind() == StatusKind::Deleted
            ? tr("Deleted artifact %1").arg(id)
            : tr("Deleted artifact %1; the server still reports its status as %2").arg(id, result->status.code),
        10000);
}

void ArtifactDeleter::finish(const QString &id, Outcome outcome, const QString &text, int timeoutMs)
{
    m_pendingId.clear();
    updateAction();
    Q_EMIT message(text, timeoutMs);
    Q_EMIT finished(id, outcome);
}
