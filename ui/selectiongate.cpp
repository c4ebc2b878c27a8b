#include "selectiongate.h"

#include <QAbstractItemView>
#include <QTimer>

SelectionGate::SelectionGate(QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{ }

void SelectionGate::setGuard(Guard guard, std::function<bool()> holdDetail)
{
    m_guard = std::move(guard);
    m_holdDetail = std::move(holdDetail);
}

bool SelectionGate::admit(const QString &shownId, const QString &targetId, const QModelIndex &back,
    std::function<void(const QString &targetId)> select)
{
    // Nothing to lose (no unsaved edits): the details follow at once, and the view's selection (several
    // rows, Ctrl+click) stays as the user made it.
    if (!m_guard || m_passed || shownId.isEmpty() || targetId == shownId || !holdsDetail())
        return true;
    // Stay on the artifact shown until the guard lets the details move on.
    m_restoring = true;
    if (m_view)
        m_view->setCurrentIndex(back);
    m_restoring = false;
    const QPointer<SelectionGate> self(this);
    // Asked once the view has finished its own handling of the click or key.
    QTimer::singleShot(0, this, [self, targetId, select = std::move(select)] {
        if (!self || !self->m_guard)
            return;
        self->m_guard(tr("Another artifact was selected."), [self, targetId, select] {
            if (!self)
                return;
            self->m_passed = true;
            select(targetId);
            self->m_passed = false;
        });
    });
    return false;
}
