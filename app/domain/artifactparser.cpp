#include "artifactparser.h"

#include "artifactreader_p.h"
#include "lenientutf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace JsonRead;
using simdjson::error_code;

namespace {

constexpr qsizetype itemExcerptLength = 300;
constexpr qsizetype linkExcerptLength = 120;

// The text to read: the bytes as sent, or their repaired copy when they were not UTF-8.
struct Input
{
    explicit Input(const QByteArray &json)
        : repaired(LenientUtf8::repair(json))
        , buffer(padded(repaired ? QByteArrayView(repaired->bytes) : QByteArrayView(json)))
        , size(repaired ? repaired->bytes.size() : json.size())
    { }

    const char *data() const { return buffer.constData(); }
    const char *end() const { return buffer.constData() + buffer.size(); }
    QByteArray text() const { return buffer.left(size); }
    int replacements(const char *from, std::size_t length) const
    {
        if (!repaired)
            return 0;
        const qsizetype begin = from - data();
        return static_cast<int>(
            LenientUtf8::countIn(repaired->replacements, begin, begin + static_cast<qsizetype>(length)));
    }
    int replacements() const { return repaired ? static_cast<int>(repaired->replacements.size()) : 0; }

    std::optional<LenientUtf8::Repaired> repaired;
    QByteArray buffer;
    qsizetype size = 0;
};

// simdjson gave up on the document: QJsonDocument says where it broke, as it always has here. What
// QJsonDocument reads fine is not what the endpoint returns (wrongShape), or simdjson's own finding.
ApiError brokenDocument(const QByteArray &json, const Input &input, const QString &wrongShape, const QString &finding)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(input.text(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::malformed(200, parseError.offset, parseError.errorString(), json);
    return ApiError::malformed(200, -1, finding.isEmpty() ? wrongShape : finding, json);
}

QString pageShapeError()
{
    return ApiError::tr("expected a page with a \"results\" list");
}

// next/previous: a URL, null, or (noted in unreadable) something no URL can be made of.
error_code readLink(od::value value, QUrl &url, QString &unreadable)
{
    url.clear();
    unreadable.clear();
    od::json_type type;
    if (const error_code e = value.type().get(type))
        return e;
    if (type == od::json_type::null)
        return simdjson::SUCCESS;
    if (type == od::json_type::string) {
        std::string_view link;
        if (const error_code e = value.get_string().get(link))
            return e;
        if (link.empty())
            return simdjson::SUCCESS;
        url = ArtifactReader::linkFromText(text(link));
        if (url.isEmpty())
            unreadable = ArtifactReader::excerpt(link, linkExcerptLength);
        return simdjson::SUCCESS;
    }
    const std::string_view raw = rawText(value);
    if (raw.empty())
        return simdjson::TAPE_ERROR;
    unreadable = ArtifactReader::excerpt(raw, linkExcerptLength);
    return simdjson::SUCCESS;
}

// The page envelope; each item of "results" is collected as its JSON text, to be read on its own.
struct Envelope
{
    QList<std::string_view> items;
    bool hasResults = false;
    QUrl next;
    QUrl previous;
    QString unreadableNext;

    error_code read(od::object root)
    {
        for (auto field : root) {
            std::string_view key;
            od::value value;
            if (const error_code e = field.unescaped_key().get(key))
                return e;
            if (const error_code e = field.value().get(value))
                return e;
            if (key == "next") {
                if (const error_code e = readLink(value, next, unreadableNext))
                    return e;
            } else if (key == "previous") {
                QString ignored; // never followed, so never reported
                if (const error_code e = readLink(value, previous, ignored))
                    return e;
            } else if (key == "results") {
                if (const error_code e = results(value))
                    return e;
            }
        }
        return simdjson::SUCCESS;
    }

    error_code results(od::value value)
    {
        items.clear();
        od::json_type type;
        if (const error_code e = value.type().get(type))
            return e;
        hasResults = type == od::json_type::array;
        if (!hasResults)
            return simdjson::SUCCESS;
        od::array array;
        if (const error_code e = value.get_array().get(array))
            return e;
        for (auto element : array) {
            od::value item;
            if (const error_code e = element.get(item))
                return e;
            const std::string_view raw = rawText(item);
            if (raw.empty())
                return simdjson::TAPE_ERROR;
            items.append(raw);
        }
        return simdjson::SUCCESS;
    }
};

} // namespace

namespace ArtifactParser {

QDateTime timestampFromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds) || std::abs(seconds) > ArtifactReader::maxEpochSeconds)
            return {};
        return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
    }
    if (!value.isString())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

Metadata metadataFromJson(const QJsonValue &value)
{
    Metadata metadata;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined()) {
            metadata.insert(it.key(), MetadataValue());
        } else if (v.isString()) {
            metadata.insert(it.key(), v.toString());
        } else {
            // Wrapping the value in an array lets QJsonDocument write scalars too.
            const QByteArray array = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
            metadata.insert(it.key(), MetadataValue::rawJson(QString::fromUtf8(array.sliced(1, array.size() - 2))));
        }
    }
    return metadata;
}

Result<Artifact> artifactFromJson(const QJsonObject &object)
{
    return parseArtifact(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<Artifact> parseArtifact(const QByteArray &json)
{
    const Input input(json);
    od::parser parser;
    ArtifactReader::Outcome outcome
        = ArtifactReader::read(parser, input.data(), static_cast<std::size_t>(input.size), input.end());
    switch (outcome.kind) {
    case ArtifactReader::Outcome::Kind::Read:
        outcome.artifact.replacedUtf8Sequences = input.replacements();
        return std::move(outcome.artifact);
    case ArtifactReader::Outcome::Kind::Unidentifiable:
        return ApiError::malformed(200, -1, outcome.reason, json);
    case ArtifactReader::Outcome::Kind::NotAnObject:
        return brokenDocument(json, input, ApiError::tr("expected an artifact object"), {});
    case ArtifactReader::Outcome::Kind::Syntax:
        break;
    }
    return brokenDocument(json, input, ApiError::tr("expected an artifact object"), outcome.reason);
}

Result<ArtifactPage> parsePage(const QByteArray &json)
{
    const Input input(json);
    od::parser parser;
    od::document doc;
    od::object root;
    Envelope envelope;
    error_code e = iterate(parser, input.data(), static_cast<std::size_t>(input.size), input.end()).get(doc);
    if (!e)
        e = doc.get_object().get(root);
    if (!e)
        e = envelope.read(root);
    if (!e && !doc.current_location().error())
        e = simdjson::TRAILING_CONTENT;
    if (e)
        return brokenDocument(json, input, pageShapeError(),
            e == simdjson::INCORRECT_TYPE ? QString() : QString::fromLatin1(simdjson::error_message(e)));
    if (!envelope.hasResults)
        return ApiError::malformed(200, -1, pageShapeError(), json);

    ArtifactPage page;
    page.next = envelope.next;
    page.previous = envelope.previous;
    page.unreadableNext = envelope.unreadableNext;
    page.replacedUtf8Sequences = input.replacements();
    page.results.reserve(envelope.items.size());
    od::parser itemParser; // a second parser: the page's document must stay valid while items are read
    for (qsizetype i = 0; i < envelope.items.size(); ++i) {
        const std::string_view item = envelope.items.at(i);
        ArtifactReader::Outcome outcome = ArtifactReader::read(itemParser, item.data(), item.size(), input.end());
        if (outcome.kind == ArtifactReader::Outcome::Kind::Read) {
            outcome.artifact.replacedUtf8Sequences = input.replacements(item.data(), item.size());
            page.results.append(std::move(outcome.artifact));
            continue;
        }
        // A syntax error the page's structure confines to one item (a missing comma between two of its
        // fields) costs that item only; the excerpt shows where.
        const QString reason = outcome.kind == ArtifactReader::Outcome::Kind::Syntax
            ? QCoreApplication::translate("ArtifactParser", "The artifact is not valid JSON.")
            : outcome.reason;
        page.skipped.append({i, reason, ArtifactReader::excerpt(item, itemExcerptLength)});
    }
    return page;
}

} // namespace ArtifactParser
