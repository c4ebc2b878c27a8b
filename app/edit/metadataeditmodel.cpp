#include "metadataeditmodel.h"

#include "domain/metadatajson.h"
#include "models/celltext.h"

#include <QFont>
#include <QHash>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// A step holds the rows before and after: maps are small (a few keys), and whole-state steps can never
// drift from what they undo.
class MetadataEditModel::Step : public QUndoCommand
{
public:
    Step(MetadataEditModel *model, const QString &name, QList<Row> before, QList<Row> after, int mergeId)
        : QUndoCommand(name)
        , m_model(model)
        , m_mergeId(mergeId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_model->applyRows(m_before); }
    void redo() override { m_model->applyRows(m_after); }
    int id() const override { return m_mergeId > 0 ? m_mergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const Step *>(other)->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    MetadataEditModel *m_model;
    int m_mergeId = 0;
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

QList<MetadataEditModel::Row> MetadataEditModel::rowsOf(const Metadata &base)
{
    QList<Row> rows;
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        rows.append({true, it.key(), it.value(), it.key(), it.value(), false});
    return rows;
}

qsizetype MetadataEditModel::characterCount(const QString &text)
{
    qsizetype surrogates = 0;
    for (const QChar c : text)
        surrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - surrogates;
}

void MetadataEditModel::setBase(const Metadata &base)
{
    // Always a reset: rows of another map are not the same rows, even when there are as many.
    beginResetModel();
    m_base = base;
    m_rows = rowsOf(base);
    m_serverMessages.clear();
    endResetModel();
    // Cleared only once base and rows agree: the stack's signals (indexChanged, which writes the
    // draft) must never see the new base with the old rows, which would look like an edit.
    m_undo->clear();
}

void MetadataEditModel::setEdited(const Metadata &map, const QString &name, int mergeId)
{
    QList<Row> after = rowsOf(m_base);
    for (Row &row : after) {
        const auto found = map.constFind(row.key);
        if (found == map.cend())
            row.removed = true;
        else
            row.value = *found;
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!m_base.contains(it.key()))
            after.append({false, QString(), MetadataValue(), it.key(), it.value(), false});
    }
    push(name, after, mergeId);
}

bool MetadataEditModel::setValue(int row, const MetadataValue &value)
{
    if (row < 0 || row >= rowCount() || m_rows.at(row).removed || m_rows.at(row).value == value)
        return false;
    QList<Row> after = m_rows;
    after[row].value = value;
    const QString &key = after.at(row).key;
    push(value.isNull() ? tr("Set \u201c%1\u201d to null").arg(key) : tr("Change \u201c%1\u201d").arg(key), after);
    return true;
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

void MetadataEditModel::push(const QString &name, QList<Row> after, int mergeId)
{
    if (after == m_rows)
        return;
    const Metadata before = edited();
    m_undo->push(new Step(this, name, m_rows, std::move(after), mergeId));
    // A server message is about the value it saw: once the key's value changes, it no longer applies.
    const Metadata now = edited();
    bool dropped = false;
    for (auto it = m_serverMessages.begin(); it != m_serverMessages.end();) {
        if (before.contains(it.key()) != now.contains(it.key()) || before.value(it.key()) != now.value(it.key())) {
            it = m_serverMessages.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MetadataEditModel::setServerMessages(const QMap<QString, QString> &messages)
{
    m_serverMessages = messages;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MetadataEditModel::serverMessage(int row) const
{
    if (row < 0 || row >= rowCount() || m_rows.at(row).removed)
        return {};
    return m_serverMessages.value(m_rows.at(row).key);
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
    push(tr("Revert all"), rowsOf(m_base));
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

MetadataEditModel::Problem MetadataEditModel::entryProblemOf(const QString &key, const MetadataValue &value)
{
    if (key.isEmpty())
        return Problem::NoKey;
    if (value.isString() && characterCount(*value) > maxValueLength)
        return Problem::TooLong;
    // JSON can carry U+0000, but databases that store JSON text (PostgreSQL's jsonb among them) refuse
    // it, so such a save would fail on the server or be cut there.
    if (key.contains(QChar(0)) || (value.isString() && value->contains(QChar(0))))
        return Problem::Nul;
    return Problem::None;
}

QString MetadataEditModel::entryProblem(const QString &key, const MetadataValue &value)
{
    switch (entryProblemOf(key, value)) {
    case Problem::None:
    case Problem::Duplicate: // a matter of rows, not of one key and value
        return {};
    case Problem::NoKey:
        return tr("The key is empty.");
    case Problem::TooLong:
        return tr("The value has %1 characters; the API takes at most %2.")
            .arg(characterCount(*value))
            .arg(maxValueLength);
    case Problem::Nul:
        return tr("It contains a NUL character (U+0000), which servers storing JSON reject.");
    }
    return {};
}

MetadataEditModel::Problem MetadataEditModel::problemOf(int row, int *earlierRow) const
{
    const Row &r = m_rows.at(row);
    if (r.removed)
        return Problem::None;
    // An empty key is NoKey (below), never a duplicate of another empty one.
    for (int earlier = 0; !r.key.isEmpty() && earlier < row; ++earlier) {
        if (!m_rows.at(earlier).removed && m_rows.at(earlier).key == r.key) {
            if (earlierRow)
                *earlierRow = earlier;
            return Problem::Duplicate;
        }
    }
    return entryProblemOf(r.key, r.value);
}

QString MetadataEditModel::problem(int row) const
{
    int earlier = -1;
    if (problemOf(row, &earlier) == Problem::Duplicate)
        return tr("The key is already on row %1.").arg(earlier + 1);
    const Row &r = m_rows.at(row);
    return r.removed ? QString() : entryProblem(r.key, r.value);
}

QString MetadataEditModel::problemWord(int row) const
{
    // The state column is narrow: a word there, the sentence in the tooltip and below the table.
    switch (problemOf(row, nullptr)) {
    case Problem::None:
        return {};
    case Problem::NoKey:
        return tr("no key");
    case Problem::Duplicate:
        return tr("duplicate key");
    case Problem::TooLong:
        return tr("too long");
    case Problem::Nul:
        return tr("NUL character");
    }
    return {};
}

QString MetadataEditModel::baseKey(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).baseKey : QString();
}

int MetadataEditModel::problemCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += problem(row).isEmpty() ? 0 : 1;
    return count;
}

QString MetadataEditModel::stateText(int row) const
{
    switch (state(row)) {
    case RowState::Unchanged:
        return {};
    case RowState::Added:
        return tr("added");
    case RowState::Changed:
        return tr("changed");
    case RowState::Renamed:
        return m_rows.at(row).value == m_rows.at(row).baseValue ? tr("renamed") : tr("renamed, changed");
    case RowState::Removed:
        return tr("removed");
    }
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
    // The root (an invalid index) is asked about by views and the model tester: no data, and no
    // checkIndex() warning, which is for indexes that claim to be ours.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == StateColumn) {
            if (role != Qt::DisplayRole)
                return {};
            if (const QString word = problemWord(index.row()); !word.isEmpty())
                return word;
            if (const QString said = serverMessage(index.row()); !said.isEmpty())
                return tr("server: %1").arg(said);
            return stateText(index.row());
        }
        if (role == Qt::EditRole)
            return index.column() == KeyColumn ? r.key : r.value.value_or(QString());
        // Display: one line per cell, and null, "" and an empty key never alike.
        if (index.column() == KeyColumn)
            return r.key.isEmpty() ? tr("(empty key)") : CellText::singleLine(r.key);
        if (r.value.isNull())
            return u"null"_s;
        return r.value->isEmpty() ? tr("(empty)") : CellText::singleLine(*r.value);
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString &text = index.column() == KeyColumn ? r.key : r.value.value_or(QString());
        if (index.column() != StateColumn && (text.size() > 40 || text.contains(u'\n')))
            lines << CellText::toolTip(text);
        if (const QString p = problem(index.row()); !p.isEmpty())
            lines << p;
        if (const QString said = serverMessage(index.row()); !said.isEmpty())
            lines << tr("The server said: %1").arg(said);
        if (index.column() == StateColumn || index.column() == KeyColumn) {
            if (state(index.row()) == RowState::Renamed)
                lines << tr("Renamed from \u201c%1\u201d.").arg(r.baseKey);
            if (r.removed)
                lines << tr("Removed: the key goes when you save. Restore brings it back.");
        }
        if (index.column() == ValueColumn && r.value.isRawJson())
            lines << tr("A JSON value that is not text, kept as the server wrote it; edit it as JSON.");
        if (index.column() == ValueColumn && r.value.isNull())
            lines << tr("null: the key has no value.");
        if (lines.isEmpty())
            return {};
        if (!lines.constFirst().startsWith(u'<'))
            return lines.join(u'\n');
        // The value's tooltip is rich text (it wraps); the notes after it join it as such.
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i] = u"<p>"_s + lines[i].toHtmlEscaped() + u"</p>"_s;
        return lines.join(QString());
    }
    case StateRole:
        return static_cast<int>(state(index.row()));
    case ProblemRole:
        return problem(index.row());
    case ValueKindRole:
        return static_cast<int>(r.value.kind());
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
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags MetadataEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // A removed row is read-only until restored.
    if (!m_rows.at(index.row()).removed && index.column() != StateColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MetadataEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
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
    } else if (r.value.isRawJson()) {
        // A JSON value stays JSON: the text must be one JSON value (a JSON string makes it text).
        const QString json = text.trimmed();
        if (!MetadataJson::isJsonValue(json.toUtf8()))
            return false;
        MetadataValue typed = MetadataValue::rawJson(json);
        if (json.startsWith(u'"')) {
            const std::optional<Metadata> one = MetadataJson::read(QByteArray("{\"v\":" + json.toUtf8() + '}'));
            if (!one)
                return false;
            typed = one->value(u"v"_s);
        } else if (json == "null"_L1) {
            typed = MetadataValue();
        }
        return setValue(index.row(), typed);
    } else {
        // An editor opened and closed on a null value gives back "": that is no change (text mode,
        // or typing something, is how a null becomes a string).
        if ((r.value.isString() && *r.value == text) || (r.value.isNull() && text.isEmpty()))
            return false;
        r.value = text;
        push(tr("Change \u201c%1\u201d").arg(r.key), after);
    }
    return true;
}
