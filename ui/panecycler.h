#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

// F6 and Shift+F6 move the focus from pane to pane (toolbar, filters, list, details), as desktop
// applications do, so that keyboard users cross the window in a few keys instead of Tab after Tab.
// Coming back to a pane puts the focus where it last was in it.
class PaneCycler : public QObject
{
    Q_OBJECT
public:
    // Adds the F6 / Shift+F6 actions to window (window-wide shortcuts).
    explicit PaneCycler(QWidget *window);

    // Panes in cycle order. entry: where the focus goes the first time (default: the pane's first
    // widget that takes Tab focus). A pane with nothing focusable (hidden, empty) is passed over.
    void addPane(QWidget *pane, QWidget *entry = nullptr);

    void next();
    void previous();
    // The pane holding the focus, -1 when none does.
    int currentPane() const;
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

private:
    struct Pane
    {
        QPointer<QWidget> widget;
        QPointer<QWidget> entry;
        QPointer<QWidget> last; // the focus widget when the pane last had the focus
    };

    void step(int direction);
    QWidget *target(const Pane &pane) const;
    void onFocusChanged(QWidget *now);

    QWidget *m_window = nullptr;
    QList<Pane> m_panes;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};
