#include "demodownloads.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype cachedMeetings = 3;
}

DemoDownloads::DemoDownloads(const DemoCatalog &catalog)
    : m_catalog(catalog)
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    m_secret = QByteArray(reinterpret_cast<const char *>(words.data()), static_cast<qsizetype>(sizeof(words)));
}

QByteArray DemoDownloads::signature(const QString &artifactId, const QString &fileName, qint64 expires) const
{
    const QByteArray message = artifactId.toUtf8() + '|' + fileName.toUtf8() + '|' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex();
}

QString DemoDownloads::signedUrl(const QString &artifactId, MeetingFile file, qint64 nowMs) const
{
    const QString name = meetingFileName(file);
    const qint64 expires = nowMs + m_lifetimeMs;
    QUrl url = m_baseUrl;
    url.setPath(u"/artifacts/%1/%2.json"_s.arg(artifactId, name));
    url.setQuery(
        u"expires=%1&signature=%2"_s.arg(expires).arg(QString::fromLatin1(signature(artifactId, name, expires))));
    return url.toString(QUrl::FullyEncoded);
}

HttpResponse DemoDownloads::xmlError(int status, const QString &code, const QString &message)
{
    const QString body = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%1</Code><Message>%2</Message>"
                         u"<RequestId>DEMO%3</RequestId></Error>"_s.arg(code, message)
                             .arg(status);
    return {status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")}}, body.toUtf8()};
}

HttpResponse DemoDownloads::handle(const HttpRequest &request, qint64 nowMs)
{
    if (request.method != "GET") {
        return xmlError(405, u"MethodNotAllowed"_s, u"The specified method is not allowed against this resource."_s);
    }
    static const QRegularExpression pattern(u"^/artifacts/([0-9a-f-]{36})/([a-z_]+)\\.json$"_s);
    const QRegularExpressionMatch match = pattern.match(request.path);
    const auto file = match.hasMatch() ? meetingFileFromName(match.captured(2)) : std::nullopt;
    const int index = file ? m_catalog.indexOf(match.captured(1)) : -1;
    if (index < 0)
        return xmlError(404, u"NoSuchKey"_s, u"The specified key does not exist."_s);

    const QString expiresText = request.query.queryItemValue(u"expires"_s, QUrl::FullyDecoded);
    const QByteArray given = request.query.queryItemValue(u"signature"_s, QUrl::FullyDecoded).toLatin1();
    bool ok = false;
    const qint64 expires = expiresText.toLongLong(&ok);
    if (!ok || given.isEmpty())
        return xmlError(
            403, u"AccessDenied"_s, u"Query-string authentication requires the signature and expires parameters"_s);
    const QByteArray expected = signature(m_catalog.at(index).id, meetingFileName(*file), expires);
    if (given.toLower() != expected) {
        return xmlError(403, u"SignatureDoesNotMatch"_s,
            u"The request signature we calculated does not match the signature you provided."_s);
    }
    if (nowMs > expires)
        return xmlError(403, u"AccessDenied"_s, u"Request has expired"_s);
    // A deleted (or not yet done) artifact has no files any more, even behind a valid link.
    if (m_catalog.at(index).statusCode != DemoStatus::done)
        return xmlError(404, u"NoSuchKey"_s, u"The specified key does not exist."_s);
    return {200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, fileBytes(index, *file)};
}

QByteArray DemoDownloads::fileBytes(int index, MeetingFile file)
{
    if (index < 0 || index >= m_catalog.size())
        return {};
    qsizetype slot = -1;
    for (qsizetype i = 0; i < m_cache.size(); ++i) {
        if (m_cache[i].index == index)
            slot = i;
    }
    if (slot < 0) {
        m_cache.prepend({index, generateMeeting(m_catalog.meetingSpec(index)), {}});
        if (m_cache.size() > cachedMeetings)
            m_cache.removeLast();
    } else if (slot > 0) {
        m_cache.move(slot, 0);
    }
    CachedMeeting &entry = m_cache.first();
    QByteArray &bytes = entry.files[static_cast<std::size_t>(file)];
    if (bytes.isEmpty())
        bytes = meetingFileJson(entry.meeting, file);
    return bytes;
}
