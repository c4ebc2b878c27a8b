#pragma once

#include "demometadata.h"
#include "demoquirk.h"
#include "demorandom.h"
#include "meetinggenerator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One artifact of the demo workspace, kept compact (about 200 bytes with its id) so that a
// 100 000-artifact workspace stays small: metadata and meeting files are regenerated from the seed,
// and only maps that a PATCH changed are stored.
struct DemoArtifactRecord
{
    QString id;
    QString statusCode; // implicitly shared constants; any string may be set from tests
    QString subCode; // null QString -> JSON null
    std::optional<QJsonObject> metadataOverride;
    qint64 createdAtUs = 0;
    qint64 updatedAtUs = 0;
    quint64 seed = 0;
    int recording = 0;
    qint32 durationS = 0;
    quint16 features = 0;
    quint8 participantCount = 2;
    MeetingPlatform platform = MeetingPlatform::Zoom;
    DemoMetadata::Flavour metadataFlavour = DemoMetadata::Flavour::Random;
};

struct DemoRecordingRecord
{
    QString id;
    quint64 seed = 0;
    bool hasMetadata = true;
    std::optional<QJsonValue> metadataOverride;
};

namespace DemoStatus {
inline const QString processing = QStringLiteral("processing");
inline const QString done = QStringLiteral("done");
inline const QString failed = QStringLiteral("failed");
inline const QString deleted = QStringLiteral("deleted");
} // namespace DemoStatus

// The generated workspace and its mutable state. Pure data: no sockets, no clock (callers pass
// the server time), so it can be exercised directly.
class DemoCatalog
{
public:
    // Builds a download URL for an artifact's file; the server signs it with its clock.
    using UrlMaker = std::function<QString(const QString &artifactId, MeetingFile file)>;

    DemoCatalog(quint32 seed, int count);

    quint32 seed() const { return m_seed; }
    int size() const { return static_cast<int>(m_artifacts.size()); }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const DemoArtifactRecord &at(int index) const { return m_artifacts[index]; }

    int recordingCount() const { return static_cast<int>(m_recordings.size()); }
    int recordingIndexOf(const QString &id) const { return m_recordingIndex.value(id, -1); }
    const DemoRecordingRecord &recording(int index) const { return m_recordings[index]; }

    // -1 when the workspace is too small to hold the quirk.
    int quirkIndex(DemoQuirk quirk) const;

    QJsonObject metadata(int index) const;
    QJsonValue recordingMetadata(int recording) const;
    QJsonObject artifactJson(int index, const UrlMaker &urls) const;
    QJsonObject recordingJson(int recording) const;
    MeetingSpec meetingSpec(int index) const;

    void setMetadata(int index, const QJsonObject &metadata);
    void setRecordingMetadata(int recording, const QJsonObject &metadata);
    void setStatus(int index, const QString &code, const QString &subCode, qint64 atUs);

private:
    void generate(quint32 seed, int count);
    int assignRecording(int index, DemoRng &rng);

    QList<DemoArtifactRecord> m_artifacts;
    QList<DemoRecordingRecord> m_recordings;
    QList<int> m_recordingSizes;
    QHash<QString, int> m_index;
    QHash<QString, int> m_recordingIndex;
    quint32 m_seed = 0;
};
