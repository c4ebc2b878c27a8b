#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

class BatchRunner;
struct Batch;

// The dry run's and the run's table: one row per artifact of the runner's batch, with the change
// (before -> after per key), the dry run's verdict and the run's result. Follows the runner live.
class BatchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { ArtifactColumn, ChangesColumn, VerdictColumn, ResultColumn, ColumnCount };
    Q_ENUM(Columns)
    enum Roles {
        VerdictRole = Qt::UserRole, // int, BatchVerdict
        StateRole, // int, BatchItem::RunState
        ArtifactIdRole, // QString
    };
    Q_ENUM(Roles)

    explicit BatchResultModel(BatchRunner *runner, QObject *parent = nullptr);
    // A batch without a runner (a test, a journal shown read-only): source gives it whenever asked
    // (the reference must stay valid), and whoever changes it says so with resetBatch() and itemChanged().
    using Source = std::function<const Batch &()>;
    explicit BatchResultModel(Source source, QObject *parent = nullptr);

    // The whole batch was replaced: rows are read again.
    void resetBatch();
    // One item's verdict or state moved.
    void itemChanged(int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The batch shown; nullptr once the runner has gone.
    const Batch *batch() const;

    QPointer<BatchRunner> m_runner;
    Source m_source;
    int m_rows = 0;
};
