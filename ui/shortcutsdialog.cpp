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
        {tr("Timeline: choose a range for the statistics"), tr("Drag on the axis")},
    };
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        // One row per thing and key, however many actions carry it (Undo has one per undo stack).
        const std::pair<QString, QString> row {action->text().remove(u'&'), nativeText(action->shortcut())};
        if (!action->shortcut().isEmpty() && !rows.contains(row))
            rows.append(row);
    }
    std::sort(
        rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    // Every row in sight without scrolling: as many tables side by side as the height needs.
    auto *tables = new QHBoxLayout;
    const auto makeTable = [this] {
        auto *table = new QTableWidget(this);
        table->setAccessibleName(tr("Keyboard shortcuts"));
        table->setToolTip(tr("Every keyboard shortcut of the window"));
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6); // compact
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        return table;
    };
    constexpr int maxTableHeight = 640;
    const int rowHeight = fontMetrics().height() + 6;
    const auto perTable = qsizetype(std::max(8, (maxTableHeight - 2 * rowHeight) / rowHeight));
    for (qsizetype first = 0; first < rows.size(); first += perTable) {
        QTableWidget *table = makeTable();
        for (const auto &[what, key] : rows.mid(first, perTable)) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(what));
            table->setItem(row, 1, new QTableWidgetItem(key));
        }
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
        const int tableHeight
            = table->horizontalHeader()->height() + table->verticalHeader()->length() + 2 * table->frameWidth();
        const int tableWidth = table->horizontalHeader()->length() + 2 * table->frameWidth() + 24;
        table->setMinimumSize(std::min(tableWidth, 700), tableHeight);
        tables->addWidget(table, 0, Qt::AlignTop);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tables);
    layout->addWidget(buttons);
    adjustSize();
}
