#include "requesttext.h"

#include "edit/requestpreview.h"

using namespace Qt::StringLiterals;

namespace {
// Single quotes keep everything literal in a POSIX shell; a quote inside becomes '\''.
QString shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}
} // namespace

namespace RequestText {

QString curlCommand(const ApiRequest &request)
{
    // Everything but the secret headers' schemes comes from the redacted request: same headers, same order.
    const ApiRequest shown = RequestPreview::redactedRequest(request);
    QStringList parts;
    parts << u"curl -X "_s + QString::fromLatin1(shown.verb) + u' '
            + shellQuoted(shown.url.toString(QUrl::FullyEncoded));
    for (qsizetype i = 0; i < request.headers.size(); ++i) {
        const auto &[name, value] = request.headers.at(i);
        const QString headerName = QString::fromLatin1(name);
        if (RequestPreview::isSecretHeader(name)) {
            // Only the scheme survives; the shell fills in the key, so double quotes here.
            const QByteArray scheme = value.left(value.indexOf(' '));
            const bool known = scheme.compare("Token", Qt::CaseInsensitive) == 0
                || scheme.compare("Bearer", Qt::CaseInsensitive) == 0;
            parts << u"-H \""_s + headerName + u": "_s + (known ? QString::fromLatin1(scheme) : u"Token"_s)
                    + u" $RECALL_API_KEY\""_s;
            continue;
        }
        parts << u"-H "_s + shellQuoted(headerName + u": "_s + QString::fromUtf8(shown.headers.at(i).second));
    }
    if (!shown.body.isEmpty())
        parts << u"--data-raw "_s + shellQuoted(QString::fromUtf8(shown.body));
    return parts.join(u" \\\n  "_s);
}

} // namespace RequestText
