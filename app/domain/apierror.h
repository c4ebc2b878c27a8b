#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Everything that can go wrong with one request, in one shape: what the UI shows, what the retry
// logic reads. Built by the error parser from HTTP replies of every documented shape, and by the
// client for network failures, timeouts and refused URLs.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Http, // the server answered with a non-success status
        Network, // no answer: connection refused, DNS, TLS, reset
        Timeout, // no progress within the transfer timeout
        MalformedResponse, // a success status with a body we cannot read
        InsecureUrl, // refused before sending: plain http to a non-loopback host, or an unsupported scheme
        DownloadExpired, // a signed download link answered 403/404: re-fetch the artifact for a fresh one
        FileError, // a download could not be written to disk
        Cancelled,
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // the body's "code" member, when present
    QString message; // one readable sentence, already specific to what the server said
    QMap<QString, QStringList> fieldErrors; // dotted path ("metadata.ticket") -> messages
    QString bodyExcerpt; // short plain-text excerpt of a non-JSON body (HTML reduced to text)
    qint64 jsonErrorOffset = -1; // where malformed JSON stopped making sense
    QString host; // the host involved, for network errors
    QString cause; // the transport's own words for a network error ("Host not found"), without the host
    std::optional<qint64> retryAfterMs; // from Retry-After on 429/503

    // What the user should do about it, e.g. a 401 suggests checking the region.
    QString hint() const;
    // message, field errors and hint as a few lines for a status bar, dialog or log.
    QString displayText() const;
    // Worth retrying for an idempotent request: 409, 502, 503, 504, network errors and timeouts.
    bool isTransient() const;

    static ApiError network(const QString &host, const QString &detail);
    static ApiError timeout(const QString &host, int timeoutMs);
    static ApiError insecureUrl(const QString &url, const QString &why);
    static ApiError malformed(int httpStatus, qint64 offset, const QString &why, const QByteArray &body);
    static ApiError cancelled();
};

Q_DECLARE_METATYPE(ApiError)
