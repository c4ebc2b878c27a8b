#include "connectionstore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr auto groupKey = "connections"_L1;
constexpr auto profilesKey = "profiles"_L1;
constexpr auto lastUsedKey = "lastUsed"_L1;
constexpr auto idKey = "id"_L1;
constexpr auto labelKey = "label"_L1;
constexpr auto regionKey = "region"_L1;
constexpr auto baseUrlKey = "baseUrl"_L1;

bool storable(const ConnectionProfile &profile)
{
    return !profile.isDemo && profile.id != ConnectionProfile::demoId() && !profile.validationError();
}
} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
{
    reload();
}

ConnectionStore::~ConnectionStore() = default;

void ConnectionStore::reload()
{
    QSettings settings;
    settings.beginGroup(groupKey);
    m_saved.clear();
    const int count = settings.beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings.value(idKey).toString();
        profile.label = settings.value(labelKey).toString();
        const QString regionId = settings.value(regionKey).toString();
        if (!regionId.isEmpty())
            profile.region = Regions::fromId(regionId);
        else
            profile.customBaseUrl = QUrl(settings.value(baseUrlKey).toString(), QUrl::StrictMode);
        // A hand-edited or damaged entry is skipped rather than offered as a connection that cannot work.
        if (profile.id.isEmpty() || (!regionId.isEmpty() && !profile.region) || !storable(profile)
            || indexOf(profile.id) >= 0)
            continue;
        m_saved.append(profile);
    }
    settings.endArray();
    m_lastUsedId = settings.value(lastUsedKey).toString();
    settings.endGroup();
    Q_EMIT profilesChanged();
}

void ConnectionStore::save() const
{
    QSettings settings;
    settings.beginGroup(groupKey);
    // Rewritten as a whole: QSettings arrays cannot drop an element in the middle.
    settings.remove(profilesKey);
    settings.beginWriteArray(profilesKey, static_cast<int>(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        const ConnectionProfile &profile = m_saved.at(i);
        settings.setArrayIndex(i);
        settings.setValue(idKey, profile.id);
        settings.setValue(labelKey, profile.label);
        if (profile.region) {
            settings.setValue(regionKey, Regions::info(*profile.region).id);
        } else {
            settings.setValue(regionKey, QString());
            settings.setValue(baseUrlKey, profile.customBaseUrl.toString());
        }
    }
    settings.endArray();
    settings.setValue(lastUsedKey, m_lastUsedId);
    settings.endGroup();
    settings.sync();
}

int ConnectionStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_saved.size(); ++i) {
        if (m_saved.at(i).id == id)
            return i;
    }
    return -1;
}

QList<ConnectionProfile> ConnectionStore::profiles() const
{
    QList<ConnectionProfile> all;
    all.reserve(m_saved.size() + 1);
    all.append(ConnectionProfile::demo());
    all.append(m_saved);
    return all;
}

std::optional<ConnectionProfile> ConnectionStore::profile(const QString &id) const
{
    if (id == ConnectionProfile::demoId())
        return ConnectionProfile::demo();
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_saved.at(index);
}

bool ConnectionStore::contains(const QString &id) const
{
    return id == ConnectionProfile::demoId() || indexOf(id) >= 0;
}

QString ConnectionStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    profile.label = profile.label.trimmed();
    if (!storable(profile) || contains(profile.id))
        return {};
    m_saved.append(profile);
    save();
    Q_EMIT profilesChanged();
    return profile.id;
}

bool ConnectionStore::update(const ConnectionProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index < 0 || !storable(profile))
        return false;
    ConnectionProfile trimmed = profile;
    trimmed.label = trimmed.label.trimmed();
    if (m_saved.at(index) == trimmed)
        return true;
    m_saved[index] = trimmed;
    save();
    Q_EMIT profilesChanged();
    return true;
}

bool ConnectionStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_saved.removeAt(index);
    if (m_lastUsedId == id)
        m_lastUsedId.clear();
    save();
    Q_EMIT profilesChanged();
    return true;
}

QString ConnectionStore::lastUsedId() const
{
    return contains(m_lastUsedId) ? m_lastUsedId : QString();
}

void ConnectionStore::setLastUsedId(const QString &id)
{
    if (id == m_lastUsedId || !contains(id))
        return;
    m_lastUsedId = id;
    QSettings settings;
    settings.beginGroup(groupKey);
    settings.setValue(lastUsedKey, id);
    settings.endGroup();
}
