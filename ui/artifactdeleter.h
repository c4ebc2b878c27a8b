#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"
#include "domain/result.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ArtifactDetailPane;
class ArtifactListModel;
class DeleteConfirmation;
class DetailFeeder;
class QAction;
class QTableView;
class RecallClient;

// The app's only way to delete an artifact. Its action ("Delete artifact…", Shift+Del in the table, also
// in the table's context menu) asks DeleteConfirmation about the table's current artifact; on
// confirmation it sends one DELETE through the client (so through the rate budget), then retrieves the
// artifact again so that its row (and the details, when they show it) carry the server's word: the
// status `deleted`, or the pane's 404 notice when the server no longer knows it. A failure changes
// nothing and says why. One delete at a time: the action is disabled while one is in flight, for a row
// already `deleted`, and without a current row or a client. Switching clients drops whatever the previous
// one was asked (its answers call nobody back) and closes an open confirmation.
class ArtifactDeleter : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Deleted, // the server reports the artifact as it is now (normally `deleted`); its row shows that
        Missing, // the server no longer knows it (404): the pane says so and offers to drop the row
        Failed, // nothing changed; message() said why
    };
    Q_ENUM(Outcome)

    // table shows model (directly or through a proxy) and must have it already; the action joins the
    // table's actions (its context menu). pane and feeder are the details beside the table.
    ArtifactDeleter(QTableView *table, ArtifactListModel *model, DetailFeeder *feeder, ArtifactDetailPane *pane,
        QObject *parent = nullptr);
    ~ArtifactDeleter() override;

    void setClient(RecallClient *client);
    QAction *action() const { return m_action; }
    // The confirmation being shown, nullptr when none is.
    DeleteConfirmation *confirmation() const;
    // The artifact whose DELETE (or the retrieve after it) is in flight; empty when none is.
    QString pendingId() const { return m_pendingId; }
    bool isDeleting() const { return !m_pendingId.isEmpty(); }

    // Asks to confirm deleting the current row's artifact (what the action does); nothing without one.
    void confirmCurrent();
    // Sends the DELETE for artifactId at once: the confirmation's accepted() leads here.
    void deleteArtifact(const QString &artifactId);

Q_SIGNALS:
    // For the status bar: "Deleting…", what came of it.
    void message(const QString &text, int timeoutMs);
    void finished(const QString &artifactId, ArtifactDeleter::Outcome outcome);

private:
    Artifact currentArtifact() const;
    void updateAction();
    void onDeleted(const QString &id, const std::optional<ApiError> &error);
    void onRetrieved(const QString &id, const Result<Artifact> &result);
    void finish(const QString &id, Outcome outcome, const QString &text, int timeoutMs);
    void cancelRequest();

    QTableView *m_table = nullptr;
    ArtifactListModel *m_model = nullptr;
    DetailFeeder *m_feeder = nullptr;
    ArtifactDetailPane *m_pane = nullptr;
    QAction *m_action = nullptr;
    QPointer<RecallClient> m_client;
    QPointer<DeleteConfirmation> m_confirmation;
    QString m_pendingId;
    quint64 m_request = 0;
};
