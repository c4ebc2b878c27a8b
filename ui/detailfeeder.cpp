#include "detailfeeder.h"

#include "artifactdetailpane.h"
#include "downloadsgroup.h"
#include "models/artifactlistmodel.h"
#include "net/downloadsizeprobe.h"
#include "net/recallclient.h"

DetailFeeder::DetailFeeder(ArtifactDetailPane *pane, ArtifactListModel *model, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_model(model)
    , m_sizes(new DownloadSizeProbe(this))
{
    connect(m_sizes, &DownloadSizeProbe::sizeKnown, this,
        [this](int tag, qint64 bytes) { m_pane->downloads()->setSize(static_cast<DownloadsGroup::File>(tag), bytes); });
}

DetailFeeder::~DetailFeeder()
{
    cancel();
}

void DetailFeeder::setClient(RecallClient *client)
{
    cancel();
    m_client = client;
    m_shownId.clear();
    m_pane->clear();
}

void DetailFeeder::cancel()
{
    if (m_request && m_client)
        m_client->cancel(m_request);
    m_request = 0;
    m_sizes->cancelAll();
}

void DetailFeeder::clear()
{
    cancel();
    m_shownId.clear();
    m_pane->clear();
}

void DetailFeeder::show(const Artifact &fromRow)
{
    cancel();
    m_shownId = fromRow.id;
    m_pane->setArtifact(fromRow);
    if (!m_client)
        return;
    m_pane->setLoading(true);
    const QString id = fromRow.id;
    m_request = m_client->retrieveArtifact(id, this, [this, id](const Result<Artifact> &result) {
        m_request = 0;
        m_pane->setLoading(false);
        if (!result) {
            if (result.error().httpStatus == 404 && m_shownId == id)
                m_pane->setMissing(result.error());
            else
                Q_EMIT message(tr("Could not refresh %1: %2").arg(id.left(8), result.error().message), 10000);
            return;
        }
        m_model->updateArtifact(result.value());
        if (m_shownId == id) {
            m_pane->setArtifact(result.value());
            probeSizes(result.value());
        }
    });
}

void DetailFeeder::update(const Artifact &artifact)
{
    if (artifact.id != m_shownId)
        return;
    m_pane->setArtifact(artifact);
    probeSizes(artifact);
}

void DetailFeeder::probeSizes(const Artifact &artifact)
{
    const std::pair<DownloadsGroup::File, QUrl> files[] = {
        {DownloadsGroup::File::Participants, artifact.downloads.participants},
        {DownloadsGroup::File::ParticipantEvents, artifact.downloads.participantEvents},
        {DownloadsGroup::File::SpeakerTimeline, artifact.downloads.speakerTimeline},
    };
    for (const auto &[file, url] : files) {
        if (!url.isEmpty())
            m_sizes->probe(static_cast<int>(file), url);
    }
}
