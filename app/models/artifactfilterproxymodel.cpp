#include "artifactfilterproxymodel.h"

#include "artifactlistmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr std::size_t recentFilterCount = 16;
constexpr std::size_t prefetchDistance = 8;

// Asks the CPU for the start of a text that will be read soon (two cache lines).
void prefetchText(QByteArrayView text)
{
#if defined(__GNUC__)
    __builtin_prefetch(text.data());
    __builtin_prefetch(text.data() + 64);
#else
    Q_UNUSED(text);
#endif
}

bool hasRegexMetacharacters(QStringView pattern)
{
    constexpr QStringView metacharacters = u"\\^$.|?*+()[]{}";
    return std::any_of(
        pattern.begin(), pattern.end(), [metacharacters](QChar c) { return metacharacters.contains(c); });
}

int compareStrings(const QString &left, const QString &right, Qt::CaseSensitivity cs, bool localeAware)
{
    return localeAware ? left.localeAwareCompare(right) : left.compare(right, cs);
}

qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// The one ordering of SortRole values, shared by lessThan() and the ranks so that both agree.
int compareVariants(const QVariant &left, const QVariant &right, Qt::CaseSensitivity cs, bool localeAware)
{
    // No value sorts after every value, as QSortFilterProxyModel's own comparison has it.
    if (!left.isValid() || !right.isValid())
        return int(!left.isValid()) - int(!right.isValid());
    const int type = left.metaType().id();
    if (type == right.metaType().id()) {
        if (type == QMetaType::QDateTime) {
            const qint64 l = timeKey(left.toDateTime());
            const qint64 r = timeKey(right.toDateTime());
            return l < r ? -1 : (r < l ? 1 : 0);
        }
        if (type == QMetaType::QString)
            return compareStrings(left.toString(), right.toString(), cs, localeAware);
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    if (order == QPartialOrdering::Equivalent)
        return 0;
    return compareStrings(left.toString(), right.toString(), cs, localeAware);
}

// Ranks from a comparison of row numbers: sort once, equal neighbours share a rank.
template <typename Compare> std::vector<int> ranksBy(int rows, Compare compare)
{
    std::vector<int> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&compare](int a, int b) { return compare(a, b) < 0; });
    std::vector<int> rank(order.size());
    int current = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare(order[i - 1], order[i]) != 0)
            current = static_cast<int>(i);
        rank[static_cast<std::size_t>(order[i])] = current;
    }
    return rank;
}
} // namespace

ArtifactFilterProxyModel::ArtifactFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArtifactListModel::SortRole);
    setFilterRole(ArtifactListModel::SearchTextRole);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &ArtifactFilterProxyModel::forgetRanks);
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this, &ArtifactFilterProxyModel::forgetRanks);
    connect(this, &QSortFilterProxyModel::sortLocaleAwareChanged, this, &ArtifactFilterProxyModel::forgetRanks);
    m_rankTimer.setSingleShot(true);
    m_rankTimer.setInterval(300);
    connect(&m_rankTimer, &QTimer::timeout, this, [this] {
        if (sourceModel() && sortColumn() >= 0 && sortColumn() != m_rankColumn)
            buildRanks(sortColumn());
    });
}

ArtifactFilterProxyModel::~ArtifactFilterProxyModel() = default;

bool ArtifactFilterProxyModel::setQuickFilter(const QString &pattern)
{
    const QString folded = pattern.toCaseFolded();
    const Mode oldMode = m_mode;
    if (folded.isEmpty()) {
        m_error.clear();
        if (oldMode == Mode::All)
            return true;
        m_mode = Mode::All;
        m_pattern.clear();
        m_plain.clear();
        setNeedle({});
        refilter(Scope::Rejected);
        return true;
    }
    if (!hasRegexMetacharacters(folded)) {
        m_error.clear();
        if (oldMode == Mode::Plain && folded == m_plain) {
            m_pattern = pattern; // the same filter in another case
            return true;
        }
        // Typing on can only hide rows, backspacing only show them.
        Scope scope = Scope::All;
        if (oldMode == Mode::All || (oldMode == Mode::Plain && folded.contains(m_plain)))
            scope = Scope::Accepted;
        else if (oldMode == Mode::Plain && m_plain.contains(folded))
            scope = Scope::Rejected;
        m_mode = Mode::Plain;
        m_pattern = pattern;
        m_plain = folded;
        setNeedle(folded.toUtf8());
        refilter(scope);
        return true;
    }
    QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!regex.isValid()) {
        m_error = regex.errorString();
        return false;
    }
    m_error.clear();
    if (oldMode == Mode::Regex && pattern == m_pattern)
        return true;
    regex.optimize();
    m_mode = Mode::Regex;
    m_pattern = pattern;
    m_plain.clear();
    m_regex = regex;
    m_regexHint = TextSearch::regexHint(pattern);
    setNeedle(m_regexHint.literal);
    refilter(oldMode == Mode::All ? Scope::Accepted : Scope::All);
    return true;
}

void ArtifactFilterProxyModel::setStatusCodes(const QSet<QString> &codes)
{
    if (codes == m_statusCodes)
        return;
    Scope scope = Scope::All;
    if (!codes.isEmpty() && (m_statusCodes.isEmpty() || m_statusCodes.contains(codes)))
        scope = Scope::Accepted;
    else if (codes.isEmpty() || codes.contains(m_statusCodes))
        scope = Scope::Rejected;
    m_statusCodes = codes;
    refilter(scope);
}

void ArtifactFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_list = qobject_cast<ArtifactListModel *>(model);
    forgetRows();
    if (model) {
        // Connected before QSortFilterProxyModel connects its own handlers, so these run first and
        // it never reads a stale cached answer or rank.
        connect(model, &QAbstractItemModel::dataChanged, this, &ArtifactFilterProxyModel::onSourceDataChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
            buildRanksWhenIdle();
            m_recent.clear();
            // Cached answers and fingerprints stay valid while rows are only appended at the end.
            if (parent.isValid() || static_cast<std::size_t>(first) != m_accepted.size())
                m_accepted.clear();
            if (parent.isValid() || static_cast<std::size_t>(first) != m_prints.size())
                m_prints.clear();
            else
                appendPrints(first, last);
        });
        connect(model, &QAbstractItemModel::modelReset, this, &ArtifactFilterProxyModel::forgetRows);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ArtifactFilterProxyModel::forgetRows);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ArtifactFilterProxyModel::forgetRows);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ArtifactFilterProxyModel::forgetRows);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ArtifactFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && sourceModel() && column != m_rankColumn)
        buildRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

bool ArtifactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false; // a flat list
    const auto row = static_cast<std::size_t>(sourceRow);
    if (row < m_accepted.size())
        return m_accepted[row];
    const bool accepted = evaluate(sourceRow);
    if (row == m_accepted.size())
        m_accepted.push_back(accepted);
    return accepted;
}

bool ArtifactFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Millions of calls per sort of 100 000 rows: ranks are dropped whenever they may be stale.
    if (left.column() == m_rankColumn && right.column() == m_rankColumn) {
        const auto l = static_cast<std::size_t>(left.row());
        const auto r = static_cast<std::size_t>(right.row());
        if (l < m_rank.size() && r < m_rank.size())
            return m_rank[l] < m_rank[r];
    }
    return compareVariants(left.data(sortRole()), right.data(sortRole()), sortCaseSensitivity(), isSortLocaleAware())
        < 0;
}

QByteArray ArtifactFilterProxyModel::searchText(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(ArtifactListModel::SearchTextRole).toString().toUtf8();
}

bool ArtifactFilterProxyModel::evaluate(int sourceRow) const
{
    if (!m_statusCodes.isEmpty()) {
        const bool shown = m_list
            ? m_statusCodes.contains(m_list->statusCode(sourceRow))
            : m_statusCodes.contains(
                sourceModel()->index(sourceRow, 0).data(ArtifactListModel::StatusCodeRole).toString());
        if (!shown)
            return false;
    }
    if (m_mode == Mode::All)
        return true;
    const auto row = static_cast<std::size_t>(sourceRow);
    if (row < m_prints.size()) {
        const TextSearch::Fingerprint &print = m_prints[row];
        if (!m_needle.isEmpty() && !print.mayContain(m_needlePrint))
            return false;
        if (m_mode == Mode::Plain && m_printDecides)
            return true;
        if (m_mode == Mode::Regex && !m_regexHint.prefix.isEmpty()) {
            if (!TextSearch::mayStartWith(print, m_regexHint.prefix))
                return false;
            if (m_regexHint.prefixDecides && m_regexHint.prefix.size() <= static_cast<qsizetype>(print.head.size()))
                return true;
        }
    }
    // The list model's own string, not a copy: this runs for every row on a keystroke.
    const QByteArray fetched = m_list ? QByteArray() : searchText(sourceRow);
    const QByteArrayView text = m_list ? m_list->searchText(sourceRow) : QByteArrayView(fetched);
    if (m_mode == Mode::Plain)
        return TextSearch::contains(text, m_needle);
    // Cheapest first: every check below a regex call saves about a microsecond per row.
    if (!m_regexHint.prefix.isEmpty() && !text.startsWith(m_regexHint.prefix))
        return false;
    if (m_regexHint.prefixDecides)
        return true;
    if (!m_needle.isEmpty() && !TextSearch::contains(text, m_needle))
        return false;
    const QByteArrayList &anyOf = m_regexHint.anyOf;
    if (!anyOf.isEmpty() && std::none_of(anyOf.cbegin(), anyOf.cend(), [&text](const QByteArray &a) {
            return TextSearch::contains(text, a);
        }))
        return false;
    return m_regex.match(QString::fromUtf8(text)).hasMatch();
}

void ArtifactFilterProxyModel::refilter(Scope scope)
{
    QAbstractItemModel *source = sourceModel();
    if (!source) {
        Q_EMIT filterChanged();
        return;
    }
    if (m_mode != Mode::All)
        appendPrints(static_cast<int>(m_prints.size()), source->rowCount() - 1);
    const int rows = source->rowCount();
    const auto count = static_cast<std::size_t>(rows);
    // Without a complete previous answer every row is looked at and counts as changed.
    const bool complete = m_accepted.size() == count;
    if (!complete)
        scope = Scope::All;
    std::vector<bool> next = complete ? m_accepted : std::vector<bool>(count);
    qint64 changed = complete ? 0 : rows;
    qint64 accepted = 0;
    // Backspacing returns to filters just typed: their answers are remembered while the rows stay.
    const QString key = filterKey();
    const auto cached = std::find_if(m_recent.cbegin(), m_recent.cend(),
        [&key, count](const RecentFilter &recent) { return recent.key == key && recent.accepted.size() == count; });
    if (cached != m_recent.cend()) {
        next = cached->accepted;
        for (std::size_t row = 0; row < count; ++row) {
            accepted += next[row];
            changed += complete && next[row] != m_accepted[row];
        }
    } else {
        const bool prefetch = m_list && m_mode != Mode::All;
        // Whether a row with this previous answer is looked at again.
        const auto inScope = [scope](bool acceptedBefore) {
            return scope == Scope::All || (scope == Scope::Accepted) == acceptedBefore;
        };
        for (std::size_t row = 0; row < count; ++row) {
            const bool before = complete && m_accepted[row];
            // The scan waits on memory, not on comparisons: ask for the texts of rows a few ahead
            // that will be looked at.
            if (prefetch && row + prefetchDistance < count && inScope(complete && m_accepted[row + prefetchDistance]))
                prefetchText(m_list->searchText(static_cast<int>(row + prefetchDistance)));
            if (inScope(before)) {
                const bool now = evaluate(static_cast<int>(row));
                next[row] = now;
                changed += complete && now != before;
            }
            accepted += next[row];
        }
    }
    m_accepted = std::move(next);
    m_recent.erase(std::remove_if(m_recent.begin(), m_recent.end(),
                       [&key](const RecentFilter &recent) { return recent.key == key; }),
        m_recent.end());
    m_recent.push_front({key, m_accepted});
    if (m_recent.size() > recentFilterCount)
        m_recent.pop_back();

    if (changed > 0) {
        bool rebuild = m_refilterMode == RefilterMode::Rebuild;
        if (m_refilterMode == RefilterMode::Automatic) {
            // Row by row, each changed row may cost a pass over the mapping (an interval of its own);
            // a rebuild costs a look-up per row plus sorting the accepted rows by rank. Weights in ns,
            // measured with bench_artifactlist.
            const double incremental = 2.0 * static_cast<double>(changed) * rows;
            const double sorting = sortColumn() >= 0 && accepted > 1
                ? 10.0 * static_cast<double>(accepted) * std::log2(static_cast<double>(accepted))
                : 0.0;
            rebuild = incremental > sorting + 10.0 * rows;
        }
        if (rebuild) {
            if (sortColumn() >= 0 && sortColumn() != m_rankColumn)
                buildRanks(sortColumn());
            invalidate();
        } else {
            invalidateRowsFilter();
        }
    }
    Q_EMIT filterChanged();
}

QString ArtifactFilterProxyModel::filterKey() const
{
    QStringList codes(m_statusCodes.cbegin(), m_statusCodes.cend());
    codes.sort();
    const QString &filter = m_mode == Mode::Plain ? m_plain : m_pattern; // plain patterns match case-folded
    return QString::number(static_cast<int>(m_mode)) % u'\x1f' % filter % u'\x1f' % codes.join(u'\x1f');
}

void ArtifactFilterProxyModel::setNeedle(const QByteArray &needle)
{
    m_needle = needle;
    m_needlePrint = TextSearch::fingerprint(needle);
    m_printDecides = TextSearch::fingerprintDecides(needle);
}

void ArtifactFilterProxyModel::appendPrints(int first, int last)
{
    if (static_cast<std::size_t>(first) != m_prints.size())
        return;
    for (int row = first; row <= last; ++row)
        m_prints.push_back(TextSearch::fingerprint(m_list ? m_list->searchText(row) : searchText(row)));
}

void ArtifactFilterProxyModel::buildRanksWhenIdle()
{
    forgetRanks();
    m_rankTimer.start();
}

void ArtifactFilterProxyModel::forgetRows()
{
    m_recent.clear();
    m_accepted.clear();
    m_prints.clear();
    buildRanksWhenIdle();
}

void ArtifactFilterProxyModel::buildRanks(int column)
{
    QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    const int role = sortRole();
    const Qt::CaseSensitivity cs = sortCaseSensitivity();
    const bool localeAware = isSortLocaleAware();

    std::vector<QVariant> keys;
    keys.reserve(static_cast<std::size_t>(rows));
    bool allTimes = true;
    bool allStrings = true;
    for (int row = 0; row < rows; ++row) {
        keys.push_back(source->index(row, column).data(role));
        allTimes = allTimes && keys.back().metaType().id() == QMetaType::QDateTime;
        allStrings = allStrings && keys.back().metaType().id() == QMetaType::QString;
    }
    // Typed keys make the one full sort cheap; mixed keys take the general comparison.
    if (allTimes) {
        std::vector<qint64> times(keys.size());
        std::transform(
            keys.cbegin(), keys.cend(), times.begin(), [](const QVariant &v) { return timeKey(v.toDateTime()); });
        m_rank = ranksBy(rows, [&times](int a, int b) {
            const qint64 l = times[static_cast<std::size_t>(a)];
            const qint64 r = times[static_cast<std::size_t>(b)];
            return l < r ? -1 : (r < l ? 1 : 0);
        });
    } else if (allStrings) {
        std::vector<QString> texts(keys.size());
        std::transform(keys.cbegin(), keys.cend(), texts.begin(), [](const QVariant &v) { return v.toString(); });
        m_rank = ranksBy(rows, [&](int a, int b) {
            return compareStrings(
                texts[static_cast<std::size_t>(a)], texts[static_cast<std::size_t>(b)], cs, localeAware);
        });
    } else {
        m_rank = ranksBy(rows, [&](int a, int b) {
            return compareVariants(
                keys[static_cast<std::size_t>(a)], keys[static_cast<std::size_t>(b)], cs, localeAware);
        });
    }
    m_rankColumn = column;
}

void ArtifactFilterProxyModel::onSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    if (roles.isEmpty() || roles.contains(sortRole()))
        buildRanksWhenIdle();
    if (!roles.isEmpty() && !roles.contains(ArtifactListModel::SearchTextRole)
        && !roles.contains(ArtifactListModel::StatusCodeRole))
        return;
    m_recent.clear();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto r = static_cast<std::size_t>(row);
        if (r < m_prints.size())
            m_prints[r] = TextSearch::fingerprint(m_list ? m_list->searchText(row) : searchText(row));
        if (r < m_accepted.size())
            m_accepted[r] = evaluate(row);
    }
}

bool ArtifactFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !isFiltering() && QSortFilterProxyModel::canFetchMore(parent);
}
