#pragma once

#include <QComboBox>

#include <functional>

class ConnectionManager;
struct ConnectionProfile;

// The toolbar's connection picker, bound to a ConnectionManager: lists the profiles by label and
// activates the one chosen. It follows the manager (profilesChanged, activating, workspaceChanged)
// and falls back to the active profile when an activation fails; the manager's activationFailed()
// carries the reason, which the main window shows.
//
// Its last entry, "Manage connections…", does not switch: it emits manageRequested(), for the main
// window to open the ConnectionDialog (the same slot can serve a menu action). The combo then keeps
// showing the active profile.
class ConnectionSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit ConnectionSwitcher(ConnectionManager *manager, QWidget *parent = nullptr);
    ~ConnectionSwitcher() override;

    // The id of the profile the combo shows: the active one, or the one being activated.
    QString shownProfileId() const { return m_shownId; }
    // The row of the "Manage connections…" entry.
    int manageIndex() const { return count() - 1; }
    // Asked before switching: true to switch now; false to stay (the combo shows the active profile
    // again) with proceed called later if the switch may go on (EditController::confirmLeave).
    using SwitchGuard = std::function<bool(std::function<void()> proceed)>;
    void setSwitchGuard(SwitchGuard guard) { m_guard = std::move(guard); }

Q_SIGNALS:
    void manageRequested();

private:
    void rebuild();
    void onActivated(int index);
    void showProfile(const QString &profileId);
    void updateToolTip();

    ConnectionManager *m_manager = nullptr;
    SwitchGuard m_guard;
    QString m_shownId;
};
