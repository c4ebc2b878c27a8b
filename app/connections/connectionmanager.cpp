#include "connectionmanager.h"

#include "connectionstore.h"
#include "demo/demoserver.h"
#include "keystore.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

using namespace Qt::StringLiterals;

ConnectionManager::ConnectionManager(ConnectionStore *store, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_tester(new ConnectionTester(this))
{
    Q_ASSERT(store && keys);
    connect(m_store, &ConnectionStore::profilesChanged, this, &ConnectionManager::profilesChanged);
}

ConnectionManager::~ConnectionManager()
{
    // The client goes before the demo server it may still be talking to.
    delete m_client.data();
}

QString ConnectionManager::sessionProfileId()
{
    return u"session"_s;
}

QList<ConnectionProfile> ConnectionManager::profiles() const
{
    QList<ConnectionProfile> all = m_store->profiles();
    if (m_sessionProfile)
        all.append(*m_sessionProfile);
    return all;
}

std::optional<ConnectionProfile> ConnectionManager::profile(const QString &id) const
{
    if (m_sessionProfile && id == m_sessionProfile->id)
        return m_sessionProfile;
    return m_store->profile(id);
}

QString ConnectionManager::lastUsedProfileId() const
{
    const QString id = m_store->lastUsedId();
    return id.isEmpty() ? ConnectionProfile::demoId() : id;
}

void ConnectionManager::setSessionKeyOverride(const QString &key)
{
    m_overrideKey = key.trimmed();
}

DemoServer *ConnectionManager::ensureDemoServer(QString *error)
{
    if (m_demo)
        return m_demo;
    auto *demo = new DemoServer(this);
    if (!demo->start()) {
        *error = tr("Could not start the demo workspace: %1").arg(demo->errorString());
        delete demo;
        return nullptr;
    }
    m_demo = demo;
    return m_demo;
}

void ConnectionManager::resolve(const ConnectionProfile &profile, KeyHandler handler)
{
    // Every answer comes from the event loop, so callers see the same order whatever the source.
    auto answerSoon = [this, handler](const ConnectionProfile &resolved, const QString &key, const QString &error) {
        QMetaObject::invokeMethod(
            this, [handler, resolved, key, error] { handler(resolved, key, error); }, Qt::QueuedConnection);
    };

    if (profile.isDemo) {
        QString error;
        DemoServer *demo = ensureDemoServer(&error);
        ConnectionProfile resolved = profile;
        if (demo)
            resolved.customBaseUrl = demo->baseUrl();
        answerSoon(resolved, demo ? demo->token() : QString(), error);
        return;
    }
    if (const std::optional<QString> why = profile.addressError()) {
        answerSoon(profile, {}, *why);
        return;
    }
    if (profile.id == sessionProfileId() && !m_sessionKey.isEmpty()) {
        answerSoon(profile, m_sessionKey, {});
        return;
    }
    if (!m_overrideKey.isEmpty()) {
        answerSoon(profile, m_overrideKey, {});
        return;
    }
    if (profile.id.isEmpty() || profile.id == sessionProfileId()) {
        answerSoon(profile, {},
            tr("No API key for \u201c%1\u201d: set RECALL_API_KEY or save the connection with a key.")
                .arg(profile.displayName()));
        return;
    }
    m_keys->readKey(profile.id, this, [profile, handler](const KeyStore::ReadResult &result) {
        switch (result.status) {
        case KeyStore::ReadResult::Status::Found:
            handler(profile, result.key, {});
            return;
        case KeyStore::ReadResult::Status::NotFound:
            handler(profile, {},
                tr("No API key is stored for \u201c%1\u201d. Edit the connection to enter one, or set "
                   "RECALL_API_KEY.")
                    .arg(profile.displayName()));
            return;
        case KeyStore::ReadResult::Status::Failed:
            handler(profile, {}, result.error);
            return;
        }
    });
}

void ConnectionManager::activate(const QString &profileId)
{
    const std::optional<ConnectionProfile> found = profile(profileId);
    if (found) {
        startActivation(*found);
        return;
    }
    ConnectionProfile unknown;
    unknown.id = profileId;
    const quint64 generation = ++m_generation;
    m_activating = true;
    QMetaObject::invokeMethod(
        this,
        [this, unknown, generation] {
            if (generation != m_generation)
                return;
            m_activating = false;
            Q_EMIT activationFailed(unknown, tr("There is no saved connection with the id %1.").arg(unknown.id));
        },
        Qt::QueuedConnection);
}

void ConnectionManager::activateSessionProfile(const ConnectionProfile &profile, const QString &key)
{
    ConnectionProfile session = profile;
    session.id = sessionProfileId();
    session.isDemo = false;
    if (session.label.trimmed().isEmpty())
        session.label = session.region ? Regions::info(*session.region).label : session.customBaseUrl.host();
    m_sessionProfile = session;
    m_sessionKey = key.trimmed();
    Q_EMIT profilesChanged();
    startActivation(session);
}

void ConnectionManager::startActivation(const ConnectionProfile &profile)
{
    const quint64 generation = ++m_generation;
    m_activating = true;
    Q_EMIT activating(profile);
    resolve(profile, [this, generation](const ConnectionProfile &resolved, const QString &key, const QString &error) {
        // The user has moved on to another profile meanwhile: this answer is stale.
        if (generation != m_generation)
            return;
        m_activating = false;
        if (!error.isEmpty()) {
            Q_EMIT activationFailed(resolved, error);
            return;
        }
        install(resolved, key);
    });
}

void ConnectionManager::install(const ConnectionProfile &profile, const QString &key)
{
    auto *budget = new RateBudget(nullptr, nullptr);
    auto *client = new RecallClient(budget, this);
    // Owned by its client: destroyed after it, because the client cancels its queue into the budget.
    budget->setParent(client);
    client->setConnection({profile.baseUrl(), key});

    RecallClient *old = m_client.data();
    m_client = client;
    m_current = profile;
    if (m_store->contains(profile.id))
        m_store->setLastUsedId(profile.id);
    Q_EMIT workspaceChanged(client, profile);
    // Deferred, so slots of workspaceChanged (and queued work of the old client) can let go first.
    if (old)
        old->deleteLater();
}

void ConnectionManager::saveProfile(
    const ConnectionProfile &profile, const QString &keyOrEmptyToKeep, QObject *context, SaveCallback callback)
{
    auto answer = [guard = QPointer<QObject>(context), hasContext = context != nullptr, callback](
                      const ConnectionProfile &saved, const QString &error) {
        if ((hasContext && !guard) || !callback)
            return;
        callback(saved, error);
    };
    auto answerSoon = [this, answer](const ConnectionProfile &saved, const QString &error) {
        QMetaObject::invokeMethod(
            this, [answer, saved, error] { answer(saved, error); }, Qt::QueuedConnection);
    };

    if (profile.isDemo || profile.id == ConnectionProfile::demoId() || profile.id == sessionProfileId()) {
        answerSoon(profile, tr("This connection cannot be changed."));
        return;
    }
    if (const std::optional<QString> why = profile.validationError()) {
        answerSoon(profile, *why);
        return;
    }

    const std::optional<ConnectionProfile> before = m_store->profile(profile.id);
    QString id = profile.id;
    if (before) {
        if (!m_store->update(profile)) {
            answerSoon(profile, tr("The connection could not be saved."));
            return;
        }
    } else {
        id = m_store->add(profile);
        if (id.isEmpty()) {
            answerSoon(profile, tr("The connection could not be saved."));
            return;
        }
    }
    const ConnectionProfile saved = m_store->profile(id).value_or(profile);
    const QString key = keyOrEmptyToKeep.trimmed();
    const bool isCurrent = m_current.id == saved.id;
    const bool reconnect = isCurrent && (!key.isEmpty() || (before && before->baseUrl() != saved.baseUrl()));
    if (isCurrent && !reconnect)
        m_current = saved; // a new label only: the client stays as it is

    auto done = [this, saved, reconnect, answer](const QString &error) {
        if (reconnect && error.isEmpty())
            activate(saved.id);
        answer(saved, error);
    };
    if (key.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_keys->writeKey(saved.id, key, this, done);
}

bool ConnectionManager::removeProfile(const QString &id)
{
    if (id == ConnectionProfile::demoId() || id == sessionProfileId() || !m_store->remove(id))
        return false;
    m_keys->removeKey(id, nullptr, {});
    if (m_current.id == id)
        activate(ConnectionProfile::demoId());
    return true;
}

void ConnectionManager::testProfile(const ConnectionProfile &profile, const QString &keyOrEmptyForStored,
    QObject *context, ConnectionTester::Callback callback)
{
    const QString key = keyOrEmptyForStored.trimmed();
    auto run = [this, guard = QPointer<QObject>(context), hasContext = context != nullptr, callback](
                   const ConnectionProfile &resolved, const QString &resolvedKey, const QString &error) {
        if ((hasContext && !guard) || !callback)
            return;
        if (!error.isEmpty()) {
            callback(ConnectionTestResult {false, error, {}, 0});
            return;
        }
        m_tester->test(resolved, resolvedKey, guard.data(), callback);
    };
    if (!profile.isDemo && !key.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [run, profile, key] { run(profile, key, {}); }, Qt::QueuedConnection);
        return;
    }
    // A profile that is not saved yet has no stored key: the tester then asks for one.
    if (!profile.isDemo && m_overrideKey.isEmpty() && !this->profile(profile.id)) {
        QMetaObject::invokeMethod(
            this, [run, profile] { run(profile, {}, {}); }, Qt::QueuedConnection);
        return;
    }
    resolve(profile, run);
}
