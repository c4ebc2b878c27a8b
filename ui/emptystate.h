#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QVBoxLayout;

// What an empty view shows instead of nothing: one or two lines saying why it is empty, and buttons for
// what the user can do about it (Retry, Manage connections, Search all pages). It lies over the view's
// viewport, and it is a real widget rather than painted text, so screen readers hear the reason and the
// keyboard reaches the buttons.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Shows text with one button per action (in order); an empty text hides the whole note.
    void showState(const QString &text, const QList<QAction *> &actions = {});
    QString text() const;
    // The buttons now shown, in order (for the focus chain and tests).
    QList<QPushButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    // New buttons: the owner puts them into its focus chain.
    void buttonsChanged();

private:
    void rebuildButtons();

    QLabel *m_label = nullptr;
    QWidget *m_buttonRow = nullptr;
    QList<QAction *> m_actions;
    QList<QPushButton *> m_buttons;
};
