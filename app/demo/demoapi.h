#pragma once

#include "demobots.h"
#include "democatalog.h"
#include "demomalformed.h"
#include "httplistener.h"
#include "tokenbucket.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

// Recall's participant_events API over the demo catalog: routing, authentication, rate limits,
// validation and Idempotency-Key handling. Transport tricks (latency, 5xx bursts, truncation,
// firewall pages) belong to DemoServer; this class only decides what the answer is.
class DemoApi
{
public:
    struct Result
    {
        HttpResponse response;
        // Set when the answer opened an Idempotency-Key entry: call finishIdempotent() once it has
        // been delivered, until then a repeat of the key gets 409.
        QString idempotencyKey;
    };

    DemoApi(DemoCatalog &catalog, const QString &token, int pageSize);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setUrlMaker(DemoCatalog::UrlMaker urls) { m_urls = std::move(urls); }
    void setMergeOnPatch(bool merge) { m_mergeOnPatch = merge; }
    void setRateLimits(int listPerMinute, int perIdPerMinute, qint64 nowMs);
    // A new time base (another Clock): buckets refill and cached Idempotency-Key answers are dropped.
    void resetClock(qint64 nowMs);
    void drainRateLimits(qint64 nowMs);
    // PATCHes that changed an artifact's map (idempotent replays not counted), by artifact id.
    const QHash<QString, int> &patchesApplied() const { return m_patchesApplied; }

    // Malformed answers (see demomalformed.h): List and Retrieve only, never PATCH answers.
    void setMalformedArtifacts(bool on) { m_malformed = on; }
    void setNextLinks(DemoNextLinks links) { m_nextLinks = links; }

    Result handle(const HttpRequest &request, qint64 nowMs);
    void finishIdempotent(const QString &key);

    QJsonObject artifactJson(int index) const { return m_catalog.artifactJson(index, m_urls); }
    const DemoBots &bots() const { return m_bots; }
    std::optional<QJsonObject> botJson(const QString &id) const { return m_bots.json(id, m_urls); }

    static HttpResponse json(int status, const QJsonValue &body);
    static HttpResponse detail(int status, const QString &message);

private:
    enum class RouteKind { None, List, Artifact, Recording, Bot };
    struct Route
    {
        RouteKind kind = RouteKind::None;
        QString id;
    };
    struct IdempotentEntry
    {
        HttpResponse response;
        qint64 firstSeenMs = 0;
        bool inFlight = true;
    };
    struct MetadataInput
    {
        QJsonObject metadata;
        QJsonObject errors; // empty when valid
    };

    static Route route(const QString &path);
    bool authorized(const HttpRequest &request) const;
    HttpResponse dispatch(const Route &route, const HttpRequest &request, qint64 nowMs);
    HttpResponse list(const HttpRequest &request);
    HttpResponse artifact(const QString &id, const HttpRequest &request, qint64 nowMs);
    HttpResponse recording(const QString &id, const HttpRequest &request);
    HttpResponse bot(const QString &id) const;
    QString pageUrl(const QList<QPair<QString, QString>> &filters, const QString &cursor) const;
    QJsonObject servedArtifactJson(int index) const;
    HttpResponse served(HttpResponse response) const;
    static std::optional<HttpResponse> unsupportedMediaType(const HttpRequest &request);
    static MetadataInput parseMetadata(const QByteArray &body);
    QJsonObject applied(const QJsonObject &current, const QJsonObject &patch) const;
    void pruneIdempotency(qint64 nowMs);

    DemoCatalog &m_catalog;
    DemoBots m_bots;
    DemoCatalog::UrlMaker m_urls;
    QString m_token;
    int m_pageSize = 50;
    QUrl m_baseUrl;
    bool m_mergeOnPatch = false;
    TokenBucket m_listBucket;
    TokenBucket m_perIdBucket;
    int m_listPerMinute = 60;
    int m_perIdPerMinute = 300;
    QHash<QString, IdempotentEntry> m_idempotency;
    QHash<QString, int> m_patchesApplied;
    bool m_malformed = false;
    DemoNextLinks m_nextLinks = DemoNextLinks::Clean;
};
