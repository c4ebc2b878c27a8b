#include "statusdelegate.h"

#include "models/artifactlistmodel.h"
#include "statuscolors.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int chipPadding = 6;
constexpr int iconSize = 16;
// Text measured in integers can come out a pixel short of what drawText needs.
constexpr int textSlack = 4;

StatusStyle styleFor(const QModelIndex &index, const QPalette &palette)
{
    const auto kind = static_cast<StatusKind>(index.data(ArtifactListModel::StatusKindRole).toInt());
    return StatusColors::style(kind, index.data(ArtifactListModel::StatusCodeRole).toString(), palette);
}
} // namespace

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection and focus

    const StatusStyle s = styleFor(index, option.palette);
    const int textWidth = option.fontMetrics.horizontalAdvance(s.label);
    QRect chip(option.rect.left() + 3, option.rect.top() + 2, chipPadding * 3 + iconSize + textWidth + textSlack,
        option.rect.height() - 4);
    chip = chip.intersected(option.rect.adjusted(2, 0, -2, 0));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(s.accent, 1));
    painter->setBrush(s.background);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0, chip.height() / 2.0);
    const QRect iconRect(chip.left() + chipPadding, chip.center().y() - iconSize / 2 + 1, iconSize, iconSize);
    s.icon.paint(painter, iconRect);
    painter->setPen(s.foreground);
    const QRect textRect = chip.adjusted(chipPadding * 2 + iconSize, 0, -chipPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(s.label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const StatusStyle s = styleFor(index, option.palette);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {chipPadding * 3 + iconSize + option.fontMetrics.horizontalAdvance(s.label) + textSlack + 8,
        std::max(base.height(), iconSize + 8)};
}
