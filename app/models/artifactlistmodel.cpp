#include "artifactlistmodel.h"

#include "compactrow.h"
#include "core/timeformat.h"
#include "domain/metadatajson.h"
#include "net/recallclient.h"

#include <QFont>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace CompactRow;

namespace {
constexpr int shortIdLength = 8;
constexpr int relativeRefreshMs = 60 * 1000;
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
    case Qt::FontRole:
        if (m_refreshing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
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
    setRefreshing(false);
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
    // The same list again: its rows stay, marked as refreshing, until the new first page replaces them
    // (a throttled first page can take a minute). Other filters' rows would contradict the new filter.
    if (filter == m_filter && !m_rows.empty() && m_client) {
        setRefreshing(true);
    } else {
        setRefreshing(false);
        clearRows();
    }
    m_filter = filter;
    requestPage({});
}

void ArtifactListModel::setRefreshing(bool refreshing)
{
    if (refreshing == m_refreshing)
        return;
    m_refreshing = refreshing;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
    Q_EMIT refreshingChanged(refreshing);
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
    // isLoading() stays true until the page's rows, error and links are in place: whoever hears
    // loadingChanged(false) sees the list as it now is, never an empty moment in between.
    if (!result) {
        // The rows from before stay (no longer marked): the list as last seen beats an empty one.
        setRefreshing(false);
        m_lastError = result.error();
        setPending(0);
        Q_EMIT loadFailed(result.error());
        if (m_loadingAll)
            finishLoadAll(false);
        return;
    }
    const ArtifactPage &page = result.value();
    if (m_refreshing) {
        m_refreshing = false; // cleared by the reset below, no need to repaint the old rows first
        clearRows();
        Q_EMIT refreshingChanged(false);
    }
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
    setPending(0);
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
