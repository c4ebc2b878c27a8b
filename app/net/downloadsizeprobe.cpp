#include "downloadsizeprobe.h"

#include "domain/errorparser.h"
#include "net/requestbuilder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

DownloadSizeProbe::DownloadSizeProbe(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // A download host's redirects are followed by Qt only within https (never to plain http); the
    // request never carries the key, so no hop can leak it.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

DownloadSizeProbe::~DownloadSizeProbe()
{
    cancelAll();
}

void DownloadSizeProbe::probe(int tag, const QUrl &url)
{
    drop(tag);
    if (const auto why = RequestBuilder::refusalReason(url)) {
        const ApiError error = ApiError::insecureUrl(url.toDisplayString(QUrl::RemoveQuery), *why);
        QMetaObject::invokeMethod(
            this, [this, tag, error] { Q_EMIT failed(tag, error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_nam->get(RequestBuilder::download(url).toNetworkRequest(m_timeoutMs));
    m_replies.insert(tag, reply);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, tag, reply] { onHeaders(tag, reply); });
    connect(reply, &QNetworkReply::finished, this, [this, tag, reply] { onHeaders(tag, reply); });
}

void DownloadSizeProbe::onHeaders(int tag, QNetworkReply *reply)
{
    if (m_replies.value(tag) != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && !reply->isFinished())
        return; // no headers yet
    m_replies.remove(tag);
    reply->disconnect(this);
    if (status >= 200 && status < 300) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        reply->abort(); // the size was all we wanted
        reply->deleteLater();
        Q_EMIT sizeKnown(tag, length.isValid() ? length.toLongLong() : -1);
        return;
    }
    ApiError error = status == 0 ? ApiError::network(reply->url().host(), reply->errorString())
                                 : ErrorParser::fromHttp(status, {}, reply->rawHeader("Content-Type"));
    if (status == 403 || status == 404)
        error.kind = ApiError::Kind::DownloadExpired;
    reply->abort();
    reply->deleteLater();
    Q_EMIT failed(tag, error);
}

void DownloadSizeProbe::drop(int tag)
{
    if (QPointer<QNetworkReply> reply = m_replies.take(tag)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DownloadSizeProbe::cancelAll()
{
    const QList<int> tags = m_replies.keys();
    for (int tag : tags)
        drop(tag);
}
