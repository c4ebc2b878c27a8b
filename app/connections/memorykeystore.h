#pragma once

#include "keystore.h"

#include <QHash>

// Keys in memory, gone when the app quits. The tests' key store, and the keychain store's fallback
// on machines without a keychain.
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT
public:
    // reason is what sessionOnlyReason() tells people; a generic sentence when empty.
    explicit MemoryKeyStore(QObject *parent = nullptr, const QString &reason = {});
    ~MemoryKeyStore() override;

    void readKey(const QString &profileId, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &profileId, const QString &key, QObject *context, DoneCallback callback) override;
    void removeKey(const QString &profileId, QObject *context, DoneCallback callback) override;

    bool isPersistent() const override { return false; }
    QString sessionOnlyReason() const override { return m_reason; }
    void setSessionOnlyReason(const QString &reason);

    // Synchronous access for the owner (tests, the keychain store's fallback).
    bool contains(const QString &profileId) const { return m_keys.contains(profileId); }
    int count() const { return static_cast<int>(m_keys.size()); }

private:
    QHash<QString, QString> m_keys;
    QString m_reason;
};
