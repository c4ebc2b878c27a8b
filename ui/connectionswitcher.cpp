#include "connectionswitcher.h"

#include "connections/connectionmanager.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
constexpr int ManageRole = Qt::UserRole + 1; // marks the "Manage connections…" entry
}

ConnectionSwitcher::ConnectionSwitcher(ConnectionManager *manager, QWidget *parent)
    : QComboBox(parent)
    , m_manager(manager)
{
    setObjectName(u"connectionSwitcher"_s);
    setAccessibleName(tr("Connection"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Activation starts on a choice only, never when the list is rebuilt.
    connect(this, &QComboBox::activated, this, &ConnectionSwitcher::onActivated);
    connect(m_manager, &ConnectionManager::profilesChanged, this, &ConnectionSwitcher::rebuild);
    connect(m_manager, &ConnectionManager::activating, this,
        [this](const ConnectionProfile &profile) { showProfile(profile.id); });
    connect(m_manager, &ConnectionManager::workspaceChanged, this,
        [this](RecallClient *, const ConnectionProfile &profile) { showProfile(profile.id); });
    connect(m_manager, &ConnectionManager::activationFailed, this,
        [this](const ConnectionProfile &) { showProfile(m_manager->current().id); });
    m_shownId = m_manager->current().id;
    rebuild();
}

ConnectionSwitcher::~ConnectionSwitcher() = default;

void ConnectionSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const QList<ConnectionProfile> profiles = m_manager->profiles();
    for (const ConnectionProfile &profile : profiles) {
        addItem(profile.displayName(), profile.id);
        setItemData(count() - 1, profile.describe(), Qt::ToolTipRole);
    }
    insertSeparator(count());
    addItem(tr("Manage connections\u2026"));
    setItemData(count() - 1, true, ManageRole);
    setItemData(count() - 1, tr("Add, edit, test or remove connections"), Qt::ToolTipRole);
    showProfile(m_shownId);
}

void ConnectionSwitcher::showProfile(const QString &profileId)
{
    m_shownId = profileId;
    const int index = profileId.isEmpty() ? -1 : findData(profileId);
    const QSignalBlocker blocker(this);
    setCurrentIndex(index);
    updateToolTip();
}

void ConnectionSwitcher::updateToolTip()
{
    const ConnectionProfile current = m_manager->current();
    if (!current.isValid()) {
        setToolTip(tr("Choose the workspace to connect to"));
        return;
    }
    setToolTip(tr("Connected to %1. Choose another connection, or manage them.").arg(current.describe()));
}

void ConnectionSwitcher::onActivated(int index)
{
    if (itemData(index, ManageRole).toBool()) {
        showProfile(m_shownId);
        Q_EMIT manageRequested();
        return;
    }
    const QString id = itemData(index).toString();
    if (id.isEmpty())
        return;
    if (id == m_manager->current().id && !m_manager->isActivating())
        return;
    if (m_guard) {
        const QString active = m_manager->current().id;
        showProfile(active); // until the guard lets the switch go on
        const QPointer<ConnectionSwitcher> self(this);
        m_guard([self, id] {
            if (self) {
                self->m_shownId = id;
                self->showProfile(id);
                self->m_manager->activate(id);
            }
        });
        return;
    }
    m_shownId = id;
    m_manager->activate(id);
}
