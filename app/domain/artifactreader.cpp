#include "artifactreader_p.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace JsonRead;
using simdjson::error_code;

namespace {

constexpr qsizetype valueExcerptLength = 40;

// The key, value and type of one member; simdjson's error when the JSON stops making sense.
template <typename Field> error_code unpack(Field &field, std::string_view &key, od::value &value, od::json_type &type)
{
    if (const error_code e = field.unescaped_key().get(key))
        return e;
    if (const error_code e = field.value().get(value))
        return e;
    return value.type().get(type);
}

// Calls handle(key, value, type) for each member of an object, stopping at the first error.
template <typename Handle> error_code forEachMember(od::object object, Handle handle)
{
    for (auto field : object) {
        std::string_view key;
        od::value value;
        od::json_type type;
        if (const error_code e = unpack(field, key, value, type))
            return e;
        if (const error_code e = handle(key, value, type))
            return e;
    }
    return simdjson::SUCCESS;
}

template <typename Handle> error_code forEachMember(od::value value, Handle handle)
{
    od::object object;
    if (const error_code e = value.get_object().get(object))
        return e;
    return forEachMember(object, handle);
}

// Reads an artifact's fields, noting each one it cannot read. Every method returns simdjson's error
// when the JSON itself stops making sense (the artifact is then not read at all); a value of the
// wrong type is no error, only a problem.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactParser)
public:
    Artifact artifact;
    QString idProblem = tr("The artifact has no id, so it cannot be identified.");
    bool hasId = false;

    error_code object(od::object object)
    {
        QString flatRecordingId;
        for (auto field : object) {
            std::string_view key;
            od::value value;
            od::json_type type;
            error_code e = unpack(field, key, value, type);
            if (e)
                return e;
            if (key == "id")
                e = id(value, type);
            else if (key == "recording")
                e = recording(value, type);
            else if (key == "recording_id")
                e = optionalString(value, type, u"recording_id"_s, flatRecordingId);
            else if (key == "created_at")
                e = time(value, type, u"created_at"_s, artifact.createdAt);
            else if (key == "status")
                e = status(value, type);
            else if (key == "metadata")
                e = metadata(value, type);
            else if (key == "data")
                e = downloads(value, type);
            if (e)
                return e;
        }
        if (artifact.recording.id.isEmpty())
            artifact.recording.id = flatRecordingId;
        return simdjson::SUCCESS;
    }

private:
    void problem(const QString &field, const QString &what)
    {
        artifact.problems.append(tr("%1 could not be read: %2").arg(field, what));
    }

    // A server's text inside a note: short, and on one line (notes are kept one per line).
    static QString quoted(const QString &text)
    {
        QString line = ArtifactReader::cut(text, valueExcerptLength);
        for (QChar &c : line) {
            if (c == u'\n' || c == u'\r')
                c = u'\u21b5';
            else if (c.unicode() < 0x20)
                c = u' ';
        }
        return u'\u201c' + line + u'\u201d';
    }

    error_code string(od::value value, QString &out)
    {
        std::string_view text;
        if (const error_code e = value.get_string().get(text))
            return e;
        out = JsonRead::text(text);
        return simdjson::SUCCESS;
    }

    error_code id(od::value value, od::json_type type)
    {
        hasId = false;
        if (type == od::json_type::null) {
            idProblem = tr("The artifact's id is null, so it cannot be identified.");
            return simdjson::SUCCESS;
        }
        if (type != od::json_type::string) {
            idProblem = tr("The artifact's id is %1, not text, so it cannot be identified.").arg(describe(type));
            return simdjson::SUCCESS;
        }
        if (const error_code e = string(value, artifact.id))
            return e;
        hasId = !artifact.id.isEmpty();
        if (!hasId)
            idProblem = tr("The artifact's id is empty, so it cannot be identified.");
        return simdjson::SUCCESS;
    }

    // A string or null; anything else is noted and read as null (an empty QString).
    error_code optionalString(od::value value, od::json_type type, const QString &field, QString &out)
    {
        out = QString();
        if (type == od::json_type::string)
            return string(value, out);
        if (type != od::json_type::null)
            problem(field, describe(type));
        return simdjson::SUCCESS;
    }

    error_code optionalString(od::value value, od::json_type type, const QString &field, std::optional<QString> &out)
    {
        out.reset();
        if (type == od::json_type::string)
            return string(value, out.emplace());
        if (type != od::json_type::null)
            problem(field, describe(type));
        return simdjson::SUCCESS;
    }

    // ISO 8601 with up to microseconds, or a number of epoch seconds (third-party code writes that).
    error_code time(od::value value, od::json_type type, const QString &field, QDateTime &out)
    {
        out = {};
        if (type == od::json_type::number) {
            double seconds = 0;
            if (value.get_double().get(seconds) || !std::isfinite(seconds)
                || std::abs(seconds) > ArtifactReader::maxEpochSeconds) {
                problem(field, quoted(text(trimmed(value.raw_json_token()))));
                return simdjson::SUCCESS;
            }
            out = QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
            return simdjson::SUCCESS;
        }
        QString iso;
        if (const error_code e = optionalString(value, type, field, iso))
            return e;
        if (iso.isNull())
            return simdjson::SUCCESS;
        const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (parsed.isValid())
            out = parsed.toUTC();
        else
            problem(field, quoted(iso));
        return simdjson::SUCCESS;
    }

    error_code recording(od::value value, od::json_type type)
    {
        if (type != od::json_type::object)
            return optionalString(value, type, u"recording"_s, artifact.recording.id);
        return forEachMember(value, [this](std::string_view key, od::value member, od::json_type memberType) {
            if (key == "id")
                return optionalString(member, memberType, u"recording.id"_s, artifact.recording.id);
            if (key == "metadata")
                return recordingMetadata(member, memberType);
            return simdjson::SUCCESS;
        });
    }

    // Read-only and shown as it is, so kept as a QJsonObject.
    error_code recordingMetadata(od::value value, od::json_type type)
    {
        artifact.recording.metadata.reset();
        if (type != od::json_type::object) {
            if (type != od::json_type::null)
                problem(u"recording.metadata"_s, describe(type));
            return simdjson::SUCCESS;
        }
        od::object object;
        std::string_view raw;
        if (const error_code e = value.get_object().get(object))
            return e;
        if (const error_code e = object.raw_json().get(raw))
            return e;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), static_cast<qsizetype>(raw.size())));
        if (doc.isObject())
            artifact.recording.metadata = doc.object();
        else
            problem(u"recording.metadata"_s, tr("it is not valid JSON"));
        return simdjson::SUCCESS;
    }

    error_code status(od::value value, od::json_type type)
    {
        if (type != od::json_type::object)
            return optionalString(value, type, u"status"_s, artifact.status.code);
        return forEachMember(value, [this](std::string_view key, od::value member, od::json_type memberType) {
            if (key == "code")
                return optionalString(member, memberType, u"status.code"_s, artifact.status.code);
            if (key == "sub_code")
                return optionalString(member, memberType, u"status.sub_code"_s, artifact.status.subCode);
            if (key == "updated_at")
                return time(member, memberType, u"status.updated_at"_s, artifact.status.updatedAt);
            return simdjson::SUCCESS;
        });
    }

    error_code metadata(od::value value, od::json_type type)
    {
        artifact.metadata.clear();
        artifact.metadataUnreadable = false;
        if (type == od::json_type::null)
            return simdjson::SUCCESS;
        if (type != od::json_type::object) {
            artifact.metadataUnreadable = true;
            problem(u"metadata"_s, tr("%1, not an object").arg(describe(type)));
            return simdjson::SUCCESS;
        }
        od::object object;
        if (const error_code e = value.get_object().get(object))
            return e;
        if (!readMetadataObject(object, artifact.metadata)) {
            artifact.metadata.clear();
            artifact.metadataUnreadable = true;
            problem(u"metadata"_s, tr("a value is not valid JSON"));
        }
        return simdjson::SUCCESS;
    }

    error_code downloads(od::value value, od::json_type type)
    {
        artifact.downloads = {};
        if (type != od::json_type::object) {
            if (type != od::json_type::null)
                problem(u"data"_s, describe(type));
            return simdjson::SUCCESS;
        }
        return forEachMember(value, [this](std::string_view key, od::value member, od::json_type memberType) {
            QUrl *url = key == "participant_events_download_url" ? &artifact.downloads.participantEvents
                : key == "speaker_timeline_download_url"         ? &artifact.downloads.speakerTimeline
                : key == "participants_download_url"             ? &artifact.downloads.participants
                                                                 : nullptr;
            if (!url)
                return simdjson::SUCCESS;
            const QString name = u"data."_s + text(key);
            QString link;
            if (const error_code e = optionalString(member, memberType, name, link))
                return e;
            *url = link.isEmpty() ? QUrl() : ArtifactReader::linkFromText(link);
            if (!link.isEmpty() && !url->isValid())
                problem(name, quoted(link));
            return simdjson::SUCCESS;
        });
    }
};

} // namespace

namespace ArtifactReader {

Outcome read(od::parser &parser, const char *data, std::size_t size, const char *bufferEnd)
{
    Outcome outcome;
    od::document doc;
    od::json_type type;
    error_code e = iterate(parser, data, size, bufferEnd).get(doc);
    if (!e)
        e = doc.type().get(type);
    if (e) {
        outcome.reason = QString::fromLatin1(simdjson::error_message(e));
        return outcome;
    }
    if (type != od::json_type::object) {
        outcome.kind = Outcome::Kind::NotAnObject;
        outcome.reason = QCoreApplication::translate("ArtifactParser", "The item is %1, not an artifact object.")
                             .arg(describe(type));
        return outcome;
    }
    Reader reader;
    od::object object;
    e = doc.get_object().get(object);
    if (!e)
        e = reader.object(object);
    if (!e && !doc.current_location().error())
        e = simdjson::TRAILING_CONTENT;
    if (e) {
        outcome.reason = QString::fromLatin1(simdjson::error_message(e));
        return outcome;
    }
    outcome.kind = reader.hasId ? Outcome::Kind::Read : Outcome::Kind::Unidentifiable;
    outcome.reason = reader.hasId ? QString() : reader.idProblem;
    outcome.artifact = std::move(reader.artifact);
    return outcome;
}

QString cut(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype length = std::max<qsizetype>(0, maxLength - 1);
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length; // never half a character
    return text.left(length) + u'\u2026';
}

QString excerpt(std::string_view utf8, qsizetype maxLength)
{
    // Decoding only the start: an excerpt of a huge item costs no more than a short one.
    const std::size_t bytes = std::min(utf8.size(), static_cast<std::size_t>(maxLength) * 4 + 4);
    const QString text = JsonRead::text(utf8.substr(0, bytes));
    return bytes < utf8.size() && text.size() <= maxLength ? text + u'\u2026' : cut(text, maxLength);
}

QUrl linkFromText(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    return url;
}

} // namespace ArtifactReader
