#pragma once

#include <QSplitter>

// Two panes side by side when there is room, one above the other below a width: the window can then
// be narrow without squeezing either pane. The side-by-side sizes a user chose are kept while the panes
// are stacked, and they are what wideState() saves.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT
public:
    // Below sideBySideMinWidth the panes stack; the splitter itself narrows to minimumWidth.
    explicit AdaptiveSplitter(int sideBySideMinWidth, int minimumWidth, QWidget *parent = nullptr);

    // The side-by-side state (also while stacked), and its restoration.
    QByteArray wideState() const;
    void restoreWideState(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void adapt();

    int m_sideBySideMinWidth = 0;
    QByteArray m_wideState; // the side-by-side sizes, kept while the panes are stacked
};
