#pragma once

#include "domain/artifact.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

// How a status code looks: a colour, an icon and its text, never colour alone. Colours derive from
// the palette so both light and dark themes read well; unknown codes get a neutral chip.
struct StatusStyle
{
    QColor background; // the chip
    QColor foreground; // text on the chip
    QColor accent; // the icon and the chip's border
    QIcon icon;
    QString label; // the raw code for unknown statuses
};

class QFontMetrics;
class QPainter;
class QRect;
class QSize;

namespace StatusColors {

StatusStyle style(StatusKind kind, const QString &rawCode, const QPalette &palette);
bool isDark(const QPalette &palette);
// The base colour of an input whose content is invalid: the palette's own base pulled toward red,
// so text stays readable in light and dark themes alike.
QColor invalidBase(const QPalette &palette);
// The colour of secondary text in a cell (a null or empty value, shown in italics beside real data):
// 70 % Text, 30 % Base, so it reads as quieter than the data in light and dark themes alike.
QColor secondaryText(const QPalette &palette);
// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

// The chip every status is drawn as, in the list and in the detail pane alike.
QSize chipSize(const StatusStyle &style, const QFontMetrics &metrics);
void paintChip(QPainter *painter, const QRect &rect, const StatusStyle &style, const QFontMetrics &metrics);

} // namespace StatusColors
