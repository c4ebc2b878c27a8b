#include "artifact.h"

using namespace Qt::StringLiterals;

MetadataValue MetadataValue::rawJson(QString json)
{
    MetadataValue value;
    value.m_kind = Kind::RawJson;
    value.m_text = std::move(json);
    return value;
}

StatusKind statusKindFromCode(const QString &code)
{
    if (code == "processing"_L1)
        return StatusKind::Processing;
    if (code == "done"_L1)
        return StatusKind::Done;
    if (code == "failed"_L1)
        return StatusKind::Failed;
    if (code == "deleted"_L1)
        return StatusKind::Deleted;
    return StatusKind::Unknown;
}

QString statusCodeFor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Processing:
        return u"processing"_s;
    case StatusKind::Done:
        return u"done"_s;
    case StatusKind::Failed:
        return u"failed"_s;
    case StatusKind::Deleted:
        return u"deleted"_s;
    case StatusKind::Unknown:
        break;
    }
    return {};
}

bool ListFilter::isEmpty() const
{
    return recordingId.isEmpty() && statusCode.isEmpty() && !createdAfter.isValid() && !createdBefore.isValid();
}

bool ListFilter::matches(const Artifact &artifact) const
{
    if (!recordingId.isEmpty() && artifact.recording.id.compare(recordingId, Qt::CaseInsensitive) != 0)
        return false;
    if (!statusCode.isEmpty() && artifact.status.code != statusCode)
        return false;
    if (createdAfter.isValid() && (!artifact.createdAt.isValid() || artifact.createdAt < createdAfter))
        return false;
    if (createdBefore.isValid() && (!artifact.createdAt.isValid() || artifact.createdAt > createdBefore))
        return false;
    return true;
}

QString metadataSummary(const Metadata &metadata)
{
    QStringList parts;
    parts.reserve(metadata.size());
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        parts.append(it.key() % u'=' % (it.value() ? *it.value() : u"null"_s));
    return parts.join(u", "_s);
}
