#pragma once

#include "net/requestbuilder.h"

#include <QByteArrayView>
#include <QString>

// An ApiRequest as the save preview shows and copies it. Pure functions, no widgets. The API key
// never leaves here: a secret header's value is replaced before anything is shown or copied,
// whatever the caller passed in.
namespace RequestText {

// What a hidden header value reads as.
QString hiddenValue();
// Authorization and the like: headers whose value is a credential.
bool isSecretHeader(QByteArrayView name);
// request with every secret header's value replaced by hiddenValue().
ApiRequest redacted(ApiRequest request);

// The JSON text indented two spaces per level, every token kept byte for byte (a number such as
// 12345678901234567890 stays as written, unlike a QJsonDocument round trip). Text that is not one
// JSON value comes back unchanged.
QString indentedJson(QByteArrayView json);

// A curl command that sends the same request from a shell, the key taken from $RECALL_API_KEY
// (so the command can be pasted into a ticket). One option per line, continued with backslashes.
QString curlCommand(const ApiRequest &request);

} // namespace RequestText
