#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6); // compact: many rows
    const auto nativeText = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
    // Keys that act only where the focus is, so no action carries them.
    QList<std::pair<QString, QString>> rows {
        {tr("Apply the filters (in a filter field)"), nativeText(Qt::Key_Return)},
        {tr("Clear the quick filter (in it)"), nativeText(Qt::Key_Escape)},
        {tr("Cancel loading all"), nativeText(Qt::Key_Escape)},
        {tr("Timeline: zoom in, zoom out (also Ctrl+wheel)"), u"W, S"_s},
        {tr("Timeline: move earlier, later (also drag, Shift+wheel)"), u"A, D"_s},
        {tr("Timeline: show the whole meeting"), u"0, "_s + nativeText(Qt::Key_Home)},
        {tr("Timeline: zoom to a range"), tr("Shift+drag")},
        {tr("Timeline: next, previous segment of the row"),
            nativeText(Qt::Key_Right) + u", "_s + nativeText(Qt::Key_Left)},
        {tr("Timeline: row above, below"), nativeText(Qt::Key_Up) + u", "_s + nativeText(Qt::Key_Down)},
    };
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->shortcut().isEmpty())
            rows.append({action->text().remove(u'&'), nativeText(action->shortcut())});
    }
    for (const auto &[what, key] : std::as_const(rows)) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(key));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    // Every row visible without scrolling, on any font size (within the screen).
    const int tableHeight
        = table->horizontalHeader()->height() + table->verticalHeader()->length() + 2 * table->frameWidth();
    const int tableWidth = table->horizontalHeader()->length() + 2 * table->frameWidth() + 24;
    table->setMinimumSize(std::min(tableWidth, 900), std::min(tableHeight, 700));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    adjustSize();
}
