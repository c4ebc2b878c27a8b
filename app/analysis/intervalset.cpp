#include "intervalset.h"

#include <algorithm>

IntervalSet::IntervalSet(std::vector<Interval> intervals)
    : m_intervals(std::move(intervals))
{
    const size_t n = m_intervals.size();
    m_prefix.resize(n + 1, 0.0);
    for (size_t i = 0; i < n; ++i)
        m_prefix[i + 1] = m_prefix[i] + (m_intervals[i].end - m_intervals[i].start);
    m_tree.assign(2 * n, 0.0);
    for (size_t i = 0; i < n; ++i)
        m_tree[n + i] = m_intervals[i].end - m_intervals[i].start;
    for (size_t i = n - 1; i >= 1 && i < n; --i)
        m_tree[i] = std::max(m_tree[2 * i], m_tree[2 * i + 1]);
}

std::vector<IntervalSet::Interval> IntervalSet::unite(std::vector<Interval> intervals)
{
    std::erase_if(intervals, [](const Interval &i) { return !(i.end > i.start); });
    std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::vector<Interval> out;
    out.reserve(intervals.size());
    for (const Interval &i : intervals) {
        if (!out.empty() && i.start <= out.back().end)
            out.back().end = std::max(out.back().end, i.end);
        else
            out.push_back(i);
    }
    return out;
}

std::vector<IntervalSet::Interval> IntervalSet::intersect(std::span<const Interval> a, std::span<const Interval> b)
{
    std::vector<Interval> out;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const double start = std::max(a[i].start, b[j].start);
        const double end = std::min(a[i].end, b[j].end);
        if (end > start)
            out.push_back({start, end});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return out;
}

std::pair<qsizetype, qsizetype> IntervalSet::meeting(double from, double to) const
{
    if (!(to > from) || m_intervals.empty())
        return {0, 0};
    // First interval ending after from; first interval starting at or after to.
    const auto first = std::upper_bound(
        m_intervals.cbegin(), m_intervals.cend(), from, [](double t, const Interval &i) { return t < i.end; });
    const auto last
        = std::lower_bound(first, m_intervals.cend(), to, [](const Interval &i, double t) { return i.start < t; });
    return {first - m_intervals.cbegin(), last - m_intervals.cbegin()};
}

double IntervalSet::measure(double from, double to) const
{
    const auto [first, last] = meeting(from, to);
    if (first >= last)
        return 0;
    double total = prefix(last) - prefix(first);
    // The two ends may stick out of the range.
    const Interval &head = m_intervals[static_cast<size_t>(first)];
    const Interval &tail = m_intervals[static_cast<size_t>(last - 1)];
    if (head.start < from)
        total -= from - head.start;
    if (tail.end > to)
        total -= tail.end - to;
    return std::max(0.0, total);
}

int IntervalSet::count(double from, double to) const
{
    const auto [first, last] = meeting(from, to);
    return static_cast<int>(std::max<qsizetype>(0, last - first));
}

double IntervalSet::maxLength(qsizetype first, qsizetype last) const
{
    const size_t n = m_intervals.size();
    double best = 0;
    for (size_t l = static_cast<size_t>(first) + n, r = static_cast<size_t>(last) + n; l < r; l /= 2, r /= 2) {
        if (l & 1)
            best = std::max(best, m_tree[l++]);
        if (r & 1)
            best = std::max(best, m_tree[--r]);
    }
    return best;
}

double IntervalSet::longest(double from, double to) const
{
    const auto [first, last] = meeting(from, to);
    if (first >= last)
        return 0;
    const auto clipped = [&](qsizetype index) {
        const Interval &i = m_intervals[static_cast<size_t>(index)];
        return std::min(i.end, to) - std::max(i.start, from);
    };
    double best = std::max(clipped(first), clipped(last - 1));
    if (last - first > 2)
        best = std::max(best, maxLength(first + 1, last - 1));
    return best;
}

bool IntervalSet::span(double from, double to, double *first, double *last) const
{
    const auto [begin, end] = meeting(from, to);
    if (begin >= end)
        return false;
    *first = std::max(m_intervals[static_cast<size_t>(begin)].start, from);
    *last = std::min(m_intervals[static_cast<size_t>(end - 1)].end, to);
    return true;
}
