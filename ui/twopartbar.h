#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

// Two groups of controls side by side when the bar is wide enough for both, one above the other when
// it is not, so that a row of controls never holds a window wider than a laptop's half screen. The
// first group is laid out at its preferred width before the bar goes to one row.
class TwoPartBar : public QWidget
{
    Q_OBJECT
public:
    explicit TwoPartBar(QWidget *parent = nullptr);

    QHBoxLayout *first() const { return m_first; }
    QHBoxLayout *second() const { return m_second; }
    bool isOneRow() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_rows = nullptr;
    QHBoxLayout *m_first = nullptr;
    QHBoxLayout *m_second = nullptr;
};
