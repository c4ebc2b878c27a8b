#pragma once

#include "domain/artifact.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

// A metadata map as a read-only key/value table, sorted by key. Null, the empty string and
// non-string JSON must never look alike, so each cell says which it is (ValueKindRole) and views
// style them from the palette; the display texts differ on their own too ("null", "(empty)").
class MetadataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Columns)

    enum Roles {
        ValueKindRole = Qt::UserRole, // int, ValueKind of the cell (keys are Text or Empty)
        RawValueRole, // QString as stored (JSON for non-strings); a null QVariant for null
    };
    Q_ENUM(Roles)

    enum class ValueKind { Text, Null, Empty, Json };
    Q_ENUM(ValueKind)

    using QAbstractTableModel::QAbstractTableModel;

    // An artifact's own metadata: string or null values, and any other JSON exactly as the server
    // wrote it (RawJson, shown as Json).
    void setMetadata(const Metadata &metadata);
    // A recording's metadata: any JSON, shown as compact JSON where it is not a string.
    void setJson(const QJsonObject &object);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString value;
        ValueKind kind = ValueKind::Text;
    };
    void setRows(QList<Row> rows);

    QList<Row> m_rows;
};
