#include "keychainkeystore.h"

#include "memorykeystore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

// Logs error strings of the backend only: never keys.
Q_LOGGING_CATEGORY(lcKeychain, "pi.keychain", QtWarningMsg)

namespace {
// Jobs delete themselves once finished; a job is never blocked on, so the UI never waits on a
// keyring prompt.
template <typename JobType> JobType *newJob(const QString &profileId, QObject *parent)
{
    auto *job = new JobType(KeychainKeyStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    return job;
}

// callback, made safe to call after context is gone (it then does nothing).
template <typename... Args>
std::function<void(Args...)> guarded(QObject *context, std::function<void(Args...)> callback)
{
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr, callback = std::move(callback)](
               Args... args) {
        if ((hasContext && !guard) || !callback)
            return;
        callback(args...);
    };
}
} // namespace

KeychainKeyStore::KeychainKeyStore(QObject *parent)
    : KeyStore(parent)
    , m_session(new MemoryKeyStore(this, tr("No keychain available: the key is kept for this session only.")))
{ }

KeychainKeyStore::~KeychainKeyStore() = default;

QString KeychainKeyStore::serviceName()
{
    return u"Participant Inspector"_s;
}

bool KeychainKeyStore::isPersistent() const
{
    return !m_fallback;
}

QString KeychainKeyStore::sessionOnlyReason() const
{
    return m_fallback ? m_session->sessionOnlyReason() : QString();
}

bool KeychainKeyStore::fallBackIfUnavailable(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        // The keychain works; this one operation did not.
        return false;
    }
    if (!m_fallback) {
        m_fallback = true;
        qCWarning(lcKeychain) << "keychain unavailable, keeping keys for this session only:" << job->errorString();
        Q_EMIT persistenceChanged(false, sessionOnlyReason());
    }
    return true;
}

void KeychainKeyStore::readKey(const QString &profileId, QObject *context, ReadCallback callback)
{
    if (m_fallback) {
        m_session->readKey(profileId, context, std::move(callback));
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(profileId, this);
    connect(
        job, &QKeychain::Job::finished, this, [this, job, profileId, callback = guarded(context, std::move(callback))] {
            if (fallBackIfUnavailable(job)) {
                // Whatever this session stored in memory meanwhile is the answer now.
                m_session->readKey(profileId, nullptr, callback);
                return;
            }
            ReadResult result;
            switch (job->error()) {
            case QKeychain::NoError:
                result.status = ReadResult::Status::Found;
                result.key = job->textData();
                break;
            case QKeychain::EntryNotFound:
                result.status = ReadResult::Status::NotFound;
                break;
            default:
                result.status = ReadResult::Status::Failed;
                result.error = tr("The keychain refused to give out the key: %1").arg(job->errorString());
                break;
            }
            callback(result);
        });
    job->start();
}

void KeychainKeyStore::writeKey(const QString &profileId, const QString &key, QObject *context, DoneCallback callback)
{
    if (m_fallback) {
        m_session->writeKey(profileId, key, context, std::move(callback));
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(profileId, this);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, profileId, key, callback = guarded(context, std::move(callback))] {
            if (fallBackIfUnavailable(job)) {
                m_session->writeKey(profileId, key, nullptr, callback);
                return;
            }
            callback(job->error() == QKeychain::NoError
                    ? QString()
                    : tr("The keychain did not store the key: %1").arg(job->errorString()));
        });
    job->start();
}

void KeychainKeyStore::removeKey(const QString &profileId, QObject *context, DoneCallback callback)
{
    // The session copy goes in any case: a key that is still in memory must not outlive its profile.
    m_session->removeKey(profileId, nullptr, {});
    if (m_fallback) {
        deliver(context, [callback = std::move(callback)] {
            if (callback)
                callback({});
        });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(profileId, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, callback = guarded(context, std::move(callback))] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
            || fallBackIfUnavailable(job);
        callback(ok ? QString() : tr("The keychain did not remove the key: %1").arg(job->errorString()));
    });
    job->start();
}
