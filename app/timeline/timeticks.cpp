#include "timeline/timeticks.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int decimalsFor(double step)
{
    const qint64 ms = std::llround(step * 1000);
    if (ms % 1000 == 0)
        return 0;
    if (ms % 100 == 0)
        return 1;
    if (ms % 10 == 0)
        return 2;
    return 3;
}

// Ticks sit on multiples of the step in "local milliseconds": relative time for the relative axis,
// wall-clock time in the zone for the wall-clock axis. `originMs` is the local time of relative 0.
// Integer multiples keep the positions exact and strictly increasing at any zoom.
QList<double> tickSeconds(TimeRange visible, qint64 stepMs, qint64 originMs)
{
    QList<double> out;
    const double firstLocal = visible.start * 1000 + double(originMs);
    const double lastLocal = visible.end * 1000 + double(originMs);
    const auto first = qint64(std::ceil(firstLocal / double(stepMs)));
    const auto last = qint64(std::floor(lastLocal / double(stepMs)));
    if (last < first || last - first > 100000)
        return out;
    out.reserve(last - first + 1);
    for (qint64 k = first; k <= last; ++k) {
        const double s = double(k * stepMs - originMs) / 1000;
        if (s >= visible.start && s <= visible.end)
            out.append(s);
    }
    return out;
}

} // namespace

const QList<double> &TimeTicks::niceSteps()
{
    static const QList<double> steps = [] {
        QList<double> s {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600,
            900, 1800, 3600, 7200, 10800, 21600, 43200};
        for (double day = 86400; day <= 86400.0 * 4096; day *= 2)
            s.append(day);
        return s;
    }();
    return steps;
}

QString TimeTicks::relativeLabel(double seconds, double step)
{
    const int decimals = decimalsFor(step);
    qint64 ms = std::llround(seconds * 1000);
    const bool negative = ms < 0;
    ms = std::abs(ms);
    const qint64 h = ms / 3600000;
    const qint64 m = ms / 60000 % 60;
    const qint64 s = ms / 1000 % 60;
    QString out = (negative ? u"-"_s : QString()) + QString::number(h) + u':'
        + QString::number(m).rightJustified(2, u'0') + u':' + QString::number(s).rightJustified(2, u'0');
    if (decimals > 0)
        out += u'.' + QString::number(ms % 1000).rightJustified(3, u'0').left(decimals);
    return out;
}

QString TimeTicks::wallClockLabel(const QDateTime &anchorUtc, const QTimeZone &zone, double seconds, double step)
{
    const QDateTime t
        = QDateTime::fromMSecsSinceEpoch(anchorUtc.toMSecsSinceEpoch() + std::llround(seconds * 1000), zone);
    if (step >= 86400)
        return t.toString(u"yyyy-MM-dd"_s);
    if (step >= 60)
        return t.toString(u"HH:mm"_s);
    const QString whole = t.toString(u"HH:mm:ss"_s);
    const int decimals = decimalsFor(step);
    if (decimals == 0)
        return whole;
    return whole + u'.' + t.toString(u"zzz"_s).left(decimals);
}

TimeTicks TimeTicks::compute(const TimeMapping &mapping, const Options &options)
{
    TimeTicks result;
    const TimeRange visible = mapping.visible();
    const double pps = mapping.pixelsPerSecond();
    const bool wall = options.wallClockAnchor.has_value() && options.wallClockAnchor->isValid();

    qint64 originMs = 0;
    if (wall) {
        // Wall-clock boundaries are taken at the UTC offset of the visible start; a daylight-saving
        // change inside the view keeps the labels right but may shift the later ticks off the hour.
        const qint64 anchorMs = options.wallClockAnchor->toMSecsSinceEpoch();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(anchorMs + std::llround(visible.start * 1000), Qt::UTC);
        originMs = anchorMs + qint64(options.zone.offsetFromUtc(at)) * 1000;
        // Local epoch milliseconds: multiples of a day are local midnights, so steps of hours and days
        // align to them as well.
    }
    const auto label = [&](double seconds, double step) {
        return wall ? wallClockLabel(*options.wallClockAnchor, options.zone, seconds, step)
                    : relativeLabel(seconds, step);
    };
    const auto width
        = [&](const QString &text) { return options.labelWidth ? options.labelWidth(text) : options.maxLabelWidth; };

    // The smallest step whose widest label (the labels at both ends of the view: the same format
    // throughout, so they are the longest) fits between two ticks.
    const QList<double> &steps = niceSteps();
    double major = steps.last();
    for (double step : steps) {
        const double spacing = step * pps;
        if (spacing < options.labelGap)
            continue;
        const double widest = std::max({width(label(visible.start, step)), width(label(visible.end, step)),
            width(label(std::clamp(0.0, visible.start, visible.end), step))});
        if (spacing >= widest + options.labelGap) {
            major = step;
            break;
        }
    }
    result.m_majorStep = major;
    const auto majorMs = std::llround(major * 1000);
    for (double s : tickSeconds(visible, majorMs, originMs))
        result.m_majors.append({s, mapping.x(s), label(s, major)});

    // Minor ticks: the densest nice divisor of the major step that stays readable, at most ten per major.
    for (double step : steps) {
        const auto stepMs = std::llround(step * 1000);
        if (stepMs >= majorMs || majorMs % stepMs != 0 || majorMs / stepMs > 10 || step * pps < options.minMinorSpacing)
            continue;
        result.m_minorStep = step;
        for (double s : tickSeconds(visible, stepMs, originMs)) {
            const qint64 localMs = std::llround(s * 1000) + originMs;
            if (localMs % majorMs != 0)
                result.m_minors.append({s, mapping.x(s), QString()});
        }
        break;
    }
    return result;
}
