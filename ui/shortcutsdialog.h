#pragma once

#include <QDialog>

#include <utility>

// Help > Keyboard shortcuts: every action of the window that has a shortcut, with the keys that act
// only where the focus is (which no action carries), sorted by what they do. Every row is visible
// without scrolling on any font size, within the screen.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads window's actions (its own and its children's) once, when built.
    explicit ShortcutsDialog(QWidget *window);
};
