#pragma once

#include "core/idextractor.h"

#include <QWidget>

class QLabel;
class QToolButton;

// Beside the Open field: what became of the last text opened, in words ("No loaded artifact starts
// with 342fc7a1", "not found in this workspace"), and a menu of ids to open instead (the other ids of
// a pasted text, the artifacts a short id matches). Screen readers hear it; the keyboard reaches the
// menu button.
class OpenFieldHint : public QWidget
{
    Q_OBJECT
public:
    explicit OpenFieldHint(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // An empty list hides the menu button.
    void setChoices(const QString &buttonText, const QList<OpenRequest> &choices);
    QToolButton *choicesButton() const { return m_button; }
    void clear();

Q_SIGNALS:
    void chosen(const OpenRequest &request);

private:
    void updateVisibility();

    QLabel *m_label = nullptr;
    QToolButton *m_button = nullptr;
};
