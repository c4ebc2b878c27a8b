#include "demoapi.h"
#include "demotime.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// The List endpoint: filters and DRF-style cursor pagination.
//
// Cursors are positions, not offsets, as in DRF's CursorPagination: "p=<created_at µs>" means "the
// items after this one", "r=<created_at µs>" "the items before this one". created_at is unique and
// strictly descending by catalog index, so a page stays stable while artifacts are deleted or
// re-filtered between requests. On the wire the cursor is opaque (base64url).

namespace {

struct Cursor
{
    bool reverse = false;
    qint64 positionUs = 0;
};

QString encodeCursor(bool reverse, qint64 positionUs)
{
    const QByteArray raw
        = (reverse ? QByteArrayLiteral("r=") : QByteArrayLiteral("p=")) + QByteArray::number(positionUs);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(DemoMalformed::cursorText(text).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray raw = *decoded;
    if (raw.size() < 3 || raw.at(1) != '=' || (raw.at(0) != 'p' && raw.at(0) != 'r'))
        return std::nullopt;
    bool ok = false;
    const qint64 position = raw.mid(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Cursor {raw.at(0) == 'r', position};
}

struct Filter
{
    QString status;
    int recording = -1; // -1: any, -2: an id that matches nothing
    std::optional<qint64> afterUs;
    std::optional<qint64> beforeUs;

    bool matches(const DemoArtifactRecord &a) const
    {
        if (!status.isEmpty() && a.statusCode != status)
            return false;
        if (recording != -1 && a.recording != recording)
            return false;
        if (afterUs && a.createdAtUs < *afterUs)
            return false;
        return !beforeUs || a.createdAtUs <= *beforeUs;
    }
};

} // namespace

QString DemoApi::pageUrl(const QList<QPair<QString, QString>> &filters, const QString &cursor) const
{
    // Like Django's replace_query_param: every parameter that came in, plus the cursor, sorted by
    // name and fully percent-encoded (so "+00:00" survives as "%2B00%3A00").
    QList<QPair<QString, QString>> items = filters;
    if (!cursor.isEmpty())
        items.append({u"cursor"_s, cursor});
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray query;
    for (const auto &[name, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl url = m_baseUrl;
    url.setPath(u"/api/v1/participant_events/"_s);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return DemoMalformed::nextLink(url.toString(QUrl::FullyEncoded), cursor, m_nextLinks);
}

HttpResponse DemoApi::list(const HttpRequest &request)
{
    const auto value
        = [&request](const QString &name) { return request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed(); };
    QJsonObject errors;
    Filter filter;

    const QString status = value(u"status_code"_s);
    if (!status.isEmpty()) {
        if (status != DemoStatus::processing && status != DemoStatus::done && status != DemoStatus::failed) {
            errors.insert(u"status_code"_s,
                QJsonArray {u"Select a valid choice. %1 is not one of the available choices."_s.arg(status)});
        }
        filter.status = status;
    }
    const QString recordingId = value(u"recording_id"_s);
    if (!recordingId.isEmpty()) {
        static const QRegularExpression uuid(u"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$"_s);
        if (!uuid.match(recordingId).hasMatch()) {
            errors.insert(u"recording_id"_s, QJsonArray {u"Enter a valid UUID."_s});
        } else {
            QString canonical = recordingId.toLower().remove(u'-');
            canonical = canonical.mid(0, 8) + u'-' + canonical.mid(8, 4) + u'-' + canonical.mid(12, 4) + u'-'
                + canonical.mid(16, 4) + u'-' + canonical.mid(20);
            const int index = m_catalog.recordingIndexOf(canonical);
            filter.recording = index >= 0 ? index : -2;
        }
    }
    for (const auto &[name, target] :
        {std::pair {u"created_at_after"_s, &filter.afterUs}, std::pair {u"created_at_before"_s, &filter.beforeUs}}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        *target = DemoTime::parseIso(text);
        if (!*target)
            errors.insert(name, QJsonArray {u"Enter a valid date/time."_s});
    }
    if (!errors.isEmpty())
        return json(400, errors);

    std::optional<Cursor> cursor;
    if (request.query.hasQueryItem(u"cursor"_s)) {
        cursor = decodeCursor(value(u"cursor"_s));
        if (!cursor)
            return detail(404, u"Invalid cursor"_s);
    }

    // created_at strictly descends with the index: binary search for the cursor position.
    const int count = m_catalog.size();
    const auto firstOlderThan = [this, count](qint64 us, bool inclusive) {
        int low = 0;
        int high = count;
        while (low < high) {
            const int mid = (low + high) / 2;
            const qint64 at = m_catalog.at(mid).createdAtUs;
            if (inclusive ? at <= us : at < us)
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    };
    const auto matches = [this, &filter](int i) { return filter.matches(m_catalog.at(i)); };

    QList<int> page;
    bool hasNext = false;
    bool hasPrevious = false;
    if (!cursor || !cursor->reverse) {
        const int start = cursor ? firstOlderThan(cursor->positionUs, false) : 0;
        for (int i = start; i < count; ++i) {
            if (!matches(i))
                continue;
            if (page.size() == m_pageSize) {
                hasNext = true;
                break;
            }
            page.append(i);
        }
        for (int i = start - 1; cursor && i >= 0 && !hasPrevious; --i)
            hasPrevious = matches(i);
    } else {
        const int end = firstOlderThan(cursor->positionUs, true);
        for (int i = end - 1; i >= 0; --i) {
            if (!matches(i))
                continue;
            if (page.size() == m_pageSize) {
                hasPrevious = true;
                break;
            }
            page.prepend(i);
        }
        for (int i = end; i < count && !hasNext; ++i)
            hasNext = matches(i);
    }

    QList<QPair<QString, QString>> filters;
    for (const auto &[name, itemValue] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"cursor"_s)
            filters.append({name, itemValue});
    }
    QJsonArray results;
    for (const int index : std::as_const(page))
        results.append(servedArtifactJson(index));
    const QJsonValue next = hasNext && !page.isEmpty()
        ? QJsonValue(pageUrl(filters, encodeCursor(false, m_catalog.at(page.last()).createdAtUs)))
        : QJsonValue(QJsonValue::Null);
    const QJsonValue previous = hasPrevious && !page.isEmpty()
        ? QJsonValue(pageUrl(filters, encodeCursor(true, m_catalog.at(page.first()).createdAtUs)))
        : QJsonValue(QJsonValue::Null);
    return served(json(200, QJsonObject {{u"next"_s, next}, {u"previous"_s, previous}, {u"results"_s, results}}));
}
