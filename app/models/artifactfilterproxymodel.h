#pragma once

#include "textsearch.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <deque>
#include <vector>

class ArtifactListModel;

// Sorting and the two client-side filters over an ArtifactListModel (or any model publishing its
// roles): the quick filter box and the status legend. Sorts by ArtifactListModel::SortRole.
//
// The quick filter matches ArtifactListModel::SearchTextRole, which the list model case-folds once
// per row. A pattern without regular-expression metacharacters is a plain case-insensitive substring
// (the fast path); anything else is a case-insensitive QRegularExpression.
//
// Built for 100 000 rows, where QSortFilterProxyModel's own ways are too slow for a keystroke: it
// removes filtered rows one proxy interval at a time (each costing a pass over the mapping) and
// re-sorts through data() on every comparison. So a filter change is evaluated here, over the rows
// it can affect (only the rows shown when the new filter can only narrow the old one, only the rows
// hidden when it can only widen it), with per-row text fingerprints ruling most rows out unread. The
// result reaches QSortFilterProxyModel row by row when few rows changed, or as one rebuild that sorts
// by ranks computed once per sort column.
class ArtifactFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // How a filter change reaches QSortFilterProxyModel; Automatic picks the cheaper per change.
    // The others exist so that tests cover both paths.
    enum class RefilterMode { Automatic, Incremental, Rebuild };

    explicit ArtifactFilterProxyModel(QObject *parent = nullptr);
    ~ArtifactFilterProxyModel() override;

    // False for an invalid regular expression: the previous valid filter then stays in force and
    // quickFilterError() says what is wrong. An empty pattern shows every row.
    bool setQuickFilter(const QString &pattern);
    // The pattern in force (the last valid one).
    QString quickFilter() const { return m_pattern; }
    // Whether the last pattern given to setQuickFilter() was valid.
    bool isQuickFilterValid() const { return m_error.isEmpty(); }
    QString quickFilterError() const { return m_error; }

    // Raw status codes to show; empty shows every status.
    void setStatusCodes(const QSet<QString> &codes);
    QSet<QString> statusCodes() const { return m_statusCodes; }
    // A quick filter or a status choice is hiding loaded rows.
    bool isFiltering() const { return !m_pattern.isEmpty() || !m_statusCodes.isEmpty(); }

    void setRefilterMode(RefilterMode mode) { m_refilterMode = mode; }
    RefilterMode refilterMode() const { return m_refilterMode; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // While filtering, a short table is the filter's doing, not a reason to load more pages: views ask
    // for more rows whenever they are not full, and each page costs a request of the workspace's budget.
    // Searching every page is an explicit action (ArtifactListModel::loadAll()).
    bool canFetchMore(const QModelIndex &parent) const override;

Q_SIGNALS:
    // The quick filter or the status set in force changed.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // SortRole values: QDateTime chronologically (unknown first), strings with sortCaseSensitivity()
    // (or locale-aware), anything else by QVariant::compare.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum class Mode { All, Plain, Regex };
    // Which rows a filter change can affect.
    enum class Scope { All, Accepted, Rejected };

    QByteArray searchText(int sourceRow) const; // UTF-8, through SearchTextRole
    bool evaluate(int sourceRow) const;
    void refilter(Scope scope);
    QString filterKey() const;
    void setNeedle(const QByteArray &needle);
    void appendPrints(int first, int last);
    void buildRanksWhenIdle();
    void forgetRows();
    void forgetRanks() { m_rankColumn = -1; }
    void buildRanks(int column);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<ArtifactListModel> m_list; // the source when it is an ArtifactListModel: read without QVariant
    Mode m_mode = Mode::All;
    QString m_pattern; // as given
    QString m_plain; // a plain pattern case-folded (empty in the other modes)
    // What a row's text must contain to match, as UTF-8: the plain pattern (case-folded), or a regex's
    // required literal (empty: no such text known).
    QByteArray m_needle;
    TextSearch::Fingerprint m_needlePrint;
    bool m_printDecides = false; // the fingerprint alone answers for m_needle
    TextSearch::RegexHint m_regexHint;
    QRegularExpression m_regex;
    QString m_error;
    QSet<QString> m_statusCodes;
    RefilterMode m_refilterMode = RefilterMode::Automatic;

    // Whether each source row passes the filters in force, in source order, for the rows evaluated so
    // far (rows appended later are added as QSortFilterProxyModel asks about them).
    mutable std::vector<bool> m_accepted;
    // The answers of the last filters in force (12.5 KB each at 100 000 rows), newest first.
    struct RecentFilter
    {
        QString key;
        std::vector<bool> accepted;
    };
    std::deque<RecentFilter> m_recent;
    // SearchTextRole fingerprints of the first rows, brought up to date before each plain filter change.
    std::vector<TextSearch::Fingerprint> m_prints;

    // Sort rank of each source row in m_rankColumn under the sort settings in force; equal values share
    // a rank, so the stable sort keeps source order among them as the plain comparison would.
    std::vector<int> m_rank;
    int m_rankColumn = -1;
    // Ranks are rebuilt once rows stop arriving, so that the first keystroke after loading is quick.
    QTimer m_rankTimer;
};
