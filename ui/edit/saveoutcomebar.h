#pragma once

#include "edit/metadataverify.h"

#include <QDeadlineTimer>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

// The save's progress and result, above the editor: the stage in words while saving ("Sending…"),
// a rate-limit countdown, then what the server's answer says. An answer that matches reads as one
// sentence; otherwise each differing key is named with what happened to it (kept, dropped, altered,
// added). Keys the server kept although they were left out (a merging server) come with an
// explanation and "Remove kept keys". Failures are one sentence from the caller.
//
// It only shows and asks: the save coordinator calls the setters and acts on removeKeptKeysRequested().
// Tinted like NoticeBar when something needs attention (a failure or a differing answer), plain
// otherwise; the text says which, never the colour alone.
class SaveOutcomeBar : public QFrame
{
    Q_OBJECT
public:
    enum class State { Idle, Working, Saved, Differs, Failed };

    explicit SaveOutcomeBar(QWidget *parent = nullptr);
    ~SaveOutcomeBar() override;

    // A save step under way ("Fetching the map on the server…"): shows the bar, drops an earlier outcome.
    void setStage(const QString &text);
    // "Waiting for the rate limit: 12 s", counting down by itself; 0 (or less) hides the line.
    void setWaiting(qint64 msLeft);
    // The save went through; differences: MetadataVerify::compare() of the map sent and the answer.
    void setOutcome(const QList<MetadataVerify::Difference> &differences);
    // The save failed; message: one translated sentence saying why and what to do.
    void setFailure(const QString &message);
    // Hides the bar and forgets everything.
    void clear();

    State state() const { return m_state; }
    QString summaryText() const;
    // One sentence per difference, in the order given.
    QStringList differenceTexts() const;
    // The countdown line; empty when it is hidden.
    QString waitingText() const;
    QPushButton *removeKeptButton() const { return m_removeKept; }

    // The sentence for one difference, as listed.
    static QString describe(const MetadataVerify::Difference &difference);

Q_SIGNALS:
    void removeKeptKeysRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setState(State state);
    void clearDifferences();
    void updateWaiting();
    void applyTint();

    State m_state = State::Idle;
    QLabel *m_icon = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_summary = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<QLabel *> m_differences;
    QLabel *m_explanation = nullptr;
    QPushButton *m_removeKept = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_tick = nullptr;
    QDeadlineTimer m_waitUntil;
    bool m_tinted = false;
};
