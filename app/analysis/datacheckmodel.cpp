#include "datacheckmodel.h"

#include <QLocale>

#include <algorithm>

// Internal ids: 0 for a check, 1 + the check's row for its locations.

void DataCheckModel::setFindings(QList<DataChecks::Finding> findings)
{
    // What was found first, then what could not be checked, then what is clean: the findings must not
    // hide below a list of "No problems found" when the pane is short. Each group keeps the checks' order.
    const auto rank = [](const DataChecks::Finding &f) { return f.applicable ? (f.count > 0 ? 0 : 2) : 1; };
    std::stable_sort(findings.begin(), findings.end(),
        [&](const DataChecks::Finding &a, const DataChecks::Finding &b) { return rank(a) < rank(b); });
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void DataCheckModel::clear()
{
    setFindings({});
}

int DataCheckModel::checksWithFindings() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
        [](const DataChecks::Finding &f) { return stateOf(f) == State::Found; }));
}

qsizetype DataCheckModel::totalCount() const
{
    qsizetype total = 0;
    for (const DataChecks::Finding &f : m_findings) {
        if (f.applicable)
            total += f.count;
    }
    return total;
}

DataCheckModel::State DataCheckModel::stateOf(const DataChecks::Finding &finding)
{
    if (!finding.applicable)
        return State::NotApplicable;
    return finding.count > 0 ? State::Found : State::Clean;
}

const DataChecks::Finding *DataCheckModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row = index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

const DataChecks::Location *DataCheckModel::locationAt(const QModelIndex &index) const
{
    const DataChecks::Finding *finding = findingAt(index);
    if (!finding || finding->locations.isEmpty() || !finding->applicable)
        return nullptr;
    const qsizetype row = index.internalId() == 0 ? 0 : index.row();
    return row < finding->locations.size() ? &finding->locations.at(row) : nullptr;
}

QModelIndex DataCheckModel::indexOf(DataChecks::Kind kind, int column) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).kind == kind)
            return index(i, column);
    }
    return {};
}

QModelIndex DataCheckModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DataCheckModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DataCheckModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_findings.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_findings.size())
        return 0;
    const DataChecks::Finding &f = m_findings.at(parent.row());
    return f.applicable ? int(f.locations.size()) : 0;
}

int DataCheckModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DataCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DataChecks::Finding *finding = findingAt(index);
    if (!finding)
        return {};
    if (index.internalId() == 0)
        return checkData(*finding, index.column(), role);
    return locationData(*finding, finding->locations.at(index.row()), index.column(), role);
}

QVariant DataCheckModel::checkData(const DataChecks::Finding &finding, int column, int role) const
{
    const State state = stateOf(finding);
    switch (role) {
    case Qt::DisplayRole:
        if (column == WhatColumn)
            return finding.title;
        if (state == State::NotApplicable)
            return tr("Not checked");
        if (state == State::Clean)
            return tr("No problems found");
        return QLocale().toString(finding.count);
    case Qt::ToolTipRole:
        if (state == State::NotApplicable)
            return finding.reason;
        if (finding.count > finding.locations.size())
            //: %1 locations are listed of %2 found
            return tr("%1 found; the first %2 are listed.")
                .arg(QLocale().toString(finding.count), QLocale().toString(finding.locations.size()));
        return finding.explanation;
    case Qt::TextAlignmentRole:
        return column == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ExplanationRole:
        return state == State::NotApplicable ? finding.reason : finding.explanation;
    case KindRole:
        return int(finding.kind);
    case StateRole:
        return int(state);
    case CountRole:
        return finding.count;
    case IsLocationRole:
        return false;
    case FromRole:
    case ToRole:
    case RowRole:
    case SegmentRole:
    case EventRole:
        if (state == State::Found && !finding.locations.isEmpty())
            return locationData(finding, finding.locations.first(), column, role);
        return {};
    default:
        return {};
    }
}

QVariant DataCheckModel::locationData(
    const DataChecks::Finding &finding, const DataChecks::Location &location, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column == WhatColumn ? location.what : QVariant();
    case FromRole:
        return location.from;
    case ToRole:
        return location.to;
    case RowRole:
        return location.row;
    case SegmentRole:
        return location.segment;
    case EventRole:
        return location.event;
    case KindRole:
        return int(finding.kind);
    case StateRole:
        return int(stateOf(finding));
    case CountRole:
        return finding.count;
    case ExplanationRole:
        return finding.explanation;
    case IsLocationRole:
        return true;
    default:
        return {};
    }
}

QVariant DataCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Check");
    case CountColumn:
        return tr("Found");
    default:
        return {};
    }
}
