#include "errorparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray() || value.isObject()) {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList messagesOf(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isObject())
                out.append(jsonText(item));
        }
    } else if (!value.isObject() && !value.isNull()) {
        out.append(jsonText(value));
    }
    return out;
}

// {"metadata": {"ticket": ["too long"]}} -> fieldErrors["metadata.ticket"] = {"too long"}; lists of
// objects (errors per item of a list field) become "field.0.sub".
void collectFieldErrors(const QJsonValue &value, const QString &path, QMap<QString, QStringList> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectFieldErrors(it.value(), path.isEmpty() ? it.key() : path % u'.' % it.key(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                collectFieldErrors(array.at(i), path % u'.' % QString::number(i), out);
        }
    }
    const QStringList messages = messagesOf(value);
    if (!messages.isEmpty())
        out[path.isEmpty() ? u"non_field_errors"_s : path].append(messages);
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
}

} // namespace

namespace ErrorParser {

QString reasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return ApiError::tr("Bad Request");
    case 401:
        return ApiError::tr("Unauthorized");
    case 402:
        return ApiError::tr("Payment Required");
    case 403:
        return ApiError::tr("Forbidden");
    case 404:
        return ApiError::tr("Not Found");
    case 405:
        return ApiError::tr("Method Not Allowed");
    case 409:
        return ApiError::tr("Conflict");
    case 429:
        return ApiError::tr("Too Many Requests");
    case 500:
        return ApiError::tr("Internal Server Error");
    case 502:
        return ApiError::tr("Bad Gateway");
    case 503:
        return ApiError::tr("Service Unavailable");
    case 504:
        return ApiError::tr("Gateway Timeout");
    default:
        return ApiError::tr("HTTP error");
    }
}

QString textExcerpt(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dropped(u"<(script|style|head)[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);

    QString titleText;
    if (const auto match = title.match(text); match.hasMatch())
        titleText = match.captured(1);
    text.remove(dropped);
    text.replace(tags, u" "_s);
    text = (titleText.isEmpty() ? text : titleText % u" \u2014 "_s % text).replace(space, u" "_s).trimmed();
    text.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s);
    if (text.size() > maxChars)
        text = text.left(maxChars - 1).trimmed() % u'\u2026';
    return text;
}

ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    const QString status = QString::number(httpStatus) % u' ' % reasonPhrase(httpStatus);

    if (body.trimmed().isEmpty()) {
        error.message = ApiError::tr("The server answered %1 with no details.").arg(status);
        return error;
    }
    if (looksLikeHtml(body, contentType)) {
        error.bodyExcerpt = textExcerpt(body);
        error.message = ApiError::tr("The server answered %1 with a web page instead of API data.").arg(status);
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error.bodyExcerpt = textExcerpt(body);
        error.message = ApiError::tr("The server answered %1; its explanation was not readable JSON (%2 at byte %3).")
                            .arg(status, parseError.errorString())
                            .arg(parseError.offset);
        error.jsonErrorOffset = parseError.offset;
        return error;
    }

    if (doc.isArray()) {
        error.message = messagesOf(doc.array()).join(u' ');
    } else if (doc.isObject()) {
        QJsonObject object = doc.object();
        if (object.contains("code"_L1)) {
            error.code = jsonText(object.take("code"_L1));
        }
        if (object.contains("detail"_L1)) {
            const QJsonValue detail = object.take("detail"_L1);
            if (detail.isObject())
                collectFieldErrors(detail, {}, error.fieldErrors);
            else
                error.message = messagesOf(detail).join(u' ');
        }
        // Anything left is a field map ({"field": ["message", ...]}, possibly nested).
        collectFieldErrors(object, {}, error.fieldErrors);
        if (error.message.isEmpty()) {
            const QStringList general = error.fieldErrors.take(u"non_field_errors"_s);
            error.message = general.join(u' ');
        }
    }

    if (error.message.isEmpty()) {
        error.message = error.fieldErrors.isEmpty() ? ApiError::tr("The server answered %1.").arg(status)
                                                    : ApiError::tr("The server rejected some fields (%1).").arg(status);
    } else if (!error.message.contains(QString::number(httpStatus))) {
        error.message = error.message % u" (" % status % u')';
    }
    return error;
}

} // namespace ErrorParser
