#pragma once

#include "domain/artifact.h"

#include <QDialog>

class QLabel;
class QPushButton;

// "Delete this artifact?" naming exactly which one: the full artifact id, its recording, when it was
// created (local time and UTC) and its status now, so that support staff can check it against what the
// customer asked before anything is sent. Cancel is the default button and Esc cancels; the destructive
// button only acts when the user goes to it. Sends nothing itself: accepted() is the caller's cue.
class DeleteConfirmation : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteConfirmation(const Artifact &artifact, QWidget *parent = nullptr);

    // The artifact this dialog names: the one to delete when it is accepted.
    QString artifactId() const { return m_artifactId; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Every line of the dialog as it reads, for tests and for a person checking it.
    QString text() const;

private:
    QString m_artifactId;
    QPushButton *m_delete = nullptr;
    QPushButton *m_cancel = nullptr;
};
