#include "metadataeditmodel.h"

#include <QFont>
#include <QHash>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// A step holds the rows before and after: maps are small (a few keys), and whole-state steps can never
// drift from what they undo.
class MetadataEditModel::Step : public QUndoCommand
{
public:
    Step(MetadataEditModel *model, const QString &name, QList<Row> before, QList<Row> after)
        : QUndoCommand(name)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_model->applyRows(m_before); }
    void redo() override { m_model->applyRows(m_after); }

private:
    MetadataEditModel *m_model;
    QList<Row> m_before;
    QList<Row> m_after;
};

MetadataEditModel::MetadataEditModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{ }

MetadataEditModel::~MetadataEditModel()
{
    // The stack's steps point at this model; they go first.
    m_undo->clear();
}

void MetadataEditModel::setBase(const Metadata &base)
{
    m_base = base;
    QList<Row> rows;
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        rows.append({true, it.key(), it.value(), it.key(), it.value(), false});
    m_undo->clear();
    applyRows(rows);
}

Metadata MetadataEditModel::edited() const
{
    Metadata map;
    for (const Row &row : m_rows) {
        if (!row.removed)
            map.insert(row.key, row.value);
    }
    return map;
}

void MetadataEditModel::applyRows(const QList<Row> &rows)
{
    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void MetadataEditModel::push(const QString &name, QList<Row> after)
{
    if (after == m_rows)
        return;
    m_undo->push(new Step(this, name, m_rows, std::move(after)));
}

int MetadataEditModel::addRow()
{
    QList<Row> after = m_rows;
    after.append(Row {});
    push(tr("Add key"), after);
    return rowCount() - 1;
}

void MetadataEditModel::removeRow(int row)
{
    if (row < 0 || row >= rowCount() || m_rows.at(row).removed)
        return;
    QList<Row> after = m_rows;
    const QString key = after.at(row).key;
    if (after.at(row).fromBase)
        after[row].removed = true;
    else
        after.removeAt(row);
    push(tr("Remove \u201c%1\u201d").arg(key), after);
}

void MetadataEditModel::restoreRow(int row)
{
    if (row < 0 || row >= rowCount() || !m_rows.at(row).removed)
        return;
    QList<Row> after = m_rows;
    after[row].removed = false;
    push(tr("Restore \u201c%1\u201d").arg(after.at(row).key), after);
}

void MetadataEditModel::revertAll()
{
    QList<Row> after;
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it)
        after.append({true, it.key(), it.value(), it.key(), it.value(), false});
    push(tr("Revert all"), after);
}

MetadataEditModel::RowState MetadataEditModel::state(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.removed)
        return RowState::Removed;
    if (!r.fromBase)
        return RowState::Added;
    if (r.key != r.baseKey)
        return RowState::Renamed;
    return r.value == r.baseValue ? RowState::Unchanged : RowState::Changed;
}

QString MetadataEditModel::problem(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.removed)
        return {};
    if (r.key.isEmpty())
        return tr("The key is empty.");
    for (int earlier = 0; earlier < row; ++earlier) {
        if (!m_rows.at(earlier).removed && m_rows.at(earlier).key == r.key)
            return tr("Row %1 has this key already.").arg(earlier + 1);
    }
    if (r.value.isString() && r.value->size() > maxValueLength)
        return tr("The value has %1 characters; the API takes at most %2.").arg(r.value->size()).arg(maxValueLength);
    return {};
}

QString MetadataEditModel::firstProblem() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (const QString p = problem(row); !p.isEmpty())
            return tr("Row %1: %2").arg(row + 1).arg(p);
    }
    return {};
}

int MetadataEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetadataEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetadataEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == KeyColumn)
            return r.key;
        return r.value.isNull() && role == Qt::DisplayRole ? u"null"_s : r.value.value_or(QString());
    case StateRole:
        return static_cast<int>(state(index.row()));
    case ProblemRole:
        return problem(index.row());
    case Qt::FontRole:
        if (r.removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant MetadataEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : section == ValueColumn ? tr("Value") : QVariant();
}

Qt::ItemFlags MetadataEditModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // A removed row is read-only until restored.
    if (!m_rows.at(index.row()).removed)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MetadataEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable) || !value.canConvert<QString>())
        return false;
    QList<Row> after = m_rows;
    Row &r = after[index.row()];
    const QString text = value.toString();
    if (index.column() == KeyColumn) {
        if (text == r.key)
            return false;
        const QString name = r.key.isEmpty() ? tr("Name key \u201c%1\u201d").arg(text)
                                             : tr("Rename \u201c%1\u201d to \u201c%2\u201d").arg(r.key, text);
        r.key = text;
        push(name, after);
    } else {
        if (r.value.isString() && *r.value == text)
            return false;
        r.value = text;
        push(tr("Change \u201c%1\u201d").arg(r.key), after);
    }
    return true;
}
