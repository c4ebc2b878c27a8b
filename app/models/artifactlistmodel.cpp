#include "artifactlistmodel.h"

#include "core/timeformat.h"
#include "domain/metadatajson.h"
#include "net/recallclient.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int shortIdLength = 8;
constexpr qint64 invalidTime = std::numeric_limits<qint64>::min();
constexpr int relativeRefreshMs = 60 * 1000;

// Only ids whose text is exactly what QUuid prints can be stored as a QUuid: anything else
// (upper case, braces, not a UUID at all) must come back verbatim, so it is kept as text.
bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool hyphenSlot = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphenSlot ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : invalidTime;
}

QDateTime fromMs(qint64 ms)
{
    return ms == invalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

ArtifactListModel::ArtifactListModel(RecallClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_strings {QString()} // index 0: "none"
{
    m_relativeTimer.setInterval(relativeRefreshMs);
    connect(&m_relativeTimer, &QTimer::timeout, this, [this] {
        // A fixed "now" (tests) does not move, so neither do the relative forms.
        if (!m_now.isValid())
            refreshRelativeTimes();
    });
}

ArtifactListModel::~ArtifactListModel() = default;

QModelIndex ArtifactListModel::index(int row, int column, const QModelIndex &parent) const
{
    // Sorting 100 000 rows asks for millions of indexes: skip the virtual calls of hasIndex().
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount
        || static_cast<std::size_t>(row) >= m_rows.size())
        return {};
    return createIndex(row, column);
}

int ArtifactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ArtifactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    const QString &code = string(r.status);

    switch (role) {
    case ArtifactIdRole:
        return idOf(r);
    case StatusCodeRole:
        return code;
    case StatusKindRole:
        return static_cast<int>(statusKindFromCode(code));
    case ArtifactRole:
        return QVariant::fromValue(artifact(index.row()));
    case SearchTextRole:
        return QString::fromUtf8(m_searchTexts.at(index.row()));
    default:
        break;
    }

    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return code.isEmpty() ? tr("(none)") : code;
        if (role == Qt::ToolTipRole)
            return r.subCode ? code % u" \u2014 "_s % string(r.subCode) : code;
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return idOf(r).left(shortIdLength);
        if (role == Qt::ToolTipRole || role == SortRole || role == Qt::EditRole)
            return idOf(r);
        break;
    case RecordingColumn:
        if (role == Qt::DisplayRole)
            return recordingIdOf(r).left(shortIdLength);
        if (role == Qt::ToolTipRole || role == SortRole)
            return recordingIdOf(r);
        break;
    case CreatedColumn:
    case UpdatedColumn: {
        const QDateTime time = fromMs(index.column() == CreatedColumn ? r.createdMs : r.updatedMs);
        // Compact, so that the Metadata column has the room; the tooltip holds both full forms.
        if (role == Qt::DisplayRole)
            return TimeFormat::compact(time, now());
        if (role == Qt::ToolTipRole)
            return TimeFormat::full(time, now());
        if (role == SortRole)
            return time;
        break;
    }
    case SubCodeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return string(r.subCode);
        break;
    case MetadataColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return r.summary;
        break;
    default:
        break;
    }
    return {};
}

QVariant ArtifactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount) {
        // Cursor pages come in the server's order and carry no total: a click sorts what is loaded.
        return hasMore() ? tr("Click to sort the loaded rows; more pages exist, so rows still to load are not "
                              "included (Load all sorts every artifact)")
                         : tr("Click to sort every artifact of the list");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Artifact");
    case RecordingColumn:
        return tr("Recording");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Status updated");
    case SubCodeColumn:
        return tr("Sub-code");
    case MetadataColumn:
        return tr("Metadata");
    default:
        return {};
    }
}

bool ArtifactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_firstPageLoaded && !m_next.isEmpty() && !isLoading();
}

void ArtifactListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_next);
}

QHash<int, QByteArray> ArtifactListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArtifactIdRole, "artifactId");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(StatusKindRole, "statusKind");
    names.insert(SortRole, "sortValue");
    names.insert(ArtifactRole, "artifact");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void ArtifactListModel::setClient(RecallClient *client)
{
    cancelPending();
    if (m_loadingAll)
        finishLoadAll(false);
    clearRows();
    m_client = client;
}

RecallClient *ArtifactListModel::client() const
{
    return m_client;
}

void ArtifactListModel::reload(const ListFilter &filter)
{
    cancelPending();
    if (m_loadingAll)
        finishLoadAll(false);
    clearRows();
    m_filter = filter;
    requestPage({});
}

void ArtifactListModel::loadAll()
{
    if (m_loadingAll)
        return;
    m_loadingAll = true;
    m_loadAllPages = 0;
    if (!m_client) {
        finishLoadAll(false);
        return;
    }
    if (isLoading())
        return; // the page on its way continues the chain
    if (!m_firstPageLoaded)
        requestPage({});
    else if (hasMore())
        requestPage(m_next);
    else if (!m_unreadableNext.isEmpty())
        stopAtUnreadableNext();
    else
        finishLoadAll(true);
}

void ArtifactListModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    cancelPending();
    finishLoadAll(false);
}

QMap<QString, int> ArtifactListModel::statusCounts() const
{
    QMap<QString, int> counts;
    for (auto it = m_statusRows.cbegin(); it != m_statusRows.cend(); ++it) {
        if (it.value() > 0)
            counts.insert(string(it.key()), it.value());
    }
    return counts;
}

void ArtifactListModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    refreshRelativeTimes();
}

QDateTime ArtifactListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

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

void ArtifactListModel::requestPage(const QUrl &next)
{
    if (!m_client)
        return;
    auto onPageLoaded = [this](const Result<ArtifactPage> &result) { onPage(result); };
    setPending(next.isEmpty() ? m_client->listArtifacts(m_filter, this, onPageLoaded)
                              : m_client->fetchPage(next, this, onPageLoaded));
}

void ArtifactListModel::onPage(const Result<ArtifactPage> &result)
{
    setPending(0);
    if (!result) {
        m_lastError = result.error();
        Q_EMIT loadFailed(result.error());
        if (m_loadingAll)
            finishLoadAll(false);
        return;
    }
    const ArtifactPage &page = result.value();
    m_lastError.reset();
    m_firstPageLoaded = true;
    ++m_pagesLoaded;
    const bool hadMore = hasMore();
    m_next = page.next;
    if (hadMore != hasMore())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); // the sort tooltip
    m_unreadableNext = page.unreadableNext;
    m_lastPageSkipped = page.skipped;
    m_skippedCount += static_cast<int>(page.skipped.size());
    m_lastPageReplaced = page.replacedUtf8Sequences;
    m_replacedCount += page.replacedUtf8Sequences;
    // The same artifact on two pages (the list moved under us) is shown once, updated; within one
    // page the later copy wins.
    QList<Artifact> fresh;
    fresh.reserve(page.results.size());
    QHash<QString, qsizetype> freshIndex;
    for (const Artifact &a : page.results) {
        if (rowOf(a.id) >= 0) {
            updateArtifact(a);
        } else if (const auto it = freshIndex.constFind(a.id); it != freshIndex.constEnd()) {
            fresh[it.value()] = a;
        } else {
            freshIndex.insert(a.id, fresh.size());
            fresh.append(a);
        }
    }
    const auto added = static_cast<int>(fresh.size());
    insertRows(std::move(fresh));
    if (!page.skipped.isEmpty())
        Q_EMIT itemsSkipped(page.skipped);
    if (page.replacedUtf8Sequences > 0)
        Q_EMIT utf8Replaced(page.replacedUtf8Sequences);
    Q_EMIT pageLoaded(added);

    if (m_loadingAll)
        Q_EMIT loadAllProgress(++m_loadAllPages, rowCount());
    if (!m_unreadableNext.isEmpty()) {
        stopAtUnreadableNext();
        return;
    }
    if (!m_loadingAll || isLoading())
        return; // a slot cancelled, or already asked for the next page
    if (hasMore())
        requestPage(m_next);
    else
        finishLoadAll(true);
}

void ArtifactListModel::setPending(quint64 request)
{
    const bool wasLoading = isLoading();
    m_pendingRequest = request;
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void ArtifactListModel::cancelPending()
{
    if (m_client && m_pendingRequest)
        m_client->cancel(m_pendingRequest);
    setPending(0);
}

void ArtifactListModel::finishLoadAll(bool completed)
{
    m_loadingAll = false;
    Q_EMIT loadAllFinished(completed);
}

void ArtifactListModel::stopAtUnreadableNext()
{
    ApiError error = ApiError::malformed(200, -1, {}, {});
    error.message = tr("The server's link to the next page could not be read, so loading stopped here.");
    error.bodyExcerpt = m_unreadableNext;
    m_lastError = error;
    Q_EMIT loadFailed(error);
    if (m_loadingAll)
        finishLoadAll(false);
}

void ArtifactListModel::refreshRelativeTimes()
{
    if (m_rows.empty())
        return;
    // Only the display text moves with the clock (sort values and tooltips stay), and the roles say so.
    Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, UpdatedColumn), {Qt::DisplayRole});
}
