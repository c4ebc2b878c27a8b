#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class BatchRunner;

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<BatchRunner> m_runner;
    int m_rows = 0;
};
