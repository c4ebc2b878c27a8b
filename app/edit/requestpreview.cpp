#include "requestpreview.h"

#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString bullets = u"••••"_s;

// The key from "Token <key>" (the keyword in any case), or the whole value when it has no keyword.
QString keyOf(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    const QByteArray key = space >= 0 ? value.mid(space + 1).trimmed() : value;
    return QString::fromUtf8(key);
}

QString scrubbed(QString text, const QString &key)
{
    if (!key.isEmpty())
        text.replace(key, bullets);
    return text;
}

void newline(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 4, ' ');
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

QString hiddenAuthorization()
{
    return QCoreApplication::translate("RequestPreview", "Token •••• (hidden)");
}

Shown redacted(const ApiRequest &request, BodyStyle style)
{
    const QString key = keyOf(request.header("Authorization"));
    Shown shown;
    shown.method = QString::fromLatin1(request.verb);
    shown.url = scrubbed(request.url.toDisplayString(), key);
    for (const auto &[name, value] : request.headers) {
        const QString shownName = QString::fromLatin1(name);
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            shown.headers.append({shownName, hiddenAuthorization()});
        else
            shown.headers.append({shownName, scrubbed(QString::fromUtf8(value), key)});
    }
    const QByteArray body = style == BodyStyle::Pretty ? indented(request.body) : request.body;
    shown.body = scrubbed(QString::fromUtf8(body), key);
    return shown;
}

QByteArray indented(QByteArrayView json)
{
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
            while (next < json.size() && QChar::isSpace(uchar(json[next])))
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
            break;
        default:
            out += c;
        }
    }
    return out;
}

QList<Change> changes(const Metadata &live, const Metadata &sent)
{
    QSet<QString> keys;
    for (const Metadata *map : {&live, &sent}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            keys.insert(it.key());
    }
    QStringList ordered(keys.cbegin(), keys.cend());
    ordered.sort();
    QList<Change> out;
    for (const QString &key : std::as_const(ordered)) {
        const auto l = live.constFind(key);
        const auto s = sent.constFind(key);
        Change change {key, l == live.cend() ? std::nullopt : std::optional<MetadataValue>(l.value()),
            s == sent.cend() ? std::nullopt : std::optional<MetadataValue>(s.value())};
        if (change.live != change.sent)
            out.append(change);
    }
    return out;
}

} // namespace RequestPreview
