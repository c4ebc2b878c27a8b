#pragma once

#include <QSortFilterProxyModel>

// The batch table's rows narrowed to what the reader asks for: every row, the ones the dry run will
// change, the ones it leaves alone, or the ones with a problem (invalid, gone, not fetched, and after
// the run a conflict, gone or error). Reads BatchResultModel's roles only.
class BatchResultFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, WillChange, NoChange, Problems };
    Q_ENUM(Show)

    explicit BatchResultFilter(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};
