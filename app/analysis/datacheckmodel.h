#pragma once

#include "analysis/datachecks.h"

#include <QAbstractItemModel>
#include <QList>

// The data checks' findings as a read-only tree: one top-level item per check (its title and count),
// its locations as children. A check that found nothing stays listed ("No problems found") so the user
// sees what was checked; one that could not run says so and why. Views style both from StateRole and
// the palette. The time and row roles say where the chart goes: for a check, its first location.
class DataCheckModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { WhatColumn, CountColumn, ColumnCount };
    Q_ENUM(Columns)

    enum Roles {
        FromRole = Qt::UserRole, // double, seconds on the axis; invalid when there is no location
        ToRole, // double
        RowRole, // qsizetype timeline row, -1 for none; invalid when there is no location
        SegmentRole, // qsizetype segment index, -1 for none
        EventRole, // qsizetype event index, -1 for none
        KindRole, // int, DataChecks::Kind
        StateRole, // int, State (of the check; a location has its check's)
        CountRole, // qsizetype, the check's true count
        ExplanationRole, // QString: what it usually means, or why it could not run
        IsLocationRole, // bool
    };
    Q_ENUM(Roles)

    enum class State { Found, Clean, NotApplicable };
    Q_ENUM(State)

    using QAbstractItemModel::QAbstractItemModel;

    void setFindings(QList<DataChecks::Finding> findings);
    const QList<DataChecks::Finding> &findings() const { return m_findings; }
    void clear();

    // Checks that found something, and how many things they found in all (for a summary line).
    int checksWithFindings() const;
    qsizetype totalCount() const;

    // The check of an item (for a location: its parent's); nullptr for an invalid index.
    const DataChecks::Finding *findingAt(const QModelIndex &index) const;
    // The location of an item (for a check: its first); nullptr when there is none.
    const DataChecks::Location *locationAt(const QModelIndex &index) const;
    QModelIndex indexOf(DataChecks::Kind kind, int column = WhatColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static State stateOf(const DataChecks::Finding &finding);

private:
    QVariant checkData(const DataChecks::Finding &finding, int column, int role) const;
    QVariant locationData(
        const DataChecks::Finding &finding, const DataChecks::Location &location, int column, int role) const;

    QList<DataChecks::Finding> m_findings;
};
