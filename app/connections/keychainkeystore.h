#pragma once

#include "keystore.h"

namespace QKeychain {
class Job;
}
class MemoryKeyStore;

// Keys in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) via
// QtKeychain, under the service "Participant Inspector" and the profile id. Never QtKeychain's
// plain-text fallback: a key must not end up in a settings file.
//
// When the keychain turns out to be missing or broken (no backend, no D-Bus session, any other
// backend error), the store says so once through persistenceChanged() and keeps every key in memory
// for the rest of the session, so the app stays usable on a headless or minimal desktop.
class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT
public:
    explicit KeychainKeyStore(QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    void readKey(const QString &profileId, QObject *context, ReadCallback callback) override;
    void writeKey(const QString &profileId, const QString &key, QObject *context, DoneCallback callback) override;
    void removeKey(const QString &profileId, QObject *context, DoneCallback callback) override;

    bool isPersistent() const override;
    QString sessionOnlyReason() const override;

    static QString serviceName();

private:
    // True (and the store switched to memory) when job's error means there is no usable keychain.
    bool fallBackIfUnavailable(const QKeychain::Job *job);

    MemoryKeyStore *m_session = nullptr; // used once m_fallback is set
    bool m_fallback = false;
};
