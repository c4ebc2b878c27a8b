#pragma once

#include "democatalog.h"
#include "httplistener.h"

#include <QList>
#include <QUrl>

#include <array>

// The download host: S3-like signed URLs for the three files of a done artifact. Files are built
// from the artifact's seed when asked for and only the last few meetings are kept, so memory does
// not grow with the workspace.
class DemoDownloads
{
public:
    explicit DemoDownloads(const DemoCatalog &catalog);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setLifetimeMs(qint64 ms) { m_lifetimeMs = ms; }

    // A fresh URL valid until nowMs + lifetime (clock time).
    QString signedUrl(const QString &artifactId, MeetingFile file, qint64 nowMs) const;

    HttpResponse handle(const HttpRequest &request, qint64 nowMs);

    // The file bytes regardless of status and signature (for tests and the benchmark).
    QByteArray fileBytes(int index, MeetingFile file);

private:
    struct CachedMeeting
    {
        int index = -1;
        Meeting meeting;
        std::array<QByteArray, 3> files;
    };

    QByteArray signature(const QString &artifactId, const QString &fileName, qint64 expires) const;
    static HttpResponse xmlError(int status, const QString &code, const QString &message);

    const DemoCatalog &m_catalog;
    QByteArray m_secret; // random per server: URLs of one server never work on another
    QUrl m_baseUrl;
    qint64 m_lifetimeMs = 3600 * 1000;
    QList<CachedMeeting> m_cache; // most recently used first
};
