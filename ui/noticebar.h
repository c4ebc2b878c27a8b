#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A message above a view about the thing it shows (it is gone, it changed elsewhere), with at most
// one action and a close button: the user sees it without a modal dialog and can act or dismiss.
// Tinted from the palette like an invalid input, so it reads in light and dark themes alike.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows text; a non-empty actionText adds a button that emits actionTriggered() and dismisses.
    void showNotice(const QString &text, const QString &actionText = {}, const QString &actionToolTip = {});
    void dismiss();
    // Whether the action also dismisses the notice (default true); false for actions that only show more.
    void setDismissOnAction(bool dismiss) { m_dismissOnAction = dismiss; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    bool m_dismissOnAction = true;
};
