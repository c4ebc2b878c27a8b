#include "memorykeystore.h"

MemoryKeyStore::MemoryKeyStore(QObject *parent, const QString &reason)
    : KeyStore(parent)
    , m_reason(reason.isEmpty() ? tr("Keys are kept in memory: the key is kept for this session only.") : reason)
{ }

MemoryKeyStore::~MemoryKeyStore() = default;

void MemoryKeyStore::setSessionOnlyReason(const QString &reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    Q_EMIT persistenceChanged(false, m_reason);
}

void MemoryKeyStore::readKey(const QString &profileId, QObject *context, ReadCallback callback)
{
    ReadResult result;
    const auto it = m_keys.constFind(profileId);
    if (it != m_keys.constEnd()) {
        result.status = ReadResult::Status::Found;
        result.key = *it;
    }
    deliver(context, [callback = std::move(callback), result] {
        if (callback)
            callback(result);
    });
}

void MemoryKeyStore::writeKey(const QString &profileId, const QString &key, QObject *context, DoneCallback callback)
{
    m_keys.insert(profileId, key);
    deliver(context, [callback = std::move(callback)] {
        if (callback)
            callback({});
    });
}

void MemoryKeyStore::removeKey(const QString &profileId, QObject *context, DoneCallback callback)
{
    m_keys.remove(profileId);
    deliver(context, [callback = std::move(callback)] {
        if (callback)
            callback({});
    });
}
