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
    // StateColumn says in words what happened to the row (empty for unchanged); views may show it first.
    enum Columns { KeyColumn, ValueColumn, StateColumn, ColumnCount };
    Q_ENUM(Columns)
    enum Roles {
        StateRole = Qt::UserRole, // int, RowState
        ProblemRole, // QString: why the row cannot be saved; empty when it can
        ValueKindRole, // int, MetadataValue::Kind of the row's value
    };
    Q_ENUM(Roles)
    enum class RowState { Unchanged, Added, Changed, Renamed, Removed };
    Q_ENUM(RowState)

    static constexpr qsizetype maxValueLength = 500; // the API's documented limit, in code points
    // The characters a value or key has, as the API counts them (code points, like Python's len()).
    static qsizetype characterCount(const QString &text);
    // Why one key and value cannot be saved, whichever map they are in (an empty key, a value over
    // maxValueLength, a NUL character), as problem() says it of a row; empty when they can. The batch
    // edit checks its operations and their results with it, so both say the same.
    static QString entryProblem(const QString &key, const MetadataValue &value);

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
    // Sets a row's value as one step (to null, to a JSON value, ...); false for a removed row or no change.
    bool setValue(int row, const MetadataValue &value);
    // Makes the rows describe map (keys of the base missing from it are marked removed, new keys added
    // at the end) as one step named name. Consecutive steps with the same mergeId (> 0) fold into one,
    // so that typing in the text mode is one undo step per pause, not per key.
    void setEdited(const Metadata &map, const QString &name, int mergeId = 0);
    // An added row goes; any other is marked removed (restoreRow() brings it back).
    void removeRow(int row);
    void restoreRow(int row);
    void revertAll();

    RowState state(int row) const;
    QString problem(int row) const;
    // The key the row had when loaded (differs from the key for a renamed row; empty for an added one).
    QString baseKey(int row) const;
    // Rows with a problem, for a summary ("2 rows cannot be saved").
    int problemCount() const;
    // What the server said of keys (a 400's field messages), shown on their rows until each row changes
    // or new messages come. They do not block saving: the server may accept the next try.
    void setServerMessages(const QMap<QString, QString> &messages);
    QString serverMessage(int row) const;
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
    void push(const QString &name, QList<Row> after, int mergeId = 0);
    static QList<Row> rowsOf(const Metadata &base);
    QString stateText(int row) const;
    enum class Problem { None, NoKey, Duplicate, TooLong, Nul };
    Problem problemOf(int row, int *earlierRow) const;
    static Problem entryProblemOf(const QString &key, const MetadataValue &value);
    QString problemWord(int row) const;

    Metadata m_base;
    QList<Row> m_rows;
    QMap<QString, QString> m_serverMessages;
    QUndoStack *m_undo = nullptr;
};
