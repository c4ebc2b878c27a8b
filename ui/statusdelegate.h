#pragma once

#include <QStyledItemDelegate>

// Paints a status cell as a chip: palette-derived colour, icon and the code's text.
// Reads only ArtifactListModel::StatusKindRole and StatusCodeRole.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
