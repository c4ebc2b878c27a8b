#include "timeline/timelinepainter.h"

#include "timeline/timelinedocument.h"
#include "timeline/timelineeventpainter.h"
#include "timeline/timeticks.h"

#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int hatchSpacing = 6;
// The narrowest an open-ended segment is drawn, in pixels (see paintOpenEnded).
constexpr double minOpenEndedPx = 10;
constexpr int namePadding = 6;
constexpr int swatchSize = 10;

// Diagonal stripes inside r, computed rather than clipped (QSvgGenerator ignores clipping). Stripes sit
// on multiples of the spacing in device x, so they stay put while only the bar's end moves.
void hatch(QPainter *p, const QRect &r, const QColor &color)
{
    if (r.isEmpty())
        return;
    p->setPen(QPen(color, 1));
    const int h = r.height() - 1;
    const int left = r.left();
    const int right = r.right();
    int c = left - h;
    c -= ((c % hatchSpacing) + hatchSpacing) % hatchSpacing;
    for (; c <= right; c += hatchSpacing) {
        // The line from (c, bottom) rising to (c + h, top), cut to [left, right].
        int x0 = c, y0 = r.bottom();
        int x1 = c + h, y1 = r.top();
        if (x0 < left) {
            y0 -= left - x0;
            x0 = left;
        }
        if (x1 > right) {
            y1 += x1 - right;
            x1 = right;
        }
        if (x0 <= x1)
            p->drawLine(x0, y0, x1, y1);
    }
}

TimeTicks computeTicks(
    const TimelineDocument &doc, const TimeMapping &mapping, const QFontMetrics &metrics, bool wallClock)
{
    TimeTicks::Options options;
    options.labelWidth = [&metrics](const QString &text) { return double(metrics.horizontalAdvance(text)); };
    options.maxLabelWidth = metrics.horizontalAdvance(u"-00:00:00.000"_s);
    if (wallClock && doc.timeline().anchorUs())
        options.wallClockAnchor = QDateTime::fromMSecsSinceEpoch(*doc.timeline().anchorUs() / 1000, QTimeZone::utc());
    return TimeTicks::compute(mapping, options);
}

} // namespace

TimelinePainter::TimelinePainter(const TimelineDocument &document, const TimelineColors &colors, const QFont &font)
    : m_document(document)
    , m_colors(colors)
    , m_font(font)
    , m_smallFont(font)
    , m_labels(document.rowLabels())
{
    if (m_smallFont.pointSizeF() > 0)
        m_smallFont.setPointSizeF(m_smallFont.pointSizeF() * 0.85);
    else
        m_smallFont.setPixelSize(std::max(m_smallFont.pixelSize() * 85 / 100, 7));
}

std::pair<double, double> TimelinePainter::pixelRange(const TimeMapping &mapping, double start, double end)
{
    const double first = std::floor(mapping.x(start));
    return {first, std::max(first, std::ceil(mapping.x(std::max(start, end))) - 1)};
}

int TimelinePainter::nameColumnWidth(const TimelineDocument &document, const QFont &font)
{
    const QFontMetrics metrics(font);
    QFont small(font);
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    int widest = metrics.horizontalAdvance(tr("Overlap"));
    int platform = 0;
    const QStringList &labels = document.rowLabels();
    for (qsizetype row = 0; row < document.rowCount(); ++row) {
        const TimelineParticipant &p = document.timeline().participants().at(row);
        int w = metrics.horizontalAdvance(labels.at(row));
        if (p.isHost.value_or(false))
            w += smallMetrics.horizontalAdvance(tr("Host")) + 8 + namePadding;
        // A name several rows share can be merged in the statistics: room for the "merged" chip.
        if (labels.at(row) != document.rowName(row))
            w += smallMetrics.horizontalAdvance(tr("merged")) + 8 + namePadding;
        widest = std::max(widest, w);
        platform = std::max(platform, smallMetrics.horizontalAdvance(p.platform));
    }
    // As paintNames() lays a row out, plus a pixel or two so that the widest name is never elided.
    const int width = 3 + namePadding + swatchSize + namePadding + widest + namePadding + platform + namePadding + 2;
    return std::clamp(width, metrics.averageCharWidth() * 16, metrics.averageCharWidth() * 42);
}

void TimelinePainter::paint(QPainter *p, const TimelineFrame &f) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setFont(m_font);
    const TimelineLayout &l = f.layout;
    // Each part fills its own area once; only the gaps between them are left to fill here.
    const int right = l.rows.right() + 1;
    p->fillRect(
        QRect(l.plotLeft(), l.overlap.bottom() + 1, right - l.plotLeft(), l.rows.top() - l.overlap.bottom() - 1),
        m_colors.window);
    p->fillRect(QRect(l.plotLeft(), l.rows.bottom() + 1, right - l.plotLeft(), l.overview.top() - l.rows.bottom() - 1),
        m_colors.window);
    paintRows(p, f);
    paintOverlapLane(p, f);
    paintAxis(p, f);
    paintSelectedRange(p, f);
    paintNames(p, f);
    paintOverview(p, f);
    p->restore();
}

void TimelinePainter::paintSelectedRange(QPainter *p, const TimelineFrame &f) const
{
    if (!f.selectedRange)
        return;
    const TimelineLayout &l = f.layout;
    const auto [first, last] = pixelRange(f.mapping, f.selectedRange->start, f.selectedRange->end);
    const int x0 = int(std::clamp(first, -1.0, double(l.plotWidth())));
    const int x1 = int(std::clamp(last, -1.0, double(l.plotWidth())));
    if (last < 0 || first > l.plotWidth() - 1)
        return;
    const int top = l.axis.top();
    const int bottom = l.rows.bottom();
    p->save();
    p->setClipRect(QRect(l.plotLeft(), top, l.plotWidth(), bottom - top + 1));
    QColor fill = m_colors.selection;
    fill.setAlpha(m_colors.dark ? 46 : 32);
    const QRect band(l.plotLeft() + x0, top, std::max(x1 - x0 + 1, 1), bottom - top + 1);
    p->fillRect(band, fill);
    // Solid edges where the range starts and ends (an edge out of view is not drawn), and the axis part
    // stronger, so the range reads as chosen on the axis.
    QColor axisFill = m_colors.selection;
    axisFill.setAlpha(90);
    p->fillRect(QRect(band.left(), l.axis.top(), band.width(), l.axis.height()), axisFill);
    p->setPen(QPen(m_colors.selection, 1));
    if (first >= 0)
        p->drawLine(band.left(), top, band.left(), bottom);
    if (last <= l.plotWidth() - 1)
        p->drawLine(band.right(), top, band.right(), bottom);
    p->restore();
}

void TimelinePainter::paintBeforeStart(QPainter *p, const QRect &plot, const TimeMapping &mapping) const
{
    if (m_document.content().start >= 0)
        return;
    const double zero = std::clamp(std::round(mapping.x(0)), 0.0, double(plot.width()));
    if (zero > 0)
        p->fillRect(QRect(plot.left(), plot.top(), int(zero), plot.height()), m_colors.beforeStart);
}

void TimelinePainter::paintBars(
    QPainter *p, int row, int top, int height, const TimeMapping &mapping, int left, bool everySegment) const
{
    const QColor color = m_colors.speaker(row);
    const int width = int(mapping.width());
    if (!everySegment) {
        // One call for the row: a fillRect per span costs more in state checks than in pixels.
        const QList<CoverageLevels::Span> spans = m_document.coverage(row).pixelSpans(mapping, width);
        QVarLengthArray<QRect, 512> rects;
        rects.reserve(spans.size());
        for (const CoverageLevels::Span &s : spans)
            rects.append(QRect(left + s.x0, top, s.x1 - s.x0, height));
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawRects(rects.constData(), int(rects.size()));
        return;
    }
    for (const TimelineSegment &s : m_document.timeline().row(row)) {
        if (!std::isfinite(s.start) || !std::isfinite(s.end))
            continue;
        const auto [first, last] = pixelRange(mapping, s.start, s.end);
        if (last < 0 || first >= width)
            continue;
        const int x0 = int(std::max(first, 0.0));
        const int x1 = int(std::min(last, double(width - 1))) + 1;
        p->fillRect(QRect(left + x0, top, x1 - x0, height), color);
    }
}

void TimelinePainter::paintRows(QPainter *p, const TimelineFrame &f) const
{
    const TimelineLayout &l = f.layout;
    p->save();
    p->setClipRect(l.rows);
    std::vector<int> rowY(size_t(m_document.rowCount()), INT_MIN);
    QColor selected = m_colors.selection;
    selected.setAlpha(36);
    int below = l.rows.top();
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const int top = l.rows.top() + int(i) * l.rowHeight - f.scrollY;
        if (top + l.rowHeight <= l.rows.top() || top >= l.rows.bottom() + 1)
            continue;
        const int row = f.rows[i];
        rowY[size_t(row)] = top;
        const QRect band(l.rows.left(), top, l.rows.width(), l.rowHeight);
        p->fillRect(band, i % 2 == 1 && l.rowHeight >= 8 ? m_colors.alternateBase : m_colors.base);
        if (row == f.selectedRow)
            p->fillRect(band, selected);
        below = top + l.rowHeight;
    }
    if (below <= l.rows.bottom())
        p->fillRect(QRect(l.rows.left(), below, l.rows.width(), l.rows.bottom() + 1 - below), m_colors.base);
    paintBeforeStart(p, l.rows, f.mapping);
    const TimeTicks ticks = computeTicks(m_document, f.mapping, QFontMetrics(m_font), f.wallClock);
    p->setPen(m_colors.grid);
    for (const TimeTicks::Tick &t : ticks.majors()) {
        const int x = l.rows.left() + int(std::floor(t.x));
        p->drawLine(x, l.rows.top(), x, l.rows.bottom());
    }
    // Translucent, over the grid lines too, so a stay reads as one unbroken tint.
    if (f.events)
        TimelineEventPainter(*f.events, m_colors).paintPresence(p, f, rowY);
    for (size_t row = 0; row < rowY.size(); ++row) {
        if (rowY[row] == INT_MIN)
            continue;
        const auto [top, height] = RowGeometry::barExtent(rowY[row], l.rowHeight);
        paintBars(p, int(row), top, height, f.mapping, l.rows.left(), f.everySegment);
    }
    paintOpenEnded(p, f, rowY);
    if (f.events)
        TimelineEventPainter(*f.events, m_colors).paintLanesAndMarkers(p, f, rowY);
    paintSelection(p, f, rowY);
    paintRevealed(p, f);
    if (f.rubberBand) {
        const int x0 = std::max(std::min(f.rubberBand->first, f.rubberBand->second), 0);
        const int x1 = std::min(std::max(f.rubberBand->first, f.rubberBand->second), l.rows.width());
        const QRect band(l.rows.left() + x0, l.rows.top(), std::max(x1 - x0, 1), l.rows.height());
        QColor fill = m_colors.selection;
        fill.setAlpha(50);
        p->fillRect(band, fill);
        p->setPen(m_colors.selection);
        p->drawRect(band.adjusted(0, 0, -1, -1));
    }
    p->restore();
}

void TimelinePainter::paintOpenEnded(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const
{
    const TimelineLayout &l = f.layout;
    const SpeakerTimeline &t = m_document.timeline();
    const int width = l.rows.width();
    // Every open-ended segment runs to the recording's end, so a row's usually overlap: hatch the union
    // of each row's pixel runs once instead of stripes over stripes (200 of them in a 1M-segment file).
    std::vector<std::pair<int, std::pair<int, int>>> runs; // row, [x0, x1)
    for (const qsizetype index : m_document.openEnded()) {
        const TimelineSegment &s = t.segments()[size_t(index)];
        if (rowY[s.participant] == INT_MIN)
            continue;
        // How long the last speaker went on is unknown when nobody else spoke after them: such a
        // segment may end where it starts. It still shows as a hatched stub, never as a lone pixel.
        const auto [first, drawnLast] = pixelRange(f.mapping, s.start, s.end);
        const double last = std::max(drawnLast, first + minOpenEndedPx - 1);
        if (last < 0 || first >= width)
            continue;
        runs.push_back({int(s.participant), {int(std::max(first, 0.0)), int(std::min(last, double(width - 1))) + 1}});
    }
    std::sort(runs.begin(), runs.end());
    for (size_t i = 0; i < runs.size();) {
        const int row = runs[i].first;
        auto [x0, x1] = runs[i].second;
        for (++i; i < runs.size() && runs[i].first == row && runs[i].second.first <= x1; ++i)
            x1 = std::max(x1, runs[i].second.second);
        const auto [barTop, height] = RowGeometry::barExtent(rowY[size_t(row)], l.rowHeight);
        const QRect bar(l.rows.left() + x0, barTop, x1 - x0, height);
        p->fillRect(bar, m_colors.speaker(row)); // the stub beyond the segment's own pixels
        hatch(p, bar, m_colors.openEndedHatch);
    }
}

void TimelinePainter::paintSelection(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const
{
    const SpeakerTimeline &t = m_document.timeline();
    if (f.selectedSegment < 0 || f.selectedSegment >= t.segmentCount())
        return;
    const TimelineSegment &s = t.segments()[size_t(f.selectedSegment)];
    const int top = rowY[s.participant];
    if (top == INT_MIN)
        return;
    const TimelineLayout &l = f.layout;
    const auto [first, last] = pixelRange(f.mapping, s.start, s.end);
    if (last < -3 || first >= l.rows.width() + 3)
        return;
    const int x0 = int(std::max(first, -3.0));
    const int x1 = int(std::min(last, double(l.rows.width() + 2))) + 1;
    const auto [barTop, height] = RowGeometry::barExtent(top, l.rowHeight);
    const QRect bar(l.rows.left() + x0, barTop, x1 - x0, height);
    p->setPen(QPen(m_colors.selection, 2));
    p->setBrush(Qt::NoBrush);
    p->drawRect(bar.adjusted(-2, -2, 1, 1));
    p->setPen(QPen(m_colors.base, 1));
    p->drawRect(bar.adjusted(-1, -1, 0, 0));
}

void TimelinePainter::paintRevealed(QPainter *p, const TimelineFrame &f) const
{
    if (!f.revealed)
        return;
    const QRect &r = f.layout.rows;
    const double from = std::min(f.revealed->start, f.revealed->end);
    const double to = std::max(f.revealed->start, f.revealed->end);
    const auto [first, last] = pixelRange(f.mapping, from, to);
    if (last < -1 || first > r.width())
        return;
    const int x0 = int(std::max(first, -1.0));
    const int x1 = int(std::min(last, double(r.width()))) + 1;
    if (to > from && x1 - x0 > 2) {
        // Hatched with dashed edges: a place another pane pointed at, never to be taken for the
        // statistics' range (a plain band that also marks the axis).
        QColor fill = m_colors.revealed;
        fill.setAlpha(m_colors.dark ? 90 : 70);
        p->fillRect(QRect(r.left() + x0, r.top(), x1 - x0, r.height()), QBrush(fill, Qt::BDiagPattern));
        p->save();
        p->setPen(QPen(m_colors.revealed, 1, Qt::DashLine));
        p->drawLine(r.left() + x0, r.top(), r.left() + x0, r.bottom());
        p->drawLine(r.left() + x1 - 1, r.top(), r.left() + x1 - 1, r.bottom());
        p->restore();
    } else {
        p->fillRect(QRect(r.left() + x0, r.top(), 2, r.height()), m_colors.revealed);
    }
}

void TimelinePainter::paintOverlapLane(QPainter *p, const TimelineFrame &f) const
{
    const QRect &r = f.layout.overlap;
    p->fillRect(r, m_colors.base);
    paintBeforeStart(p, r, f.mapping);
    const auto [top, height] = RowGeometry::barExtent(r.top(), r.height());
    for (const CoverageLevels::Span &s : m_document.overlap().pixelSpans(f.mapping, r.width()))
        p->fillRect(QRect(r.left() + s.x0, top, s.x1 - s.x0, height), m_colors.overlap);
    p->setPen(m_colors.grid);
    p->drawLine(r.left(), r.bottom(), r.right(), r.bottom());
}

void TimelinePainter::paintAxis(QPainter *p, const TimelineFrame &f) const
{
    const QRect &r = f.layout.axis;
    const QFontMetrics metrics(m_font);
    const TimeTicks ticks = computeTicks(m_document, f.mapping, metrics, f.wallClock);
    p->fillRect(r, m_colors.window);
    paintBeforeStart(p, r, f.mapping);
    p->setPen(m_colors.secondaryText);
    for (const TimeTicks::Tick &t : ticks.minors()) {
        const int x = r.left() + int(std::floor(t.x));
        p->drawLine(x, r.bottom() - 2, x, r.bottom());
    }
    p->setPen(m_colors.text);
    for (const TimeTicks::Tick &t : ticks.majors()) {
        const int x = r.left() + int(std::floor(t.x));
        p->drawLine(x, r.bottom() - 5, x, r.bottom());
        // Labels start at their tick: TimeTicks keeps ticks a label's width apart, so they never collide.
        const int w = metrics.horizontalAdvance(t.label);
        if (x + 3 + w <= r.right() + 1)
            p->drawText(QRect(x + 3, r.top() + 2, w + 1, r.height() - 8), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    p->drawLine(r.left(), r.bottom(), r.right(), r.bottom());
}

void TimelinePainter::paintNames(QPainter *p, const TimelineFrame &f) const
{
    const TimelineLayout &l = f.layout;
    const QFontMetrics metrics(m_font);
    const QFontMetrics small(m_smallFont);
    p->fillRect(QRect(0, 0, l.names.width(), l.overview.bottom() + 1), m_colors.window);
    const int textLeft = 3 + namePadding;
    p->setPen(m_colors.secondaryText);
    p->drawText(l.header.adjusted(textLeft, 0, -namePadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
        f.wallClock && m_document.timeline().anchorUs() ? tr("Local time") : tr("Since start"));
    p->drawText(l.overlapName.adjusted(textLeft + swatchSize + namePadding, 0, -namePadding, 0),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Overlap"));
    p->fillRect(QRect(textLeft, l.overlapName.center().y() - swatchSize / 2, swatchSize, swatchSize), m_colors.overlap);
    p->drawText(
        l.overviewName.adjusted(textLeft, 0, -namePadding, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("Whole meeting"));

    p->save();
    p->setClipRect(l.names);
    const bool showText = l.rowHeight >= metrics.height();
    for (size_t i = 0; i < f.rows.size(); ++i) {
        const int top = l.names.top() + int(i) * l.rowHeight - f.scrollY;
        if (top + l.rowHeight <= l.names.top() || top > l.names.bottom())
            continue;
        const int row = f.rows[i];
        const QRect cell(0, top, l.names.width(), l.rowHeight);
        if (row == f.selectedRow)
            p->fillRect(QRect(0, top, 3, l.rowHeight), m_colors.selection);
        const int swatch = std::min(swatchSize, std::max(l.rowHeight - 2, 2));
        p->fillRect(QRect(textLeft, cell.center().y() - swatch / 2, swatch, swatch), m_colors.speaker(row));
        if (!showText)
            continue;
        const TimelineParticipant &participant = m_document.timeline().participants().at(row);
        int x = textLeft + swatchSize + namePadding;
        int right = cell.right() - namePadding;
        if (!participant.platform.isEmpty()) {
            p->setFont(m_smallFont);
            p->setPen(m_colors.secondaryText);
            const QString platform = small.elidedText(participant.platform, Qt::ElideRight, 90);
            const int w = small.horizontalAdvance(platform);
            p->drawText(QRect(right - w, top, w + 1, l.rowHeight), Qt::AlignRight | Qt::AlignVCenter, platform);
            right -= w + namePadding;
            p->setFont(m_font);
        }
        // Chips after the name: the host, and rows the statistics count as one speaker (merged).
        QStringList badges;
        if (participant.isHost.value_or(false))
            badges << tr("Host");
        const bool merged = size_t(row) < f.mergedGroups.size() && f.mergedGroups[size_t(row)] >= 0;
        if (merged)
            badges << tr("merged");
        int badgesWidth = 0;
        for (const QString &badge : std::as_const(badges))
            badgesWidth += small.horizontalAdvance(badge) + 8 + namePadding;
        p->setPen(m_colors.text);
        const QString name = metrics.elidedText(m_labels.at(row), Qt::ElideRight, std::max(right - x - badgesWidth, 8));
        const int nameWidth = metrics.horizontalAdvance(name);
        p->drawText(QRect(x, top, nameWidth + 1, l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += nameWidth + namePadding;
        for (const QString &badge : std::as_const(badges)) {
            const int width = small.horizontalAdvance(badge) + 8;
            const QRect chip(x, cell.center().y() - small.height() / 2 - 1, width, small.height() + 2);
            const bool host = badge != badges.constLast() || !merged;
            p->setRenderHint(QPainter::Antialiasing, true);
            if (host) {
                p->setPen(Qt::NoPen);
                p->setBrush(m_colors.badge);
            } else {
                // Merged: an outlined chip, so it never reads as a second host badge.
                p->setPen(m_colors.secondaryText);
                p->setBrush(Qt::NoBrush);
            }
            p->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p->setRenderHint(QPainter::Antialiasing, false);
            p->setFont(m_smallFont);
            p->setPen(host ? m_colors.badgeText : m_colors.secondaryText);
            p->drawText(chip, Qt::AlignCenter, badge);
            p->setFont(m_font);
            x += width + namePadding;
        }
    }
    p->restore();
    p->setPen(m_colors.grid);
    p->drawLine(l.names.right(), 0, l.names.right(), l.overview.bottom());
}

QImage TimelinePainter::overviewImage(const TimelineFrame &f) const
{
    const QRect &r = f.layout.overview;
    QImage image(r.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    p.translate(-r.topLeft());
    paintOverviewContent(&p, f);
    return image;
}

void TimelinePainter::paintOverviewContent(QPainter *p, const TimelineFrame &f) const
{
    const QRect &r = f.layout.overview;
    p->fillRect(r, m_colors.base);
    const TimeMapping whole(m_document.content(), r.width());
    paintBeforeStart(p, r, whole);
    const int inner = std::max(r.height() - 4, 1);
    const int count = int(f.rows.size());
    if (count == 0)
        return;
    const double band = double(inner) / count;
    for (int i = 0; i < count; ++i) {
        const int top = r.top() + 2 + int(std::floor(i * band));
        const int bottom = r.top() + 2 + std::max(int(std::floor((i + 1) * band)), int(std::floor(i * band)) + 1);
        paintBars(p, f.rows[size_t(i)], top, bottom - top, whole, r.left(), f.everySegment);
    }
}

void TimelinePainter::paintOverview(QPainter *p, const TimelineFrame &f) const
{
    const QRect &r = f.layout.overview;
    if (f.overview && f.overview->size() == r.size())
        p->drawImage(r.topLeft(), *f.overview);
    else
        paintOverviewContent(p, f);
    // The visible window: the rest of the meeting dimmed, the window framed.
    const TimeMapping whole(m_document.content(), r.width());
    const TimeRange visible = f.mapping.visible();
    const int x0 = std::clamp(int(std::floor(whole.x(visible.start))), 0, r.width() - 1);
    const int x1 = std::clamp(int(std::ceil(whole.x(visible.end))), x0 + 1, r.width());
    QColor dim = m_colors.window;
    dim.setAlpha(150);
    p->fillRect(QRect(r.left(), r.top(), x0, r.height()), dim);
    p->fillRect(QRect(r.left() + x1, r.top(), r.width() - x1, r.height()), dim);
    p->setPen(QPen(m_colors.visibleWindow, 2));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRect(r.left() + x0, r.top() + 1, std::max(x1 - x0 - 1, 1), r.height() - 2));
}
