#pragma once

#include "net/requestbuilder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

// What the editor shows (and copies) before a PATCH goes out: the exact request, never the API key.
// The key is a workspace-wide secret that never expires, and previews end up in screenshots and
// support tickets, so the shown form never carries it: every secret header's value (Authorization
// and the like, whatever their spelling) is replaced, and the key is blanked wherever else it might
// appear (the URL, another header, a pasted value in the body). Pure functions, no widgets.
namespace RequestPreview {

enum class BodyStyle {
    Pretty, // indented(): one member a line; values exactly as sent (no re-parsing, no reformatted numbers)
    AsSent, // the bytes as they go on the wire
};

struct Shown
{
    QString method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    QString body;
    // The whole request as text: "PATCH url", one "Name: value" line per header, a blank line, the body.
    QString text() const;
};

// What a secret header's value reads as, translated.
QString hiddenValue();
// Authorization and the like: headers whose value is a credential (names in any case).
bool isSecretHeader(QByteArrayView name);

// The request with every secret header's value replaced by hiddenValue() and the key they carry blanked
// everywhere else; the same headers in the same order, the body still compact.
ApiRequest redactedRequest(const ApiRequest &request);
// redactedRequest() as text for display.
Shown redacted(const ApiRequest &request, BodyStyle style = BodyStyle::Pretty);

// JSON text indented two spaces per level, every token kept byte for byte (a number such as
// 12345678901234567890 stays as written, unlike a QJsonDocument round trip); {} and [] stay on one
// line. Text that is not one JSON value comes back unchanged.
QByteArray indented(QByteArrayView json);

} // namespace RequestPreview
