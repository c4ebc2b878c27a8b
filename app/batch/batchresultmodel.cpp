#include "batchresultmodel.h"

#include "batch/batchcsv.h"
#include "batch/batchrunner.h"

using namespace Qt::StringLiterals;

BatchResultModel::BatchResultModel(BatchRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    if (!runner)
        return;
    m_rows = static_cast<int>(runner->batch().items.size());
    connect(runner, &BatchRunner::batchReset, this, &BatchResultModel::resetBatch);
    connect(runner, &BatchRunner::itemChanged, this, &BatchResultModel::itemChanged);
    // The runner's batch goes with it: no row may point into it afterwards.
    connect(runner, &QObject::destroyed, this, &BatchResultModel::resetBatch);
}

BatchResultModel::BatchResultModel(Source source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{
    if (const Batch *shown = batch())
        m_rows = static_cast<int>(shown->items.size());
}

const Batch *BatchResultModel::batch() const
{
    if (m_runner)
        return &m_runner->batch();
    return m_source ? &m_source() : nullptr;
}

void BatchResultModel::resetBatch()
{
    beginResetModel();
    const Batch *shown = batch();
    m_rows = shown ? static_cast<int>(shown->items.size()) : 0;
    endResetModel();
}

void BatchResultModel::itemChanged(int index)
{
    if (index >= 0 && index < m_rows)
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Batch *shown = batch();
    // Rows are counted at the last reset: a batch that shrank without one shows nothing, never out of range.
    if (!shown || index.row() >= shown->items.size())
        return {};
    const BatchItem &item = shown->items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArtifactColumn:
            return item.artifactId;
        case ChangesColumn: {
            // An artifact left alone says why where its change would be: "no change" alone does not
            // tell support staff whether the condition failed or the map already was so.
            const QStringList lines = BatchOps::changeLines(item.before, item.after);
            return lines.isEmpty() && item.verdict != BatchVerdict::WillChange ? item.reason : lines.join(u'\n');
        }
        case VerdictColumn:
            return BatchOps::verdictText(item.verdict);
        case ResultColumn:
            return item.state == BatchItem::RunState::NotSent ? QString() : BatchCsv::stateText(item.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangesColumn: {
            // The cell cuts long values; the tooltip has them whole.
            const QString whole = BatchOps::changeLines(item.before, item.after, 0).join(u'\n');
            if (!whole.isEmpty())
                return whole;
            return item.reason.isEmpty() ? QVariant() : QVariant(item.reason);
        }
        case VerdictColumn:
            return item.reason.isEmpty() ? QVariant() : QVariant(item.reason);
        case ResultColumn:
            return item.message.isEmpty() ? QVariant() : QVariant(item.message);
        default:
            return {};
        }
    case VerdictRole:
        return static_cast<int>(item.verdict);
    case StateRole:
        return static_cast<int>(item.state);
    case ArtifactIdRole:
        return item.artifactId;
    default:
        return {};
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArtifactColumn:
        return tr("Artifact");
    case ChangesColumn:
        return tr("Changes");
    case VerdictColumn:
        return tr("Verdict");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}
