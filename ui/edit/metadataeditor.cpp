#include "metadataeditor.h"

#include "edit/metadataeditmodel.h"
#include "metadataeditdelegate.h"
#include "metadatatextedit.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxVisibleRows = 10; // longer maps scroll inside the table
constexpr qsizetype counterFrom = 450; // the character counter appears this close to the limit
constexpr int textMergeId = 1; // text-mode typing folds into one undo step per pause

// Enter starts editing the current cell (F2 does too, as everywhere in Qt); while a cell is being
// edited, Enter commits it as usual. Ctrl+C copies the cell as stored (newlines included).
class EditTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> copy;
    bool isEditing() const { return state() == EditingState; }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event == QKeySequence::Copy && state() != EditingState) {
            copy();
            event->accept();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState
            && currentIndex().isValid() && (currentIndex().flags() & Qt::ItemIsEditable)
            && editTriggers() != NoEditTriggers) {
            edit(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

// The widest of the state words as translated, so that no language's word is cut off.
int stateWordWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const char *word : {"added", "changed", "renamed", "removed"})
        widest = std::max(widest, metrics.horizontalAdvance(MetadataEditModel::tr(word)));
    return widest;
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().isEmpty() ? QString()
                                        : u" ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')';
}

} // namespace

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new MetadataEditModel(this))
    , m_delegate(new MetadataEditDelegate(this))
    , m_table(new EditTable(this))
    , m_text(new MetadataTextEdit(this))
    , m_hint(new QLabel(this))
    , m_readOnly(new QLabel(this))
{
    const auto makeAction = [this](const QString &text, const QKeySequence &key, const QString &tip,
                                Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(context);
        action->setToolTip(tip + shortcutText(action));
        QWidget::addAction(action);
        return action;
    };
    m_add = makeAction(tr("&Add key"), QKeySequence(Qt::Key_Insert), tr("Add a key and start typing its name"));
    m_remove = makeAction(tr("&Remove key"), QKeySequence(Qt::Key_Delete),
        tr("Mark the current key removed; it stays visible, struck through, until you save or restore it"));
    m_restore = makeAction(tr("Re&store key"), QKeySequence(), tr("Bring back the removed key in the current row"));
    m_revertAll = makeAction(tr("Re&vert all"), QKeySequence(),
        tr("Undo every change since the map was loaded, as one step that can itself be undone"));
    m_textMode = makeAction(tr("Edit as &text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
        tr("Switch between the table and the same map as key: value lines"));
    m_textMode->setCheckable(true);
    m_editWhole = makeAction(tr("Edit &whole value\u2026"), QKeySequence(Qt::SHIFT | Qt::Key_F2),
        tr("Edit the current value in a larger box, where Enter starts a new line"));
    m_save = makeAction(tr("&Save metadata\u2026"), QKeySequence::Save, QString(), Qt::WindowShortcut);
    m_undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WindowShortcut);
        QWidget::addAction(action);
    }

    m_table->setObjectName(u"metadataTable"_s);
    m_table->setAccessibleName(tr("Artifact metadata"));
    m_table->setToolTip(tr("F2 or Enter edits a cell, Shift+F2 the whole value; Insert adds a key, Delete removes "
                           "one; Ctrl+C copies a cell; Ctrl+Z undoes"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 4);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the value column elides instead
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->moveSection(MetadataEditModel::StateColumn, 0);
    m_table->horizontalHeader()->setSectionResizeMode(MetadataEditModel::StateColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MetadataEditModel::KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The state's badge and a short word (longer ones elide, the tooltip has them whole); the value
    // takes the rest, so that the narrowest pane never scrolls sideways.
    m_table->setColumnWidth(
        MetadataEditModel::StateColumn, fontMetrics().height() + 24 + stateWordWidth(fontMetrics()));
    m_table->setColumnWidth(MetadataEditModel::KeyColumn, fontMetrics().averageCharWidth() * 14);
    static_cast<EditTable *>(m_table)->copy = [this] { copyCurrent(); };
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions({m_add, m_remove, m_restore});
        menu.addSeparator();
        menu.addAction(m_editWhole);
        QAction *copy = menu.addAction(tr("&Copy"));
        copy->setShortcut(QKeySequence::Copy);
        copy->setEnabled(currentRow() >= 0);
        connect(copy, &QAction::triggered, this, &MetadataEditor::copyCurrent);
        QAction *toNull = menu.addAction(tr("Set value to &null"));
        toNull->setEnabled(m_editable && !m_busy && currentRow() >= 0
            && m_model->state(currentRow()) != MetadataEditModel::RowState::Removed);
        connect(toNull, &QAction::triggered, this, [this] { m_model->setValue(currentRow(), MetadataValue()); });
        menu.addSeparator();
        menu.addActions({m_revertAll, m_undo, m_redo});
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    showPage(m_table);

    m_hint->setObjectName(u"metadataEditHint"_s);
    m_hint->setAccessibleName(tr("Metadata editor status"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_readOnly->setObjectName(u"metadataReadOnlyLabel"_s);
    m_readOnly->setAccessibleName(tr("Why the metadata is read-only"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();

    auto *rowTools = new QHBoxLayout;
    rowTools->setSpacing(2);
    rowTools->addWidget(toolButton(m_add, u"addKeyButton"_s));
    rowTools->addWidget(toolButton(m_remove, u"removeKeyButton"_s));
    rowTools->addWidget(toolButton(m_restore, u"restoreKeyButton"_s));
    rowTools->addWidget(toolButton(m_revertAll, u"revertAllButton"_s));
    rowTools->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(toolButton(m_textMode, u"textModeButton"_s));
    bottom->addStretch(1);
    m_saveButton = toolButton(m_save, u"saveMetadataButton"_s);
    m_saveButton->setText(tr("Save\u2026"));
    bottom->addWidget(m_saveButton);

    auto *layout = m_layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnly);
    layout->addLayout(rowTools);
    layout->addWidget(m_table);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    layout->addLayout(bottom);

    const QList<QWidget *> order {m_table, m_text->editor(), findChild<QToolButton *>(u"addKeyButton"_s),
        findChild<QToolButton *>(u"removeKeyButton"_s), findChild<QToolButton *>(u"restoreKeyButton"_s),
        findChild<QToolButton *>(u"revertAllButton"_s), findChild<QToolButton *>(u"textModeButton"_s), m_saveButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    connect(m_add, &QAction::triggered, this, &MetadataEditor::addRow);
    connect(m_remove, &QAction::triggered, this, &MetadataEditor::removeCurrent);
    connect(m_restore, &QAction::triggered, this, &MetadataEditor::restoreCurrent);
    connect(m_editWhole, &QAction::triggered, this, &MetadataEditor::editWholeValue);
    connect(m_revertAll, &QAction::triggered, m_model, &MetadataEditModel::revertAll);
    connect(m_textMode, &QAction::toggled, this, [this](bool text) {
        if (!setTextMode(text)) {
            const QSignalBlocker blocker(m_textMode);
            m_textMode->setChecked(true);
        }
    });
    connect(m_save, &QAction::triggered, this, [this] {
        if (saveBlockedReason().isEmpty())
            Q_EMIT saveRequested();
    });
    connect(m_delegate, &MetadataEditDelegate::typing, this, &MetadataEditor::showTyping);
    connect(m_delegate, &MetadataEditDelegate::typingEnded, this, [this] {
        m_typing = false;
        showSummary();
    });
    connect(m_text, &MetadataTextEdit::textEdited, this,
        [this](const Metadata &map) { m_model->setEdited(map, tr("Edit as text"), textMergeId); });
    connect(m_text, &MetadataTextEdit::errorsChanged, this, [this](const QList<MetadataText::LineError> &errors) {
        m_textErrors = errors;
        updateActions();
    });

    const auto changed = [this] {
        // The table grows with its rows up to a point, then scrolls: the pane around it scrolls too.
        const int rows = std::clamp(m_model->rowCount(), 1, maxVisibleRows);
        m_table->setFixedHeight(2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height()
            + rows * m_table->verticalHeader()->defaultSectionSize());
        if (isTextMode() && !m_text->editor()->hasFocus())
            m_text->setMetadata(m_model->edited());
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, [this] { Q_EMIT edited(); });
    // The stack enables its own actions; updateActions runs after it and keeps them off while frozen.
    connect(m_model->undoStack(), &QUndoStack::canUndoChanged, this, &MetadataEditor::updateActions);
    connect(m_model->undoStack(), &QUndoStack::canRedoChanged, this, &MetadataEditor::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MetadataEditor::updateActions);
    setEditable(false);
}

MetadataEditor::~MetadataEditor()
{
    // The model is a child and goes after this destructor: its undo stack, cleared then, must not call
    // back into an editor that is no longer one.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
}

QToolButton *MetadataEditor::toolButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    // The action's text carries a mnemonic and an ellipsis for menus; the button shows it plain.
    QString plain = action->text();
    plain.remove(u'&');
    button->setText(plain.remove(u'\u2026'));
    button->setAccessibleName(plain);
    connect(action, &QAction::changed, button, [button, action] { button->setToolTip(action->toolTip()); });
    return button;
}

void MetadataEditor::addStatusWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_hint), widget);
}

void MetadataEditor::showPage(QWidget *page)
{
    // One of the two shows; a hidden one takes no room, so the editor is as tall as what it shows.
    m_table->setVisible(page == m_table);
    m_text->setVisible(page == m_text);
    m_text->setMinimumHeight(fontMetrics().height() * 12);
}

QWidget *MetadataEditor::lastInTabOrder() const
{
    return m_saveButton;
}

void MetadataEditor::setMetadata(const Metadata &base)
{
    m_model->setBase(base);
    if (isTextMode())
        m_text->setMetadata(base);
    m_textErrors.clear();
    updateActions();
}

void MetadataEditor::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    m_readOnlyReason = editable ? QString() : reason;
    m_readOnly->setText(m_readOnlyReason);
    m_readOnly->setVisible(!m_readOnlyReason.isEmpty());
    updateActions();
}

void MetadataEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

bool MetadataEditor::isTextMode() const
{
    return !m_text->isHidden();
}

bool MetadataEditor::setTextMode(bool text)
{
    if (text == isTextMode())
        return true;
    if (text) {
        m_text->setMetadata(m_model->edited());
        showPage(m_text);
        m_text->editor()->setFocus(Qt::OtherFocusReason);
    } else {
        const MetadataText::Parsed parsed = m_text->parsed();
        if (!parsed.ok()) {
            m_textErrors = parsed.errors;
            m_text->goToLine(parsed.errors.constFirst().line);
            updateActions();
            return false;
        }
        m_model->setEdited(parsed.metadata, tr("Edit as text"), textMergeId);
        showPage(m_table);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    const QSignalBlocker blocker(m_textMode);
    m_textMode->setChecked(text);
    updateActions();
    return true;
}

void MetadataEditor::commitPendingInput()
{
    if (static_cast<const EditTable *>(m_table)->isEditing()) {
        const auto lines = m_table->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *line : lines) {
            Q_EMIT m_delegate->commitData(line);
            Q_EMIT m_delegate->closeEditor(line, QAbstractItemDelegate::NoHint);
        }
    }
    if (isTextMode()) {
        const MetadataText::Parsed parsed = m_text->parsed();
        if (parsed.ok() && parsed.metadata != m_model->edited())
            m_model->setEdited(parsed.metadata, tr("Edit as text"), textMergeId);
    }
}

bool MetadataEditor::hasPendingInput() const
{
    if (static_cast<const EditTable *>(m_table)->isEditing())
        return true;
    if (!isTextMode())
        return false;
    const MetadataText::Parsed parsed = m_text->parsed();
    return !parsed.ok() || parsed.metadata != m_model->edited();
}

QString MetadataEditor::saveBlockedReason() const
{
    if (!m_editable)
        return m_readOnlyReason.isEmpty() ? tr("There is no metadata to edit.") : m_readOnlyReason;
    if (m_busy)
        return tr("A save is under way.");
    if (isTextMode() && !m_textErrors.isEmpty())
        return tr("Line %1 of the text cannot be read.").arg(m_textErrors.constFirst().line);
    if (const QString problem = m_model->firstProblem(); !problem.isEmpty())
        return problem;
    if (!m_model->isModified())
        return tr("Nothing to save: the map is as loaded.");
    return {};
}

void MetadataEditor::setServerMessages(const QMap<QString, QString> &messages)
{
    m_model->setServerMessages(messages);
}

int MetadataEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MetadataEditor::addRow()
{
    if (!m_editable || m_busy)
        return;
    if (isTextMode() && !setTextMode(false))
        return;
    const int row = m_model->addRow();
    const QModelIndex key = m_model->index(row, MetadataEditModel::KeyColumn);
    m_table->setCurrentIndex(key);
    m_table->scrollTo(key);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(key);
}

void MetadataEditor::removeCurrent()
{
    const int row = currentRow();
    if (!m_editable || m_busy || row < 0 || isTextMode())
        return;
    const int column = m_table->currentIndex().column();
    m_model->removeRow(row);
    // An added row is gone; the focus stays on the row now in its place.
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, rows - 1), column));
}

void MetadataEditor::restoreCurrent()
{
    if (m_editable && !m_busy && !isTextMode())
        m_model->restoreRow(currentRow());
}

void MetadataEditor::copyCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.column() == MetadataEditModel::StateColumn)
        return;
    const bool isNull = current.column() == MetadataEditModel::ValueColumn
        && current.data(MetadataEditModel::ValueKindRole).toInt() == static_cast<int>(MetadataValue::Kind::Null);
    QGuiApplication::clipboard()->setText(isNull ? u"null"_s : current.data(Qt::EditRole).toString());
    const QString key = current.siblingAtColumn(MetadataEditModel::KeyColumn).data(Qt::EditRole).toString();
    Q_EMIT copied(
        current.column() == MetadataEditModel::KeyColumn ? tr("key %1").arg(key) : tr("value of %1").arg(key));
}

QDialog *MetadataEditor::editWholeValue()
{
    const int row = currentRow();
    if (row < 0 || !m_editWhole->isEnabled())
        return nullptr;
    const QModelIndex value = m_model->index(row, MetadataEditModel::ValueColumn);
    const bool json
        = value.data(MetadataEditModel::ValueKindRole).toInt() == static_cast<int>(MetadataValue::Kind::RawJson);
    const QString key = m_model->index(row, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString();
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"valueEditor"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Value of %1").arg(key));
    auto *text = new QPlainTextEdit(value.data(Qt::EditRole).toString(), dialog);
    text->setObjectName(u"valueEditorText"_s);
    text->setAccessibleName(tr("Value of %1").arg(key));
    text->setToolTip(json ? tr("A JSON value") : tr("The whole value; Enter starts a new line"));
    text->setTabChangesFocus(true);
    text->setMinimumSize(480, 200);
    if (json)
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *count = new QLabel(dialog);
    count->setObjectName(u"valueEditorCount"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    const auto check = [text, count, buttons, json] {
        if (json) {
            const QString problem = MetadataEditDelegate::jsonProblem(text->toPlainText());
            count->setText(problem);
            buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
            return;
        }
        const qsizetype n = MetadataEditModel::characterCount(text->toPlainText());
        count->setText(tr("%1 / %2 characters").arg(n).arg(MetadataEditModel::maxValueLength));
    };
    connect(text, &QPlainTextEdit::textChanged, dialog, check);
    check();
    // Rows move while the dialog is open when the map starts over (a fresh copy, a restored draft): the
    // value goes to the key the dialog names, wherever its row is now, never to the row at the old index.
    const QPersistentModelIndex opened(value);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, text, count, opened, key] {
        int at = opened.isValid() ? opened.row() : -1;
        if (at < 0 || m_model->index(at, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString() != key) {
            at = -1;
            for (int r = 0; r < m_model->rowCount() && at < 0; ++r) {
                if (m_model->state(r) != MetadataEditModel::RowState::Removed
                    && m_model->index(r, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString() == key)
                    at = r;
            }
        }
        if (at < 0) {
            count->setText(tr("The map no longer has the key %1: copy the value before closing.").arg(key));
            return;
        }
        if (m_editable && !m_busy)
            m_model->setData(m_model->index(at, MetadataEditModel::ValueColumn), text->toPlainText());
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(count);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

void MetadataEditor::updateActions()
{
    const bool canEdit = m_editable && !m_busy;
    const int row = currentRow();
    const bool removed = row >= 0 && m_model->state(row) == MetadataEditModel::RowState::Removed;
    m_add->setEnabled(canEdit);
    m_remove->setEnabled(canEdit && !isTextMode() && row >= 0 && !removed);
    m_restore->setEnabled(canEdit && !isTextMode() && removed);
    m_editWhole->setEnabled(canEdit && !isTextMode() && row >= 0 && !removed);
    m_revertAll->setEnabled(canEdit && m_model->isModified());
    m_textMode->setEnabled(m_editable && !m_busy);
    // The undo stack enables its own actions; a frozen map must not change under a save.
    if (!canEdit) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    } else {
        m_undo->setEnabled(m_model->undoStack()->canUndo());
        m_redo->setEnabled(m_model->undoStack()->canRedo());
    }
    m_table->setEditTriggers(canEdit
            ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
            : QAbstractItemView::NoEditTriggers);
    m_text->setReadOnly(!canEdit);
    const QString blocked = saveBlockedReason();
    m_save->setEnabled(blocked.isEmpty());
    m_save->setToolTip(blocked.isEmpty()
            ? tr("Fetch the live map, merge your changes into it, preview the request and send it")
                + shortcutText(m_save)
            : tr("Cannot save: %1").arg(blocked));
    m_saveButton->setToolTip(m_save->toolTip());
    if (!m_typing)
        showSummary();
}

void MetadataEditor::showTyping(int column, bool json, const QString &text)
{
    m_typing = true;
    m_hint->show();
    if (json) {
        const QString problem = MetadataEditDelegate::jsonProblem(text);
        m_hint->setText(problem.isEmpty() ? tr("A JSON value; Enter keeps it.") : problem);
        return;
    }
    if (column != MetadataEditModel::ValueColumn) {
        showSummary();
        return;
    }
    const qsizetype count = MetadataEditModel::characterCount(text);
    const qsizetype limit = MetadataEditModel::maxValueLength;
    if (count > limit)
        m_hint->setText(tr("%1 / %2 characters: %3 too many").arg(count).arg(limit).arg(count - limit));
    else if (count >= counterFrom)
        m_hint->setText(tr("%1 / %2 characters").arg(count).arg(limit));
    else
        showSummary();
}

void MetadataEditor::showSummary()
{
    QString text;
    if (m_editable) {
        const int problems = m_model->problemCount();
        if (isTextMode() && !m_textErrors.isEmpty())
            text.clear(); // the lines that cannot be read are listed under the text already
        else if (problems > 0)
            text = m_model->firstProblem()
                + (problems > 1 ? u' ' + tr("(%n rows cannot be saved)", nullptr, problems) : QString());
        else if (m_model->isModified())
            text = tr("Unsaved changes. Ctrl+S saves, Ctrl+Z undoes.");
    }
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}
