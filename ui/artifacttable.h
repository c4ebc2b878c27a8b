#pragma once

#include <QTableView>

class EmptyState;

// The artifact list as a table: a status chip column, compact columns sized to fit their titles,
// Tab that leaves the table, copy actions for the full ids behind the short ones (Ctrl+C, Ctrl+Alt+C,
// also in the context menu), a header that offers to load every page before sorting, and the note
// that says why the table is empty. It shows whatever ArtifactListModel-shaped model it is given
// (directly or through a proxy) and reads it only through roles.
class ArtifactTable : public QTableView
{
    Q_OBJECT
public:
    explicit ArtifactTable(QWidget *parent = nullptr);

    // Sets the model and the column widths the model's titles need.
    void setModel(QAbstractItemModel *model) override;
    EmptyState *emptyState() const { return m_emptyState; }
    QAction *loadAllToSortAction() const { return m_loadAllToSort; }

Q_SIGNALS:
    // A full id went to the clipboard: what ("artifact id") and the id, for the status bar.
    void copied(const QString &what, const QString &id);
    void loadAllRequested();

private:
    void addCopyAction(const QString &text, const QKeySequence &key, int column, int role, const QString &what);

    EmptyState *m_emptyState = nullptr;
    QAction *m_loadAllToSort = nullptr;
};
