#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One metadata value. The API stores strings or null (spec: "Metadata rules"), and "no value" and
// "empty string" must never get confused on a round trip. A server that breaks the rule anyway (a
// number, true, a list) gets its value kept verbatim as RawJson: shown as written, and written back
// byte for byte, because reformatting 12345678901234567890 as 1.2345678901234567e+19 would change
// the user's data. Reads like std::optional<QString>: empty for null, *value the text (for RawJson
// the JSON as written).
class MetadataValue
{
public:
    enum class Kind : quint8 { Null, String, RawJson };

    MetadataValue() = default;
    MetadataValue(std::nullopt_t) { }
    MetadataValue(const QString &text)
        : m_kind(Kind::String)
        , m_text(text)
    { }
    MetadataValue(QString &&text)
        : m_kind(Kind::String)
        , m_text(std::move(text))
    { }
    // json must be one JSON value that is not a string (MetadataJson::isJsonValue checks that).
    static MetadataValue rawJson(QString json);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isRawJson() const { return m_kind == Kind::RawJson; }

    bool has_value() const { return !isNull(); }
    explicit operator bool() const { return !isNull(); }
    const QString &operator*() const { return m_text; }
    const QString *operator->() const { return &m_text; }
    QString value_or(const QString &fallback) const { return isNull() ? fallback : m_text; }

    friend bool operator==(const MetadataValue &, const MetadataValue &) = default;

private:
    Kind m_kind = Kind::Null;
    QString m_text; // the string, or the JSON as written; empty for null
};
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
    // What the server sent but could not be read, one translated sentence per field ("created_at
    // could not be read: a list"). The field itself then reads as unknown (empty, invalid, null).
    QStringList problems;
    // `metadata` was there but not an object (a list, a string...): the map above is empty, and it
    // must not be edited or saved, since that would overwrite whatever the server holds.
    bool metadataUnreadable = false;
    // Invalid UTF-8 sequences in this artifact's JSON, each read as U+FFFD.
    int replacedUtf8Sequences = 0;

    friend bool operator==(const Artifact &, const Artifact &) = default;
};

// A list item that was not read as an artifact (it cannot be identified: no usable id, or it is not
// an object at all). The rest of its page is read as usual.
struct SkippedItem
{
    qsizetype index = -1; // position in the page's "results"
    QString reason; // one translated sentence
    QString excerpt; // the item's JSON as sent, cut to about 300 characters (ending in "…" when cut)

    friend bool operator==(const SkippedItem &, const SkippedItem &) = default;
};

// One page of the List endpoint. `next` is followed as given until it is empty; it is read
// tolerantly (a space or '|' gets percent-encoded), as servers write links strict parsing rejects.
struct ArtifactPage
{
    QList<Artifact> results;
    QUrl next;
    QUrl previous;
    QList<SkippedItem> skipped;
    // Invalid UTF-8 sequences on the whole page, each read as U+FFFD.
    int replacedUtf8Sequences = 0;
    // The server's `next` when it was there but no URL could be made of it (then `next` is empty and
    // loading cannot go on): the text as sent, cut to a short excerpt. Empty otherwise.
    QString unreadableNext;
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
Q_DECLARE_METATYPE(SkippedItem)
