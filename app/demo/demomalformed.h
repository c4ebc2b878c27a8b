#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Answers a tolerant client must survive (DemoServer::setMalformedArtifacts / setNextLinks): each
// shape sits on one fixed artifact of the catalog, so tests know which ids to expect where. With the
// default page size all of them are on the third page of an unfiltered list.
enum class DemoMalformation {
    IntegerId, // "id": 4711, so the artifact cannot be identified
    NullStatus, // "status": null
    NumericCreatedAt, // "created_at" as a number of epoch seconds (what third-party code writes)
    ListMetadata, // "metadata": ["ticket", "SUP-1"], a list where an object belongs
    InvalidUtf8, // a metadata value holding two byte sequences that are not UTF-8
    RawMetadataValues, // metadata values 0.1, 12345678901234567890, 1e400, -0, true, [1, 2], {"a": 1}
};

// How the List endpoint writes `next` (and `previous`).
enum class DemoNextLinks {
    Clean, // fully percent-encoded, as Django writes them
    Tolerable, // the cursor carries a raw '|' and a space: strict URL parsing rejects it, tolerant
               // parsing encodes it, and the server serves the encoded form like the clean one
    Unreadable, // a port that is no number: no URL can be made of it
};

namespace DemoMalformed {

QList<DemoMalformation> all();
QString name(DemoMalformation malformation);
int catalogIndex(DemoMalformation malformation);
std::optional<DemoMalformation> at(int catalogIndex);

// The artifact as the switch serves it. Values JSON cannot carry through QJsonObject (invalid UTF-8,
// numbers kept as written) are placeholders here that finish() turns into their bytes.
QJsonObject apply(DemoMalformation malformation, QJsonObject artifact);
QByteArray finish(QByteArray body);

// The metadata values of RawMetadataValues, key -> the JSON text as served.
QList<std::pair<QString, QByteArray>> rawMetadataValues();
// The metadata value of InvalidUtf8 as served (with its quotes) and the key that holds it.
QByteArray invalidUtf8Value();
QString invalidUtf8Key();

// A next/previous link rewritten as `links` asks; clean links pass unchanged.
QString nextLink(const QString &cleanLink, const QString &cursor, DemoNextLinks links);
// The cursor as the list reads it: a Tolerable link's tail after '|' is dropped.
QString cursorText(const QString &received);

} // namespace DemoMalformed
