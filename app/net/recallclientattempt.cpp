// One attempt of a request on the wire and what its answer means: redirects, broken transfers,
// 429s, retries with backoff, and streaming downloads into their file.
#include "core/clock.h"
#include "domain/errorparser.h"
#include "net/retryafter.h"
#include "recallclientcall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <limits>

namespace {
constexpr int maxRedirects = 5;
constexpr qint64 maxErrorBodyBytes = 64 * 1024;
constexpr qint64 defaultRetryAfterMs = 1000;

// The server's id for a request, which its support can look up; the first of these it sent.
QByteArray requestIdOf(const QNetworkReply *reply)
{
    for (const char *name : {"X-Request-Id", "X-Amz-Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"}) {
        const QByteArray value = reply->rawHeader(name);
        if (!value.isEmpty())
            return value.left(200);
    }
    return {};
}

// The network's own words for a failure below HTTP (a refused connection, a timeout, a broken TLS
// handshake); empty for an HTTP error status, which the status says better.
QString networkErrorText(const QNetworkReply *reply)
{
    const int code = int(reply->error());
    return code > 0 && code < 200 ? reply->errorString() : QString();
}
} // namespace

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

    if (!call.isDownload)
        call.throttleEpoch = m_budget->throttleEpoch(call.cls);
    const QNetworkRequest request = call.request.toNetworkRequest(m_timeoutMs);
    QNetworkReply *reply = call.request.verb == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, call.request.verb, call.request.body);
    call.reply = reply;
    ++call.attempts;
    call.sentAt = QDateTime::currentDateTimeUtc();
    call.sentTimer.start();
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
        logAttempt(call, status, error.message, call.bytes, requestIdOf(reply));
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
        logAttempt(call, 0, reply->errorString(), 0);
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

    if (call.isDownload) {
        onDownloadData(id, reply);
        // The last chunk could not be written: that finished (and freed) the call.
        if (m_calls.find(id) == m_calls.end())
            return;
    }
    const QByteArray body = call.isDownload ? call.errorBody : reply->readAll();
    const bool success = status >= 200 && status < 300;
    logAttempt(call, status, networkErrorText(reply), call.isDownload && success ? call.bytes : body.size(),
        requestIdOf(reply));
    qCDebug(lcRecall) << call.request.verb << call.request.url.path() << status;
    // The rate limiter let this one through (a 5xx may be a gateway shedding load: it proves nothing).
    if (!call.isDownload && status != 429 && status < 500)
        m_budget->notThrottled(call.cls, call.throttleEpoch);

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
        // Retry-After is the floor; the budget doubles the pause while the class stays throttled.
        const qint64 waitMs
            = m_budget->pause(call.cls, error.retryAfterMs.value_or(defaultRetryAfterMs), call.throttleEpoch);
        // Scheduled before the signal: a slot may cancel the call, and then the call is gone.
        const QString what = retryingWhat(call);
        const int attempt = call.rateLimited;
        call.ticket = m_budget->schedule(
            call.cls, [this, id] { startAttempt(id); }, call.priority);
        Q_EMIT retrying(what, attempt, waitMs);
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
    // Scheduled before the signal: a slot may cancel the call, and then the call is gone.
    const QString what = retryingWhat(call);
    const int attempt = call.failedAttempts;
    if (call.isDownload) {
        // Bounded twice over: the delay by the budget, the timer by what an int can hold.
        const qint64 realMs = m_budget->clock()->realDelayMs(std::min(*delay, RetryAfter::maxWaitMs));
        const qint64 timerMs = std::clamp<qint64>(realMs, 0, std::numeric_limits<int>::max());
        QTimer::singleShot(std::chrono::milliseconds(timerMs), this, [this, id] { startAttempt(id); });
    } else {
        call.ticket = m_budget->scheduleAfter(
            call.cls, *delay, [this, id] { startAttempt(id); }, call.priority);
    }
    Q_EMIT retrying(what, attempt, *delay);
}

QString RecallClient::retryingWhat(const Call &call)
{
    const QString path = call.request.url.path();
    return call.retryNote.isEmpty() ? path : tr("%1 (%2)").arg(path, call.retryNote);
}
