#pragma once

#include "edit/draftstore.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

// The question at start when edits were left unsaved (a crash, a kill): lists each draft with its
// artifact, connection, time and how many keys it changes, and the draft files that could not be read.
// Restore and Discard act on the selected draft; Later keeps them all for the next start. The dialog
// only asks: the EditController restores or removes.
class DraftsDialog : public QDialog
{
    Q_OBJECT
public:
    // namer: how a connection key reads for people (empty: the key itself).
    DraftsDialog(const DraftStore::Listing &listing, const std::function<QString(const QString &)> &namer,
        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    // The dialog accepts before restoreRequested(); after discardRequested() the draft leaves the list,
    // and the dialog closes with the last one.
    void restoreRequested(const DraftStore::Draft &draft);
    void discardRequested(const DraftStore::Draft &draft);

private:
    std::optional<DraftStore::Draft> selected() const;

    QList<DraftStore::Draft> m_drafts;
    QTreeWidget *m_list = nullptr;
};
