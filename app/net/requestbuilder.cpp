#include "requestbuilder.h"

#include "domain/apierror.h"
#include "domain/metadatajson.h"
#include "net/region.h"

#include <QHostAddress>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QByteArray authorizationHeader = QByteArrayLiteral("Authorization");

QUrl withPath(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix % path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

ApiRequest authorized(const Connection &connection, QByteArray verb, QUrl url)
{
    ApiRequest request;
    request.verb = std::move(verb);
    request.url = std::move(url);
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", RequestBuilder::userAgent());
    if (RequestBuilder::isApiOrigin(request.url, connection.baseUrl))
        request.setHeader(authorizationHeader, "Token " + connection.apiKey.toUtf8());
    return request;
}

ApiRequest metadataPatch(
    const Connection &connection, const QUrl &url, const Metadata &metadata, const QByteArray &idempotencyKey)
{
    ApiRequest request = authorized(connection, "PATCH", url);
    request.setHeader("Content-Type", "application/json");
    if (!idempotencyKey.isEmpty())
        request.setHeader("Idempotency-Key", idempotencyKey);
    // Written by hand: a value the server sent as 12345678901234567890 must go back as exactly that.
    request.body = "{\"metadata\":" + MetadataJson::write(metadata) + '}';
    return request;
}

} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

void ApiRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void ApiRequest::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QNetworkRequest ApiRequest::toNetworkRequest(int timeoutMs) const
{
    QNetworkRequest request(url);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(timeoutMs);
    return request;
}

namespace RequestBuilder {

QUrl listUrl(const QUrl &baseUrl, const ListFilter &filter)
{
    QUrl url = withPath(baseUrl, u"/api/v1/participant_events/"_s);
    QUrlQuery query;
    if (!filter.recordingId.isEmpty())
        query.addQueryItem(u"recording_id"_s, filter.recordingId);
    if (!filter.statusCode.isEmpty())
        query.addQueryItem(u"status_code"_s, filter.statusCode);
    if (filter.createdAfter.isValid())
        query.addQueryItem(u"created_at_after"_s, isoUtc(filter.createdAfter));
    if (filter.createdBefore.isValid())
        query.addQueryItem(u"created_at_before"_s, isoUtc(filter.createdBefore));
    if (!query.isEmpty())
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl artifactUrl(const QUrl &baseUrl, const QString &artifactId)
{
    return withPath(
        baseUrl, u"/api/v1/participant_events/"_s % QString::fromUtf8(QUrl::toPercentEncoding(artifactId)) % u'/');
}

QUrl recordingUrl(const QUrl &baseUrl, const QString &recordingId)
{
    return withPath(baseUrl, u"/api/v1/recording/"_s % QString::fromUtf8(QUrl::toPercentEncoding(recordingId)) % u'/');
}

QUrl botUrl(const QUrl &baseUrl, const QString &botId)
{
    return withPath(baseUrl, u"/api/v1/bot/"_s % QString::fromUtf8(QUrl::toPercentEncoding(botId)) % u'/');
}

ApiRequest list(const Connection &connection, const ListFilter &filter)
{
    return authorized(connection, "GET", listUrl(connection.baseUrl, filter));
}

ApiRequest page(const Connection &connection, const QUrl &pageUrl)
{
    return authorized(connection, "GET", pageUrl);
}

ApiRequest retrieve(const Connection &connection, const QString &artifactId)
{
    return authorized(connection, "GET", artifactUrl(connection.baseUrl, artifactId));
}

ApiRequest retrieveBot(const Connection &connection, const QString &botId)
{
    return authorized(connection, "GET", botUrl(connection.baseUrl, botId));
}

ApiRequest patchMetadata(
    const Connection &connection, const QString &artifactId, const Metadata &metadata, const QByteArray &idempotencyKey)
{
    return metadataPatch(connection, artifactUrl(connection.baseUrl, artifactId), metadata, idempotencyKey);
}

ApiRequest patchRecordingMetadata(const Connection &connection, const QString &recordingId, const Metadata &metadata,
    const QByteArray &idempotencyKey)
{
    return metadataPatch(connection, recordingUrl(connection.baseUrl, recordingId), metadata, idempotencyKey);
}

ApiRequest remove(const Connection &connection, const QString &artifactId)
{
    return authorized(connection, "DELETE", artifactUrl(connection.baseUrl, artifactId));
}

ApiRequest download(const QUrl &url)
{
    ApiRequest request;
    request.verb = "GET";
    request.url = url;
    request.setHeader("Accept", "application/json");
    request.setHeader("User-Agent", userAgent());
    return request;
}

ApiRequest redirected(const ApiRequest &from, const QUrl &target, int httpStatus, const Connection &connection)
{
    ApiRequest next = from;
    next.url = target;
    if (httpStatus != 307 && httpStatus != 308 && from.verb != "GET") {
        next.verb = "GET";
        next.body.clear();
        next.removeHeader("Content-Type");
        next.removeHeader("Idempotency-Key");
    }
    if (!isApiOrigin(target, connection.baseUrl) || !isApiOrigin(from.url, connection.baseUrl))
        next.removeHeader(authorizationHeader);
    return next;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> refusalReason(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::tr("the address is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return std::nullopt;
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return ApiError::tr("plain http is only allowed for loopback addresses");
    }
    return ApiError::tr("the scheme \u201c%1\u201d is not supported").arg(url.scheme());
}

bool isApiOrigin(const QUrl &url, const QUrl &baseUrl)
{
    if (!url.isValid() || !baseUrl.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != baseUrl.scheme().toLower())
        return false;
    const int defaultPort = scheme == "https"_L1 ? 443 : 80;
    if (url.port(defaultPort) != baseUrl.port(defaultPort))
        return false;
    if (url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0)
        return true;
    const std::optional<Region> a = Regions::fromUrl(url);
    const std::optional<Region> b = Regions::fromUrl(baseUrl);
    return a && b && *a == *b;
}

QByteArray newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("ParticipantInspector/0.1 (Qt)");
}

} // namespace RequestBuilder
