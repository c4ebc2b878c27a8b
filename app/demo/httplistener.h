#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

// The demo server's only contact with QtHttpServer (a Technical Preview in Qt 6.4): a loopback
// listener that hands each request over as plain data and lets the caller answer whenever it
// likes, with any status, headers and body bytes. Latency, truncated bodies and HTML error pages
// are the caller's business; this file only moves bytes.

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // "GET", "PATCH", ...; "UNKNOWN" when QtHttpServer cannot name it
    QString path; // percent-encoded as sent, so "%2F" cannot pose as a path separator
    QUrlQuery query; // read values with QUrl::FullyDecoded ("%2B" -> "+")
    HttpHeaders headers; // in the order sent, names as sent
    QByteArray body;

    // Case-insensitive; the first occurrence; a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers; // Content-Length is added from body (except on 204)
    QByteArray body;
    // A transfer that breaks on the wire: the headers announce the whole body, half of it is written,
    // then the connection closes.
    bool cutBody = false;
};

class HttpReplyChannel;

// A pending answer to one request. Copyable; the first send() wins, later ones are ignored, and
// sending after the client hung up does nothing.
class HttpReply
{
public:
    void send(const HttpResponse &response) const;
    bool isOpen() const;

private:
    friend class HttpListener;
    std::shared_ptr<HttpReplyChannel> d;
};

class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpReply &)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // Binds 127.0.0.1:port (0 picks a free port). Returns false and sets errorString() on failure.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

private:
    friend class HttpListenerServer;
    void dispatch(const HttpRequest &request, const HttpReply &reply);
    static HttpReply makeReply(std::shared_ptr<HttpReplyChannel> channel);

    Handler m_handler;
    QObject *m_server = nullptr; // the QAbstractHttpServer subclass, a child of this object
    quint16 m_port = 0;
    QString m_errorString;
};
