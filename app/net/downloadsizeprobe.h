#pragma once

#include "domain/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// How large a download is, without downloading it: a plain GET of the signed link (a HEAD would not
// match the link's signature), read up to its headers and then dropped. Like every download it
// carries no API key. Sizes are what the host announces (Content-Length); -1 when it announces none.
class DownloadSizeProbe : public QObject
{
    Q_OBJECT
public:
    explicit DownloadSizeProbe(QObject *parent = nullptr);
    ~DownloadSizeProbe() override;

    // Asks for url's size; the answer comes as sizeKnown(tag, …) or failed(tag, …). A new probe with
    // the same tag replaces the one before.
    void probe(int tag, const QUrl &url);
    void cancelAll();
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void sizeKnown(int tag, qint64 bytes);
    void failed(int tag, const ApiError &error);

private:
    void onHeaders(int tag, QNetworkReply *reply);
    void drop(int tag);

    QNetworkAccessManager *m_nam = nullptr;
    QHash<int, QPointer<QNetworkReply>> m_replies;
    int m_timeoutMs = 15000;
};
