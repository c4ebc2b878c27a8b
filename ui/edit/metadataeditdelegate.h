#pragma once

#include <QStyledItemDelegate>

// How MetadataEditModel's cells look and are edited. The State column gets a badge (a symbol in a
// circle) beside its words, so a row's state never rests on colour alone; a row with a problem gets a
// warning badge. Values are edited in a line edit that reports what is typed (typing()), so the editor
// can count characters against the API's limit and check JSON values before they are committed; a
// JSON value that does not parse is not committed (the editor stays open, tinted, with the reason).
class MetadataEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Why text cannot be a JSON value, or empty when it can (for values the model keeps as JSON).
    static QString jsonProblem(const QString &text);

Q_SIGNALS:
    // While a cell is edited: its text so far (column: MetadataEditModel::Columns); typingEnded() after.
    void typing(int column, bool json, const QString &text);
    void typingEnded();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;
};
