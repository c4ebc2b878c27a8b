#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;

// Stands between a list's current row and the details it feeds, for whoever must agree before the
// details move on (the metadata editor with unsaved edits). A change of row the guard does not let
// through at once is undone on the spot, the question is asked once the view has finished with the
// click or key, and the row is selected again if the answer lets the change go on.
class SelectionGate : public QObject
{
    Q_OBJECT
public:
    // True to go on now; false to stay, with proceed called later if the change may go on.
    using Guard = std::function<bool(const QString &why, std::function<void()> proceed)>;

    explicit SelectionGate(QAbstractItemView *view, QObject *parent = nullptr);

    // holdDetail: while true, rows that vanish (a filter, a reload) leave the details as they are.
    void setGuard(Guard guard, std::function<bool()> holdDetail);
    bool holdsDetail() const { return m_holdDetail && m_holdDetail(); }
    // While the gate itself puts the current row back: the view's change is not the user's.
    bool isRestoring() const { return m_restoring; }

    // The current row moved from the artifact shown to target. True when the details may follow now.
    // Otherwise the current index is put back to back, and select(targetId) runs once the guard agrees.
    bool admit(const QString &shownId, const QString &targetId, const QModelIndex &back,
        std::function<void(const QString &targetId)> select);

private:
    QPointer<QAbstractItemView> m_view;
    Guard m_guard;
    std::function<bool()> m_holdDetail;
    bool m_restoring = false;
    bool m_passed = false; // the guard let this change through: admit() says yes once
};
