#include "batchresultfilter.h"

#include "batch/batchjournal.h"
#include "batch/batchresultmodel.h"

BatchResultFilter::BatchResultFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows follow the runner live: a row whose verdict or result changes moves in or out at once.
    setDynamicSortFilter(true);
}

void BatchResultFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool BatchResultFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto verdict = static_cast<BatchVerdict>(index.data(BatchResultModel::VerdictRole).toInt());
    const auto state = static_cast<BatchItem::RunState>(index.data(BatchResultModel::StateRole).toInt());
    switch (m_show) {
    case Show::All:
        return true;
    case Show::WillChange:
        return verdict == BatchVerdict::WillChange;
    case Show::NoChange:
        return verdict == BatchVerdict::NoChange || verdict == BatchVerdict::Skipped;
    case Show::Problems:
        return verdict == BatchVerdict::Invalid || verdict == BatchVerdict::Gone || verdict == BatchVerdict::Failed
            || state == BatchItem::RunState::Conflict || state == BatchItem::RunState::Gone
            || state == BatchItem::RunState::Failed;
    }
    return true;
}
