#include "emptystate.h"

#include <QAccessible>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_buttonRow(new QWidget(this))
{
    setObjectName(u"emptyState"_s);
    m_label->setObjectName(u"emptyNote"_s);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    // Selectable, so the reason of a failure can be copied into a ticket.
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(m_buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_buttonRow);
    layout->addStretch();
    hide();
}

void EmptyState::showState(const QString &text, const QList<QAction *> &actions)
{
    const bool changed = text != m_label->text();
    m_label->setText(text);
    m_label->setAccessibleName(text);
    setAccessibleName(text);

    // The note is refreshed on every change of the rows; buttons are rebuilt only when they change, so
    // that one holding the focus keeps it.
    if (actions != m_actions) {
        m_actions = actions;
        rebuildButtons();
    }
    setVisible(!text.isEmpty());
    if (changed && !text.isEmpty() && isVisible()) {
        // A note that appears by itself (a failed load) is news for a screen reader, not only a label.
        QAccessibleEvent event(m_label, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void EmptyState::rebuildButtons()
{
    auto *row = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : std::as_const(m_actions)) {
        auto *button = new QPushButton(action->text(), m_buttonRow);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->text().remove(u'&'));
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        row->insertWidget(row->count() - 1, button);
        m_buttons.append(button);
    }
    m_buttonRow->setVisible(!m_buttons.isEmpty());
    Q_EMIT buttonsChanged();
}

QString EmptyState::text() const
{
    return m_label->text();
}
