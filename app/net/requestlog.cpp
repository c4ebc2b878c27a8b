#include "requestlog.h"

#include "core/timeformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString redacted = u"[redacted]"_s;

// An Authorization header's value as it might turn up in an error text or a URL.
const QRegularExpression &schemeToken()
{
    static const QRegularExpression re(
        u"\\b(Token|Bearer|Basic)(\\s+|%20|\\+)[^\\s\"',;&]+"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The value of a query parameter whose name says it is a secret: signed links (signature, X-Amz-Signature,
// X-Amz-Credential, X-Amz-Security-Token, sig), and anything called a key, token or password.
const QRegularExpression &secretQueryValue()
{
    static const QRegularExpression re(
        u"([?&;][^=&\\s#?]*(?:sig|token|key|secret|passw|credential|auth|session)[^=&\\s#?]*=)[^&\\s#\"']*"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{ }

void RequestLog::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

void RequestLog::add(Entry entry)
{
    entry.host = scrub(entry.host, m_secrets);
    entry.path = scrub(entry.path, m_secrets);
    entry.error = scrub(entry.error, m_secrets);
    entry.requestId = scrub(entry.requestId, m_secrets);
    entry.artifactId = scrub(entry.artifactId, m_secrets);
    entry.method = scrub(QString::fromLatin1(entry.method), m_secrets).toLatin1();
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

void RequestLog::clear()
{
    m_entries.clear();
    m_secrets.clear();
}

QList<RequestLog::Entry> RequestLog::entries() const
{
    return QList<Entry>(m_entries.cbegin(), m_entries.cend());
}

QList<RequestLog::Entry> RequestLog::entriesFor(const QString &artifactId) const
{
    QList<Entry> out;
    if (artifactId.isEmpty())
        return out;
    for (const Entry &entry : m_entries) {
        if (entry.artifactId == artifactId)
            out.append(entry);
    }
    return out;
}

QString RequestLog::forArtifact(const QString &artifactId, Format format) const
{
    QString out;
    const QList<Entry> found = entriesFor(artifactId);
    for (const Entry &entry : found) {
        if (format == Format::Text)
            out += textLine(entry) % u'\n';
        else
            out += QString::fromUtf8(jsonLine(entry)) % u'\n';
    }
    return out;
}

QString RequestLog::textLine(const Entry &entry)
{
    QString line = TimeFormat::utc(entry.time) % u' ' % QString::fromLatin1(entry.method) % u' ' % entry.host
        % entry.path % u' ' % (entry.status > 0 ? QString::number(entry.status) : u"-"_s);
    if (!entry.error.isEmpty())
        line += u" (" % entry.error % u')';
    line += u' ' % QString::number(entry.durationMs) % u" ms attempt "_s % QString::number(entry.attempt) % u' '
        % QString::number(entry.bytes) % u" bytes"_s;
    if (!entry.requestId.isEmpty())
        line += u" request-id "_s % entry.requestId;
    // One entry, one line, whatever an error text holds.
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return line;
}

QByteArray RequestLog::jsonLine(const Entry &entry)
{
    QJsonObject o;
    o.insert("time"_L1, TimeFormat::utc(entry.time));
    o.insert("method"_L1, QString::fromLatin1(entry.method));
    o.insert("host"_L1, entry.host);
    o.insert("path"_L1, entry.path);
    o.insert("status"_L1, entry.status);
    o.insert("error"_L1, entry.error);
    o.insert("duration_ms"_L1, entry.durationMs);
    o.insert("attempt"_L1, entry.attempt);
    o.insert("request_id"_L1, entry.requestId);
    o.insert("bytes"_L1, entry.bytes);
    o.insert("artifact_id"_L1, entry.artifactId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString RequestLog::describe(const QUrl &url)
{
    QString text = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += u'?' % url.query(QUrl::FullyEncoded);
    return scrub(text, {});
}

QString RequestLog::artifactIdOf(const QUrl &url)
{
    static const QRegularExpression re(u"/api/v1/participant_events/([^/?#]+)"_s);
    const QRegularExpressionMatch match = re.match(url.path());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString RequestLog::scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, redacted);
        // As it would read inside a URL.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, redacted, Qt::CaseInsensitive);
    }
    text.replace(schemeToken(), u"\\1 "_s % redacted);
    text.replace(secretQueryValue(), u"\\1"_s % redacted);
    return text;
}
