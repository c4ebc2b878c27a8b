#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// Metadata values are strings or null (spec: "Metadata rules"). A null is kept as nullopt so that
// "no value" and "empty string" never get confused on a round trip.
using MetadataValue = std::optional<QString>;
using Metadata = QMap<QString, MetadataValue>;

// The status codes the spec names. Anything else the server sends is kept verbatim in
// ArtifactStatus::code and shown as itself (StatusKind::Unknown).
enum class StatusKind { Processing, Done, Failed, Deleted, Unknown };

StatusKind statusKindFromCode(const QString &code);
QString statusCodeFor(StatusKind kind);

struct ArtifactStatus
{
    QString code; // raw, as sent
    std::optional<QString> subCode; // free text, never an enum
    QDateTime updatedAt; // invalid when missing or unreadable

    StatusKind kind() const { return statusKindFromCode(code); }
    friend bool operator==(const ArtifactStatus &, const ArtifactStatus &) = default;
};

struct Recording
{
    QString id;
    // Read-only here; kept as JSON because it is shown, never edited, and may hold anything.
    std::optional<QJsonObject> metadata;
    friend bool operator==(const Recording &, const Recording &) = default;
};

struct DownloadUrls
{
    QUrl participantEvents;
    QUrl speakerTimeline;
    QUrl participants;
    friend bool operator==(const DownloadUrls &, const DownloadUrls &) = default;
};

struct Artifact
{
    QString id;
    Recording recording;
    QDateTime createdAt;
    ArtifactStatus status;
    Metadata metadata;
    DownloadUrls downloads;

    friend bool operator==(const Artifact &, const Artifact &) = default;
};

// One page of the List endpoint. `next` is followed exactly as given until it is empty.
struct ArtifactPage
{
    QList<Artifact> results;
    QUrl next;
    QUrl previous;
};

// The filters of the List endpoint, named as the API names them.
struct ListFilter
{
    QString recordingId;
    QString statusCode; // processing | done | failed; empty for all
    QDateTime createdAfter;
    QDateTime createdBefore;

    bool isEmpty() const;
    // Whether the List endpoint with this filter would return the artifact. Both time bounds count as
    // inclusive: the API does not document its edges, and a row shown too readily is the lesser harm.
    bool matches(const Artifact &artifact) const;
    friend bool operator==(const ListFilter &, const ListFilter &) = default;
};

// A compact `key=value, key=value` summary for list columns and logs of the user's own data.
QString metadataSummary(const Metadata &metadata);

Q_DECLARE_METATYPE(Artifact)
Q_DECLARE_METATYPE(ArtifactPage)
