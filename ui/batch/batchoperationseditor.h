#pragma once

#include "batch/batchoperation.h"

#include <QList>
#include <QWidget>

class BatchOperationRow;
class QAction;
class QLabel;
class QScrollArea;
class QStringListModel;
class QToolButton;
class QVBoxLayout;

// The operations of a batch edit, in order: a row of fields each (BatchOperationRow), with Add,
// Remove, Move up and Move down acting on the row that has the focus. Keyboard first: Insert adds a
// row, Alt+Delete removes the current one, Alt+Up and Alt+Down move it. Every row's problem shows on
// it as it is typed, and the list's first problem (BatchOps::firstProblem) in a line below, as the
// metadata editor shows why a map cannot be saved.
class BatchOperationsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BatchOperationsEditor(QWidget *parent = nullptr);

    QList<BatchOperation> operations() const;
    // Starts over from these (one empty Set row for none).
    void setOperations(const QList<BatchOperation> &operations);
    // Completions for the key fields: the keys the artifacts in scope have.
    void setKeySuggestions(const QStringList &keys);
    QStringList keySuggestions() const;
    // BatchOps::firstProblem of the operations; empty when they can run.
    QString firstProblem() const { return m_firstProblem; }
    // Turns editing off (while a batch runs from these operations).
    void setReadOnly(bool readOnly);

    int rowCount() const { return int(m_rows.size()); }
    BatchOperationRow *row(int index) const { return m_rows.value(index); }
    int currentRow() const { return m_current; }
    void setCurrentRow(int index);
    QLabel *problemLabel() const { return m_hint; }
    QAction *addRowAction() const { return m_addAction; }
    QAction *removeRowAction() const { return m_removeAction; }
    QAction *moveUpAction() const { return m_upAction; }
    QAction *moveDownAction() const { return m_downAction; }
    // The last widget of the editor's Tab chain, to chain what follows.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    // Any field of any row changed, or rows were added, removed or moved.
    void changed();

private:
    BatchOperationRow *insertRow(int index, const BatchOperation &operation);
    void addRow();
    void removeCurrent();
    void moveCurrent(int by);
    void renumber();
    void validate();
    void updateActions();
    QToolButton *toolButton(QAction *action, const QString &objectName);

    QList<BatchOperationRow *> m_rows;
    QStringListModel *m_keys = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QList<QToolButton *> m_buttons;
    QString m_firstProblem;
    int m_current = 0;
    bool m_readOnly = false;
};
