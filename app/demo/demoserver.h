#pragma once

#include "demomalformed.h"
#include "demoquirk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class Clock;
class DemoApi;
class DemoCatalog;
class DemoDownloads;
class DemoNetFaults;
class HttpListener;
class HttpReply;
class SteadyClock;
struct HttpRequest;
struct HttpResponse;

// The demo workspace: a Recall-compatible participant_events API and an S3-like download host on
// two loopback ports, backed by a deterministic, seeded data set. It is the app's --demo mode and
// the server every network test talks to. Runs in the thread that owns it, never blocks, and
// answers late (latency) from timers rather than nested event loops.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint32 seed = 20250717;
        int artifactCount = 320;
        int pageSize = 50;
        quint16 apiPort = 0; // 0: any free port
        quint16 downloadPort = 0;
    };
    using Quirk = DemoQuirk;

    explicit DemoServer(QObject *parent = nullptr);
    explicit DemoServer(const Options &options, QObject *parent = nullptr);
    ~DemoServer() override;

    // Binds the API listener and the download listener on 127.0.0.1. False + errorString() on failure.
    bool start();
    QString errorString() const { return m_errorString; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>, no path, no trailing slash
    QUrl downloadBaseUrl() const;
    QString token() const { return m_token; } // "demo-" + 24 hex digits derived from the seed
    const Options &options() const { return m_options; }

    // Introspection for tests.
    QStringList artifactIds() const; // list order: created_at descending
    int artifactCount() const;
    QJsonObject artifactJson(const QString &id) const; // as Retrieve returns it ({} if unknown)
    QStringList recordingIds() const;
    QString recordingIdOf(const QString &artifactId) const;
    // The artifact guaranteed to carry a quirk (see democatalog.cpp); empty if the workspace is too small.
    QString artifactIdWithQuirk(Quirk quirk) const;
    // Bots (GET /api/v1/bot/{id}/, see demobots.h): every recording belongs to one; one bot has two
    // recordings, one has none, one has a recording without participant events.
    QStringList botIds() const;
    QString botIdForRecording(const QString &recordingId) const; // empty for an unknown recording
    // 0: the bot without recordings; 1: the first recording's bot; 2: the bot with two; else empty.
    QString botIdWithRecordings(int count) const;
    QString botIdWithoutParticipantEvents() const;
    QJsonObject botJson(const QString &id) const; // as Retrieve Bot returns it ({} if unknown)
    // A download file's bytes without HTTP, signature or status checks ("participants",
    // "participant_events", "speaker_timeline"); empty for an unknown id or kind.
    QByteArray downloadFileContents(const QString &id, const QString &kind);

    struct RecordedRequest
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    // Everything each listener saw, in order (the latest 10 000 of each).
    QList<RecordedRequest> apiRequests() const { return m_apiRequests; }
    QList<RecordedRequest> downloadRequests() const { return m_downloadRequests; }
    void clearRecordedRequests();

    // Switches for tests.
    // Rate limits, Idempotency-Key expiry and download-link expiry run on this clock; default: an
    // own SteadyClock(1.0). Not owned; changing it refills the buckets and forgets idempotency keys.
    void setClock(Clock *clock);
    Clock *clock() const;
    void setRateLimits(int listPerMinute, int perIdPerMinute); // defaults 60 / 300; <= 0 disables
    void setMergeOnPatch(bool merge); // default false: PATCH replaces the whole map
    // Empties the token buckets of setRateLimits(), as if a minute's budget had just been used (for
    // measuring a client's steady state without the first minute's burst).
    void drainRateLimits();
    // PATCHes of an artifact that changed its map (a replayed Idempotency-Key is not counted).
    int patchesApplied(const QString &artifactId) const;
    int patchesApplied() const; // of all artifacts
    void setLatencyMs(int ms); // every API response is delayed by ms of real time
    // The next count API requests get this status with a {"detail": ...} body; not rate limited.
    void failNextRequests(int count, int httpStatus = 503);
    void setTruncateBodies(bool truncate); // API JSON bodies cut to half, Content-Length matching
    void setFirewallBlock(bool block); // every API request gets 403 with an HTML page
    // Every API request is answered with status (301, 302, 303, 307 or 308) and a Location on base:
    // the same path and query plus a marker, and a request carrying the marker is served as usual.
    // Aimed at this server itself it is a same-origin hop; at another DemoServer, one that leaves the
    // API origin. An empty base turns it off.
    void setRedirectApi(const QUrl &base, int status = 307);
    void setDownloadLinkLifetimeMs(qint64 ms); // default one hour of clock time
    // Sets status.code (any string, so unknown future codes can be shown), sub_code (empty: null)
    // and updated_at; "done" makes download URLs appear. False for an unknown id.
    bool setArtifactStatus(const QString &id, const QString &code, const QString &subCode = {});
    // From now on every request naming id in its path answers 404 {"detail": "Not found."}, as for an
    // artifact removed for good; the list still returns it, like a replica that lags behind.
    void purgeArtifact(const QString &id);

    // Malformed answers, for the tolerant parser (demomalformed.h says which artifact carries what).
    // List pages and Retrieve answers (not PATCH answers) serve one malformed artifact per
    // Malformation; with the default page size they are all on the third page of an unfiltered list.
    using Malformation = DemoMalformation;
    using NextLinks = DemoNextLinks;
    void setMalformedArtifacts(bool on);
    // Empty if the workspace is too small to hold it.
    QString artifactIdWithMalformation(Malformation malformation) const;
    // How the List endpoint writes next/previous links (default Clean).
    void setNextLinks(NextLinks links);

    // Network faults, for the client's robustness tests (implemented in demonetfaults.cpp).
    // The next count API answers with a body, or the next count downloaded files, break on the wire:
    // the headers announce the whole Content-Length, half the body is written, then the connection
    // closes. (setTruncateBodies() instead sends a complete reply whose short body is malformed JSON.)
    void cutNextApiBodies(int count);
    void cutNextDownloads(int count);
    // The next count download requests get this status with an S3-style XML body.
    void failNextDownloads(int count, int httpStatus = 503);
    // Every 429 and 5xx answer (API and downloads) carries this Retry-After value verbatim ("3",
    // "999999999", an HTTP date) instead of the true wait or none; empty: back to the truth.
    void setRetryAfterOverride(const QByteArray &value);
    // At most n API requests of a class in any 60 s of clock time (a sliding window, as gateways
    // enforce "n per minute"), checked before the token buckets of setRateLimits(); <= 0: off.
    // With setRetryAfterOverride("3") the server understates its waits as a real one was seen to.
    void setWindowRateLimits(int listPerMinute, int perIdPerMinute);

Q_SIGNALS:
    // After each answer of either listener has been written (or dropped: the client had hung up).
    void requestServed(const QString &method, const QString &path, int httpStatus);

private:
    void serveApi(const HttpRequest &request, const HttpReply &reply);
    void serveDownload(const HttpRequest &request, const HttpReply &reply);
    void deliver(const HttpReply &reply, const HttpResponse &response, const QString &method, const QString &path,
        const QString &idempotencyKey);
    static void record(QList<RecordedRequest> &log, const HttpRequest &request);
    qint64 nowMs() const;

    Options m_options;
    QString m_token;
    QString m_errorString;
    std::unique_ptr<DemoCatalog> m_catalog;
    std::unique_ptr<DemoDownloads> m_downloads;
    std::unique_ptr<DemoApi> m_api;
    HttpListener *m_apiListener = nullptr;
    HttpListener *m_downloadListener = nullptr;
    SteadyClock *m_ownClock = nullptr;
    QPointer<Clock> m_clock;
    QList<RecordedRequest> m_apiRequests;
    QList<RecordedRequest> m_downloadRequests;
    int m_latencyMs = 0;
    int m_failCount = 0;
    int m_failStatus = 503;
    bool m_truncateBodies = false;
    bool m_firewallBlock = false;
    QSet<QString> m_purged;
    QUrl m_redirectBase;
    int m_redirectStatus = 307;
    std::unique_ptr<DemoNetFaults> m_faults;
};
