#include "recallclient.h"

#include "core/clock.h"
#include "domain/artifactparser.h"
#include "domain/errorparser.h"
#include "net/retryafter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

// Logs method, URL path and status only: never headers, so the key cannot end up in a log.
Q_LOGGING_CATEGORY(lcRecall, "pi.recall", QtWarningMsg)

namespace {
constexpr int maxRedirects = 5;
constexpr qint64 maxErrorBodyBytes = 64 * 1024;
constexpr qint64 defaultRetryAfterMs = 1000;
} // namespace

struct RecallClient::Call
{
    ApiRequest request;
    RateBudget::RequestClass cls = RateBudget::RequestClass::PerId;
    bool retryable = false;
    bool guarded = false; // a context was given: skip the callback once it is gone
    QPointer<QObject> context;
    BodyHandler handler;
    quint64 ticket = 0;
    QPointer<QNetworkReply> reply;
    int failedAttempts = 0;
    int rateLimited = 0;
    int redirects = 0;
    QString retryNote; // why the coming wait is not the one the server asked for (a broken Retry-After)

    // Downloads stream to a file instead of collecting a body, and bypass the API's budget.
    bool isDownload = false;
    QString filePath;
    std::unique_ptr<QSaveFile> file;
    QByteArray errorBody;
    qint64 bytes = 0;
    ProgressCallback progress;
    std::function<void(const Result<DownloadResult> &)> downloadHandler;
};

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
}

RecallClient::RequestId RecallClient::nextRequestId()
{
    // One counter for every client in the process: callers keep ids across connection switches, and an
    // id from another client must never name one of ours. 0 stays free to mean "no request".
    static std::atomic<RequestId> counter {0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

RecallClient::RequestId RecallClient::send(
    ApiRequest request, RateBudget::RequestClass cls, bool retryable, QObject *context, BodyHandler handler)
{
    const RequestId id = nextRequestId();
    auto call = std::make_unique<Call>();
    call->request = std::move(request);
    call->cls = cls;
    call->retryable = retryable;
    call->guarded = context != nullptr;
    call->context = context;
    call->handler = std::move(handler);
    Call &ref = *call;
    m_calls.emplace(id, std::move(call));
    Q_EMIT requestsInFlightChanged(requestsInFlight());

    if (const auto why = RequestBuilder::refusalReason(ref.request.url)) {
        failSoon(id, ApiError::insecureUrl(ref.request.url.toDisplayString(QUrl::RemoveQuery), *why));
        return id;
    }
    if (ref.isDownload)
        startAttempt(id);
    else
        ref.ticket = m_budget->schedule(cls, [this, id] { startAttempt(id); });
    return id;
}

template <typename T, typename Parse>
RecallClient::RequestId RecallClient::sendParsed(ApiRequest request, RateBudget::RequestClass cls, bool retryable,
    QObject *context, Callback<T> callback, Parse parse)
{
    return send(std::move(request), cls, retryable, context,
        [callback = std::move(callback), parse](const Result<QByteArray> &body) {
            if (!body)
                callback(body.error());
            else
                callback(parse(body.value()));
        });
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

RecallClient::RequestId RecallClient::retrieveArtifact(const QString &id, QObject *context, Callback<Artifact> callback)
{
    return sendParsed(RequestBuilder::retrieve(m_connection, id), RateBudget::RequestClass::PerId, true, context,
        std::move(callback), &ArtifactParser::parseArtifact);
}

RecallClient::RequestId RecallClient::updateMetadata(
    const QString &id, const Metadata &metadata, QObject *context, Callback<Artifact> callback)
{
    // The Idempotency-Key is what makes retrying a PATCH safe.
    return sendParsed(RequestBuilder::patchMetadata(m_connection, id, metadata, RequestBuilder::newIdempotencyKey()),
        RateBudget::RequestClass::PerId, true, context, std::move(callback), &ArtifactParser::parseArtifact);
}

RecallClient::RequestId RecallClient::updateRecordingMetadata(
    const QString &recordingId, const Metadata &metadata, QObject *context, Callback<Recording> callback)
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
    return sendParsed(RequestBuilder::patchRecordingMetadata(
                          m_connection, recordingId, metadata, RequestBuilder::newIdempotencyKey()),
        RateBudget::RequestClass::PerId, true, context, std::move(callback), parse);
}

RecallClient::RequestId RecallClient::deleteArtifact(const QString &id, QObject *context, Callback<Done> callback)
{
    return sendParsed(RequestBuilder::remove(m_connection, id), RateBudget::RequestClass::PerId, true, context,
        std::move(callback), [](const QByteArray &) -> Result<Done> { return Done {}; });
}

RecallClient::RequestId RecallClient::download(const QUrl &url, const QString &filePath, QObject *context,
    Callback<DownloadResult> callback, ProgressCallback progress)
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
    m_calls.emplace(id, std::move(call));
    Q_EMIT requestsInFlightChanged(requestsInFlight());

    if (const auto why = RequestBuilder::refusalReason(url)) {
        failSoon(id, ApiError::insecureUrl(url.toDisplayString(QUrl::RemoveQuery), *why));
        return id;
    }
    startAttempt(id);
    return id;
}

void RecallClient::startAttempt(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    call.ticket = 0;

    if (call.isDownload) {
        call.file = std::make_unique<QSaveFile>(call.filePath);
        call.errorBody.clear();
        call.bytes = 0;
        if (!call.file->open(QIODevice::WriteOnly)) {
            ApiError error;
            error.kind = ApiError::Kind::FileError;
            error.message = tr("Could not write %1: %2").arg(call.filePath, call.file->errorString());
            failSoon(id, error);
            return;
        }
    }

    const QNetworkRequest request = call.request.toNetworkRequest(m_timeoutMs);
    QNetworkReply *reply = call.request.verb == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, call.request.verb, call.request.body);
    call.reply = reply;
    qCDebug(lcRecall) << call.request.verb << call.request.url.path();

    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
    if (call.isDownload) {
        connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] { onDownloadData(id, reply); });
        if (call.progress) {
            connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64 total) {
                const auto found = m_calls.find(id);
                if (found != m_calls.end() && found->second->progress
                    && (!found->second->guarded || found->second->context))
                    found->second->progress(received, total);
            });
        }
    }
}

void RecallClient::onDownloadData(RequestId id, QNetworkReply *reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second->reply != reply)
        return;
    Call &call = *it->second;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        // Keep a little of an error page for the message; the file gets nothing.
        const QByteArray chunk = reply->readAll();
        if (call.errorBody.size() < maxErrorBodyBytes)
            call.errorBody.append(chunk.left(maxErrorBodyBytes - call.errorBody.size()));
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (call.file && call.file->write(chunk) != chunk.size()) {
        ApiError error;
        error.kind = ApiError::Kind::FileError;
        error.message = tr("Could not write %1: %2").arg(call.filePath, call.file->errorString());
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        call.reply = nullptr;
        finish(id, error);
        return;
    }
    call.bytes += chunk.size();
}

void RecallClient::onFinished(RequestId id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second->reply != reply)
        return;
    Call &call = *it->second;
    call.reply = nullptr;
    call.retryNote.clear();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = call.request.url.host();

    if (status == 0) {
        // No HTTP answer. We abort only calls we have already dropped, so a cancel here is Qt's
        // transfer timeout.
        const ApiError error = reply->error() == QNetworkReply::OperationCanceledError
            ? ApiError::timeout(host, m_timeoutMs)
            : ApiError::network(host, reply->errorString());
        if (call.retryable)
            retryLater(id, error);
        else
            finish(id, error);
        return;
    }

    if (call.isDownload)
        onDownloadData(id, reply);
    const QByteArray body = call.isDownload ? call.errorBody : reply->readAll();
    qCDebug(lcRecall) << call.request.verb << call.request.url.path() << status;

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (++call.redirects > maxRedirects) {
            ApiError error = ErrorParser::fromHttp(status, body, reply->rawHeader("Content-Type"));
            error.message = tr("Too many redirects (last to %1).").arg(target.toDisplayString(QUrl::RemoveQuery));
            finish(id, error);
            return;
        }
        if (const auto why = RequestBuilder::refusalReason(target)) {
            finish(id, ApiError::insecureUrl(target.toDisplayString(QUrl::RemoveQuery), *why));
            return;
        }
        call.request = RequestBuilder::redirected(call.request, target, status, m_connection);
        startAttempt(id);
        return;
    }

    if (status >= 200 && status < 300) {
        if (const auto broken = brokenTransfer(call, reply, call.isDownload ? call.bytes : body.size())) {
            // Half a page or half a file is no answer: nothing is parsed or committed, and an idempotent
            // request (every download is one) simply asks again.
            if (call.retryable)
                retryLater(id, *broken);
            else
                finish(id, *broken);
            return;
        }
        if (call.isDownload && call.file && !call.file->commit()) {
            ApiError error;
            error.kind = ApiError::Kind::FileError;
            error.message = tr("Could not save %1: %2").arg(call.filePath, call.file->errorString());
            finish(id, error);
            return;
        }
        finish(id, body);
        return;
    }

    ApiError error = ErrorParser::fromHttp(status, body, reply->rawHeader("Content-Type"));
    if (reply->hasRawHeader("Retry-After")) {
        // A wait beyond ten minutes is a broken header: waiting as if it were absent is the only
        // thing that ever calls back. The user learns why the wait is not the server's.
        const RetryAfter retryAfter
            = RetryAfter::parse(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        error.retryAfterMs = retryAfter.waitMs();
        call.retryNote = retryAfter.brokenNote();
        if (!call.retryNote.isEmpty())
            error.message = tr("%1 (%2)").arg(error.message, call.retryNote);
    }

    if (call.isDownload) {
        if (call.file)
            call.file->cancelWriting();
        if (status == 403 || status == 404) {
            error.kind = ApiError::Kind::DownloadExpired;
            error.message = tr("The download link was refused (%1): it has probably expired.")
                                .arg(QString::number(status) % u' ' % ErrorParser::reasonPhrase(status));
        }
    }

    if (status == 429 && !call.isDownload) {
        if (++call.rateLimited > m_maxRateLimitRetries) {
            finish(id, error);
            return;
        }
        const qint64 waitMs = error.retryAfterMs.value_or(defaultRetryAfterMs);
        m_budget->pause(call.cls, waitMs);
        Q_EMIT retrying(retryingWhat(call), call.rateLimited, waitMs);
        call.ticket = m_budget->schedule(call.cls, [this, id] { startAttempt(id); });
        return;
    }
    if (call.retryable && error.isTransient()) {
        retryLater(id, error);
        return;
    }
    finish(id, error);
}

std::optional<ApiError> RecallClient::brokenTransfer(const Call &call, QNetworkReply *reply, qint64 received) const
{
    // On a 2xx every error is the transport's: a dropped connection, a chunked body that ended early,
    // the transfer timeout (our only abort of a live reply). Qt 6.4 does not flag every body cut short
    // by a closed connection, so the byte count against Content-Length decides as well. (Qt drops
    // Content-Length when it decompresses a body itself, so the count is always of the same bytes.)
    const QString host = call.request.url.host();
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return ApiError::timeout(host, m_timeoutMs);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = length.isValid() && received < length.toLongLong();
    if (reply->error() == QNetworkReply::NoError && !cutShort)
        return std::nullopt;
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.host = host;
    error.message = cutShort ? tr("The connection to %1 broke after %2 of %3 bytes of the answer.")
                                   .arg(host)
                                   .arg(received)
                                   .arg(length.toLongLong())
                             : tr("The connection to %1 broke during the answer: %2").arg(host, reply->errorString());
    return error;
}

void RecallClient::retryLater(RequestId id, const ApiError &error)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    if (call.file)
        call.file->cancelWriting();

    std::optional<qint64> delay = m_budget->backoffDelayMs(++call.failedAttempts);
    if (!delay) {
        ApiError final = error;
        final.message = tr("%1 (gave up after %n attempts)", nullptr, call.failedAttempts).arg(error.message);
        finish(id, final);
        return;
    }
    if (error.retryAfterMs)
        delay = std::max(*delay, *error.retryAfterMs);
    Q_EMIT retrying(retryingWhat(call), call.failedAttempts, *delay);

    if (call.isDownload) {
        // Bounded twice over: the delay by the budget, the timer by what an int can hold.
        const qint64 realMs = m_budget->clock()->realDelayMs(std::min(*delay, RetryAfter::maxWaitMs));
        const qint64 timerMs = std::clamp<qint64>(realMs, 0, std::numeric_limits<int>::max());
        QTimer::singleShot(std::chrono::milliseconds(timerMs), this, [this, id] { startAttempt(id); });
    } else {
        call.ticket = m_budget->scheduleAfter(call.cls, *delay, [this, id] { startAttempt(id); });
    }
}

QString RecallClient::retryingWhat(const Call &call)
{
    const QString path = call.request.url.path();
    return call.retryNote.isEmpty() ? path : tr("%1 (%2)").arg(path, call.retryNote);
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
        call->reply->disconnect(this);
        call->reply->abort();
        call->reply->deleteLater();
    }
    if (call->file)
        call->file->cancelWriting();
    Q_EMIT requestsInFlightChanged(requestsInFlight());
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
