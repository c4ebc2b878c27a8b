#include "metadatatablemodel.h"

#include "celltext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Wrapping the value in an array lets QJsonDocument write scalars too.
QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

} // namespace

void MetadataTableModel::setMetadata(const Metadata &metadata)
{
    QList<Row> rows;
    rows.reserve(metadata.size());
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        const MetadataValue &value = it.value();
        const ValueKind kind = value.isNull() ? ValueKind::Null
            : value.isRawJson()               ? ValueKind::Json
            : value->isEmpty()                ? ValueKind::Empty
                                              : ValueKind::Text;
        rows.append({it.key(), value.value_or(QString()), kind});
    }
    setRows(std::move(rows));
}

void MetadataTableModel::setJson(const QJsonObject &object)
{
    QList<Row> rows;
    rows.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            rows.append({it.key(), {}, ValueKind::Null});
        else if (value.isString())
            rows.append({it.key(), value.toString(), value.toString().isEmpty() ? ValueKind::Empty : ValueKind::Text});
        else
            rows.append({it.key(), compactJson(value), ValueKind::Json});
    }
    setRows(std::move(rows));
}

void MetadataTableModel::clear()
{
    setRows({});
}

void MetadataTableModel::setRows(QList<Row> rows)
{
    // Case-insensitive first, so "Case" sits next to "customer" rather than before every lower-case key.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int byCase = QString::compare(a.key, b.key, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : a.key < b.key;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MetadataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetadataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetadataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == KeyColumn) {
        const bool empty = row.key.isEmpty();
        switch (role) {
        case Qt::DisplayRole:
            return empty ? tr("(empty key)") : CellText::singleLine(row.key);
        case Qt::ToolTipRole:
            return empty ? tr("An empty key") : CellText::toolTip(row.key);
        case ValueKindRole:
            return static_cast<int>(empty ? ValueKind::Empty : ValueKind::Text);
        case RawValueRole:
            return row.key;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return row.kind == ValueKind::Null ? tr("null")
            : row.kind == ValueKind::Empty ? tr("(empty)")
                                           : CellText::singleLine(row.value);
    case Qt::ToolTipRole:
        return row.kind == ValueKind::Null ? tr("No value (null)")
            : row.kind == ValueKind::Empty ? tr("An empty string")
                                           : CellText::toolTip(row.value);
    case ValueKindRole:
        return static_cast<int>(row.kind);
    case RawValueRole:
        return row.kind == ValueKind::Null ? QVariant() : QVariant(row.value);
    default:
        return {};
    }
}

QVariant MetadataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : section == ValueColumn ? tr("Value") : QVariant();
}
