#include "artifactparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> optionalString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

QUrl urlFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QUrl(value.toString(), QUrl::StrictMode);
}

Result<QJsonDocument> parseDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::malformed(200, parseError.offset, parseError.errorString(), json);
    return doc;
}

} // namespace

namespace ArtifactParser {

QDateTime timestampFromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds))
            return {};
        return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
    }
    if (!value.isString())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

Metadata metadataFromJson(const QJsonValue &value)
{
    Metadata metadata;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined()) {
            metadata.insert(it.key(), std::nullopt);
        } else if (v.isString()) {
            metadata.insert(it.key(), v.toString());
        } else if (v.isDouble()) {
            // The API stores strings only; a number here is shown as the server wrote it.
            metadata.insert(it.key(), QString::number(v.toDouble(), 'g', 17));
        } else if (v.isBool()) {
            metadata.insert(it.key(), v.toBool() ? u"true"_s : u"false"_s);
        } else {
            const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
            metadata.insert(it.key(), QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
        }
    }
    return metadata;
}

QJsonObject metadataToJson(const Metadata &metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return object;
}

Result<Artifact> artifactFromJson(const QJsonObject &object)
{
    const QJsonValue idValue = object.value("id"_L1);
    if (!idValue.isString() || idValue.toString().isEmpty())
        return ApiError::malformed(200, -1, ApiError::tr("an artifact has no id"), {});

    Artifact artifact;
    artifact.id = idValue.toString();

    const QJsonValue recording = object.value("recording"_L1);
    if (recording.isObject()) {
        const QJsonObject rec = recording.toObject();
        artifact.recording.id = rec.value("id"_L1).toString();
        const QJsonValue recMeta = rec.value("metadata"_L1);
        if (recMeta.isObject())
            artifact.recording.metadata = recMeta.toObject();
    } else if (recording.isString()) {
        artifact.recording.id = recording.toString();
    }
    if (artifact.recording.id.isEmpty())
        artifact.recording.id = object.value("recording_id"_L1).toString();

    artifact.createdAt = timestampFromJson(object.value("created_at"_L1));

    const QJsonValue status = object.value("status"_L1);
    if (status.isObject()) {
        const QJsonObject st = status.toObject();
        artifact.status.code = st.value("code"_L1).toString();
        artifact.status.subCode = optionalString(st.value("sub_code"_L1));
        artifact.status.updatedAt = timestampFromJson(st.value("updated_at"_L1));
    } else if (status.isString()) {
        artifact.status.code = status.toString();
    }

    artifact.metadata = metadataFromJson(object.value("metadata"_L1));

    const QJsonObject data = object.value("data"_L1).toObject();
    artifact.downloads.participantEvents = urlFromJson(data.value("participant_events_download_url"_L1));
    artifact.downloads.speakerTimeline = urlFromJson(data.value("speaker_timeline_download_url"_L1));
    artifact.downloads.participants = urlFromJson(data.value("participants_download_url"_L1));
    return artifact;
}

Result<Artifact> parseArtifact(const QByteArray &json)
{
    const Result<QJsonDocument> doc = parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return ApiError::malformed(200, -1, ApiError::tr("expected an artifact object"), json);
    return artifactFromJson(doc->object());
}

Result<ArtifactPage> parsePage(const QByteArray &json)
{
    const Result<QJsonDocument> doc = parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject() || !doc->object().value("results"_L1).isArray())
        return ApiError::malformed(200, -1, ApiError::tr("expected a page with a \"results\" list"), json);

    const QJsonObject object = doc->object();
    ArtifactPage page;
    page.next = urlFromJson(object.value("next"_L1));
    page.previous = urlFromJson(object.value("previous"_L1));
    const QJsonArray results = object.value("results"_L1).toArray();
    page.results.reserve(results.size());
    for (const QJsonValue &item : results) {
        Result<Artifact> artifact = artifactFromJson(item.toObject());
        if (!artifact)
            return artifact.error();
        page.results.append(std::move(artifact).value());
    }
    return page;
}

} // namespace ArtifactParser
