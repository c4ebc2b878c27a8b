#pragma once

#include "domain/artifact.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

// Where requests go and with which key. The key is a secret: it only ever leaves this struct in the
// Authorization header of a request to the API's own origin.
struct Connection
{
    QUrl baseUrl; // scheme://host[:port], optionally with a path prefix
    QString apiKey;
};

// One HTTP request, fully described, before anything touches the network. Pure data, so tests
// check it without sockets.
struct ApiRequest
{
    QByteArray verb;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);

    // timeoutMs: no bytes for that long aborts the transfer. Redirects are left to the caller.
    QNetworkRequest toNetworkRequest(int timeoutMs) const;
};

namespace RequestBuilder {

QUrl listUrl(const QUrl &baseUrl, const ListFilter &filter);
QUrl artifactUrl(const QUrl &baseUrl, const QString &artifactId);
QUrl recordingUrl(const QUrl &baseUrl, const QString &recordingId);
QUrl botUrl(const QUrl &baseUrl, const QString &botId);

ApiRequest list(const Connection &connection, const ListFilter &filter);
// A page's `next` (or `previous`), used exactly as given. It carries the key only when it points at
// the API's own origin (see isApiOrigin).
ApiRequest page(const Connection &connection, const QUrl &pageUrl);
ApiRequest retrieve(const Connection &connection, const QString &artifactId);
// Retrieve Bot (spec: "Related endpoints"): how a bot id leads to its recordings' artifacts.
ApiRequest retrieveBot(const Connection &connection, const QString &botId);
// The complete desired map; idempotencyKey makes a retry safe.
ApiRequest patchMetadata(const Connection &connection, const QString &artifactId, const Metadata &metadata,
    const QByteArray &idempotencyKey);
ApiRequest patchRecordingMetadata(const Connection &connection, const QString &recordingId, const Metadata &metadata,
    const QByteArray &idempotencyKey);
ApiRequest remove(const Connection &connection, const QString &artifactId);
// A signed download link: never an Authorization header.
ApiRequest download(const QUrl &url);

// The request that follows a redirect from `from` to `target`: the same verb for 307/308, GET
// otherwise; the Authorization header survives only while the target stays on the API's origin.
ApiRequest redirected(const ApiRequest &from, const QUrl &target, int httpStatus, const Connection &connection);

// Why url must not be requested, or nullopt when it may: only https, or http to a loopback host.
std::optional<QString> refusalReason(const QUrl &url);
bool isLoopbackHost(const QString &host);
// url is served by the same deployment as baseUrl: same scheme, host and port, or the documented
// alias api.recall.ai = us-east-1.recall.ai.
bool isApiOrigin(const QUrl &url, const QUrl &baseUrl);

QByteArray newIdempotencyKey();
QByteArray userAgent();

} // namespace RequestBuilder
