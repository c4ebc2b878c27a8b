#pragma once

#include "batch/batchjournal.h"

#include <QMessageBox>

// The question asked when a connection opens with a batch edit left unfinished (a crash, a kill, a
// Pause and close): Resume, Later or Discard. Window-modal and never blocking (open(), not exec());
// it only asks, and whoever shows it acts on resumeChosen() and discardChosen(). Later does nothing:
// the batch is offered again next time.
class BatchResumePrompt : public QMessageBox
{
    Q_OBJECT
public:
    BatchResumePrompt(const Batch &batch, const QString &connectionLabel, QWidget *parent = nullptr);

    const Batch &batch() const { return m_batch; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *laterButton() const { return m_later; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void resumeChosen(const Batch &batch);
    // Discard asks nothing more: the journal goes.
    void discardChosen(const QString &batchId);

private:
    Batch m_batch;
    QPushButton *m_resume = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_discard = nullptr;
};
