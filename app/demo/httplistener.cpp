#include "httplistener.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

// Owns the responder of one request until the answer is written. QHttpServerResponder (6.4) keeps
// a raw pointer to the socket, which QtHttpServer deletes when the client disconnects, so the
// QPointer here is what makes a late answer safe.
class HttpReplyChannel
{
public:
    HttpReplyChannel(QHttpServerResponder &&responder, QTcpSocket *socket)
        : m_responder(std::move(responder))
        , m_socket(socket)
    { }

    bool isOpen() const { return !m_sent && m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    void send(const HttpResponse &response)
    {
        if (!isOpen()) {
            m_sent = true;
            return;
        }
        m_sent = true;
        m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &[name, value] : response.headers)
            m_responder.writeHeader(name, value);
        // RFC 9110: no Content-Length on 204. Everything else states its exact length, which is
        // what lets a deliberately truncated JSON body arrive as a complete (but invalid) reply.
        if (response.status != 204)
            m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
        if (!response.cutBody) {
            m_responder.writeBody(response.body);
            return;
        }
        // Closing after the written half has gone out (disconnectFromHost waits for it) leaves the
        // client with fewer bytes than Content-Length promised.
        m_responder.writeBody(response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost();
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_sent = false;
};

void HttpReply::send(const HttpResponse &response) const
{
    if (d)
        d->send(response);
}

bool HttpReply::isOpen() const
{
    return d && d->isOpen();
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    // Qt 6.4 drops the name of methods it does not know.
    return QByteArrayLiteral("UNKNOWN");
}

} // namespace

class HttpListenerServer final : public QAbstractHttpServer
{
public:
    explicit HttpListenerServer(HttpListener *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Copy everything now: QtHttpServer reuses the request object for the next request on
        // this connection, and we may answer much later.
        HttpRequest plain;
        plain.method = methodName(request.method());
        plain.path = request.url().path(QUrl::FullyEncoded);
        plain.query = request.query();
        plain.headers = request.headers();
        plain.body = request.body();
        auto channel = std::make_shared<HttpReplyChannel>(makeResponder(request, socket), socket);
        m_owner->dispatch(plain, HttpListener::makeReply(std::move(channel)));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Not reached (handleRequest takes everything), but the contract wants an answer.
        HttpReplyChannel(makeResponder(request, socket), socket).send({404, {}, {}});
    }

private:
    HttpListener *m_owner = nullptr;
};

HttpListener::HttpListener(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

HttpListener::~HttpListener() = default;

bool HttpListener::listen(quint16 port)
{
    if (m_server) {
        m_errorString = u"Already listening."_s;
        return false;
    }
    auto tcpServer = std::make_unique<QTcpServer>();
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tcpServer->errorString();
        return false;
    }
    m_port = tcpServer->serverPort();
    auto *server = new HttpListenerServer(this);
    server->bind(tcpServer.release()); // reparents the QTcpServer to the HTTP server
    m_server = server;
    m_errorString.clear();
    return true;
}

void HttpListener::dispatch(const HttpRequest &request, const HttpReply &reply)
{
    if (m_handler)
        m_handler(request, reply);
    else
        reply.send({500, {}, {}});
}

HttpReply HttpListener::makeReply(std::shared_ptr<HttpReplyChannel> channel)
{
    HttpReply reply;
    reply.d = std::move(channel);
    return reply;
}
