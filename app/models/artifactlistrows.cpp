// ArtifactListModel's row storage: compact rows, interned strings, search texts and the lookups by
// id, recording and prefix. The Qt model API and the paging are in artifactlistmodel.cpp.
#include "artifactlistmodel.h"
#include "compactrow.h"
#include "core/timeformat.h"
#include "domain/metadatajson.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CompactRow;

Artifact ArtifactListModel::artifact(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    Artifact a;
    a.id = idOf(r);
    a.recording.id = recordingIdOf(r);
    a.createdAt = fromMs(r.createdMs);
    a.status.code = string(r.status);
    if (r.subCode)
        a.status.subCode = string(r.subCode);
    a.status.updatedAt = fromMs(r.updatedMs);
    if (!r.metadata.isEmpty())
        a.metadata = MetadataJson::read(r.metadata).value_or(Metadata());
    a.metadataUnreadable = r.metadataUnreadable;
    if (r.problems)
        a.problems = string(r.problems).split(u'\n');
    a.replacedUtf8Sequences = r.replacedUtf8;
    return a;
}

int ArtifactListModel::rowOf(const QString &artifactId) const
{
    if (isCanonicalUuid(artifactId))
        return m_rowByUuid.value(QUuid::fromString(artifactId), -1);
    return m_rowByOddId.value(artifactId, -1);
}

bool ArtifactListModel::hasRecording(const QString &recordingId) const
{
    if (isCanonicalUuid(recordingId)) {
        const QUuid uuid = QUuid::fromString(recordingId);
        return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.recordingId == uuid; });
    }
    const quint32 text = m_stringIndex.value(recordingId, 0);
    return text && std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.recordingText == text; });
}

QStringList ArtifactListModel::artifactIdsWithPrefix(const QString &prefix, int limit) const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (ids.size() >= limit)
            break;
        if (QString id = idOf(r); id.startsWith(prefix))
            ids.append(std::move(id));
    }
    return ids;
}

QStringList ArtifactListModel::recordingIdsWithPrefix(const QString &prefix, int limit) const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (ids.size() >= limit)
            break;
        if (QString id = recordingIdOf(r); !id.isEmpty() && id.startsWith(prefix) && !ids.contains(id))
            ids.append(std::move(id));
    }
    return ids;
}

void ArtifactListModel::updateArtifact(const Artifact &artifact)
{
    const int row = rowOf(artifact.id);
    if (row < 0)
        return;
    Row fresh = makeRow(artifact);
    Row &stored = m_rows[static_cast<std::size_t>(row)];
    if (fresh == stored)
        return; // nothing the list shows has changed (perhaps only the download links)
    const bool statusChanged = fresh.status != stored.status;
    if (statusChanged) {
        countStatus(stored.status, -1);
        countStatus(fresh.status, +1);
    }
    m_searchTexts.replace(row, searchTextOf(artifact, fresh));
    stored = std::move(fresh);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (statusChanged)
        Q_EMIT statusCountsChanged();
}

void ArtifactListModel::insertArtifact(const Artifact &artifact)
{
    if (rowOf(artifact.id) >= 0) {
        updateArtifact(artifact);
        return;
    }
    insertRows(QList<Artifact> {artifact});
}

bool ArtifactListModel::removeArtifact(const QString &artifactId)
{
    const int row = rowOf(artifactId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    const auto at = m_rows.begin() + row;
    countStatus(at->status, -1);
    if (at->idText)
        m_rowByOddId.remove(artifactId);
    else
        m_rowByUuid.remove(at->id);
    m_rows.erase(at);
    m_searchTexts.erase(row);
    // The rows below moved up by one.
    for (auto r = static_cast<std::size_t>(row); r < m_rows.size(); ++r) {
        if (m_rows[r].idText)
            m_rowByOddId[string(m_rows[r].idText)] = static_cast<int>(r);
        else
            m_rowByUuid[m_rows[r].id] = static_cast<int>(r);
    }
    endRemoveRows();
    Q_EMIT statusCountsChanged();
    return true;
}

ArtifactListModel::Row ArtifactListModel::makeRow(const Artifact &a)
{
    Row r;
    if (isCanonicalUuid(a.id))
        r.id = QUuid::fromString(a.id);
    else
        r.idText = intern(a.id);
    if (isCanonicalUuid(a.recording.id))
        r.recordingId = QUuid::fromString(a.recording.id);
    else
        r.recordingText = intern(a.recording.id);
    r.createdMs = toMs(a.createdAt);
    r.updatedMs = toMs(a.status.updatedAt);
    r.status = intern(a.status.code);
    r.subCode = a.status.subCode ? intern(*a.status.subCode) : 0;
    r.problems = a.problems.isEmpty() ? 0 : intern(a.problems.join(u'\n'));
    r.replacedUtf8 = static_cast<quint16>(std::clamp(a.replacedUtf8Sequences, 0, 0xFFFF));
    r.metadataUnreadable = a.metadataUnreadable;
    if (!a.metadata.isEmpty())
        r.metadata = MetadataJson::write(a.metadata);
    r.summary = a.metadataUnreadable ? tr("(could not be read)") : metadataSummary(a.metadata);
    return r;
}

QByteArray ArtifactListModel::searchTextOf(const Artifact &a, const Row &r)
{
    // Built once per row so that a keystroke in the quick filter is a plain substring scan per row.
    const QChar sep = u'\t';
    const QString text = (a.status.code.isEmpty() ? tr("(none)") : a.status.code) % sep % a.id % sep % a.recording.id
        % sep % TimeFormat::local(a.createdAt) % sep % TimeFormat::local(a.status.updatedAt) % sep
        % a.status.subCode.value_or(QString()) % sep % r.summary;
    return text.toCaseFolded().toUtf8();
}

QString ArtifactListModel::idOf(const Row &row) const
{
    return row.idText ? string(row.idText) : row.id.toString(QUuid::WithoutBraces);
}

QString ArtifactListModel::recordingIdOf(const Row &row) const
{
    return row.recordingText ? string(row.recordingText) : row.recordingId.toString(QUuid::WithoutBraces);
}

quint32 ArtifactListModel::intern(const QString &text)
{
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.constEnd())
        return it.value();
    const auto index = static_cast<quint32>(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, index);
    return index;
}

void ArtifactListModel::countStatus(quint32 status, int delta)
{
    m_statusRows[status] += delta;
}

void ArtifactListModel::insertRows(QList<Artifact> &&fresh)
{
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    // Exactly the room needed: a page is a rare event, and doubling would leave up to half of 100 000
    // row slots empty.
    m_rows.reserve(m_rows.size() + static_cast<std::size_t>(fresh.size()));
    m_searchTexts.reserve(m_searchTexts.size() + fresh.size());
    for (const Artifact &a : std::as_const(fresh)) {
        const int row = static_cast<int>(m_rows.size());
        Row r = makeRow(a);
        if (r.idText)
            m_rowByOddId.insert(a.id, row);
        else
            m_rowByUuid.insert(r.id, row);
        countStatus(r.status, +1);
        m_searchTexts.append(searchTextOf(a, r));
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
    m_relativeTimer.start();
    Q_EMIT statusCountsChanged();
}

void ArtifactListModel::clearRows()
{
    const bool hadRows = !m_rows.empty();
    beginResetModel();
    // Swapping with empty containers hands the memory back; clear() would keep the capacity.
    std::vector<Row>().swap(m_rows);
    m_searchTexts.clear();
    m_rowByUuid = {};
    m_rowByOddId = {};
    m_strings = QStringList {QString()};
    m_stringIndex = {};
    m_statusRows = {};
    m_next.clear();
    m_lastError.reset();
    m_unreadableNext.clear();
    m_lastPageSkipped.clear();
    m_skippedCount = 0;
    m_lastPageReplaced = 0;
    m_replacedCount = 0;
    m_firstPageLoaded = false;
    m_pagesLoaded = 0;
    endResetModel();
    m_relativeTimer.stop();
    if (hadRows)
        Q_EMIT statusCountsChanged();
}
