#include "metadataeditdelegate.h"

#include "domain/metadatajson.h"
#include "edit/metadataeditmodel.h"
#include "statuscolors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

using State = MetadataEditModel::RowState;

constexpr const char *jsonProperty = "piJsonValue";

struct Badge
{
    QString glyph;
    QColor colour;
};

// Hues that stay apart from each other and from the status colours; pulled toward the text colour in
// dark themes so the white glyph keeps its contrast either way.
Badge badgeFor(State state, bool problem, const QPalette &palette)
{
    const bool dark = StatusColors::isDark(palette);
    const auto tone = [dark](const QColor &c) { return dark ? c.lighter(115) : c; };
    if (problem)
        return {u"!"_s, tone(QColor(0xb0, 0x2a, 0x1f))};
    switch (state) {
    case State::Unchanged:
        return {};
    case State::Added:
        return {u"+"_s, tone(QColor(0x1f, 0x7a, 0x3a))};
    case State::Changed:
        return {u"\u2022"_s, tone(QColor(0x1d, 0x5f, 0xa8))};
    case State::Renamed:
        return {u"\u2192"_s, tone(QColor(0x6b, 0x3f, 0xa0))};
    case State::Removed:
        return {u"\u2212"_s, tone(QColor(0x6e, 0x6e, 0x6e))};
    }
    return {};
}

bool isJsonCell(const QModelIndex &index)
{
    return index.column() == MetadataEditModel::ValueColumn
        && index.data(MetadataEditModel::ValueKindRole).toInt() == static_cast<int>(MetadataValue::Kind::RawJson);
}

} // namespace

void MetadataEditDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != MetadataEditModel::StateColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString words = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = static_cast<State>(index.data(MetadataEditModel::StateRole).toInt());
    const bool problem = !index.data(MetadataEditModel::ProblemRole).toString().isEmpty();
    const Badge badge = badgeFor(state, problem, option.palette);
    QRect text = option.rect.adjusted(4, 0, -4, 0);
    painter->save();
    if (!badge.glyph.isEmpty()) {
        const int size = std::min(option.rect.height() - 6, option.fontMetrics.height() + 2);
        const QRect circle(text.left(), option.rect.center().y() - size / 2, size, size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge.colour);
        painter->drawEllipse(circle);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, badge.glyph);
        text.setLeft(circle.right() + 5);
    }
    const bool selected = option.state & QStyle::State_Selected;
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        text, Qt::AlignVCenter | Qt::AlignLeft, option.fontMetrics.elidedText(words, Qt::ElideRight, text.width()));
    painter->restore();
}

void MetadataEditDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != MetadataEditModel::ValueColumn)
        return;
    // JSON is monospace so that 42 never passes for the text "42"; null and "" read as secondary
    // (italic, a colour between Text and Base), styled from the view's palette at paint time.
    const auto kind = static_cast<MetadataValue::Kind>(index.data(MetadataEditModel::ValueKindRole).toInt());
    if (kind == MetadataValue::Kind::RawJson) {
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    } else if (kind == MetadataValue::Kind::Null || index.data(Qt::EditRole).toString().isEmpty()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, StatusColors::secondaryText(option->palette));
    } else {
        return;
    }
    option->fontMetrics = QFontMetrics(option->font);
}

QSize MetadataEditDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == MetadataEditModel::StateColumn)
        size.rwidth() += option.fontMetrics.height() + 12;
    return size;
}

QWidget *MetadataEditDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    const int column = index.column();
    const bool json = isJsonCell(index);
    const QString what = column == MetadataEditModel::KeyColumn ? tr("Key") : json ? tr("Value (JSON)") : tr("Value");
    line->setObjectName(u"metadataCellEditor"_s);
    line->setAccessibleName(what);
    // Like every field of the editor, the cell editor says what it is and which keys it takes.
    QString tip = tr("The value; Enter keeps it, Esc cancels, Shift+F2 edits it in a larger box");
    if (json)
        tip = tr("A JSON value: a number, true, false, a list or an object; \"quoted\" makes it text");
    else if (column == MetadataEditModel::KeyColumn)
        tip = tr("The key; Enter keeps it, Tab goes on to the value, Esc cancels");
    line->setToolTip(tip);
    line->setProperty(jsonProperty, json);
    if (json)
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(line, &QLineEdit::textChanged, this, [this, line, column, json](const QString &text) {
        QPalette palette = line->parentWidget() ? line->parentWidget()->palette() : line->palette();
        if (json && !jsonProblem(text).isEmpty())
            palette.setColor(QPalette::Base, StatusColors::invalidBase(palette));
        line->setPalette(palette);
        Q_EMIT const_cast<MetadataEditDelegate *>(this)->typing(column, json, text);
    });
    connect(
        line, &QObject::destroyed, this, [this] { Q_EMIT const_cast<MetadataEditDelegate *>(this)->typingEnded(); });
    return editor;
}

void MetadataEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        Q_EMIT const_cast<MetadataEditDelegate *>(this)->typing(index.column(), isJsonCell(index), line->text());
}

void MetadataEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The model refuses what it cannot take (a JSON value that does not parse); nothing is lost,
    // because eventFilter keeps such an editor open.
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool MetadataEditDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter on a JSON value that does not parse keeps the editor open instead of dropping the text.
    if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        auto *line = qobject_cast<QLineEdit *>(object);
        if (line && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab)
            && line->property(jsonProperty).toBool() && !jsonProblem(line->text()).isEmpty()) {
            QApplication::beep();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QString MetadataEditDelegate::jsonProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Type a JSON value, such as 42, true, [1, 2] or \"text\".");
    if (!MetadataJson::isJsonValue(text.trimmed().toUtf8()))
        return tr("This is not one JSON value.");
    return {};
}
