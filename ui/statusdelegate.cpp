#include "statusdelegate.h"

#include "models/artifactlistmodel.h"
#include "statuscolors.h"

#include <QApplication>
#include <QPainter>

namespace {
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
    const QSize size = StatusColors::chipSize(s, option.fontMetrics);
    const QRect chip = QRect(option.rect.left() + 3, option.rect.top() + 2, size.width(), option.rect.height() - 4)
                           .intersected(option.rect.adjusted(2, 0, -2, 0));
    StatusColors::paintChip(painter, chip, s, option.fontMetrics);
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize chip = StatusColors::chipSize(styleFor(index, option.palette), option.fontMetrics);
    return {chip.width() + 8, std::max(QStyledItemDelegate::sizeHint(option, index).height(), chip.height())};
}
