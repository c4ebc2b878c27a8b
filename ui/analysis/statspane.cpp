#include "analysis/statspane.h"

#include "analysis/speakerstatsmodel.h"
#include "timeline/timeticks.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Speakers sort by the chosen column; the totals row stays at the bottom in either direction.
class StatsSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftTotals = left.data(SpeakerStatsModel::TotalsRole).toBool();
        const bool rightTotals = right.data(SpeakerStatsModel::TotalsRole).toBool();
        if (leftTotals != rightTotals)
            return (sortOrder() == Qt::AscendingOrder) ? rightTotals : leftTotals;
        const QVariant a = left.data(SpeakerStatsModel::SortRole);
        const QVariant b = right.data(SpeakerStatsModel::SortRole);
        // Speakers without speech in the range (no first speech) go last when ascending.
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.typeId() == QMetaType::QString)
            return a.toString().localeAwareCompare(b.toString()) < 0;
        if (a.toDouble() != b.toDouble())
            return a.toDouble() < b.toDouble();
        return left.row() < right.row();
    }
};

} // namespace

class StatsPane::GroupsCommand : public QUndoCommand
{
public:
    GroupsCommand(StatsPane *pane, std::vector<int> before, std::vector<int> after, const QString &text)
        : QUndoCommand(text)
        , m_pane(pane)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_pane->m_model->setGroups(m_before); }
    void redo() override { m_pane->m_model->setGroups(m_after); }

private:
    StatsPane *m_pane;
    std::vector<int> m_before;
    std::vector<int> m_after;
};

StatsPane::StatsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpeakerStatsModel(this))
    , m_proxy(new StatsSortProxy(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"statsPane"_s);
    setAccessibleName(tr("Speaker statistics"));

    m_from = new QLineEdit(this);
    m_from->setObjectName(u"statsRangeFrom"_s);
    m_from->setAccessibleName(tr("Range start"));
    m_from->setToolTip(tr("Where the range starts, as h:mm:ss or seconds (negative: before the recording); "
                          "Enter applies. Or drag on the chart's axis."));
    m_from->setPlaceholderText(tr("start"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(u"statsRangeTo"_s);
    m_to->setAccessibleName(tr("Range end"));
    m_to->setToolTip(tr("Where the range ends, as h:mm:ss or seconds; Enter applies"));
    m_to->setPlaceholderText(tr("end"));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setClearButtonEnabled(false);
        edit->setMaximumWidth(120);
        connect(edit, &QLineEdit::returnPressed, this, &StatsPane::applyTypedRange);
        auto *escape = new QAction(tr("Statistics for the whole meeting"), edit);
        escape->setShortcut(Qt::Key_Escape);
        escape->setShortcutContext(Qt::WidgetShortcut);
        edit->addAction(escape);
        connect(escape, &QAction::triggered, this, &StatsPane::clearRange);
    }
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_from);
    auto *dash = new QLabel(u"\u2013"_s, this);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"statsRangeClear"_s);
    m_clear->setText(tr("Whole meeting"));
    m_clear->setAccessibleName(tr("Whole meeting"));
    m_clear->setToolTip(tr("Clear the range: statistics for the whole meeting (Esc in the range fields)"));
    connect(m_clear, &QToolButton::clicked, this, &StatsPane::clearRange);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"statsRangeProblem"_s);
    m_problem->setAccessibleName(tr("Range problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statsSummary"_s);
    m_summary->setAccessibleName(tr("Statistics summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"statsTable"_s);
    m_table->setAccessibleName(tr("Statistics per speaker"));
    m_table->setToolTip(tr("Click a column to sort; choosing a speaker selects their row in the chart. "
                           "\u2248 marks estimates (an open-ended turn)."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SpeakerStatsModel::Talk, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Numbers take what they need; the name gets the rest and elides when the pane is narrow.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerStatsModel::Speaker, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setTextElideMode(Qt::ElideMiddle);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const int source = selectedSourceRow();
        if (source < 0)
            return;
        const int row = m_model->index(source, 0).data(SpeakerStatsModel::TimelineRowRole).toInt();
        if (row >= 0)
            Q_EMIT rowActivated(row);
    });

    const auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_merge = makeAction(tr("&Merge same names"),
        tr("Count rows that share a name as one speaker (someone who left and rejoined gets a new id); undoable"),
        QKeySequence(Qt::CTRL | Qt::Key_G));
    m_unmerge = makeAction(tr("&Unmerge"),
        tr("Count the selected merged row's ids apart again (all merged rows when none is selected)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_merge, &QAction::triggered, this, &StatsPane::mergeSameNames);
    connect(m_unmerge, &QAction::triggered, this, &StatsPane::unmerge);
    // Ctrl+Z is the metadata editor's window-wide shortcut; while the focus is in this pane (outside
    // the range fields, which undo their own typing) eventFilter() takes the key for the merges.
    // Fixed labels (the stack's own actions put the step's name in them), the step in the tooltip.
    m_undoAction = new QAction(tr("Undo"), this);
    m_redoAction = new QAction(tr("Redo"), this);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(u"statsUndo"_s);
    m_undoButton->setDefaultAction(m_undoAction);
    m_undoButton->setAccessibleName(tr("Undo the last merge or unmerge"));
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(u"statsRedo"_s);
    m_redoButton->setDefaultAction(m_redoAction);
    m_redoButton->setAccessibleName(tr("Redo the merge or unmerge undone last"));
    const auto updateTips = [this] {
        m_undoButton->setToolTip(
            m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText()) : tr("Undo the last merge or unmerge"));
        m_redoButton->setToolTip(
            m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText()) : tr("Redo the merge or unmerge undone last"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateTips);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateTips);
    updateTips();
    m_mergeButton = new QToolButton(this);
    m_mergeButton->setObjectName(u"statsMerge"_s);
    m_mergeButton->setDefaultAction(m_merge);
    m_mergeButton->setAccessibleName(tr("Merge rows that share a name"));
    m_unmergeButton = new QToolButton(this);
    m_unmergeButton->setObjectName(u"statsUnmerge"_s);
    m_unmergeButton->setDefaultAction(m_unmerge);
    m_unmergeButton->setAccessibleName(tr("Unmerge rows"));
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatsPane::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StatsPane::updateSummary);

    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(dash);
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_clear);
    rangeRow->addStretch(1);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeButton);
    mergeRow->addWidget(m_unmergeButton);
    mergeRow->addWidget(m_undoButton);
    mergeRow->addWidget(m_redoButton);
    mergeRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rangeRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(mergeRow);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_table);
    setTabOrder(m_table, m_mergeButton);
    setTabOrder(m_mergeButton, m_unmergeButton);
    setTabOrder(m_unmergeButton, m_undoButton);
    setTabOrder(m_undoButton, m_redoButton);
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_clear),
             static_cast<QWidget *>(m_mergeButton), static_cast<QWidget *>(m_unmergeButton),
             static_cast<QWidget *>(m_undoButton), static_cast<QWidget *>(m_redoButton)})
        w->installEventFilter(this);
    updateActions();
    updateSummary();
}

StatsPane::~StatsPane()
{
    // The commands point back at this pane: drop them before the members go.
    m_undo->clear();
}

bool StatsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours here, not the window's: the key comes back as a key press.
        event->accept();
        return true;
    }
    if (undo)
        m_undo->undo();
    else
        m_undo->redo();
    return true;
}

void StatsPane::setDocument(std::shared_ptr<const TimelineDocument> document)
{
    m_undo->clear();
    m_model->setDocument(std::move(document));
    setRange(std::nullopt);
    m_table->resizeColumnsToContents();
    updateActions();
}

void StatsPane::setRange(std::optional<TimeRange> range)
{
    m_problem->hide();
    m_model->setRange(range);
    m_from->setText(range ? TimeTicks::relativeLabel(range->start, 0.1) : QString());
    m_to->setText(range ? TimeTicks::relativeLabel(range->end, 0.1) : QString());
    m_clear->setEnabled(range.has_value());
    updateSummary();
}

std::optional<TimeRange> StatsPane::range() const
{
    return m_model->range();
}

QString StatsPane::rangeProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void StatsPane::applyTypedRange()
{
    if (!m_model->document())
        return;
    if (m_from->text().trimmed().isEmpty() && m_to->text().trimmed().isEmpty()) {
        clearRange();
        return;
    }
    const TimeRange content = m_model->document()->content();
    const std::optional<double> from
        = m_from->text().trimmed().isEmpty() ? std::optional(content.start) : SpeakerStats::parseTime(m_from->text());
    const std::optional<double> to
        = m_to->text().trimmed().isEmpty() ? std::optional(content.end) : SpeakerStats::parseTime(m_to->text());
    QString problem;
    if (!from || !to)
        problem = tr("Type times as h:mm:ss (for example 0:12:30 or 1:02:03.5) or as seconds.");
    else if (*to <= *from)
        problem = tr("The range must end after it starts.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        (from ? m_to : m_from)->setFocus();
        return;
    }
    const TimeRange range {*from, *to};
    setRange(range);
    Q_EMIT rangeEdited(range);
}

void StatsPane::clearRange()
{
    setRange(std::nullopt);
    Q_EMIT rangeEdited(std::nullopt);
}

void StatsPane::mergeSameNames()
{
    if (!m_model->document())
        return;
    const std::vector<int> same = SpeakerStats::sameNameGroups(m_model->document()->timeline());
    std::vector<int> after = m_model->groups();
    after.resize(same.size(), -1);
    for (size_t i = 0; i < same.size(); ++i) {
        if (same[i] >= 0)
            after[i] = same[i];
    }
    setGroups(std::move(after), tr("merge"));
}

void StatsPane::unmerge()
{
    std::vector<int> after = m_model->groups();
    const int source = selectedSourceRow();
    const QList<qsizetype> members = source >= 0
        ? m_model->index(source, 0).data(SpeakerStatsModel::MembersRole).value<QList<qsizetype>>()
        : QList<qsizetype>();
    if (members.size() > 1) {
        for (const qsizetype member : members)
            after[size_t(member)] = -1;
    } else {
        after.assign(after.size(), -1);
    }
    setGroups(std::move(after), tr("unmerge"));
}

void StatsPane::setGroups(std::vector<int> groups, const QString &text)
{
    const bool anyBefore
        = std::any_of(m_model->groups().begin(), m_model->groups().end(), [](int g) { return g >= 0; });
    const bool anyAfter = std::any_of(groups.begin(), groups.end(), [](int g) { return g >= 0; });
    if (groups == m_model->groups() || (!anyBefore && !anyAfter))
        return;
    m_undo->push(new GroupsCommand(this, m_model->groups(), std::move(groups), text));
}

void StatsPane::updateActions()
{
    const auto doc = m_model->document();
    bool canMerge = false;
    if (doc) {
        const std::vector<int> same = SpeakerStats::sameNameGroups(doc->timeline());
        const std::vector<int> &now = m_model->groups();
        for (size_t i = 0; i < same.size() && !canMerge; ++i)
            canMerge = same[i] >= 0 && (i >= now.size() || now[i] != same[i]);
    }
    const bool anyMerged
        = std::any_of(m_model->groups().begin(), m_model->groups().end(), [](int g) { return g >= 0; });
    m_merge->setEnabled(canMerge);
    m_unmerge->setEnabled(anyMerged);
}

void StatsPane::updateSummary()
{
    m_summary->setText(m_model->summary());
}

int StatsPane::selectedSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}
