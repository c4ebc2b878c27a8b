#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>

// What the client sent and what came back, one entry per attempt on the wire, for a support ticket
// ("the app's requests for this artifact"). Bounded: the oldest entries go first. Never holds a
// secret: the Authorization header is not an input, and every stored text is scrubbed on the way in
// of the keys it was told about, of anything that reads "Token xxx" or "Bearer xxx", and of the
// values of query parameters named like a signature, token, key or credential (signed download
// links). Lives in the client's thread; not thread-safe.
class RequestLog
{
public:
    struct Entry
    {
        QDateTime time; // UTC, when the attempt was sent
        QByteArray method;
        QString host; // host[:port], never user info
        QString path; // path and (scrubbed) query
        int status = 0; // HTTP status; 0 when there was no HTTP answer
        QString error; // the network's error text, empty when none
        qint64 durationMs = 0;
        int attempt = 1; // 1 for the first send of a request, 2 for its first retry (or redirect) ...
        QString requestId; // the server's request id header, when it sent one
        qint64 bytes = 0; // of the answer's body
        QString artifactId; // the participant-events artifact the request concerns; empty: none

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    static constexpr qsizetype defaultCapacity = 5000;
    explicit RequestLog(qsizetype capacity = defaultCapacity);

    // A secret that must never be stored (the connection's key); kept until clear().
    void addSecret(const QString &secret);
    // Scrubs the entry's texts, then appends it, dropping the oldest entry beyond the capacity.
    void add(Entry entry);
    void clear();

    qsizetype size() const { return qsizetype(m_entries.size()); }
    qsizetype capacity() const { return m_capacity; }
    QList<Entry> entries() const;
    QList<Entry> entriesFor(const QString &artifactId) const;

    enum class Format { Text, JsonLines };
    // The requests about one artifact, oldest first, one line each (ending in '\n'); empty when none.
    QString forArtifact(const QString &artifactId, Format format = Format::Text) const;

    // "2025-07-16T19:17:42.123Z GET api.recall.ai/api/v1/participant_events/ID/ 200 123 ms attempt 1
    // 2048 bytes request-id abc"
    static QString textLine(const Entry &entry);
    static QByteArray jsonLine(const Entry &entry);

    // The path and query of url with secret-looking query values replaced by [redacted].
    static QString describe(const QUrl &url);
    // The artifact id in an API path (/api/v1/participant_events/{id}/...); empty when there is none.
    static QString artifactIdOf(const QUrl &url);
    // text with every secret, "Token xxx" / "Bearer xxx" and secret-looking query value redacted.
    static QString scrub(QString text, const QStringList &secrets);

private:
    qsizetype m_capacity = defaultCapacity;
    std::deque<Entry> m_entries;
    QStringList m_secrets;
};
