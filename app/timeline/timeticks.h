#pragma once

#include "timeline/timemapping.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

// Tick marks for the time axis of a TimeMapping. Steps come from a fixed ladder of "nice" values
// (1, 2, 5 ms ... 1 s, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, days); the major
// step is the smallest whose labels, measured by the caller's font, never overlap. Relative labels
// read "h:mm:ss" with only as many decimals as the step needs ("-0:00:01.5" before the recording
// started); wall-clock labels read local "HH:mm(:ss(.zzz))" and sit on wall-clock boundaries.
// A pure computation: the axis widget calls compute() on every change of its mapping.
class TimeTicks
{
public:
    struct Tick
    {
        double seconds = 0; // relative to the recording start
        double x = 0; // pixel in the mapping
        QString label; // majors only
        friend bool operator==(const Tick &, const Tick &) = default;
    };

    // Width in pixels of a label as the axis will draw it (QFontMetricsF::horizontalAdvance).
    using LabelWidth = std::function<double(const QString &)>;

    struct Options
    {
        LabelWidth labelWidth; // when empty, every label counts as maxLabelWidth
        double maxLabelWidth = 80;
        double labelGap = 8; // free pixels between two labels
        double minMinorSpacing = 5; // pixels; denser minor ticks are left out
        // Wall-clock mode: the UTC instant of relative 0, shown in `zone`.
        std::optional<QDateTime> wallClockAnchor;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    static TimeTicks compute(const TimeMapping &mapping, const Options &options);

    double majorStep() const { return m_majorStep; }
    double minorStep() const { return m_minorStep; } // 0 when there are no minor ticks
    const QList<Tick> &majors() const { return m_majors; }
    const QList<Tick> &minors() const { return m_minors; }

    // The ladder of steps, in seconds, ascending.
    static const QList<double> &niceSteps();
    // "1:02:03", "-0:00:01.5", "0:00:00.250": decimals as `step` needs them.
    static QString relativeLabel(double seconds, double step);
    static QString wallClockLabel(const QDateTime &anchorUtc, const QTimeZone &zone, double seconds, double step);

private:
    double m_majorStep = 0;
    double m_minorStep = 0;
    QList<Tick> m_majors;
    QList<Tick> m_minors;
};
