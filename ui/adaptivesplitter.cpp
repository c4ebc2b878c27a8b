#include "adaptivesplitter.h"

#include <numeric>

AdaptiveSplitter::AdaptiveSplitter(int sideBySideMinWidth, int minimumWidth, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_sideBySideMinWidth(sideBySideMinWidth)
{
    // Side by side, both panes need more than a narrow window has; stacked, they need much less.
    setMinimumWidth(minimumWidth);
}

QByteArray AdaptiveSplitter::wideState() const
{
    return orientation() == Qt::Horizontal ? saveState() : m_wideState;
}

void AdaptiveSplitter::restoreWideState(const QByteArray &state)
{
    m_wideState = state;
    restoreState(state);
    adapt();
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    adapt();
}

void AdaptiveSplitter::adapt()
{
    const Qt::Orientation wanted = width() < m_sideBySideMinWidth ? Qt::Vertical : Qt::Horizontal;
    if (wanted == orientation())
        return;
    if (wanted == Qt::Vertical) {
        // Sizes from before the first layout are no sizes to come back to.
        const QList<int> current = sizes();
        if (std::accumulate(current.cbegin(), current.cend(), 0) > 0)
            m_wideState = saveState();
        setOrientation(Qt::Vertical);
        setSizes({2 * height() / 3, height() / 3});
    } else if (m_wideState.isEmpty() || !restoreState(m_wideState)) {
        setOrientation(Qt::Horizontal);
        setSizes({3 * width() / 4, width() / 4});
    }
}
