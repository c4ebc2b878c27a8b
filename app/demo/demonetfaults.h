#pragma once

#include "httplistener.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <optional>

// The demo server's network faults for the client's robustness tests, kept apart from the API itself:
// transfers cut on the wire, download failures, a Retry-After that lies, and rate limits counted over
// a sliding window (the way a real API gateway enforces "n per minute"). DemoServer owns one and asks
// it before and after each answer; it never decides what an answer means, only how it travels.
class DemoNetFaults
{
public:
    void cutNextApiBodies(int count) { m_cutApi = std::max(0, count); }
    void cutNextDownloads(int count) { m_cutDownloads = std::max(0, count); }
    void failNextDownloads(int count, int httpStatus);
    void setRetryAfterOverride(const QByteArray &value) { m_retryAfter = value; }
    void setWindowRateLimits(int listPerMinute, int perIdPerMinute);
    // Another time base: the windows start empty.
    void resetClock();

    // Before the API sees a request: a 429 when its class's window is full, else nothing (and the
    // request is counted).
    std::optional<HttpResponse> admitApi(const QString &path, qint64 nowMs);
    // An API answer on its way out: Retry-After rewritten, body marked to be cut.
    void shapeApi(HttpResponse &response);

    // Before the download host looks at a request: an injected failure, or nothing.
    std::optional<HttpResponse> failDownload();
    // A download answer on its way out: Retry-After rewritten, a file marked to be cut.
    void shapeDownload(HttpResponse &response);

private:
    struct Window
    {
        int limit = 0; // <= 0: off
        std::deque<qint64> admittedMs; // clock times of the requests let through in the last minute
    };

    void rewriteRetryAfter(HttpResponse &response) const;
    static bool takeCut(int &counter, HttpResponse &response);

    int m_cutApi = 0;
    int m_cutDownloads = 0;
    int m_failDownloads = 0;
    int m_failDownloadStatus = 503;
    QByteArray m_retryAfter;
    Window m_list;
    Window m_perId;
};
