#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The saved connections, in QSettings (group "connections"), and the id of the one used last.
// Profiles hold no key (see ConnectionProfile), so nothing secret can reach the settings file from
// here. The demo profile is always first and never stored: it cannot be edited or removed.
// Every change is written through at once, so two windows or a crash never lose a saved profile.
class ConnectionStore : public QObject
{
    Q_OBJECT
public:
    // Reads the profiles from the application's default QSettings.
    explicit ConnectionStore(QObject *parent = nullptr);
    ~ConnectionStore() override;

    // The demo profile first, then the saved ones in the order they were added.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    // Saves a new profile; an empty id gets a fresh UUID. Returns the id, or an empty string when
    // the profile is the demo, its id is taken, or it does not validate.
    QString add(ConnectionProfile profile);
    // Replaces the saved profile with the same id; false when there is none or it does not validate.
    bool update(const ConnectionProfile &profile);
    // False for the demo profile and for unknown ids.
    bool remove(const QString &id);

    // Empty when nothing was used yet or the profile has been removed since.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    // Reads the settings again, e.g. after another instance changed them.
    void reload();

Q_SIGNALS:
    void profilesChanged();

private:
    void save() const;
    int indexOf(const QString &id) const;

    QList<ConnectionProfile> m_saved; // without the demo profile
    QString m_lastUsedId;
};
