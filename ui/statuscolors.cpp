#include "statuscolors.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int hueOf(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Done:
        return 135;
    case StatusKind::Processing:
        return 212;
    case StatusKind::Failed:
        return 2;
    case StatusKind::Deleted:
    case StatusKind::Unknown:
        break;
    }
    return -1; // achromatic
}

QIcon paintIcon(StatusKind kind, const QColor &accent)
{
    // Views ask for a style per painted cell; the icons only change with the palette.
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(static_cast<int>(kind)) << 32) | accent.rgba();
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(accent, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        switch (kind) {
        case StatusKind::Done: {
            QPainterPath tick;
            tick.moveTo(s * 0.2, s * 0.55);
            tick.lineTo(s * 0.42, s * 0.76);
            tick.lineTo(s * 0.8, s * 0.28);
            p.drawPath(tick);
            break;
        }
        case StatusKind::Processing:
            p.drawArc(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64), 90 * 16, -270 * 16);
            p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.3));
            p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.64, s * 0.6));
            break;
        case StatusKind::Failed:
            p.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75));
            p.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75));
            break;
        case StatusKind::Deleted:
            p.drawRect(QRectF(s * 0.3, s * 0.32, s * 0.4, s * 0.48));
            p.drawLine(QPointF(s * 0.2, s * 0.25), QPointF(s * 0.8, s * 0.25));
            break;
        case StatusKind::Unknown:
            p.drawEllipse(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6));
            p.drawPoint(QPointF(s * 0.5, s * 0.5));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

namespace StatusColors {

namespace {
constexpr int chipPadding = 6;
constexpr int chipIconSize = 16;
// Text measured in integers can come out a pixel short of what drawText needs.
constexpr int textSlack = 4;

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QColor invalidBase(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() * 0.7 + 0.3, base.greenF() * 0.7, base.blueF() * 0.7);
}

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](float a, float b) { return a * 0.7f + b * 0.3f; };
    return QColor::fromRgbF(
        mix(text.redF(), base.redF()), mix(text.greenF(), base.greenF()), mix(text.blueF(), base.blueF()));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QSize chipSize(const StatusStyle &style, const QFontMetrics &metrics)
{
    return {chipPadding * 3 + chipIconSize + metrics.horizontalAdvance(style.label) + textSlack,
        std::max(metrics.height(), chipIconSize) + 8};
}

void paintChip(QPainter *painter, const QRect &rect, const StatusStyle &style, const QFontMetrics &metrics)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF chip = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(style.accent, 1));
    painter->setBrush(style.background);
    painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    style.icon.paint(painter,
        QRect(rect.left() + chipPadding, rect.center().y() - chipIconSize / 2 + 1, chipIconSize, chipIconSize));
    painter->setPen(style.foreground);
    const QRect textRect = rect.adjusted(chipPadding * 2 + chipIconSize, 0, -chipPadding, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(style.label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

StatusStyle style(StatusKind kind, const QString &rawCode, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const int hue = hueOf(kind);
    StatusStyle out;
    if (hue >= 0) {
        out.background = QColor::fromHsl(hue, dark ? 90 : 150, dark ? 62 : 222);
        out.accent = QColor::fromHsl(hue, dark ? 160 : 200, dark ? 150 : 78);
    } else {
        // Achromatic chips borrow the palette's own greys.
        const QColor mid = palette.color(QPalette::Mid);
        out.background
            = kind == StatusKind::Deleted ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Button);
        out.accent = dark ? mid.lighter(160) : mid.darker(140);
    }
    // The palette's text colour unless a theme pairs it badly with the chip (dark base, black text).
    out.foreground = palette.color(QPalette::Text);
    if (contrast(out.foreground, out.background) < 4.5)
        out.foreground = contrast(Qt::black, out.background) >= contrast(Qt::white, out.background) ? QColor(Qt::black)
                                                                                                    : QColor(Qt::white);
    out.icon = paintIcon(kind, out.accent);
    out.label = rawCode.isEmpty() ? QObject::tr("(none)") : rawCode;
    return out;
}

} // namespace StatusColors
