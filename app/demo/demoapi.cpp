#include "demoapi.h"

#include "demotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 idempotencyWindowMs = 3600 * 1000;

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern;
}

QByteArrayList allowedMethods(bool readOnly, bool recording)
{
    if (readOnly)
        return {QByteArrayLiteral("GET")};
    if (recording)
        return {QByteArrayLiteral("GET"), QByteArrayLiteral("PATCH")};
    return {QByteArrayLiteral("GET"), QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")};
}

// Python's type names, as DRF puts them into "Expected a dictionary of items but got type ...".
QString pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) ? u"int"_s : u"float"_s;
    case QJsonValue::String:
        return u"str"_s;
    case QJsonValue::Array:
        return u"list"_s;
    default:
        return u"NoneType"_s;
    }
}

QJsonArray messages(const QString &message)
{
    return QJsonArray {message};
}

} // namespace

DemoApi::DemoApi(DemoCatalog &catalog, const QString &token, int pageSize)
    : m_catalog(catalog)
    , m_bots(catalog)
    , m_token(token)
    , m_pageSize(std::max(1, pageSize))
{
    setRateLimits(m_listPerMinute, m_perIdPerMinute, 0);
}

void DemoApi::setRateLimits(int listPerMinute, int perIdPerMinute, qint64 nowMs)
{
    m_listPerMinute = listPerMinute;
    m_perIdPerMinute = perIdPerMinute;
    m_listBucket.configure(listPerMinute, nowMs);
    m_perIdBucket.configure(perIdPerMinute, nowMs);
}

void DemoApi::resetClock(qint64 nowMs)
{
    setRateLimits(m_listPerMinute, m_perIdPerMinute, nowMs);
    m_idempotency.clear();
}

void DemoApi::drainRateLimits(qint64 nowMs)
{
    m_listBucket.drain(nowMs);
    m_perIdBucket.drain(nowMs);
}

HttpResponse DemoApi::json(int status, const QJsonValue &body)
{
    const QJsonDocument document = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return {status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
        document.toJson(QJsonDocument::Compact)};
}

HttpResponse DemoApi::detail(int status, const QString &message)
{
    return json(status, QJsonObject {{u"detail"_s, message}});
}

DemoApi::Route DemoApi::route(const QString &path)
{
    static const QString prefix = u"/api/v1/"_s;
    if (!path.startsWith(prefix) || !path.endsWith(u'/'))
        return {}; // Recall is strict about the trailing slash
    const QStringList parts = path.mid(prefix.size()).chopped(1).split(u'/');
    if (parts.size() == 1 && parts[0] == u"participant_events"_s)
        return {RouteKind::List, {}};
    if (parts.size() != 2 || !uuidPattern().match(parts[1]).hasMatch())
        return {};
    if (parts[0] == u"participant_events"_s)
        return {RouteKind::Artifact, parts[1].toLower()};
    if (parts[0] == u"recording"_s)
        return {RouteKind::Recording, parts[1].toLower()};
    if (parts[0] == u"bot"_s)
        return {RouteKind::Bot, parts[1].toLower()};
    return {};
}

bool DemoApi::authorized(const HttpRequest &request) const
{
    // DRF TokenAuthentication: keyword case-insensitive, exactly one credential after it.
    const QList<QByteArray> parts = request.header("Authorization").simplified().split(' ');
    return parts.size() == 2 && parts[0].toLower() == "token" && QString::fromUtf8(parts[1]) == m_token;
}

DemoApi::Result DemoApi::handle(const HttpRequest &request, qint64 nowMs)
{
    const Route target = route(request.path);
    if (target.kind == RouteKind::None)
        return {detail(404, u"Not found."_s), {}};
    if (!authorized(request)) {
        HttpResponse response = detail(401, u"Invalid token."_s);
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token")});
        return {response, {}};
    }
    TokenBucket &bucket = target.kind == RouteKind::List ? m_listBucket : m_perIdBucket;
    int retryAfter = 0;
    if (!bucket.take(nowMs, &retryAfter)) {
        HttpResponse response = detail(429,
            u"Request was throttled. Expected available in %1 second%2."_s.arg(retryAfter)
                .arg(retryAfter == 1 ? QString() : u"s"_s));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return {response, {}};
    }
    // Of the bot endpoint only Retrieve is served: the app never changes a bot.
    const QByteArrayList allow = allowedMethods(
        target.kind == RouteKind::List || target.kind == RouteKind::Bot, target.kind == RouteKind::Recording);
    if (!allow.contains(request.method)) {
        HttpResponse response = detail(405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(request.method)));
        response.headers.append({QByteArrayLiteral("Allow"), allow.join(", ")});
        return {response, {}};
    }

    const QString key = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    if (request.method != "PATCH" || key.isEmpty())
        return {dispatch(target, request, nowMs), {}};

    pruneIdempotency(nowMs);
    const auto found = m_idempotency.constFind(key);
    if (found != m_idempotency.constEnd() && nowMs - found->firstSeenMs <= idempotencyWindowMs) {
        if (found->inFlight)
            return {detail(409, u"A request with this idempotency key is already in progress."_s), {}};
        HttpResponse replay = found->response;
        replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
        return {replay, {}};
    }
    const HttpResponse response = dispatch(target, request, nowMs);
    m_idempotency.insert(key, {response, nowMs, true});
    return {response, key};
}

void DemoApi::finishIdempotent(const QString &key)
{
    const auto found = m_idempotency.find(key);
    if (found != m_idempotency.end())
        found->inFlight = false;
}

void DemoApi::pruneIdempotency(qint64 nowMs)
{
    for (auto it = m_idempotency.begin(); it != m_idempotency.end();) {
        if (!it->inFlight && nowMs - it->firstSeenMs > idempotencyWindowMs)
            it = m_idempotency.erase(it);
        else
            ++it;
    }
}

HttpResponse DemoApi::dispatch(const Route &target, const HttpRequest &request, qint64 nowMs)
{
    switch (target.kind) {
    case RouteKind::List:
        return list(request);
    case RouteKind::Artifact:
        return artifact(target.id, request, nowMs);
    case RouteKind::Recording:
        return recording(target.id, request);
    case RouteKind::Bot:
        return bot(target.id);
    case RouteKind::None:
        break;
    }
    return detail(404, u"Not found."_s);
}

HttpResponse DemoApi::artifact(const QString &id, const HttpRequest &request, qint64 nowMs)
{
    const int index = m_catalog.indexOf(id);
    if (index < 0)
        return detail(404, u"Not found."_s);
    if (request.method == "GET")
        return served(json(200, servedArtifactJson(index)));
    // A deleted artifact can still be read, but no longer changed.
    if (m_catalog.at(index).statusCode == DemoStatus::deleted)
        return detail(404, u"Not found."_s);
    if (request.method == "DELETE") {
        m_catalog.setStatus(index, DemoStatus::deleted, QString(), DemoTime::anchorUs() + nowMs * 1000);
        return {204, {}, {}};
    }
    if (const auto rejected = unsupportedMediaType(request))
        return *rejected;
    const MetadataInput input = parseMetadata(request.body);
    if (!input.errors.isEmpty())
        return json(400, input.errors);
    m_catalog.setMetadata(index, applied(m_catalog.metadata(index), input.metadata));
    ++m_patchesApplied[id];
    return json(200, artifactJson(index));
}

HttpResponse DemoApi::recording(const QString &id, const HttpRequest &request)
{
    const int index = m_catalog.recordingIndexOf(id);
    if (index < 0)
        return detail(404, u"Not found."_s);
    if (request.method == "PATCH") {
        if (const auto rejected = unsupportedMediaType(request))
            return *rejected;
        const MetadataInput input = parseMetadata(request.body);
        if (!input.errors.isEmpty())
            return json(400, input.errors);
        m_catalog.setRecordingMetadata(index, applied(m_catalog.recordingMetadata(index).toObject(), input.metadata));
    }
    return json(200, m_catalog.recordingJson(index));
}

HttpResponse DemoApi::bot(const QString &id) const
{
    const std::optional<QJsonObject> found = botJson(id);
    return found ? json(200, *found) : detail(404, u"Not found."_s);
}

std::optional<HttpResponse> DemoApi::unsupportedMediaType(const HttpRequest &request)
{
    // DRF only parses JSON bodies here; a client that forgets the Content-Type must notice.
    const QByteArray type = request.header("Content-Type");
    if (request.body.isEmpty() || type.trimmed().toLower().startsWith("application/json"))
        return std::nullopt;
    return detail(415, u"Unsupported media type \"%1\" in request."_s.arg(QString::fromUtf8(type)));
}

DemoApi::MetadataInput DemoApi::parseMetadata(const QByteArray &body)
{
    MetadataInput input;
    QJsonParseError error;
    const QJsonDocument document
        = body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body, &error);
    if (document.isNull()) {
        input.errors.insert(u"non_field_errors"_s, messages(u"Invalid JSON."_s));
        return input;
    }
    if (!document.isObject()) {
        input.errors.insert(u"non_field_errors"_s,
            messages(u"Invalid data. Expected a dictionary, but got %1."_s.arg(
                pythonTypeName(QJsonValue(document.array())))));
        return input;
    }
    const QJsonObject root = document.object();
    if (!root.contains(u"metadata"_s)) {
        input.errors.insert(u"metadata"_s, messages(u"This field is required."_s));
        return input;
    }
    const QJsonValue metadata = root.value(u"metadata"_s);
    if (metadata.isNull()) {
        input.errors.insert(u"metadata"_s, messages(u"This field may not be null."_s));
        return input;
    }
    if (!metadata.isObject()) {
        input.errors.insert(u"metadata"_s,
            messages(u"Expected a dictionary of items but got type \"%1\"."_s.arg(pythonTypeName(metadata))));
        return input;
    }
    QJsonObject fieldErrors;
    const QJsonObject map = metadata.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it->isNull())
            continue;
        if (!it->isString())
            fieldErrors.insert(it.key(), messages(u"Not a valid string."_s));
        else if (it->toString().toUcs4().size() > 500) // Python counts code points
            fieldErrors.insert(it.key(), messages(u"Ensure this field has no more than 500 characters."_s));
    }
    if (!fieldErrors.isEmpty())
        input.errors.insert(u"metadata"_s, fieldErrors);
    input.metadata = map;
    return input;
}

QJsonObject DemoApi::applied(const QJsonObject &current, const QJsonObject &patch) const
{
    if (!m_mergeOnPatch)
        return patch; // replace mode keeps explicit nulls as values
    QJsonObject merged = current;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it->isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), *it);
    }
    return merged;
}

QJsonObject DemoApi::servedArtifactJson(int index) const
{
    const std::optional<DemoMalformation> malformation = m_malformed ? DemoMalformed::at(index) : std::nullopt;
    return malformation ? DemoMalformed::apply(*malformation, artifactJson(index)) : artifactJson(index);
}

HttpResponse DemoApi::served(HttpResponse response) const
{
    if (m_malformed)
        response.body = DemoMalformed::finish(std::move(response.body));
    return response;
}
