#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

// Sorted, disjoint time intervals (seconds) with what range questions need in O(log n): the measure
// covered inside [from, to] (prefix sums), the intervals that meet it, and the longest clipped piece
// (a max segment tree over lengths). Built once, never changed.
class IntervalSet
{
public:
    struct Interval
    {
        double start = 0;
        double end = 0;
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    IntervalSet() = default;
    // intervals must be sorted by start, disjoint and of positive length (see unite()).
    explicit IntervalSet(std::vector<Interval> intervals);

    // The union of any intervals: sorted, those that overlap or touch joined, empty ones dropped.
    static std::vector<Interval> unite(std::vector<Interval> intervals);
    // The parts of a that lie in b (both sets sorted and disjoint).
    static std::vector<Interval> intersect(std::span<const Interval> a, std::span<const Interval> b);

    std::span<const Interval> intervals() const { return m_intervals; }
    qsizetype size() const { return static_cast<qsizetype>(m_intervals.size()); }
    bool isEmpty() const { return m_intervals.empty(); }

    // The time covered in [from, to].
    double measure(double from, double to) const;
    // How many intervals have a piece of positive length in [from, to].
    int count(double from, double to) const;
    // The longest piece of one interval inside [from, to]; 0 when none.
    double longest(double from, double to) const;
    // The start of the first piece and the end of the last piece inside [from, to] (clipped); false
    // when there is none.
    bool span(double from, double to, double *first, double *last) const;

private:
    // [first, last) of the intervals that meet (from, to) with positive length.
    std::pair<qsizetype, qsizetype> meeting(double from, double to) const;
    double prefix(qsizetype index) const { return m_prefix[static_cast<size_t>(index)]; }
    double maxLength(qsizetype first, qsizetype last) const; // over whole intervals [first, last)

    std::vector<Interval> m_intervals;
    std::vector<double> m_prefix; // size()+1: the measure of intervals [0, i)
    std::vector<double> m_tree; // 2*size(): a bottom-up max tree over lengths
};
