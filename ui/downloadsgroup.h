#pragma once

#include "domain/artifact.h"

#include <QGroupBox>

class QAbstractButton;
class QLabel;

// The detail pane's three downloads: whether each file exists (or why not), its size once known, and
// a Copy link button. The links themselves are not shown: each carries a signed token that works
// without the API key, so it leaves the app only when the user copies it on purpose.
class DownloadsGroup : public QGroupBox
{
    Q_OBJECT
public:
    enum class File { Participants, ParticipantEvents, SpeakerTimeline };
    Q_ENUM(File)

    explicit DownloadsGroup(QWidget *parent = nullptr);

    // loading: the artifact is being retrieved, so a row without a link may still get one.
    void setArtifact(const Artifact &artifact, bool loading);
    // The file's size in bytes as its host announced it; -1: unknown.
    void setSize(File file, qint64 bytes);
    QUrl url(File file) const;

Q_SIGNALS:
    void copied(const QString &what);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QAbstractButton *copy = nullptr;
        QUrl url;
        qint64 size = -1;
    };
    void show(File file);
    Row &row(File file) { return m_rows[static_cast<int>(file)]; }

    Row m_rows[3];
    StatusKind m_kind = StatusKind::Unknown;
    bool m_loading = false;
};
