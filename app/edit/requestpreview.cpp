#include "requestpreview.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView jsonSpace = " \t\n\r";
const QByteArray bullets = QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"); // ••••

// The key from "Token <key>" or "Bearer <key>" (the scheme in any case), or the whole value when it
// has no scheme (X-Api-Key, a bare key pasted as Authorization).
QByteArray keyOf(const QByteArray &secretValue)
{
    const QByteArray value = secretValue.trimmed();
    const qsizetype space = value.indexOf(' ');
    return space >= 0 ? value.mid(space + 1).trimmed() : value;
}

QByteArray scrubbed(QByteArray text, const QList<QByteArray> &keys)
{
    for (const QByteArray &key : keys)
        text.replace(key, bullets);
    return text;
}

void newline(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}

} // namespace

namespace RequestPreview {

QString Shown::text() const
{
    QString out = method % u' ' % url % u'\n';
    for (const auto &[name, value] : headers)
        out += name % u": "_s % value % u'\n';
    if (!body.isEmpty())
        out += u'\n' % body;
    return out;
}

QString hiddenValue()
{
    return QCoreApplication::translate("RequestPreview", "•••• (hidden)");
}

bool isSecretHeader(QByteArrayView name)
{
    for (const QByteArrayView secret : {"Authorization", "Proxy-Authorization", "X-Api-Key"}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ApiRequest redactedRequest(const ApiRequest &request)
{
    QList<QByteArray> keys;
    for (const auto &[name, value] : request.headers) {
        const QByteArray key = keyOf(value);
        if (isSecretHeader(name) && !key.isEmpty())
            keys.append(key);
    }
    ApiRequest shown = request;
    const QByteArray url = request.url.toDisplayString().toUtf8();
    if (const QByteArray clean = scrubbed(url, keys); clean != url)
        shown.url = QUrl(QString::fromUtf8(clean));
    for (auto &[name, value] : shown.headers)
        value = isSecretHeader(name) ? hiddenValue().toUtf8() : scrubbed(value, keys);
    shown.body = scrubbed(request.body, keys);
    return shown;
}

Shown redacted(const ApiRequest &request, BodyStyle style)
{
    const ApiRequest clean = redactedRequest(request);
    Shown shown;
    shown.method = QString::fromLatin1(clean.verb);
    shown.url = clean.url.toDisplayString();
    for (const auto &[name, value] : clean.headers)
        shown.headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    shown.body = QString::fromUtf8(style == BodyStyle::Pretty ? indented(clean.body) : clean.body);
    return shown;
}

QByteArray indented(QByteArrayView json)
{
    if (!MetadataJson::isJsonValue(json))
        return json.toByteArray();
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < json.size() && jsonSpace.contains(json[next]))
                ++next;
            out += c;
            if (next < json.size() && (json[next] == '}' || json[next] == ']')) {
                out += json[next]; // {} and [] stay on their line
                i = next;
            } else {
                newline(out, ++depth);
            }
            break;
        }
        case '}':
        case ']':
            newline(out, --depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(out, depth);
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break; // the layout is ours
        default:
            out += c;
        }
    }
    return out;
}

} // namespace RequestPreview
