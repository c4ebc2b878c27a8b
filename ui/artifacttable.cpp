#include "artifacttable.h"

#include "emptystate.h"
#include "models/artifactlistmodel.h"
#include "statusdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ArtifactTable::ArtifactTable(QWidget *parent)
    : QTableView(parent)
    , m_emptyState(new EmptyState(viewport()))
{
    setObjectName(u"artifactTable"_s);
    setAccessibleName(tr("Artifacts"));
    setToolTip(tr("The workspace's participant-events artifacts; more load as you scroll"));
    setItemDelegateForColumn(ArtifactListModel::StatusColumn, new StatusDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows for a batch edit
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab leaves the table for the details and the rest of the window; arrows move between cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setAccessibleName(tr("Artifact columns"));

    // Sorting orders the loaded rows; the header offers to load the rest so that it orders them all.
    m_loadAllToSort = new QAction(tr("Load all pages to sort every artifact"), this);
    m_loadAllToSort->setObjectName(u"loadAllToSort"_s);
    connect(m_loadAllToSort, &QAction::triggered, this, &ArtifactTable::loadAllRequested);
    horizontalHeader()->addAction(m_loadAllToSort);
    horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The list shows short ids; copying always takes the full one.
    addCopyAction(tr("Copy artifact id"), QKeySequence::Copy, ArtifactListModel::IdColumn,
        ArtifactListModel::ArtifactIdRole, tr("artifact id"));
    addCopyAction(tr("Copy recording id"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
        ArtifactListModel::RecordingColumn, ArtifactListModel::SortRole, tr("recording id"));
    setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *noteLayout = new QVBoxLayout(viewport());
    noteLayout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyState::buttonsChanged, this, [this] {
        // Tab goes from the (empty) table on to the note's buttons, then on as before.
        QWidget *previous = this;
        for (QWidget *button : m_emptyState->buttons()) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    });
}

void ArtifactTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(ArtifactListModel::CreatedColumn, Qt::DescendingOrder);
    const std::pair<int, int> widths[] = {{ArtifactListModel::StatusColumn, 130}, {ArtifactListModel::IdColumn, 90},
        {ArtifactListModel::RecordingColumn, 90}, {ArtifactListModel::CreatedColumn, 105},
        {ArtifactListModel::UpdatedColumn, 105}, {ArtifactListModel::SubCodeColumn, 150}};
    // Never narrower than the column's title (German titles run longer).
    for (const auto &[column, width] : widths)
        setColumnWidth(column, std::max(width, horizontalHeader()->sectionSizeHint(column)));
}

void ArtifactTable::addCopyAction(
    const QString &text, const QKeySequence &key, int column, int role, const QString &what)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, column, role, what] {
        // No current row (an empty or fully filtered table, just after a reload): nothing to copy.
        const QModelIndex current = currentIndex();
        if (!current.isValid())
            return;
        const QString value = current.siblingAtColumn(column).data(role).toString();
        if (value.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(value);
        Q_EMIT copied(what, value);
    });
    addAction(action);
}
