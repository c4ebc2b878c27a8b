#pragma once

#include <QTableView>

// A key/value map (MetadataTableModel) as a compact read-only table for the detail pane. Ctrl+C copies
// the current cell in full (a value as stored, newlines included, not as the cell shows it); Enter or a
// double click opens the whole value in a read-only viewer with Copy. Both are also in the context menu.
class MapTable : public QTableView
{
    Q_OBJECT
public:
    explicit MapTable(QWidget *parent = nullptr);

    // The full text of a cell: the key, or the value as stored ("null" for a null value).
    static QString fullText(const QModelIndex &index);
    // Opens the viewer for the current row's value; returns it (for tests), nullptr without a row.
    QDialog *showCurrentValue();

protected:
    // QAbstractItemView copies the cell's display text on Ctrl+C; here it is the full text.
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    // Something went to the clipboard; what: a short phrase naming it ("value of ticket").
    void copied(const QString &what);

private:
    QAction *m_copy = nullptr;
};
