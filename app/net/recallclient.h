#pragma once

#include "domain/artifact.h"
#include "domain/bot.h"
#include "domain/result.h"
#include "net/ratebudget.h"
#include "net/requestbuilder.h"
#include "net/requestlog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// The app's only door to the Recall.ai API. Typed requests go in, typed results come back through
// callbacks bound to a context object (not called once the context is gone). Every API request
// passes through the shared RateBudget; 429s, 409s, 5xx and network errors of idempotent requests are
// retried here, so callers see only the final outcome. 429s in a row make the budget pause longer,
// and background requests (status polls) wait behind what the user asked for. Never shows UI, never
// spins an event loop.
class RecallClient : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using ProgressCallback = std::function<void(qint64 received, qint64 total)>;

    struct DownloadResult
    {
        QString filePath;
        qint64 bytes = 0;
    };

    // The budget is shared with every other client of the same workspace and must outlive this one.
    explicit RecallClient(RateBudget *budget, QObject *parent = nullptr);
    ~RecallClient() override;

    void setConnection(const Connection &connection);
    Connection connection() const { return m_connection; }
    // No bytes for this long aborts a transfer (default 30 s).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    // Gives up on a request after this many 429s in a row (default 20).
    void setMaxRateLimitRetries(int count) { m_maxRateLimitRetries = count; }
    RateBudget *budget() const { return m_budget; }

    // The first page of the List endpoint with these filters.
    RequestId listArtifacts(const ListFilter &filter, QObject *context, Callback<ArtifactPage> callback);
    // A page's `next` (or `previous`) URL, exactly as the server gave it.
    RequestId fetchPage(const QUrl &pageUrl, QObject *context, Callback<ArtifactPage> callback);
    // Background: for work the user did not ask for (status polls); see RateBudget::Priority.
    RequestId retrieveArtifact(const QString &id, QObject *context, Callback<Artifact> callback,
        RateBudget::Priority priority = RateBudget::Priority::Foreground);
    // Retrieve Bot: the bot's recordings and their participant-events artifact ids (per-id class).
    RequestId retrieveBot(const QString &id, QObject *context, Callback<Bot> callback);
    // Sends the complete desired map with a fresh Idempotency-Key; the answer is the new truth.
    RequestId updateMetadata(
        const QString &id, const Metadata &metadata, QObject *context, Callback<Artifact> callback);
    RequestId updateRecordingMetadata(
        const QString &recordingId, const Metadata &metadata, QObject *context, Callback<Recording> callback);
    // The same with the caller's Idempotency-Key, so that the request sent (and every retry of it) is
    // byte for byte the one RequestBuilder::patchMetadata built for a preview with this connection.
    RequestId updateMetadata(const QString &id, const Metadata &metadata, const QByteArray &idempotencyKey,
        QObject *context, Callback<Artifact> callback);
    RequestId updateRecordingMetadata(const QString &recordingId, const Metadata &metadata,
        const QByteArray &idempotencyKey, QObject *context, Callback<Recording> callback);
    RequestId deleteArtifact(const QString &id, QObject *context, Callback<Done> callback);
    // Streams a signed download link into filePath (written atomically) without the API key.
    // A 403/404 answer means the link expired: re-fetch the artifact for fresh links. artifactId only
    // files the download's attempts under that artifact in the request log (a link does not name it).
    RequestId download(const QUrl &url, const QString &filePath, QObject *context, Callback<DownloadResult> callback,
        ProgressCallback progress = {}, const QString &artifactId = {});

    // Drops a request: its callback is not called. Ids are unique in the process, so an id another
    // client gave out (the one before a connection switch) is simply unknown here: a no-op.
    void cancel(RequestId id);
    void cancelAll();
    int requestsInFlight() const { return static_cast<int>(m_calls.size()); }
    // The request waits for the budget (its turn, a 429 pause, a retry's backoff) instead of being on
    // the wire; false once it is sent, finished or unknown. For a countdown next to what the user asked.
    bool isHeldBack(RequestId id) const;
    // Every attempt on the wire, with the key scrubbed out (see RequestLog); for the support bundle.
    const RequestLog &requestLog() const { return m_log; }
    // Requests with an attempt on the wire now (not waiting for the budget nor a retry's backoff).
    // A test on a clock moved by hand moves it only once this is 0.
    int requestsOnTheWire() const;

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    // An attempt failed and will be retried; for the status bar. what is the request's path, followed
    // by a note in parentheses when the wait is not the server's (a broken Retry-After).
    void retrying(const QString &what, int attempt, qint64 delayMs);

private:
    struct Call;
    using BodyHandler = std::function<void(const Result<QByteArray> &)>;

    static RequestId nextRequestId();
    RequestId send(ApiRequest request, RateBudget::RequestClass cls, bool retryable, QObject *context,
        BodyHandler handler, RateBudget::Priority priority = RateBudget::Priority::Foreground);
    template <typename T, typename Parse>
    RequestId sendParsed(ApiRequest request, RateBudget::RequestClass cls, bool retryable, QObject *context,
        Callback<T> callback, Parse parse, RateBudget::Priority priority = RateBudget::Priority::Foreground);
    void startAttempt(RequestId id);
    void onFinished(RequestId id, QNetworkReply *reply);
    void onDownloadData(RequestId id, QNetworkReply *reply);
    std::optional<ApiError> brokenTransfer(const Call &call, QNetworkReply *reply, qint64 received) const;
    void retryLater(RequestId id, const ApiError &error);
    void logAttempt(const Call &call, int status, const QString &error, qint64 bytes, const QByteArray &requestId = {});
    static QString retryingWhat(const Call &call);
    void finish(RequestId id, const Result<QByteArray> &result);
    void failSoon(RequestId id, const ApiError &error);

    RateBudget *m_budget = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    Connection m_connection;
    int m_timeoutMs = 30000;
    int m_maxRateLimitRetries = 20;
    std::unordered_map<RequestId, std::unique_ptr<Call>> m_calls;
    RequestLog m_log;
};
