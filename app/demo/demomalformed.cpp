#include "demomalformed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Third page of an unfiltered list with the default page size of 50; apart from the quirk carriers.
constexpr int firstIndex = 100;

const QString invalidKey = QStringLiteral("notes");

// Placeholders are plain strings that no generated value contains.
QString placeholder(int n)
{
    return u"@pi-raw:"_s + QString::number(n) + u'@';
}

QByteArray quotedPlaceholder(int n)
{
    return '"' + placeholder(n).toLatin1() + '"';
}

} // namespace

namespace DemoMalformed {

QList<DemoMalformation> all()
{
    return {DemoMalformation::IntegerId, DemoMalformation::NullStatus, DemoMalformation::NumericCreatedAt,
        DemoMalformation::ListMetadata, DemoMalformation::InvalidUtf8, DemoMalformation::RawMetadataValues};
}

QString name(DemoMalformation malformation)
{
    switch (malformation) {
    case DemoMalformation::IntegerId:
        return u"IntegerId"_s;
    case DemoMalformation::NullStatus:
        return u"NullStatus"_s;
    case DemoMalformation::NumericCreatedAt:
        return u"NumericCreatedAt"_s;
    case DemoMalformation::ListMetadata:
        return u"ListMetadata"_s;
    case DemoMalformation::InvalidUtf8:
        return u"InvalidUtf8"_s;
    case DemoMalformation::RawMetadataValues:
        return u"RawMetadataValues"_s;
    }
    return {};
}

int catalogIndex(DemoMalformation malformation)
{
    // Spread over the page (positions 3, 9, 15, ...), none first or last.
    return firstIndex + 3 + 6 * static_cast<int>(malformation);
}

std::optional<DemoMalformation> at(int index)
{
    for (const DemoMalformation m : all()) {
        if (catalogIndex(m) == index)
            return m;
    }
    return std::nullopt;
}

QList<std::pair<QString, QByteArray>> rawMetadataValues()
{
    return {{u"float"_s, "0.1"}, {u"big"_s, "12345678901234567890"}, {u"huge"_s, "1e400"}, {u"negative_zero"_s, "-0"},
        {u"flag"_s, "true"}, {u"list"_s, "[1, 2]"}, {u"object"_s, R"({"a": 1})"}};
}

QByteArray invalidUtf8Value()
{
    // A lead byte without its continuation, and a byte that never occurs in UTF-8.
    return QByteArrayLiteral("\"Caf\xC3 au lait \xFF\"");
}

QString invalidUtf8Key()
{
    return invalidKey;
}

QJsonObject apply(DemoMalformation malformation, QJsonObject artifact)
{
    switch (malformation) {
    case DemoMalformation::IntegerId:
        artifact.insert(u"id"_s, 4711);
        break;
    case DemoMalformation::NullStatus:
        artifact.insert(u"status"_s, QJsonValue::Null);
        break;
    case DemoMalformation::NumericCreatedAt: {
        const QString iso = artifact.value(u"created_at"_s).toString();
        const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
        artifact.insert(u"created_at"_s, static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0);
        break;
    }
    case DemoMalformation::ListMetadata:
        artifact.insert(u"metadata"_s, QJsonArray {u"ticket"_s, u"SUP-1"_s});
        break;
    case DemoMalformation::InvalidUtf8: {
        QJsonObject metadata = artifact.value(u"metadata"_s).toObject();
        metadata.insert(invalidKey, placeholder(0));
        artifact.insert(u"metadata"_s, metadata);
        break;
    }
    case DemoMalformation::RawMetadataValues: {
        QJsonObject metadata {{u"ticket"_s, u"SUP-4711"_s}};
        const auto values = rawMetadataValues();
        for (qsizetype i = 0; i < values.size(); ++i)
            metadata.insert(values.at(i).first, placeholder(static_cast<int>(i) + 1));
        artifact.insert(u"metadata"_s, metadata);
        break;
    }
    }
    return artifact;
}

QByteArray finish(QByteArray body)
{
    if (!body.contains("\"@pi-raw:"))
        return body;
    body.replace(quotedPlaceholder(0), invalidUtf8Value());
    const auto values = rawMetadataValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        body.replace(quotedPlaceholder(static_cast<int>(i) + 1), values.at(i).second);
    return body;
}

QString nextLink(const QString &cleanLink, const QString &cursor, DemoNextLinks links)
{
    switch (links) {
    case DemoNextLinks::Clean:
        break;
    case DemoNextLinks::Tolerable: {
        // Base64url cursors need no encoding, so the clean link holds the cursor verbatim.
        QString link = cleanLink;
        const QString item = u"cursor="_s + cursor;
        return link.replace(item, item + u"|page two"_s);
    }
    case DemoNextLinks::Unreadable: {
        QUrl url(cleanLink);
        const QString port = u':' + QString::number(url.port());
        QString link = cleanLink;
        return link.replace(port, u":next-page"_s);
    }
    }
    return cleanLink;
}

QString cursorText(const QString &received)
{
    return received.section(u'|', 0, 0);
}

} // namespace DemoMalformed
