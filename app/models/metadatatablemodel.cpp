#include "metadatatablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Plain-text tooltips never wrap, so long values go out as rich text, which does.
constexpr qsizetype plainToolTipLength = 60;
constexpr qsizetype toolTipWidth = 80; // characters a tooltip line holds at most

// Cells are one line: a newline would otherwise hide everything after it.
QString singleLine(QString text)
{
    return text.replace(u"\r\n"_s, u"\u21b5"_s).replace(u'\n', u'\u21b5').replace(u'\r', u'\u21b5');
}

// Lines of at most width characters, broken after a space or a URL's separators where there is one,
// so that a tooltip stays a readable column whatever the value (a 500-character token included).
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QStringView rest(paragraph);
        while (rest.size() > width) {
            qsizetype cut = -1;
            for (qsizetype i = width; i > width / 2 && cut < 0; --i) {
                if (QStringView(u" /&?,;").contains(rest[i - 1]))
                    cut = i;
            }
            if (cut < 0)
                cut = width;
            lines.append(rest.left(cut).toString());
            rest = rest.mid(cut);
        }
        lines.append(rest.toString());
    }
    return lines;
}

QString fullTextToolTip(const QString &text)
{
    if (text.size() <= plainToolTipLength && !text.contains(u'\n'))
        return text;
    // Rich text, so that the lines stay as broken here (and spaces as written).
    QStringList lines = wrapped(text, toolTipWidth);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return u"<p style=\"white-space:pre\">"_s % lines.join(u"<br>"_s) % u"</p>"_s;
}

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
            return empty ? tr("(empty key)") : singleLine(row.key);
        case Qt::ToolTipRole:
            return empty ? tr("An empty key") : fullTextToolTip(row.key);
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
                                           : singleLine(row.value);
    case Qt::ToolTipRole:
        return row.kind == ValueKind::Null ? tr("No value (null)")
            : row.kind == ValueKind::Empty ? tr("An empty string")
                                           : fullTextToolTip(row.value);
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
