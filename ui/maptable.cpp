#include "maptable.h"

#include "models/metadatatablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MapTable::MapTable(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false); // Tab moves on through the pane; arrows move within the table
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    // Styles size rows for editing; these are read-only and a pane has little height to spare.
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);

    auto *copy = m_copy = new QAction(tr("Copy"), this);
    copy->setObjectName(u"copyCell"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (!current.isValid())
            return;
        QGuiApplication::clipboard()->setText(fullText(current));
        const QString key = current.siblingAtColumn(MetadataTableModel::KeyColumn).data().toString();
        Q_EMIT copied(
            current.column() == MetadataTableModel::KeyColumn ? tr("key %1").arg(key) : tr("value of %1").arg(key));
    });
    auto *show = new QAction(tr("Show whole value\u2026"), this);
    show->setObjectName(u"showValue"_s);
    connect(show, &QAction::triggered, this, &MapTable::showCurrentValue);
    addActions({copy, show});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(this, &QAbstractItemView::activated, this, &MapTable::showCurrentValue);
}

void MapTable::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        m_copy->trigger();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QString MapTable::fullText(const QModelIndex &index)
{
    const QVariant raw = index.data(MetadataTableModel::RawValueRole);
    return raw.isNull() ? u"null"_s : raw.toString();
}

QDialog *MapTable::showCurrentValue()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return nullptr;
    const QString key = current.siblingAtColumn(MetadataTableModel::KeyColumn).data().toString();
    const QString value = fullText(current.siblingAtColumn(MetadataTableModel::ValueColumn));
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"valueViewer"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(key.isEmpty() ? tr("Value") : key);
    auto *text = new QPlainTextEdit(value, dialog);
    text->setObjectName(u"valueText"_s);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Value of %1").arg(key));
    text->setToolTip(tr("The whole value, as stored; select text to copy a part"));
    text->setMinimumSize(480, 200);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyValue"_s);
    copy->setToolTip(tr("Copy the whole value"));
    connect(copy, &QPushButton::clicked, this, [this, value, key] {
        QGuiApplication::clipboard()->setText(value);
        Q_EMIT copied(tr("value of %1").arg(key));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}
