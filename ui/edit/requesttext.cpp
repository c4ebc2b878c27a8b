#include "requesttext.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestText)
};

// Single quotes keep everything literal in a POSIX shell; a quote inside becomes '\''.
QString shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

void newLine(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}
} // namespace

namespace RequestText {

QString hiddenValue()
{
    return Text::tr("\u2022\u2022\u2022\u2022 (hidden)");
}

bool isSecretHeader(QByteArrayView name)
{
    for (const QByteArrayView secret : {"Authorization", "Proxy-Authorization", "X-Api-Key"}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ApiRequest redacted(ApiRequest request)
{
    for (auto &[name, value] : request.headers) {
        if (isSecretHeader(name))
            value = hiddenValue().toUtf8();
    }
    return request;
}

QString indentedJson(QByteArrayView json)
{
    if (!MetadataJson::isJsonValue(json))
        return QString::fromUtf8(json);
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break; // the layout is ours
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // An empty object or list stays on one line.
            qsizetype next = i + 1;
            while (next < json.size() && QByteArrayView(" \t\n\r").contains(json.at(next)))
                ++next;
            if (next < json.size() && (json.at(next) == '}' || json.at(next) == ']')) {
                out += c;
                out += json.at(next);
                i = next;
                break;
            }
            out += c;
            newLine(out, ++depth);
            break;
        }
        case '}':
        case ']':
            newLine(out, --depth);
            out += c;
            break;
        case ',':
            out += c;
            newLine(out, depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

QString curlCommand(const ApiRequest &request)
{
    QStringList parts;
    parts << u"curl -X "_s + QString::fromLatin1(request.verb) + u' '
            + shellQuoted(request.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : request.headers) {
        const QString headerName = QString::fromLatin1(name);
        if (isSecretHeader(name)) {
            // Only the scheme survives; the shell fills in the key, so double quotes here.
            const QByteArray scheme = value.left(value.indexOf(' '));
            const bool known = scheme.compare("Token", Qt::CaseInsensitive) == 0
                || scheme.compare("Bearer", Qt::CaseInsensitive) == 0;
            parts << u"-H \""_s + headerName + u": "_s + (known ? QString::fromLatin1(scheme) : u"Token"_s)
                    + u" $RECALL_API_KEY\""_s;
            continue;
        }
        parts << u"-H "_s + shellQuoted(headerName + u": "_s + QString::fromUtf8(value));
    }
    if (!request.body.isEmpty())
        parts << u"--data-raw "_s + shellQuoted(QString::fromUtf8(request.body));
    return parts.join(u" \\\n  "_s);
}

} // namespace RequestText
