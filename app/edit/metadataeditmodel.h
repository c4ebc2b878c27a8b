#pragma once

#include "domain/artifact.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

// The metadata map being edited, as a key/value table that remembers where it came from: each row
// says whether it is unchanged, added, changed, renamed or removed against the map as loaded (the
// base). Removed rows stay, marked, until saved or restored. Every change is one step on undoStack(),
// named for the Edit menu. Validation is live: an empty key, a key that an earlier row has already
// (the later row is marked), a value over the API's 500 characters. No widgets: the editor views it.
class MetadataEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Columns)
    enum Roles {
        StateRole = Qt::UserRole, // int, RowState
        ProblemRole, // QString: why the row cannot be saved; empty when it can
    };
    Q_ENUM(Roles)
    enum class RowState { Unchanged, Added, Changed, Renamed, Removed };
    Q_ENUM(RowState)

    static constexpr qsizetype maxValueLength = 500; // the API's documented limit

    explicit MetadataEditModel(QObject *parent = nullptr);
    ~MetadataEditModel() override;

    // Starts over from this map (no undo history).
    void setBase(const Metadata &base);
    Metadata base() const { return m_base; }
    // The map the rows describe now (removed rows left out).
    Metadata edited() const;
    bool isModified() const { return edited() != m_base; }

    QUndoStack *undoStack() const { return m_undo; }
    // Adds an empty row at the end (key to be typed) and returns it.
    int addRow();
    // An added row goes; any other is marked removed (restoreRow() brings it back).
    void removeRow(int row);
    void restoreRow(int row);
    void revertAll();

    RowState state(int row) const;
    QString problem(int row) const;
    // The first problem of any row, as "row 3: …"; empty when everything can be saved.
    QString firstProblem() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes an undoable step; false (and nothing pushed) for what it does not take.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        bool fromBase = false;
        QString baseKey;
        MetadataValue baseValue;
        QString key;
        MetadataValue value = QString();
        bool removed = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    class Step;
    // The one way rows change: replaces them whole, so that a step can undo by putting the old back.
    void applyRows(const QList<Row> &rows);
    void push(const QString &name, QList<Row> after);

    Metadata m_base;
    QList<Row> m_rows;
    QUndoStack *m_undo = nullptr;
};
