#include "artifactlistmodel.h"

#include "net/recallclient.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int shortIdLength = 8;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString utcTooltip(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

ArtifactListModel::ArtifactListModel(RecallClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

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
    const Artifact &a = m_rows.at(index.row());

    switch (role) {
    case ArtifactIdRole:
        return a.id;
    case StatusCodeRole:
        return a.status.code;
    case StatusKindRole:
        return static_cast<int>(a.status.kind());
    case ArtifactRole:
        return QVariant::fromValue(a);
    default:
        break;
    }

    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.status.code.isEmpty() ? tr("(none)") : a.status.code;
        if (role == Qt::ToolTipRole)
            return a.status.subCode ? a.status.code % u" \u2014 "_s % *a.status.subCode : a.status.code;
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return a.id.left(shortIdLength);
        if (role == Qt::ToolTipRole || role == SortRole || role == Qt::EditRole)
            return a.id;
        break;
    case RecordingColumn:
        if (role == Qt::DisplayRole)
            return a.recording.id.left(shortIdLength);
        if (role == Qt::ToolTipRole || role == SortRole)
            return a.recording.id;
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return localTime(a.createdAt);
        if (role == Qt::ToolTipRole)
            return utcTooltip(a.createdAt);
        if (role == SortRole)
            return a.createdAt;
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return localTime(a.status.updatedAt);
        if (role == Qt::ToolTipRole)
            return utcTooltip(a.status.updatedAt);
        if (role == SortRole)
            return a.status.updatedAt;
        break;
    case SubCodeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return a.status.subCode.value_or(QString());
        break;
    case MetadataColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return metadataSummary(a.metadata);
        break;
    default:
        break;
    }
    return {};
}

QVariant ArtifactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    return names;
}

void ArtifactListModel::reload(const ListFilter &filter)
{
    if (m_client && m_pendingRequest)
        m_client->cancel(m_pendingRequest);
    setPending(0);
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_next.clear();
    m_firstPageLoaded = false;
    m_filter = filter;
    endResetModel();
    requestPage({});
}

int ArtifactListModel::rowOf(const QString &artifactId) const
{
    return m_rowById.value(artifactId, -1);
}

void ArtifactListModel::updateArtifact(const Artifact &artifact)
{
    const int row = rowOf(artifact.id);
    if (row < 0)
        return;
    m_rows[row] = artifact;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArtifactListModel::requestPage(const QUrl &next)
{
    if (!m_client)
        return;
    auto onPage = [this](const Result<ArtifactPage> &result) {
        setPending(0);
        if (!result) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        const ArtifactPage &page = result.value();
        m_firstPageLoaded = true;
        m_next = page.next;
        // The same artifact on two pages (the list moved under us) is shown once, updated.
        QList<Artifact> fresh;
        for (const Artifact &a : page.results) {
            if (rowOf(a.id) >= 0)
                updateArtifact(a);
            else
                fresh.append(a);
        }
        if (!fresh.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            for (Artifact &a : fresh) {
                m_rowById.insert(a.id, static_cast<int>(m_rows.size()));
                m_rows.append(std::move(a));
            }
            endInsertRows();
        }
        Q_EMIT pageLoaded(static_cast<int>(fresh.size()));
    };
    setPending(
        next.isEmpty() ? m_client->listArtifacts(m_filter, this, onPage) : m_client->fetchPage(next, this, onPage));
}

void ArtifactListModel::setPending(quint64 request)
{
    const bool wasLoading = isLoading();
    m_pendingRequest = request;
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}
