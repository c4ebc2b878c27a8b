#include "metadatajson.h"

#include "jsonread_p.h"
#include "jsontypename.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>

namespace {

constexpr int maxDepth = 64;

// A small RFC 8259 recogniser: each function consumes one production at p or returns false.
class Validator
{
public:
    explicit Validator(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool document()
    {
        whitespace();
        if (!value(0))
            return false;
        whitespace();
        return m_p == m_end;
    }

private:
    bool at(char c) const { return m_p < m_end && *m_p == c; }
    bool digit() const { return m_p < m_end && *m_p >= '0' && *m_p <= '9'; }
    void whitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(std::string_view word)
    {
        if (static_cast<std::size_t>(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    bool digits()
    {
        if (!digit())
            return false;
        while (digit())
            ++m_p;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end || depth > maxDepth)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        ++m_p; // {
        whitespace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        while (true) {
            whitespace();
            if (!at('"') || !string())
                return false;
            whitespace();
            if (!at(':'))
                return false;
            ++m_p;
            whitespace();
            if (!value(depth))
                return false;
            whitespace();
            if (at('}')) {
                ++m_p;
                return true;
            }
            if (!at(','))
                return false;
            ++m_p;
        }
    }

    bool array(int depth)
    {
        ++m_p; // [
        whitespace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        while (true) {
            whitespace();
            if (!value(depth))
                return false;
            whitespace();
            if (at(']')) {
                ++m_p;
                return true;
            }
            if (!at(','))
                return false;
            ++m_p;
        }
    }

    bool string()
    {
        ++m_p; // "
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p++);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (m_p == m_end)
                return false;
            const char escaped = *m_p++;
            if (escaped == 'u') {
                for (int i = 0; i < 4; ++i, ++m_p) {
                    if (m_p == m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                        return false;
                }
            } else if (std::string_view("\"\\/bfnrt").find(escaped) == std::string_view::npos) {
                return false;
            }
        }
        return false;
    }

    bool number()
    {
        if (at('-'))
            ++m_p;
        if (at('0'))
            ++m_p;
        else if (!digits())
            return false;
        if (at('.')) {
            ++m_p;
            if (!digits())
                return false;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

namespace MetadataJson {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && c != '"' && c != '\\') {
            out.append(c);
            continue;
        }
        out.append('\\');
        switch (c) {
        case '"':
        case '\\':
            out.append(c);
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default:
            out.append("u00").append(hex[byte >> 4]).append(hex[byte & 0xF]);
            break;
        }
    }
    out.append('"');
}

QByteArray write(const Metadata &metadata)
{
    QByteArray out;
    out.append('{');
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (it != metadata.cbegin())
            out.append(',');
        appendString(out, it.key());
        out.append(':');
        switch (it.value().kind()) {
        case MetadataValue::Kind::Null:
            out.append("null");
            break;
        case MetadataValue::Kind::String:
            appendString(out, *it.value());
            break;
        case MetadataValue::Kind::RawJson:
            out.append(it.value()->toUtf8());
            break;
        }
    }
    out.append('}');
    return out;
}

std::optional<Metadata> read(QByteArrayView json)
{
    const QByteArray buffer = JsonRead::padded(json);
    JsonRead::od::parser parser;
    JsonRead::od::document doc;
    JsonRead::od::object object;
    const char *data = buffer.constData();
    if (JsonRead::iterate(parser, data, static_cast<std::size_t>(json.size()), data + buffer.size()).get(doc)
        || doc.get_object().get(object))
        return std::nullopt;
    Metadata metadata;
    if (!JsonRead::readMetadataObject(object, metadata))
        return std::nullopt;
    return metadata;
}

bool isJsonValue(QByteArrayView text)
{
    return Validator(text).document();
}

Metadata fromObject(const QJsonObject &object)
{
    Metadata metadata;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString()) {
            metadata.insert(it.key(), MetadataValue(value.toString()));
        } else if (value.isNull() || value.isUndefined()) {
            metadata.insert(it.key(), MetadataValue(std::nullopt));
        } else {
            // QJsonDocument writes only arrays and objects: wrap the value and take the brackets off.
            const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
            metadata.insert(it.key(), MetadataValue::rawJson(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2))));
        }
    }
    return metadata;
}

} // namespace MetadataJson

namespace JsonRead {

QByteArray padded(QByteArrayView json)
{
    QByteArray buffer(json.size() + static_cast<qsizetype>(simdjson::SIMDJSON_PADDING), '\0');
    std::copy(json.begin(), json.end(), buffer.begin());
    return buffer;
}

QString describe(od::json_type type)
{
    switch (type) {
    case od::json_type::array:
        return JsonTypeName::of(QJsonValue::Array);
    case od::json_type::object:
        return JsonTypeName::of(QJsonValue::Object);
    case od::json_type::number:
        return JsonTypeName::of(QJsonValue::Double);
    case od::json_type::string:
        return JsonTypeName::of(QJsonValue::String);
    case od::json_type::boolean:
        return JsonTypeName::of(QJsonValue::Bool);
    case od::json_type::null:
        return JsonTypeName::of(QJsonValue::Null);
    }
    return JsonTypeName::of(QJsonValue::Undefined);
}

std::string_view rawText(od::value value)
{
    od::json_type type;
    std::string_view raw;
    if (value.type().get(type))
        return {};
    if (type == od::json_type::object) {
        od::object object;
        if (value.get_object().get(object) || object.raw_json().get(raw))
            return {};
    } else if (type == od::json_type::array) {
        od::array array;
        if (value.get_array().get(array) || array.raw_json().get(raw))
            return {};
    } else {
        raw = value.raw_json_token();
    }
    return trimmed(raw);
}

bool readMetadataValue(od::value value, MetadataValue &out)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type == od::json_type::string) {
        std::string_view unescaped;
        if (value.get_string().get(unescaped))
            return false;
        out = text(unescaped);
        return true;
    }
    const std::string_view raw = rawText(value);
    if (!MetadataJson::isJsonValue(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size()))))
        return false;
    out = type == od::json_type::null ? MetadataValue() : MetadataValue::rawJson(text(raw));
    return true;
}

bool readMetadataObject(od::object object, Metadata &out)
{
    out.clear();
    for (auto field : object) {
        std::string_view key;
        od::value value;
        MetadataValue read;
        if (field.unescaped_key().get(key) || field.value().get(value) || !readMetadataValue(value, read))
            return false;
        out.insert(text(key), std::move(read));
    }
    return true;
}

} // namespace JsonRead
