#include "demoserver.h"

#include "core/clock.h"
#include "demoapi.h"
#include "democatalog.h"
#include "demodownloads.h"
#include "demonetfaults.h"
#include "demorandom.h"
#include "demotime.h"
#include "httplistener.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxRecordedRequests = 10000;
// The query item marking a request that setRedirectApi() has already sent on its way.
const QString redirectMarker = QStringLiteral("pi_redirected");

QUrl loopbackUrl(quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

QString failureDetail(int status)
{
    switch (status) {
    case 500:
        return u"A server error occurred."_s;
    case 502:
        return u"Bad gateway."_s;
    case 504:
        return u"Gateway timeout."_s;
    default:
        return u"Service temporarily unavailable, try again later."_s;
    }
}

HttpResponse firewallPage()
{
    // What a WAF in front of the API returns: HTML, not JSON, and no hint of the API's own errors.
    static const QByteArray page = QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n<body><h1>403 Forbidden</h1>\n"
        "<p>Request blocked by the web application firewall.</p>\n"
        "<p>Reference #18.4f2e1602.1752710400.3a9c1b</p></body></html>\n");
    return {403, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")}}, page};
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : DemoServer(Options {}, parent)
{ }

DemoServer::DemoServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(std::make_unique<DemoCatalog>(options.seed, options.artifactCount))
    , m_ownClock(new SteadyClock(1.0, this))
    , m_clock(m_ownClock)
    , m_faults(std::make_unique<DemoNetFaults>())
{
    DemoRng tokenRng(options.seed, 0x746f6b656e);
    // One draw per statement: two draws in one expression are unsequenced (compiler-dependent).
    // The order is the one GCC used before, so existing tokens stay valid.
    const quint64 tail = tokenRng.next();
    const quint64 head = tokenRng.next();
    m_token = u"demo-"_s + QString::number(head, 16).rightJustified(16, u'0')
        + QString::number(tail >> 32, 16).rightJustified(8, u'0');
    m_downloads = std::make_unique<DemoDownloads>(*m_catalog);
    m_api = std::make_unique<DemoApi>(*m_catalog, m_token, options.pageSize);
    m_api->setUrlMaker(
        [this](const QString &id, MeetingFile file) { return m_downloads->signedUrl(id, file, nowMs()); });
    m_api->resetClock(nowMs());
    m_apiListener = new HttpListener(
        [this](const HttpRequest &request, const HttpReply &reply) { serveApi(request, reply); }, this);
    m_downloadListener = new HttpListener(
        [this](const HttpRequest &request, const HttpReply &reply) { serveDownload(request, reply); }, this);
}

DemoServer::~DemoServer() = default;

bool DemoServer::start()
{
    if (m_apiListener->port() != 0 && m_downloadListener->port() != 0)
        return true;
    if (m_apiListener->port() == 0 && !m_apiListener->listen(m_options.apiPort)) {
        m_errorString
            = tr("Cannot listen on 127.0.0.1:%1: %2").arg(m_options.apiPort).arg(m_apiListener->errorString());
        return false;
    }
    if (!m_downloadListener->listen(m_options.downloadPort)) {
        m_errorString = tr("Cannot listen on 127.0.0.1:%1: %2")
                            .arg(m_options.downloadPort)
                            .arg(m_downloadListener->errorString());
        return false;
    }
    m_api->setBaseUrl(baseUrl());
    m_downloads->setBaseUrl(downloadBaseUrl());
    m_errorString.clear();
    return true;
}

QUrl DemoServer::baseUrl() const
{
    return m_apiListener->port() ? loopbackUrl(m_apiListener->port()) : QUrl();
}

QUrl DemoServer::downloadBaseUrl() const
{
    return m_downloadListener->port() ? loopbackUrl(m_downloadListener->port()) : QUrl();
}

QStringList DemoServer::artifactIds() const
{
    QStringList ids;
    ids.reserve(m_catalog->size());
    for (int i = 0; i < m_catalog->size(); ++i)
        ids.append(m_catalog->at(i).id);
    return ids;
}

int DemoServer::artifactCount() const
{
    return m_catalog->size();
}

QJsonObject DemoServer::artifactJson(const QString &id) const
{
    const int index = m_catalog->indexOf(id);
    return index < 0 ? QJsonObject() : m_api->artifactJson(index);
}

QStringList DemoServer::recordingIds() const
{
    QStringList ids;
    ids.reserve(m_catalog->recordingCount());
    for (int i = 0; i < m_catalog->recordingCount(); ++i)
        ids.append(m_catalog->recording(i).id);
    return ids;
}

QString DemoServer::recordingIdOf(const QString &artifactId) const
{
    const int index = m_catalog->indexOf(artifactId);
    return index < 0 ? QString() : m_catalog->recording(m_catalog->at(index).recording).id;
}

QString DemoServer::artifactIdWithQuirk(Quirk quirk) const
{
    const int index = m_catalog->quirkIndex(quirk);
    return index < 0 ? QString() : m_catalog->at(index).id;
}

QStringList DemoServer::botIds() const
{
    return m_api->bots().ids();
}

QString DemoServer::botIdForRecording(const QString &recordingId) const
{
    return m_api->bots().idForRecording(m_catalog->recordingIndexOf(recordingId));
}

QString DemoServer::botIdWithRecordings(int count) const
{
    switch (count) {
    case 0:
        return m_api->bots().specialId(DemoBots::Special::NoRecording);
    case 1:
        return m_api->bots().idForRecording(0);
    case 2:
        return m_api->bots().specialId(DemoBots::Special::TwoRecordings);
    default:
        return {};
    }
}

QString DemoServer::botIdWithoutParticipantEvents() const
{
    return m_api->bots().specialId(DemoBots::Special::NotCaptured);
}

QJsonObject DemoServer::botJson(const QString &id) const
{
    return m_api->botJson(id).value_or(QJsonObject());
}

QByteArray DemoServer::downloadFileContents(const QString &id, const QString &kind)
{
    const auto file = meetingFileFromName(kind);
    return file ? m_downloads->fileBytes(m_catalog->indexOf(id), *file) : QByteArray();
}

void DemoServer::clearRecordedRequests()
{
    m_apiRequests.clear();
    m_downloadRequests.clear();
}

void DemoServer::setClock(Clock *clock)
{
    m_clock = clock ? clock : m_ownClock;
    m_api->resetClock(nowMs());
    m_faults->resetClock();
}

Clock *DemoServer::clock() const
{
    return m_clock ? m_clock.data() : m_ownClock;
}

qint64 DemoServer::nowMs() const
{
    return clock()->nowMs();
}

void DemoServer::setRateLimits(int listPerMinute, int perIdPerMinute)
{
    m_api->setRateLimits(listPerMinute, perIdPerMinute, nowMs());
}

void DemoServer::setMergeOnPatch(bool merge)
{
    m_api->setMergeOnPatch(merge);
}

void DemoServer::drainRateLimits()
{
    m_api->drainRateLimits(nowMs());
}

int DemoServer::patchesApplied(const QString &artifactId) const
{
    return m_api->patchesApplied().value(artifactId);
}

int DemoServer::patchesApplied() const
{
    int total = 0;
    for (const int count : m_api->patchesApplied())
        total += count;
    return total;
}

void DemoServer::setLatencyMs(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void DemoServer::failNextRequests(int count, int httpStatus)
{
    m_failCount = std::max(0, count);
    m_failStatus = httpStatus;
}

void DemoServer::setTruncateBodies(bool truncate)
{
    m_truncateBodies = truncate;
}

void DemoServer::setFirewallBlock(bool block)
{
    m_firewallBlock = block;
}

void DemoServer::setRedirectApi(const QUrl &base, int status)
{
    m_redirectBase = base;
    m_redirectStatus = status;
}

void DemoServer::purgeArtifact(const QString &id)
{
    m_purged.insert(id);
}

void DemoServer::setDownloadLinkLifetimeMs(qint64 ms)
{
    m_downloads->setLifetimeMs(ms);
}

void DemoServer::cutNextApiBodies(int count)
{
    m_faults->cutNextApiBodies(count);
}

void DemoServer::cutNextDownloads(int count)
{
    m_faults->cutNextDownloads(count);
}

void DemoServer::failNextDownloads(int count, int httpStatus)
{
    m_faults->failNextDownloads(count, httpStatus);
}

void DemoServer::setRetryAfterOverride(const QByteArray &value)
{
    m_faults->setRetryAfterOverride(value);
}

void DemoServer::setWindowRateLimits(int listPerMinute, int perIdPerMinute)
{
    m_faults->setWindowRateLimits(listPerMinute, perIdPerMinute);
}

bool DemoServer::setArtifactStatus(const QString &id, const QString &code, const QString &subCode)
{
    const int index = m_catalog->indexOf(id);
    if (index < 0)
        return false;
    // Server time is the fixed anchor plus clock time, so stamps stay deterministic under a ManualClock.
    m_catalog->setStatus(index, code, subCode, DemoTime::anchorUs() + nowMs() * 1000);
    return true;
}

// Malformed answers (the tolerant parser's switches) ---------------------------------------------

void DemoServer::setMalformedArtifacts(bool on)
{
    m_api->setMalformedArtifacts(on);
}

QString DemoServer::artifactIdWithMalformation(Malformation malformation) const
{
    const int index = DemoMalformed::catalogIndex(malformation);
    return index < m_catalog->size() ? m_catalog->at(index).id : QString();
}

void DemoServer::setNextLinks(NextLinks links)
{
    m_api->setNextLinks(links);
}

// ------------------------------------------------------------------------------------------------

void DemoServer::record(QList<RecordedRequest> &log, const HttpRequest &request)
{
    if (log.size() >= maxRecordedRequests)
        log.removeFirst();
    log.append({request.method, request.path, request.query, request.headers, request.body});
}

void DemoServer::serveApi(const HttpRequest &request, const HttpReply &reply)
{
    record(m_apiRequests, request);
    const QString method = QString::fromLatin1(request.method);
    if (m_firewallBlock) {
        deliver(reply, firewallPage(), method, request.path, {});
        return;
    }
    if (m_redirectBase.isValid() && !request.query.hasQueryItem(redirectMarker)) {
        QUrlQuery query = request.query;
        query.addQueryItem(redirectMarker, u"1"_s);
        const QByteArray location = m_redirectBase.toEncoded(QUrl::StripTrailingSlash) + request.path.toLatin1() + '?'
            + query.query(QUrl::FullyEncoded).toLatin1();
        HttpResponse moved = DemoApi::detail(m_redirectStatus, u"Moved."_s);
        moved.headers.append({QByteArrayLiteral("Location"), location});
        deliver(reply, moved, method, request.path, {});
        return;
    }
    if (!m_purged.isEmpty()) {
        const auto segments = QStringView(request.path).split(u'/', Qt::SkipEmptyParts);
        if (std::any_of(segments.cbegin(), segments.cend(),
                [this](QStringView segment) { return m_purged.contains(segment.toString()); })) {
            deliver(reply, DemoApi::detail(404, u"Not found."_s), method, request.path, {});
            return;
        }
    }
    if (m_failCount > 0) {
        --m_failCount;
        deliver(reply, DemoApi::detail(m_failStatus, failureDetail(m_failStatus)), method, request.path, {});
        return;
    }
    if (const auto throttled = m_faults->admitApi(request.path, nowMs())) {
        deliver(reply, *throttled, method, request.path, {});
        return;
    }
    HttpRequest served = request;
    served.query.removeAllQueryItems(redirectMarker);
    const DemoApi::Result result = m_api->handle(served, nowMs());
    HttpResponse response = result.response;
    if (m_truncateBodies && !response.body.isEmpty())
        response.body.truncate(response.body.size() / 2);
    deliver(reply, response, method, request.path, result.idempotencyKey);
}

void DemoServer::serveDownload(const HttpRequest &request, const HttpReply &reply)
{
    record(m_downloadRequests, request);
    const auto failure = m_faults->failDownload();
    HttpResponse response = failure ? *failure : m_downloads->handle(request, nowMs());
    m_faults->shapeDownload(response);
    reply.send(response);
    Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, response.status);
}

void DemoServer::deliver(const HttpReply &reply, const HttpResponse &answer, const QString &method, const QString &path,
    const QString &idempotencyKey)
{
    HttpResponse response = answer;
    // Like the real API's load balancer: an id per answer that its support can look up.
    response.headers.append({QByteArrayLiteral("X-Request-Id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    m_faults->shapeApi(response);
    const auto send = [this, reply, response, method, path, idempotencyKey] {
        reply.send(response);
        if (!idempotencyKey.isEmpty())
            m_api->finishIdempotent(idempotencyKey);
        Q_EMIT requestServed(method, path, response.status);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, this, send);
    else
        send();
}
