#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Where API keys live, keyed by connection profile id. An interface so the app uses the OS keychain
// and tests use memory (a headless machine has no keyring). Every answer arrives from the event
// loop, never from inside the call, and only while the context object given with the call exists.
// Implementations never write a key to QSettings or a log.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    struct ReadResult
    {
        enum class Status { Found, NotFound, Failed };
        Status status = Status::NotFound;
        QString key; // only for Found
        QString error; // only for Failed: why the key could not be read, for people
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    // error is empty on success.
    using DoneCallback = std::function<void(const QString &error)>;

    using QObject::QObject;

    virtual void readKey(const QString &profileId, QObject *context, ReadCallback callback) = 0;
    virtual void writeKey(const QString &profileId, const QString &key, QObject *context, DoneCallback callback) = 0;
    // Removing a key that is not there succeeds.
    virtual void removeKey(const QString &profileId, QObject *context, DoneCallback callback) = 0;

    // True when keys survive a restart of the app.
    virtual bool isPersistent() const = 0;
    // Why keys are kept for this session only, for people; empty while isPersistent().
    virtual QString sessionOnlyReason() const = 0;

Q_SIGNALS:
    // The store found out it cannot keep keys beyond this session (or, in principle, the reverse).
    void persistenceChanged(bool persistent, const QString &reason);

protected:
    // Runs callback from the event loop, unless context was given and is gone by then (or this
    // store is). Implementations answer through this, so callers never see a re-entrant callback.
    void deliver(QObject *context, std::function<void()> callback)
    {
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), hasContext = context != nullptr, callback = std::move(callback)] {
                if (hasContext && !guard)
                    return;
                if (callback)
                    callback();
            },
            Qt::QueuedConnection);
    }
};
