#pragma once

#include "domain/artifact.h"
#include "edit/metadatatext.h"

#include <QWidget>

class MetadataEditDelegate;
class MetadataEditModel;
class MetadataTextEdit;
class QAction;
class QDialog;
class QLabel;
class QTableView;
class QToolButton;
class QVBoxLayout;

// One metadata map being edited: a key/value table (MetadataEditModel, each row's state in words and a
// badge) or the same map as `key: value` text, with Add, Remove, Restore, Revert all, Undo and Redo as
// actions the main window also puts in its Edit menu. Keyboard first: F2 or Enter edits a cell, Insert
// adds a row and starts on its key, Delete removes the current row. Problems are shown as they are
// typed (on the row, and in a line below with a character counter near the API's limit), and Save is
// enabled only when the map can be sent, its tooltip saying why not. Saving itself is not done here:
// saveRequested() goes to whoever owns the save flow.
class MetadataEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataEditor(QWidget *parent = nullptr);
    ~MetadataEditor() override;

    MetadataEditModel *model() const { return m_model; }
    // Starts over from this map (no undo history, table mode kept).
    void setMetadata(const Metadata &base);
    // Whether the map may be edited at all; reason says why not (shown in place of the buttons' use).
    void setEditable(bool editable, const QString &reason = {});
    bool isEditable() const { return m_editable; }
    // While a save is under way the map is frozen: what is sent is what is shown.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    bool isTextMode() const;
    // False (and the mode kept) when leaving text mode while lines cannot be read.
    bool setTextMode(bool text);
    // Typing the model does not hold yet: a cell editor is open, or text mode shows text that is not
    // (or cannot be) read into the map. Starting over from another map would drop it.
    bool hasPendingInput() const;
    // Takes what is typed but not yet in the model (an open cell, text-mode text that reads) into it.
    void commitPendingInput();
    // Empty when Save can go ahead; otherwise one sentence saying why not.
    QString saveBlockedReason() const;
    // The server's field messages (a 400), shown on their rows.
    void setServerMessages(const QMap<QString, QString> &messages);

    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *restoreAction() const { return m_restore; }
    QAction *revertAllAction() const { return m_revertAll; }
    QAction *textModeAction() const { return m_textMode; }
    QAction *editWholeValueAction() const { return m_editWhole; }
    // Opens the current row's value in a larger editor (multi-line); nullptr without an editable row.
    QDialog *editWholeValue();
    QTableView *table() const { return m_table; }
    MetadataTextEdit *textEdit() const { return m_text; }
    QLabel *hintLabel() const { return m_hint; }
    // Puts a widget (the save's outcome) between the map and the status line.
    void addStatusWidget(QWidget *widget);
    // Tab walks the table (or text), then the buttons; this is the last, to chain what follows.
    QWidget *lastInTabOrder() const;

Q_SIGNALS:
    void saveRequested();
    // A cell went to the clipboard; what: a short phrase naming it ("value of ticket").
    void copied(const QString &what);
    // The edited map changed (any step, undo and redo included): time to write the draft.
    void edited();

private:
    QToolButton *toolButton(QAction *action, const QString &objectName);
    void addRow();
    void removeCurrent();
    void restoreCurrent();
    void copyCurrent();
    void updateActions();
    void showTyping(int column, bool json, const QString &text);
    void showSummary();
    void showPage(QWidget *page);
    int currentRow() const;

    MetadataEditModel *m_model = nullptr;
    MetadataEditDelegate *m_delegate = nullptr;
    QTableView *m_table = nullptr;
    MetadataTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_readOnly = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QToolButton *m_saveButton = nullptr;
    QAction *m_save = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_revertAll = nullptr;
    QAction *m_textMode = nullptr;
    QAction *m_editWhole = nullptr;
    QList<MetadataText::LineError> m_textErrors;
    bool m_editable = false;
    bool m_busy = false;
    bool m_typing = false;
    QString m_readOnlyReason;
};
