#include "apierror.h"

#include "errorparser.h"

using namespace Qt::StringLiterals;

QString ApiError::hint() const
{
    switch (kind) {
    case Kind::Network:
        return tr("Check the network connection and that %1 is reachable.").arg(host);
    case Kind::Timeout:
        return tr("The server did not answer in time; try again later.");
    case Kind::InsecureUrl:
        return tr("Use an https:// address; plain http is only allowed for this computer (loopback).");
    case Kind::DownloadExpired:
        return tr("Download links expire: refresh the artifact to get fresh links.");
    case Kind::MalformedResponse:
        return tr("The server's answer could not be read; if this persists, check the base URL.");
    case Kind::FileError:
    case Kind::Cancelled:
        return {};
    case Kind::Http:
        break;
    }
    switch (httpStatus) {
    case 401:
        return tr("Check the API key and the region: a key works only in the region it was created in.");
    case 402:
        return tr("The workspace's credit balance is too low.");
    case 403:
        return tr("The request was blocked before it reached the API (firewall). Try again later or from "
                  "another network.");
    case 404:
        return tr("The id is unknown, belongs to another region, or was deleted.");
    case 409:
        return tr("The same change is still being processed; it will be retried.");
    case 429:
        return tr("Rate limited: the request waits for the server's Retry-After and is retried.");
    case 502:
    case 503:
    case 504:
        return tr("The server is overloaded; the request is retried with backoff.");
    default:
        return {};
    }
}

QString ApiError::displayText() const
{
    QStringList lines;
    lines.append(message);
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        lines.append(it.key() % u": "_s % it.value().join(u' '));
    if (!bodyExcerpt.isEmpty() && !message.contains(bodyExcerpt))
        lines.append(u"\u201c"_s % bodyExcerpt % u"\u201d"_s);
    const QString h = hint();
    if (!h.isEmpty())
        lines.append(h);
    return lines.join(u'\n');
}

bool ApiError::isTransient() const
{
    if (kind == Kind::Network || kind == Kind::Timeout)
        return true;
    return kind == Kind::Http && (httpStatus == 409 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504);
}

ApiError ApiError::network(const QString &host, const QString &detail)
{
    ApiError e;
    e.kind = Kind::Network;
    e.host = host;
    e.cause = detail;
    e.message = tr("Could not reach %1: %2").arg(host, detail);
    return e;
}

ApiError ApiError::timeout(const QString &host, int timeoutMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.host = host;
    e.message = tr("%1 did not answer within %2 seconds.").arg(host).arg(timeoutMs / 1000.0, 0, 'g', 3);
    return e;
}

ApiError ApiError::insecureUrl(const QString &url, const QString &why)
{
    ApiError e;
    e.kind = Kind::InsecureUrl;
    e.message = tr("Refused to send a request to %1: %2").arg(url, why);
    return e;
}

ApiError ApiError::malformed(int httpStatus, qint64 offset, const QString &why, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::MalformedResponse;
    e.httpStatus = httpStatus;
    e.jsonErrorOffset = offset;
    e.message = offset >= 0 ? tr("The server sent malformed JSON (%1 at byte %2).").arg(why).arg(offset)
                            : tr("The server's answer was not what the API documents: %1").arg(why);
    e.bodyExcerpt = ErrorParser::textExcerpt(body);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}
