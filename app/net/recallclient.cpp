#include "recallclient.h"

#include "domain/artifactparser.h"
#include "domain/botparser.h"
#include "recallclientcall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

// Logs method, URL path and status only: never headers, so the key cannot end up in a log.
Q_LOGGING_CATEGORY(lcRecall, "pi.recall", QtWarningMsg)

RecallClient::RecallClient(RateBudget *budget, QObject *parent)
    : QObject(parent)
    , m_budget(budget)
    , m_nam(new QNetworkAccessManager(this))
{
    Q_ASSERT(budget);
    // Our own redirect handling decides per hop whether the key may travel (see RequestBuilder).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

RecallClient::~RecallClient()
{
    cancelAll();
}

void RecallClient::setConnection(const Connection &connection)
{
    m_connection = connection;
    m_log.addSecret(connection.apiKey);
}

RecallClient::RequestId RecallClient::nextRequestId()
{
    // One counter for every client in the process: callers keep ids across connection switches, and an
    // id from another client must never name one of ours. 0 stays free to mean "no request".
    static std::atomic<RequestId> counter {0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

RecallClient::RequestId RecallClient::send(ApiRequest request, RateBudget::RequestClass cls, bool retryable,
    QObject *context, BodyHandler handler, RateBudget::Priority priority)
{
    const RequestId id = nextRequestId();
    auto call = std::make_unique<Call>();
    call->request = std::move(request);
    call->cls = cls;
    call->priority = priority;
    call->retryable = retryable;
    call->guarded = context != nullptr;
    call->context = context;
    call->handler = std::move(handler);
    call->artifactId = RequestLog::artifactIdOf(call->request.url);
    Call &ref = *call;
    m_calls.emplace(id, std::move(call));

    if (const auto why = RequestBuilder::refusalReason(ref.request.url))
        failSoon(id, ApiError::insecureUrl(ref.request.url.toDisplayString(QUrl::RemoveQuery), *why));
    else if (ref.isDownload)
        startAttempt(id);
    else
        ref.ticket = m_budget->schedule(
            cls, [this, id] { startAttempt(id); }, priority);
    // Last: a slot may cancel the call, and nothing here may touch it after that.
    Q_EMIT requestsInFlightChanged(requestsInFlight());
    return id;
}

template <typename T, typename Parse>
RecallClient::RequestId RecallClient::sendParsed(ApiRequest request, RateBudget::RequestClass cls, bool retryable,
    QObject *context, Callback<T> callback, Parse parse, RateBudget::Priority priority)
{
    return send(
        std::move(request), cls, retryable, context,
        [callback = std::move(callback), parse](const Result<QByteArray> &body) {
            if (!body)
                callback(body.error());
            else
                callback(parse(body.value()));
        },
        priority);
}

RecallClient::RequestId RecallClient::listArtifacts(
    const ListFilter &filter, QObject *context, Callback<ArtifactPage> callback)
{
    return sendParsed(RequestBuilder::list(m_connection, filter), RateBudget::RequestClass::List, true, context,
        std::move(callback), &ArtifactParser::parsePage);
}

RecallClient::RequestId RecallClient::fetchPage(const QUrl &pageUrl, QObject *context, Callback<ArtifactPage> callback)
{
    return sendParsed(RequestBuilder::page(m_connection, pageUrl), RateBudget::RequestClass::List, true, context,
        std::move(callback), &ArtifactParser::parsePage);
}

RecallClient::RequestId RecallClient::retrieveArtifact(
    const QString &id, QObject *context, Callback<Artifact> callback, RateBudget::Priority priority)
{
    return sendParsed(RequestBuilder::retrieve(m_connection, id), RateBudget::RequestClass::PerId, true, context,
        std::move(callback), &ArtifactParser::parseArtifact, priority);
}

RecallClient::RequestId RecallClient::retrieveBot(const QString &id, QObject *context, Callback<Bot> callback)
{
    return sendParsed(RequestBuilder::retrieveBot(m_connection, id), RateBudget::RequestClass::PerId, true, context,
        std::move(callback), &BotParser::parseBot);
}

RecallClient::RequestId RecallClient::updateMetadata(
    const QString &id, const Metadata &metadata, QObject *context, Callback<Artifact> callback)
{
    return updateMetadata(id, metadata, RequestBuilder::newIdempotencyKey(), context, std::move(callback));
}

RecallClient::RequestId RecallClient::updateMetadata(const QString &id, const Metadata &metadata,
    const QByteArray &idempotencyKey, QObject *context, Callback<Artifact> callback)
{
    // The Idempotency-Key is what makes retrying a PATCH safe: every attempt sends this same request.
    return sendParsed(RequestBuilder::patchMetadata(m_connection, id, metadata, idempotencyKey),
        RateBudget::RequestClass::PerId, true, context, std::move(callback), &ArtifactParser::parseArtifact);
}

RecallClient::RequestId RecallClient::updateRecordingMetadata(
    const QString &recordingId, const Metadata &metadata, QObject *context, Callback<Recording> callback)
{
    return updateRecordingMetadata(
        recordingId, metadata, RequestBuilder::newIdempotencyKey(), context, std::move(callback));
}

RecallClient::RequestId RecallClient::updateRecordingMetadata(const QString &recordingId, const Metadata &metadata,
    const QByteArray &idempotencyKey, QObject *context, Callback<Recording> callback)
{
    auto parse = [](const QByteArray &json) -> Result<Recording> {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return ApiError::malformed(200, parseError.offset, parseError.errorString(), json);
        if (!doc.isObject())
            return ApiError::malformed(200, -1, ApiError::tr("expected a recording object"), json);
        Recording recording;
        recording.id = doc.object().value("id"_L1).toString();
        const QJsonValue meta = doc.object().value("metadata"_L1);
        if (meta.isObject())
            recording.metadata = meta.toObject();
        return recording;
    };
    return sendParsed(RequestBuilder::patchRecordingMetadata(m_connection, recordingId, metadata, idempotencyKey),
        RateBudget::RequestClass::PerId, true, context, std::move(callback), parse);
}

RecallClient::RequestId RecallClient::deleteArtifact(const QString &id, QObject *context, Callback<Done> callback)
{
    return sendParsed(RequestBuilder::remove(m_connection, id), RateBudget::RequestClass::PerId, true, context,
        std::move(callback), [](const QByteArray &) -> Result<Done> { return Done {}; });
}

RecallClient::RequestId RecallClient::download(const QUrl &url, const QString &filePath, QObject *context,
    Callback<DownloadResult> callback, ProgressCallback progress, const QString &artifactId)
{
    const RequestId id = nextRequestId();
    auto call = std::make_unique<Call>();
    call->request = RequestBuilder::download(url);
    call->retryable = true;
    call->guarded = context != nullptr;
    call->context = context;
    call->isDownload = true;
    call->filePath = filePath;
    call->progress = std::move(progress);
    call->downloadHandler = std::move(callback);
    call->artifactId = artifactId;
    m_calls.emplace(id, std::move(call));
    Q_EMIT requestsInFlightChanged(requestsInFlight());

    if (const auto why = RequestBuilder::refusalReason(url)) {
        failSoon(id, ApiError::insecureUrl(url.toDisplayString(QUrl::RemoveQuery), *why));
        return id;
    }
    startAttempt(id);
    return id;
}

void RecallClient::finish(RequestId id, const Result<QByteArray> &result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    Q_EMIT requestsInFlightChanged(requestsInFlight());

    if (call->guarded && !call->context)
        return;
    if (call->isDownload) {
        if (call->file && !result)
            call->file->cancelWriting();
        if (!call->downloadHandler)
            return;
        if (!result)
            call->downloadHandler(result.error());
        else
            call->downloadHandler(DownloadResult {call->filePath, call->bytes});
        return;
    }
    if (call->handler)
        call->handler(result);
}

void RecallClient::failSoon(RequestId id, const ApiError &error)
{
    // Callers get their answer from the event loop, never from inside the call that asked.
    QMetaObject::invokeMethod(
        this, [this, id, error] { finish(id, error); }, Qt::QueuedConnection);
}

void RecallClient::cancel(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->ticket)
        m_budget->cancel(call->ticket);
    if (call->reply) {
        logAttempt(*call, 0, tr("cancelled"), 0);
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
    }
    if (call->file)
        call->file->cancelWriting();
    Q_EMIT requestsInFlightChanged(requestsInFlight());
}

bool RecallClient::isHeldBack(RequestId id) const
{
    const auto it = m_calls.find(id);
    return it != m_calls.end() && it->second->ticket != 0;
}

int RecallClient::requestsOnTheWire() const
{
    return static_cast<int>(std::count_if(
        m_calls.cbegin(), m_calls.cend(), [](const auto &entry) { return !entry.second->reply.isNull(); }));
}

void RecallClient::logAttempt(
    const Call &call, int status, const QString &error, qint64 bytes, const QByteArray &requestId)
{
    RequestLog::Entry entry;
    entry.time = call.sentAt;
    entry.method = call.request.verb;
    const QUrl &url = call.request.url;
    entry.host = url.port() >= 0 ? url.host() % u':' % QString::number(url.port()) : url.host();
    entry.path = RequestLog::describe(url);
    entry.status = status;
    entry.error = error;
    entry.durationMs = call.sentTimer.isValid() ? call.sentTimer.elapsed() : 0;
    entry.attempt = call.attempts;
    entry.requestId = QString::fromLatin1(requestId);
    entry.bytes = bytes;
    entry.artifactId = call.artifactId;
    m_log.add(std::move(entry));
}

void RecallClient::cancelAll()
{
    std::vector<RequestId> ids;
    ids.reserve(m_calls.size());
    for (const auto &[id, call] : m_calls)
        ids.push_back(id);
    for (RequestId id : ids)
        cancel(id);
}
