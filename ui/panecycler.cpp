#include "panecycler.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace {

bool canTakeFocus(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

} // namespace

PaneCycler::PaneCycler(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_next(new QAction(tr("Next pane"), window))
    , m_previous(new QAction(tr("Previous pane"), window))
{
    m_next->setObjectName(QStringLiteral("nextPane"));
    m_next->setShortcut(Qt::Key_F6);
    m_next->setToolTip(tr("Move the focus to the next pane: toolbar, filters, list, details"));
    m_previous->setObjectName(QStringLiteral("previousPane"));
    m_previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    m_previous->setToolTip(tr("Move the focus to the previous pane"));
    for (QAction *action : {m_next, m_previous}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, &PaneCycler::next);
    connect(m_previous, &QAction::triggered, this, &PaneCycler::previous);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

void PaneCycler::addPane(QWidget *pane, QWidget *entry)
{
    m_panes.append({pane, entry, nullptr});
}

void PaneCycler::next()
{
    step(+1);
}

void PaneCycler::previous()
{
    step(-1);
}

int PaneCycler::currentPane() const
{
    // The innermost pane holding the focus: a pane may lie inside another (the timeline's side tabs in
    // the timeline panel).
    const QWidget *focus = QApplication::focusWidget();
    int found = -1;
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const QWidget *pane = m_panes.at(i).widget;
        if (!focus || !pane || (focus != pane && !pane->isAncestorOf(focus)))
            continue;
        if (found < 0 || m_panes.at(found).widget->isAncestorOf(pane))
            found = static_cast<int>(i);
    }
    return found;
}

void PaneCycler::step(int direction)
{
    const auto count = static_cast<int>(m_panes.size());
    if (count == 0)
        return;
    const int current = currentPane();
    // From outside every pane, F6 starts at the first and Shift+F6 at the last.
    int index = current < 0 ? (direction > 0 ? -1 : count) : current;
    for (int tried = 0; tried < count; ++tried) {
        index = (index + direction + count) % count;
        if (index == current)
            continue;
        if (QWidget *widget = target(m_panes.at(index))) {
            widget->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

QWidget *PaneCycler::target(const Pane &pane) const
{
    if (!pane.widget || !pane.widget->isVisible())
        return nullptr;
    for (QWidget *candidate : {pane.last.data(), pane.entry.data()}) {
        if (canTakeFocus(candidate) && pane.widget->isAncestorOf(candidate))
            return candidate;
    }
    if (canTakeFocus(pane.widget))
        return pane.widget;
    // The first widget of the pane in the window's Tab order.
    for (QWidget *w = pane.widget->nextInFocusChain(); w && w != pane.widget; w = w->nextInFocusChain()) {
        if (pane.widget->isAncestorOf(w) && canTakeFocus(w))
            return w;
    }
    return nullptr;
}

void PaneCycler::onFocusChanged(QWidget *now)
{
    if (!now || now->window() != m_window)
        return;
    for (Pane &pane : m_panes) {
        if (pane.widget && (now == pane.widget || pane.widget->isAncestorOf(now)))
            pane.last = now;
    }
}
