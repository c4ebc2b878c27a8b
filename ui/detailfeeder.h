#pragma once

#include "domain/artifact.h"

#include <QObject>
#include <QPointer>

class ArtifactDetailPane;
class ArtifactListModel;
class DownloadSizeProbe;
class RecallClient;

// Keeps the detail pane fed for the artifact selected in the list: shows the row at once, retrieves a
// fresh copy (download links and recording metadata are not kept in rows), updates the row with it,
// and asks each download's host for the file's size. Whatever it asked for an artifact is dropped when
// another one is shown, the pane is cleared, or the client changes.
class DetailFeeder : public QObject
{
    Q_OBJECT
public:
    DetailFeeder(ArtifactDetailPane *pane, ArtifactListModel *model, QObject *parent = nullptr);
    ~DetailFeeder() override;

    void setClient(RecallClient *client);
    // The row's artifact now, a fresh copy when it arrives.
    void show(const Artifact &fromRow);
    void clear();
    // A fresh copy from elsewhere (the status poller) of the artifact shown.
    void update(const Artifact &artifact);
    QString shownId() const { return m_shownId; }

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void cancel();
    void probeSizes(const Artifact &artifact);

    ArtifactDetailPane *m_pane = nullptr;
    ArtifactListModel *m_model = nullptr;
    DownloadSizeProbe *m_sizes = nullptr;
    QPointer<RecallClient> m_client;
    QString m_shownId;
    quint64 m_request = 0;
};
