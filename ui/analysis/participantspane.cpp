#include "participantspane.h"

#include "analysis/participanttreemodel.h"
#include "emptystate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ParticipantsPane::ParticipantsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ParticipantTreeModel(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new EmptyState(this))
    , m_copy(new QAction(tr("&Copy value"), this))
{
    setObjectName(u"participantsPane"_s);
    setAccessibleName(tr("Participants"));

    m_note->setObjectName(u"participantsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setContentsMargins(4, 2, 4, 2);
    m_note->hide();

    m_view->setObjectName(u"participantsTree"_s);
    m_view->setAccessibleName(tr("Participants and their fields"));
    m_view->setToolTip(tr("Every participant and every field the file has for them. Select a participant who "
                          "spoke to show their first speech on the chart; Ctrl+C copies the value."));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    // Nested extra_data keys are indented deeper: the field column grows to show them whole.
    connect(m_view, &QTreeView::expanded, this,
        [this] { m_view->resizeColumnToContents(ParticipantTreeModel::FieldColumn); });
    m_view->header()->setSectionsMovable(false);

    m_copy->setObjectName(u"participantsCopy"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected value (strings without quotes, objects and arrays as JSON)"));
    m_view->addAction(m_copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    connect(m_copy, &QAction::triggered, this, &ParticipantsPane::copyCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ParticipantsPane::currentChanged);
    // Enter shows the participant again after the chart moved elsewhere.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_revealedRow = -1;
        currentChanged(index);
    });
    setMeeting({});
}

ParticipantsPane::~ParticipantsPane()
{
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

void ParticipantsPane::setMeeting(const MeetingFiles &meeting)
{
    m_revealedRow = -1;
    m_model->setMeeting(meeting);
    m_view->expandToDepth(0);
    m_view->resizeColumnToContents(ParticipantTreeModel::FieldColumn);
    const bool any = m_model->rowCount() > 0;
    if (any && !m_model->fromParticipantsFile())
        m_note->setText(tr("The participants file is not loaded: these participants come from the speaker "
                           "timeline and the events file, without email or extra_data."));
    else
        m_note->clear();
    m_note->setAccessibleName(m_note->text());
    m_note->setVisible(!m_note->text().isEmpty());
    m_empty->showState(any         ? QString()
            : meeting.participants ? tr("The participants file lists nobody.")
                                   : tr("No participants: none of this meeting's files is loaded."));
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_view) : m_empty);
}

QString ParticipantsPane::noteText() const
{
    return m_note->text();
}

void ParticipantsPane::currentChanged(const QModelIndex &current)
{
    QModelIndex top = current.siblingAtColumn(0);
    while (top.parent().isValid())
        top = top.parent();
    if (!top.isValid() || top.row() == m_revealedRow)
        return;
    m_revealedRow = top.row();
    const QVariant first = top.data(ParticipantTreeModel::FirstSpeechRole);
    if (!first.isValid())
        return;
    Q_EMIT revealRequested(first.toDouble(), first.toDouble(), top.data(ParticipantTreeModel::TimelineRowRole).toInt());
}

void ParticipantsPane::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(ParticipantTreeModel::CopyTextRole).toString());
}
