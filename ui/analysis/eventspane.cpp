#include "eventspane.h"

#include "analysis/eventfilterproxymodel.h"
#include "analysis/eventtablemodel.h"
#include "emptystate.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr int searchDelayMs = 200;
}

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_actionFilter(new QComboBox(this))
    , m_participantFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_clearFilters(new QAction(tr("Clear filters"), this))
    , m_copy(new QAction(tr("&Copy event"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"eventsPane"_s);
    setAccessibleName(tr("Participant events"));
    m_proxy->setSourceModel(m_model);

    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_actionFilter);
    m_actionFilter->setObjectName(u"eventsActionFilter"_s);
    m_actionFilter->setAccessibleName(tr("Show events of this action"));
    m_actionFilter->setToolTip(tr("Show only the events of one action; the count of each is beside it"));
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *participantLabel = new QLabel(tr("&Participant:"), this);
    participantLabel->setBuddy(m_participantFilter);
    m_participantFilter->setObjectName(u"eventsParticipantFilter"_s);
    m_participantFilter->setAccessibleName(tr("Show events of this participant"));
    m_participantFilter->setToolTip(tr("Show only the events of one participant (by id: people who share a name "
                                       "are listed apart)"));
    m_participantFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_participantFilter->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    m_search->setObjectName(u"eventsSearch"_s);
    m_search->setAccessibleName(tr("Search the events"));
    m_search->setToolTip(tr("Show only events whose details (a chat message, an update's data), participant or "
                            "action contain this text; case does not matter"));
    m_search->setPlaceholderText(tr("Search details\u2026"));
    m_search->setClearButtonEnabled(true);
    // Room for a word or two however narrow the tab: the filters give way first.
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_participantFilter->setMinimumContentsLength(10);
    m_participantFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_count->setObjectName(u"eventsCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(u"eventsTable"_s);
    m_view->setAccessibleName(tr("Participant events"));
    m_view->setToolTip(tr("Select an event to show its moment and participant on the chart"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::TimeColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // One line per event: fixed heights keep 100 000 rows cheap to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->resizeSection(
        EventTableModel::TimeColumn, fontMetrics().horizontalAdvance(u"-0:00:00.000"_s) + columnPadding());

    m_copy->setObjectName(u"eventsCopy"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected event: time, participant, action as sent and details, tab-separated"));
    m_view->addAction(m_copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_clearFilters->setObjectName(u"eventsClearFilters"_s);
    m_clearFilters->setToolTip(tr("Show every event again"));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionFilter);
    filters->addSpacing(6);
    filters->addWidget(participantLabel);
    filters->addWidget(m_participantFilter);
    filters->addSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_actionFilter, m_participantFilter);
    setTabOrder(m_participantFilter, m_search);
    setTabOrder(m_search, m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &EventsPane::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EventsPane::applyFilters);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &EventsPane::applyFilters);
    connect(m_participantFilter, &QComboBox::currentIndexChanged, this, &EventsPane::applyFilters);
    connect(m_copy, &QAction::triggered, this, &EventsPane::copyCurrent);
    connect(m_clearFilters, &QAction::triggered, this, [this] {
        m_updating = true;
        m_actionFilter->setCurrentIndex(0);
        m_participantFilter->setCurrentIndex(0);
        m_search->clear();
        m_updating = false;
        applyFilters();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!m_updating)
                reveal(current);
        });
    // Enter (or a double click) on the current event shows it again after the chart moved elsewhere.
    connect(m_view, &QAbstractItemView::activated, this, &EventsPane::reveal);
    connect(m_empty, &EmptyState::buttonsChanged, this, [this] {
        QWidget *previous = m_search;
        for (QWidget *button : m_empty->buttons()) {
            setTabOrder(previous, button);
            previous = button;
        }
    });
    setMeeting({});
}

EventsPane::~EventsPane()
{
    // The view's selection model outlives nothing of ours, but its signals must not reach a half-destroyed pane.
    m_searchDelay->stop();
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

void EventsPane::setMeeting(const MeetingFiles &meeting, const QString &eventsProblem)
{
    m_updating = true;
    m_searchDelay->stop();
    const QString keepAction = m_actionFilter->currentData().toString();
    // The same events file again (the panel hands the meeting over once more when the timeline or the
    // participants file arrives): the participant and the search the user chose still apply to it.
    const bool sameEvents = meeting.events && meeting.events == m_model->meeting().events;
    const QVariant keepParticipant = sameEvents ? m_participantFilter->currentData() : QVariant();
    const QString keepSearch = sameEvents ? m_search->text() : QString();
    m_eventsProblem = eventsProblem;
    m_model->setMeeting(meeting);
    m_proxy->clearFilters();
    m_search->setText(keepSearch);
    m_searchDelay->stop();
    fillActionFilter(keepAction);
    fillParticipantFilter();
    if (keepParticipant.isValid()) {
        const QSignalBlocker block(m_participantFilter);
        m_participantFilter->setCurrentIndex(std::max(0, m_participantFilter->findData(keepParticipant)));
    }
    m_updating = false;
    applyFilters();
    fitColumns();
    m_view->scrollToTop();
}

int EventsPane::columnPadding() const
{
    return fontMetrics().averageCharWidth() * 3;
}

// Participant and action columns as wide as their longest text, from the few distinct names and actions
// rather than from every row; a very long name is cut (the tooltip has it whole).
void EventsPane::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int most = metrics.averageCharWidth() * 32;
    int participant
        = metrics.horizontalAdvance(m_model->headerData(EventTableModel::ParticipantColumn, Qt::Horizontal).toString());
    if (const auto &events = m_model->meeting().events) {
        for (const TimelineParticipant &p : events->participants)
            participant = std::max(participant, metrics.horizontalAdvance(EventTableModel::displayName(p)));
    }
    int action
        = metrics.horizontalAdvance(m_model->headerData(EventTableModel::ActionColumn, Qt::Horizontal).toString());
    for (const EventTableModel::ActionCount &a : m_model->actionCounts())
        action = std::max(action, metrics.horizontalAdvance(a.label));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(EventTableModel::ParticipantColumn, std::min(participant, most) + columnPadding());
    header->resizeSection(EventTableModel::ActionColumn, std::min(action, most) + columnPadding());
}

void EventsPane::fillActionFilter(const QString &keep)
{
    const QSignalBlocker block(m_actionFilter);
    m_actionFilter->clear();
    const QLocale locale;
    const qsizetype total = m_model->rowCount();
    m_actionFilter->addItem(tr("All actions (%1)").arg(locale.toString(total)));
    m_actionFilter->setItemData(0, tr("Every action"), Qt::ToolTipRole);
    for (const EventTableModel::ActionCount &a : m_model->actionCounts()) {
        const QString text = a.known ? tr("%1 (%2)").arg(a.label, locale.toString(a.count))
                                     //: An action this version does not know, as sent, and its count
                                     : tr("%1 (%2, unknown action)").arg(a.label, locale.toString(a.count));
        m_actionFilter->addItem(text, a.action);
        m_actionFilter->setItemData(m_actionFilter->count() - 1, a.action, Qt::ToolTipRole);
    }
    const int found = keep.isEmpty() ? -1 : m_actionFilter->findData(keep);
    m_actionFilter->setCurrentIndex(std::max(found, 0));
}

void EventsPane::fillParticipantFilter()
{
    const QSignalBlocker block(m_participantFilter);
    m_participantFilter->clear();
    m_participantFilter->addItem(tr("Everyone"));
    m_participantFilter->setItemData(0, tr("Events of every participant"), Qt::ToolTipRole);
    const MeetingFiles &meeting = m_model->meeting();
    if (!meeting.events)
        return;
    const ParticipantEventsFile &file = *meeting.events;
    std::vector<qsizetype> counts(size_t(file.participants.size()), 0);
    for (const ParticipantEvent &event : file.events)
        ++counts[event.participant];
    QList<int> order(file.participants.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QString> names;
    for (const TimelineParticipant &p : file.participants)
        names.append(EventTableModel::displayName(p));
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return QString::localeAwareCompare(names.at(a), names.at(b)) < 0; });
    const QLocale locale;
    for (int i : order) {
        const TimelineParticipant &p = file.participants.at(i);
        m_participantFilter->addItem(tr("%1 (%2)").arg(names.at(i), locale.toString(counts[size_t(i)])), p.id);
        QString tip = tr("Participant id: %1").arg(p.id);
        if (meeting.hasTimeline() && !meeting.rowOfEventParticipant(quint32(i)))
            tip += u'\n' + tr("Never spoke: not in the speaker timeline");
        m_participantFilter->setItemData(m_participantFilter->count() - 1, tip, Qt::ToolTipRole);
    }
}

void EventsPane::applyFilters()
{
    if (m_updating)
        return;
    m_searchDelay->stop();
    m_updating = true;
    const QString action = m_actionFilter->currentData().toString();
    m_proxy->setActions(action.isEmpty() ? QSet<QString>() : QSet<QString> {action});
    const QVariant id = m_participantFilter->currentData();
    m_proxy->setParticipants(id.isValid() ? QSet<qint64> {id.toLongLong()} : QSet<qint64>());
    m_proxy->setText(m_search->text());
    m_updating = false;
    updateState();
}

QString EventsPane::countText() const
{
    return m_count->text();
}

void EventsPane::updateState()
{
    const bool hasEvents = m_model->hasEvents();
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_count->setText(shown == total ? tr("%1 events").arg(locale.toString(total))
                                    : tr("%1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
    m_count->setAccessibleName(m_count->text());
    for (QWidget *w : {static_cast<QWidget *>(m_actionFilter), static_cast<QWidget *>(m_participantFilter),
             static_cast<QWidget *>(m_search)})
        w->setEnabled(hasEvents && total > 0);
    m_count->setVisible(hasEvents);

    QString note;
    QList<QAction *> actions;
    if (!hasEvents) {
        //: %1 says why, e.g. that the download failed
        note = tr("The participant events file is not loaded: %1")
                   .arg(m_eventsProblem.isEmpty() ? tr("it could not be downloaded or read, or only a speaker "
                                                       "timeline was opened.")
                                                  : m_eventsProblem);
    } else if (total == 0) {
        note = tr("The participant events file has no events.");
    } else if (shown == 0) {
        note = tr("No event matches the filters.");
        actions << m_clearFilters;
    }
    m_empty->showState(note, actions);
    m_stack->setCurrentWidget(note.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

void EventsPane::reveal(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QVariant time = proxyIndex.siblingAtColumn(EventTableModel::TimeColumn).data(EventTableModel::TimeRole);
    if (!time.isValid())
        return;
    const int row = proxyIndex.data(EventTableModel::TimelineRowRole).toInt();
    Q_EMIT revealRequested(time.toDouble(), time.toDouble(), row);
}

void EventsPane::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    const QStringList cells {
        m_model->index(row, EventTableModel::TimeColumn).data().toString(),
        m_model->participantName(row) + u" (" + QString::number(m_model->participantId(row)) + u')',
        m_model->action(row),
        m_model->details(row),
    };
    QGuiApplication::clipboard()->setText(cells.join(u'\t'));
}
