#pragma once

#include "connectionprofile.h"
#include "connectiontester.h"
#include "net/recallclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class ConnectionStore;
class DemoServer;
class KeyStore;

// Owns the one workspace the app talks to at a time: for the active profile a RecallClient and its
// RateBudget (one budget per workspace, owned by the client), and for the demo profile a DemoServer
// started on first use and kept for the session, so demo edits survive switching away and back.
//
// Switching is asynchronous (the key comes from the KeyStore): workspaceChanged() hands out the new
// client; the previous client and its budget are deleted with deleteLater() right after that
// signal, so views must let go of them in their slot. Never shows UI.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    // error is empty on success; saved is the profile as stored (with its id).
    using SaveCallback = std::function<void(const ConnectionProfile &saved, const QString &error)>;

    // store and keys are not owned and must outlive the manager.
    ConnectionManager(ConnectionStore *store, KeyStore *keys, QObject *parent = nullptr);
    ~ConnectionManager() override;

    ConnectionStore *store() const { return m_store; }
    KeyStore *keyStore() const { return m_keys; }

    // The demo profile, the saved ones, then the command line's session profile if there is one.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // The active profile; isValid() is false before the first activation.
    ConnectionProfile current() const { return m_current; }
    // The active workspace's client; nullptr before the first activation.
    RecallClient *client() const { return m_client; }
    // nullptr until the demo workspace is first activated or tested.
    DemoServer *demoServer() const { return m_demo; }
    bool isActivating() const { return m_activating; }

    // Switches to a profile: reads its key (unless a session override is set), then emits
    // workspaceChanged() or activationFailed(). A later call supersedes an unfinished one.
    void activate(const QString &profileId);
    // Switches to a profile that is not stored (from --region / --base-url) with key; it gets the id
    // sessionProfileId() and is listed in profiles() until the app quits.
    void activateSessionProfile(const ConnectionProfile &profile, const QString &key);
    static QString sessionProfileId();

    // RECALL_API_KEY: used instead of stored keys for every non-demo profile this session; never
    // stored. An empty key removes the override.
    void setSessionKeyOverride(const QString &key);
    bool hasSessionKeyOverride() const { return !m_overrideKey.isEmpty(); }

    // Adds (empty or unknown id) or updates a profile and, when keyOrEmptyToKeep is not empty,
    // stores its key. Saving the active profile with a new key or address reconnects it.
    void saveProfile(
        const ConnectionProfile &profile, const QString &keyOrEmptyToKeep, QObject *context, SaveCallback callback);
    // Deletes a saved profile and its key; removing the active one switches to the demo workspace.
    // False for the demo profile, the session profile and unknown ids.
    bool removeProfile(const QString &id);
    // The profile to open at start-up: the last one used, or the demo.
    QString lastUsedProfileId() const;

    // Fetches one list page with profile and key; an empty key means the key activation would use
    // (session override, the stored key, the demo's token). For the dialog's "Test connection".
    void testProfile(const ConnectionProfile &profile, const QString &keyOrEmptyForStored, QObject *context,
        ConnectionTester::Callback callback);
    ConnectionTester *tester() const { return m_tester; }

Q_SIGNALS:
    void profilesChanged();
    // An activation started; workspaceChanged() or activationFailed() follows.
    void activating(const ConnectionProfile &profile);
    void workspaceChanged(RecallClient *client, const ConnectionProfile &profile);
    void activationFailed(const ConnectionProfile &profile, const QString &reason);

private:
    // Answers with the profile as it will be used (demo: with its server's URL) and its key, or an error.
    using KeyHandler = std::function<void(const ConnectionProfile &resolved, const QString &key, const QString &error)>;
    void resolve(const ConnectionProfile &profile, KeyHandler handler);
    void startActivation(const ConnectionProfile &profile);
    void install(const ConnectionProfile &profile, const QString &key);
    DemoServer *ensureDemoServer(QString *error);

    ConnectionStore *m_store = nullptr;
    KeyStore *m_keys = nullptr;
    ConnectionTester *m_tester = nullptr;
    QPointer<RecallClient> m_client;
    DemoServer *m_demo = nullptr;
    ConnectionProfile m_current;
    std::optional<ConnectionProfile> m_sessionProfile;
    QString m_sessionKey;
    QString m_overrideKey;
    quint64 m_generation = 0; // tells a superseded activation's late key apart
    bool m_activating = false;
};
