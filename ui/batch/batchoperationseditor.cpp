#include "batchoperationseditor.h"

#include "batchoperationrow.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BatchOperationsEditor::BatchOperationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_keys(new QStringListModel(this))
    , m_scroll(new QScrollArea(this))
    , m_rowsWidget(new QWidget(m_scroll))
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_hint(new QLabel(this))
{
    setObjectName(u"batchOperationsEditor"_s);
    const auto makeAction = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        QWidget::addAction(action);
        return action;
    };
    m_addAction = makeAction(tr("&Add operation"), QKeySequence(Qt::Key_Insert), tr("Add an operation at the end"));
    m_removeAction = makeAction(
        tr("&Remove operation"), QKeySequence(Qt::ALT | Qt::Key_Delete), tr("Remove the operation that has the focus"));
    m_upAction = makeAction(
        tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the operation that has the focus up one place"));
    m_downAction = makeAction(tr("Move &down"), QKeySequence(Qt::ALT | Qt::Key_Down),
        tr("Move the operation that has the focus down one place"));
    connect(m_addAction, &QAction::triggered, this, &BatchOperationsEditor::addRow);
    connect(m_removeAction, &QAction::triggered, this, &BatchOperationsEditor::removeCurrent);
    connect(m_upAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_downAction, &QAction::triggered, this, [this] { moveCurrent(1); });

    m_rowsWidget->setObjectName(u"batchOperationRows"_s);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_rowsLayout->addStretch(1);
    m_scroll->setObjectName(u"batchOperationsScroll"_s);
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not to the area around them
    m_scroll->setMinimumHeight(fontMetrics().height() * 9);

    m_hint->setObjectName(u"batchOperationsProblem"_s);
    m_hint->setAccessibleName(tr("Why the operations cannot run"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    // Its place stays while there is nothing to say, so that the buttons below never move under the mouse.
    m_hint->setMinimumHeight(2 * m_hint->fontMetrics().lineSpacing());

    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(toolButton(m_addAction, u"addOperationButton"_s));
    tools->addWidget(toolButton(m_removeAction, u"removeOperationButton"_s));
    tools->addWidget(toolButton(m_upAction, u"moveOperationUpButton"_s));
    tools->addWidget(toolButton(m_downAction, u"moveOperationDownButton"_s));
    tools->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(tools);
    layout->addWidget(m_hint);
    setOperations({});
}

QToolButton *BatchOperationsEditor::toolButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    QString plain = action->text();
    plain.remove(u'&');
    button->setText(plain);
    button->setAccessibleName(plain);
    m_buttons.append(button);
    return button;
}

QList<BatchOperation> BatchOperationsEditor::operations() const
{
    QList<BatchOperation> out;
    out.reserve(m_rows.size());
    for (const BatchOperationRow *row : m_rows)
        out.append(row->operation());
    return out;
}

void BatchOperationsEditor::setOperations(const QList<BatchOperation> &operations)
{
    qDeleteAll(std::exchange(m_rows, {}));
    const QList<BatchOperation> rows = operations.isEmpty() ? QList {BatchOperation()} : operations;
    for (const BatchOperation &operation : rows)
        insertRow(int(m_rows.size()), operation);
    m_current = 0;
    renumber();
    validate();
}

void BatchOperationsEditor::setKeySuggestions(const QStringList &keys)
{
    m_keys->setStringList(keys);
}

QStringList BatchOperationsEditor::keySuggestions() const
{
    return m_keys->stringList();
}

void BatchOperationsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (BatchOperationRow *row : std::as_const(m_rows))
        row->setEnabled(!readOnly);
    updateActions();
}

void BatchOperationsEditor::setCurrentRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_current = index;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setCurrent(i == index);
    m_scroll->ensureWidgetVisible(m_rows.at(index));
    updateActions();
}

QWidget *BatchOperationsEditor::lastInTabOrder() const
{
    return m_buttons.constLast();
}

BatchOperationRow *BatchOperationsEditor::insertRow(int index, const BatchOperation &operation)
{
    auto *row = new BatchOperationRow(m_keys, m_rowsWidget);
    row->setOperation(operation);
    row->setEnabled(!m_readOnly);
    m_rows.insert(index, row);
    m_rowsLayout->insertWidget(index, row);
    row->show(); // at once, not when the layout gets to it: the focus may go there right away
    connect(row, &BatchOperationRow::changed, this, &BatchOperationsEditor::validate);
    connect(row, &BatchOperationRow::entered, this, [this, row] { setCurrentRow(int(m_rows.indexOf(row))); });
    return row;
}

void BatchOperationsEditor::addRow()
{
    if (m_readOnly)
        return;
    BatchOperationRow *row = insertRow(int(m_rows.size()), BatchOperation());
    renumber();
    validate();
    setCurrentRow(int(m_rows.size()) - 1);
    row->kindBox()->setFocus(Qt::OtherFocusReason);
}

void BatchOperationsEditor::removeCurrent()
{
    if (m_readOnly || m_current < 0 || m_current >= m_rows.size())
        return;
    // The field that had the focus goes with its row: the focus moves to the same field of the row
    // now in its place, or to Add when none is left.
    const int field = int(m_rows.at(m_current)->fields().indexOf(focusWidget()));
    delete m_rows.takeAt(m_current);
    renumber();
    validate();
    if (m_rows.isEmpty()) {
        m_buttons.constFirst()->setFocus(Qt::OtherFocusReason);
        return;
    }
    setCurrentRow(std::min(m_current, int(m_rows.size()) - 1));
    m_rows.at(m_current)->fields().value(std::max(field, 0))->setFocus(Qt::OtherFocusReason);
}

void BatchOperationsEditor::moveCurrent(int by)
{
    const int to = m_current + by;
    if (m_readOnly || m_current < 0 || m_current >= m_rows.size() || to < 0 || to >= m_rows.size())
        return;
    QWidget *focus = focusWidget();
    BatchOperationRow *row = m_rows.takeAt(m_current);
    m_rows.insert(to, row);
    m_rowsLayout->removeWidget(row);
    m_rowsLayout->insertWidget(to, row);
    renumber();
    validate();
    setCurrentRow(to);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason); // the focus stays on the field it was in, now moved
}

void BatchOperationsEditor::renumber()
{
    // Numbers and the Tab chain follow the order shown.
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i)->setNumber(int(i) + 1);
        for (QWidget *field : m_rows.at(i)->fields()) {
            if (previous)
                QWidget::setTabOrder(previous, field);
            previous = field;
        }
    }
    for (QToolButton *button : std::as_const(m_buttons)) {
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    updateActions();
}

void BatchOperationsEditor::validate()
{
    const QList<BatchOperation> ops = operations();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setProblem(BatchOps::problem(ops.at(i)));
    m_firstProblem = BatchOps::firstProblem(ops);
    m_hint->setText(m_firstProblem);
    Q_EMIT changed();
}

void BatchOperationsEditor::updateActions()
{
    const bool any = m_current >= 0 && m_current < m_rows.size();
    m_addAction->setEnabled(!m_readOnly);
    m_removeAction->setEnabled(!m_readOnly && any);
    m_upAction->setEnabled(!m_readOnly && any && m_current > 0);
    m_downAction->setEnabled(!m_readOnly && any && m_current + 1 < m_rows.size());
}
