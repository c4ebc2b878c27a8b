#include "historypanel.h"

#include "core/timeformat.h"
#include "edit/metadatadiff.h"
#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A value in one line of a cell: line breaks and tabs shown as marks; the tooltip has it whole.
QString oneLine(QString text)
{
    return text.replace(u'\n', u'\u23ce').replace(u'\t', u'\u2192').replace(u'\r', u' ');
}

QString targetText(const HistoryStore::Target &target)
{
    return target.kind == HistoryStore::TargetKind::Recording ? HistoryPanel::tr("Recording %1").arg(target.id)
                                                              : HistoryPanel::tr("Artifact");
}

QTreeWidget *makeTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setTextElideMode(Qt::ElideRight);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);
    return tree;
}
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_notice(new NoticeBar(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_list(makeTree(this))
    , m_detailTitle(new QLabel(this))
    , m_diff(makeTree(this))
    , m_revert(new QPushButton(tr("Revert to this"), this))
    , m_applyAgain(new QPushButton(tr("Apply this again"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"historyPanel"_s);
    setAccessibleName(tr("Save history"));

    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setText(tr("No saves from this computer yet"));
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Saves of this artifact, newest first"));
    m_list->setToolTip(tr("The saves made from this computer, newest first. Select one (or press Enter) to see "
                          "what it changed."));
    m_list->setHeaderLabels({tr("Saved"), tr("Connection"), tr("Target"), tr("Changes")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ChangesColumn, QHeaderView::Stretch);

    m_detailTitle->setObjectName(u"historyDetailTitle"_s);
    m_detailTitle->setContentsMargins(4, 6, 4, 2);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diff->setObjectName(u"historyDiff"_s);
    m_diff->setAccessibleName(tr("Keys the selected save changed, before and after"));
    m_diff->setToolTip(tr("Every key the selected save changed: its value before and after the save"));
    m_diff->setHeaderLabels({tr("Key"), tr("Before"), tr("After"), tr("Change")});
    // Keys are short as a rule; before and after share what is left.
    m_diff->header()->setStretchLastSection(false);
    m_diff->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_diff->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_diff->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    m_diff->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);

    m_revert->setObjectName(u"historyRevert"_s);
    m_revert->setAccessibleName(tr("Revert to the map before this save"));
    m_revert->setToolTip(tr("Prepare an edit that puts back the map as it was before this save. Nothing is sent "
                            "until you save it; it is merged, previewed and verified like any edit."));
    m_applyAgain->setObjectName(u"historyApplyAgain"_s);
    m_applyAgain->setAccessibleName(tr("Apply the map this save left again"));
    m_applyAgain->setToolTip(tr("Prepare an edit that sets the map as this save left it (after someone changed it "
                                "since). Nothing is sent until you save it."));

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_diff, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_applyAgain);
    buttons->addWidget(m_revert);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_list, m_diff);
    setTabOrder(m_diff, m_applyAgain);
    setTabOrder(m_applyAgain, m_revert);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { showEntry(current ? m_list->indexOfTopLevelItem(current) : -1); });
    // Enter "opens" a save: its changes are shown already; the focus moves there to read them.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showEntry(m_list->indexOfTopLevelItem(item));
        m_diff->setFocus(Qt::OtherFocusReason);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT revertRequested(m_entries.at(row).before, m_entries.at(row).target);
    });
    connect(m_applyAgain, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT applyAgainRequested(m_entries.at(row).after, m_entries.at(row).target);
    });
    // "5 min ago" must not stay "5 min ago" for an hour.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &HistoryPanel::refreshTimes);
    m_clock->start();

    fillList();
}

void HistoryPanel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

QString HistoryPanel::connectionName(const QString &key) const
{
    const QString name = m_namer ? m_namer(key) : QString();
    return name.isEmpty() ? key : name;
}

void HistoryPanel::setArtifact(const QString &connection, const QString &artifactId)
{
    m_connection = connection;
    m_artifactId = artifactId;
    reload();
}

void HistoryPanel::reload()
{
    if (!m_store || m_connection.isEmpty() || m_artifactId.isEmpty()) {
        setListing({});
        return;
    }
    const int row = currentRow();
    const std::optional<HistoryStore::Entry> selected
        = row >= 0 ? std::optional(m_entries.at(row)) : std::optional<HistoryStore::Entry>();
    setListing(m_store->entries(m_connection, m_artifactId));
    if (selected) {
        const qsizetype again = m_entries.indexOf(*selected);
        if (again >= 0)
            setCurrentRow(int(again));
    }
}

void HistoryPanel::setListing(const HistoryStore::Listing &listing)
{
    m_entries = listing.entries;
    if (listing.unreadable.isEmpty()) {
        m_notice->dismiss();
    } else {
        m_notice->showNotice(tr("%n save(s) in this artifact's history could not be read (the file is damaged or "
                                "cut short); the others are listed.",
            nullptr, int(listing.unreadable.size())));
        m_notice->setToolTip(listing.unreadable.constFirst().filePath);
    }
    fillList();
}

int HistoryPanel::currentRow() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void HistoryPanel::setCurrentRow(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void HistoryPanel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    refreshTimes();
}

QDateTime HistoryPanel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void HistoryPanel::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const HistoryStore::Entry &entry : std::as_const(m_entries)) {
        const QString summary = MetadataDiff::summary(MetadataDiff::diff(entry.before, entry.after));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ConnectionColumn, connectionName(entry.connection));
        item->setText(TargetColumn, targetText(entry.target));
        item->setToolTip(TargetColumn,
            entry.target.kind == HistoryStore::TargetKind::Recording
                ? tr("The metadata of recording %1 (of artifact %2)").arg(entry.target.id, entry.artifactId)
                : tr("The metadata of artifact %1").arg(entry.artifactId));
        item->setText(ChangesColumn, summary);
        item->setToolTip(ChangesColumn, summary);
    }
    refreshTimes();
    m_stack->setCurrentIndex(m_entries.isEmpty() ? 0 : 1);
    // The newest save is shown at once; the focus stays where it is.
    m_list->setCurrentItem(m_list->topLevelItem(0));
    showEntry(currentRow());
}

void HistoryPanel::refreshTimes()
{
    const QDateTime reference = now();
    for (int row = 0; row < m_list->topLevelItemCount() && row < m_entries.size(); ++row) {
        const HistoryStore::Entry &entry = m_entries.at(row);
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setText(TimeColumn, TimeFormat::localWithRelative(entry.savedAt, reference));
        item->setToolTip(TimeColumn, TimeFormat::full(entry.savedAt, reference));
        // One sentence for a screen reader instead of four cells.
        item->setData(TimeColumn, Qt::AccessibleTextRole,
            tr("Saved %1 on %2, %3: %4")
                .arg(TimeFormat::localWithRelative(entry.savedAt, reference), connectionName(entry.connection),
                    targetText(entry.target), item->text(ChangesColumn)));
    }
}

void HistoryPanel::showEntry(int row)
{
    m_diff->clear();
    const bool valid = row >= 0 && row < m_entries.size();
    m_revert->setEnabled(valid);
    m_applyAgain->setEnabled(valid);
    if (!valid) {
        m_detailTitle->setText(tr("Select a save to see what it changed."));
        return;
    }
    const HistoryStore::Entry &entry = m_entries.at(row);
    m_detailTitle->setText(tr("Saved %1 on %2 (%3)")
                               .arg(TimeFormat::localWithRelative(entry.savedAt, now()),
                                   connectionName(entry.connection), targetText(entry.target)));
    const QList<MetadataDiff::DiffRow> rows = MetadataDiff::diff(entry.before, entry.after);
    if (rows.isEmpty())
        m_detailTitle->setText(m_detailTitle->text() + u' ' + tr("This save changed no key."));
    QFont placeholderFont = m_diff->font();
    placeholderFont.setItalic(true);
    // The panel's palette, not the table's: on a palette change the panel hears first, before its children.
    const QBrush placeholderBrush = palette().brush(QPalette::PlaceholderText);
    for (const MetadataDiff::DiffRow &diffRow : rows) {
        auto *item = new QTreeWidgetItem(m_diff);
        item->setText(KeyColumn, diffRow.key.isEmpty() ? tr("(empty key)") : diffRow.key);
        item->setToolTip(KeyColumn, diffRow.key);
        const std::pair<int, MetadataDiff::Side> sides[] {{BeforeColumn, diffRow.before}, {AfterColumn, diffRow.after}};
        for (const auto &[column, side] : sides) {
            item->setText(column, oneLine(MetadataDiff::sideText(side)));
            item->setToolTip(column, MetadataDiff::sideText(side));
            if (MetadataDiff::isPlaceholder(side)) {
                item->setFont(column, placeholderFont);
                item->setForeground(column, placeholderBrush);
            }
        }
        item->setText(ChangeColumn, MetadataDiff::kindText(diffRow.kind));
        item->setData(KeyColumn, Qt::AccessibleTextRole,
            tr("%1: %2, before: %3, after: %4")
                .arg(item->text(KeyColumn), item->text(ChangeColumn), MetadataDiff::sideText(diffRow.before),
                    MetadataDiff::sideText(diffRow.after)));
    }
    if (!rows.isEmpty())
        m_diff->setCurrentItem(m_diff->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The stand-ins' colour comes from the palette at the time it is set: a new palette sets it again.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        showEntry(currentRow());
}
