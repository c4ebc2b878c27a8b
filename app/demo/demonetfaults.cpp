#include "demonetfaults.h"

#include "demoapi.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 windowMs = 60 * 1000;
}

void DemoNetFaults::failNextDownloads(int count, int httpStatus)
{
    m_failDownloads = std::max(0, count);
    m_failDownloadStatus = httpStatus;
}

void DemoNetFaults::setWindowRateLimits(int listPerMinute, int perIdPerMinute)
{
    m_list = {listPerMinute, {}};
    m_perId = {perIdPerMinute, {}};
}

void DemoNetFaults::resetClock()
{
    m_list.admittedMs.clear();
    m_perId.admittedMs.clear();
}

std::optional<HttpResponse> DemoNetFaults::admitApi(const QString &path, qint64 nowMs)
{
    Window &window = path == u"/api/v1/participant_events/"_s ? m_list : m_perId;
    if (window.limit <= 0)
        return std::nullopt;
    while (!window.admittedMs.empty() && window.admittedMs.front() <= nowMs - windowMs)
        window.admittedMs.pop_front();
    if (static_cast<int>(window.admittedMs.size()) < window.limit) {
        window.admittedMs.push_back(nowMs);
        return std::nullopt;
    }
    // The honest wait: until the oldest admitted request leaves the window (whole seconds, rounded up).
    const qint64 waitMs = window.admittedMs.front() + windowMs - nowMs;
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    HttpResponse response = DemoApi::detail(429,
        u"Request was throttled. Expected available in %1 second%2."_s.arg(seconds).arg(
            seconds == 1 ? QString() : u"s"_s));
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return response;
}

void DemoNetFaults::shapeApi(HttpResponse &response)
{
    rewriteRetryAfter(response);
    takeCut(m_cutApi, response);
}

std::optional<HttpResponse> DemoNetFaults::failDownload()
{
    if (m_failDownloads <= 0)
        return std::nullopt;
    --m_failDownloads;
    // What S3 says when it sheds load.
    const QByteArray body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown"
                                              "</Code><Message>Please reduce your request rate.</Message></Error>");
    return HttpResponse {
        m_failDownloadStatus, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")}}, body};
}

void DemoNetFaults::shapeDownload(HttpResponse &response)
{
    rewriteRetryAfter(response);
    if (response.status == 200)
        takeCut(m_cutDownloads, response);
}

void DemoNetFaults::rewriteRetryAfter(HttpResponse &response) const
{
    if (m_retryAfter.isEmpty() || (response.status != 429 && response.status < 500))
        return;
    response.headers.removeIf(
        [](const auto &header) { return header.first.compare("Retry-After", Qt::CaseInsensitive) == 0; });
    response.headers.append({QByteArrayLiteral("Retry-After"), m_retryAfter});
}

bool DemoNetFaults::takeCut(int &counter, HttpResponse &response)
{
    // Half of nothing is nothing: an empty body cannot be cut, and does not use up the count.
    if (counter <= 0 || response.body.size() < 2)
        return false;
    --counter;
    response.cutBody = true;
    return true;
}
