// The constructor that follows a BatchRunner, apart from the rest of the model: it is the only code
// that refers to the runner's signals, so a program (or a test) that shows a batch without a runner
// does not have to link the runner at all.
#include "batch/batchrunner.h"
#include "batchresultmodel.h"

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
