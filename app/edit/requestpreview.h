#pragma once

#include "domain/artifact.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

struct ApiRequest;

// What the editor shows before a PATCH goes out: the exact request, and what it changes against the
// live map. The API key is a workspace-wide secret that never expires, and previews end up in
// screenshots and support tickets, so the shown form never carries it: the Authorization value is
// replaced, and the key is blanked wherever else it might appear (a URL, a header, a pasted value).
namespace RequestPreview {

enum class BodyStyle {
    Pretty, // indented, one member a line; values exactly as sent (no re-parsing, no reformatted numbers)
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

Shown redacted(const ApiRequest &request, BodyStyle style = BodyStyle::Pretty);
// What stands in for the Authorization header's value, translated.
QString hiddenAuthorization();

// Compact JSON (what MetadataJson::write writes) indented by four spaces; strings are left alone.
QByteArray indented(QByteArrayView json);

// One key whose value the PATCH changes.
struct Change
{
    QString key;
    std::optional<MetadataValue> live; // nullopt: absent on the server now
    std::optional<MetadataValue> sent; // nullopt: not in the request
    friend bool operator==(const Change &, const Change &) = default;
};

// Every key whose value differs between the live map and the map sent, by key.
QList<Change> changes(const Metadata &live, const Metadata &sent);

} // namespace RequestPreview
