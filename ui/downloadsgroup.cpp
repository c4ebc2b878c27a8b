#include "downloadsgroup.h"

#include "detailfields.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace DetailFields;

namespace {
QString fileName(DownloadsGroup::File file)
{
    switch (file) {
    case DownloadsGroup::File::Participants:
        return DownloadsGroup::tr("Participants download");
    case DownloadsGroup::File::ParticipantEvents:
        return DownloadsGroup::tr("Participant events download");
    case DownloadsGroup::File::SpeakerTimeline:
        break;
    }
    return DownloadsGroup::tr("Speaker timeline download");
}
} // namespace

DownloadsGroup::DownloadsGroup(QWidget *parent)
    : QGroupBox(tr("Downloads"), parent)
{
    setObjectName(u"downloadsGroup"_s);
    QFormLayout *form = createForm(this);
    const std::tuple<File, QString, QString> files[] = {
        {File::Participants, u"downloadsParticipants"_s, tr("Participants:")},
        {File::ParticipantEvents, u"downloadsParticipantEvents"_s, tr("Participant events:")},
        {File::SpeakerTimeline, u"downloadsSpeakerTimeline"_s, tr("Speaker timeline:")},
    };
    for (const auto &[file, name, caption] : files) {
        Row &r = row(file);
        r.label = createValueLabel(name, this);
        // One short line ("available, 370 KiB"): wrapping it beside its button would cut it off.
        r.label->setWordWrap(false);
        auto *copy = new QToolButton(this);
        copy->setObjectName(name + u"Copy"_s);
        copy->setText(tr("Copy link"));
        copy->setAccessibleName(tr("Copy link: %1").arg(fileName(file)));
        copy->setToolTip(tr("Copy the signed download link (it works without the API key until it expires)"));
        copy->setFocusPolicy(Qt::TabFocus);
        connect(copy, &QToolButton::clicked, this, [this, file] {
            const QUrl link = url(file);
            if (link.isEmpty())
                return;
            QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
            Q_EMIT copied(tr("link: %1").arg(fileName(file)));
        });
        r.copy = copy;
        auto *line = new QHBoxLayout;
        line->addWidget(r.label, 1);
        line->addWidget(copy);
        form->addRow(caption, line);
    }
    auto *note = createValueLabel(u"downloadsNote"_s, this);
    note->setText(tr("Download links carry a signed token and expire after a while; refreshing the "
                     "artifact brings fresh ones."));
    note->setAccessibleName(note->text());
    form->addRow(note);
}

void DownloadsGroup::setArtifact(const Artifact &artifact, bool loading)
{
    m_kind = artifact.status.kind();
    m_loading = loading;
    const QUrl urls[]
        = {artifact.downloads.participants, artifact.downloads.participantEvents, artifact.downloads.speakerTimeline};
    for (int i = 0; i < 3; ++i) {
        // A size belongs to the link it was asked for; a fresh link starts unknown.
        if (m_rows[i].url != urls[i])
            m_rows[i].size = -1;
        m_rows[i].url = urls[i];
        show(static_cast<File>(i));
    }
}

void DownloadsGroup::setSize(File file, qint64 bytes)
{
    row(file).size = bytes;
    show(file);
}

QUrl DownloadsGroup::url(File file) const
{
    return m_rows[static_cast<int>(file)].url;
}

void DownloadsGroup::show(File file)
{
    const Row &r = row(file);
    QString text = tr("not available");
    QString toolTip = tr("The server sent no link for this file");
    if (m_kind == StatusKind::Deleted) {
        toolTip = tr("The artifact was deleted, and its files with it");
    } else if (!r.url.isEmpty()) {
        text = r.size >= 0 ? tr("available, %1").arg(QLocale().formattedDataSize(r.size)) : tr("available");
        toolTip = tr("Hosted on %1; the link expires, refresh the artifact for a fresh one").arg(r.url.host());
    } else if (m_loading && (m_kind == StatusKind::Done || m_kind == StatusKind::Unknown)) {
        text = tr("checking\u2026"); // list rows carry no links; the retrieved artifact will
        toolTip = tr("Retrieving the latest version of this artifact");
    } else if (m_kind == StatusKind::Processing) {
        text = tr("not available yet");
        toolTip = tr("Recall is still processing this artifact; the file appears when it is done");
    } else if (m_kind == StatusKind::Failed) {
        toolTip = tr("Processing failed, so there is no file");
    }
    setField(r.label, fileName(file), text, toolTip);
    r.copy->setEnabled(!r.url.isEmpty());
}
