#include "twopartbar.h"

#include <QBoxLayout>
#include <QResizeEvent>

TwoPartBar::TwoPartBar(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_first(new QHBoxLayout)
    , m_second(new QHBoxLayout)
{
    m_rows->setContentsMargins(4, 2, 4, 2);
    // The bar sizes itself (minimumSizeHint, arrange()): the one-row minimum must not hold the window.
    m_rows->setSizeConstraint(QLayout::SetNoConstraint);
    m_rows->addLayout(m_first, 1);
    m_rows->addLayout(m_second);
}

bool TwoPartBar::isOneRow() const
{
    return m_rows->direction() == QBoxLayout::LeftToRight;
}

QSize TwoPartBar::minimumSizeHint() const
{
    // As narrow as two rows allow; as tall as the arrangement in force.
    const QMargins margins = m_rows->contentsMargins();
    const int width = std::max(m_first->minimumSize().width(), m_second->minimumSize().width());
    return {width + margins.left() + margins.right(), m_rows->minimumSize().height()};
}

void TwoPartBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void TwoPartBar::arrange(int width)
{
    const QMargins margins = m_rows->contentsMargins();
    const int oneRow = m_first->sizeHint().width() + m_rows->spacing() + m_second->minimumSize().width()
        + margins.left() + margins.right();
    const auto direction = width >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_rows->direction() == direction)
        return;
    m_rows->setDirection(direction);
    updateGeometry(); // the height changes
}
