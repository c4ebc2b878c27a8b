#include "metadatatext.h"

#include "domain/metadatajson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetadataText)
};

const QString separator = u": "_s;

QString quoted(const QString &text)
{
    QByteArray json;
    MetadataJson::appendString(json, text);
    return QString::fromUtf8(json);
}

bool hasOuterSpace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

bool plainKey(const QString &key)
{
    return !key.isEmpty() && !hasOuterSpace(key) && !key.contains(separator) && !key.endsWith(u':')
        && !key.contains(u'\n') && !key.contains(u'\r') && !key.startsWith(u'"') && !key.startsWith(u'#');
}

bool plainValue(const QString &value)
{
    return !value.isEmpty() && !hasOuterSpace(value) && !value.contains(u'\n') && !value.contains(u'\r')
        && !value.startsWith(u'"') && !value.startsWith(u'=') && value != u"null"_s;
}

// A JSON string literal at the start of text: its value and length, or nullopt.
std::optional<std::pair<QString, qsizetype>> leadingJsonString(QStringView text)
{
    if (!text.startsWith(u'"'))
        return std::nullopt;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text[i] != u'"')
            continue;
        // Wrapped in an array, QJsonDocument reads one string literal exactly as JSON defines it.
        const QByteArray literal = "[" + text.first(i + 1).toString().toUtf8() + "]";
        const QJsonDocument doc = QJsonDocument::fromJson(literal);
        if (!doc.isArray() || !doc.array().at(0).isString())
            return std::nullopt;
        return std::pair {doc.array().at(0).toString(), i + 1};
    }
    return std::nullopt;
}

} // namespace

namespace MetadataText {

QString write(const Metadata &metadata)
{
    QString out;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        out += plainKey(it.key()) ? it.key() : quoted(it.key());
        out += separator;
        const MetadataValue &value = it.value();
        if (value.isNull())
            out += u"null"_s;
        else if (value.isRawJson())
            out += u'=' + QString(*value).replace(u'\n', u' ').replace(u'\r', u' '); // one line; same value
        else
            out += plainValue(*value) ? *value : quoted(*value);
        out += u'\n';
    }
    return out;
}

Parsed read(const QString &text)
{
    Parsed parsed;
    QHash<QString, int> lineOfKey;
    const QStringList lines = text.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int number = static_cast<int>(index) + 1;
        QStringView line(lines.at(index));
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const auto fail = [&](const QString &message) { parsed.errors.append({number, message}); };

        QString key;
        QStringView rest;
        if (line.startsWith(u'"')) {
            const auto literal = leadingJsonString(line);
            if (!literal) {
                fail(Text::tr("The quoted key does not end, or is not a valid JSON string."));
                continue;
            }
            key = literal->first;
            rest = line.sliced(literal->second);
            if (!rest.startsWith(separator) && rest != u":") {
                fail(Text::tr("After the quoted key, \u201c: \u201d and a value are missing."));
                continue;
            }
            rest = rest.size() > 1 ? rest.sliced(2) : QStringView();
        } else {
            const qsizetype at = line.indexOf(separator);
            const bool bareColonAtEnd = at < 0 && line.endsWith(u':');
            if (at < 0 && !bareColonAtEnd) {
                fail(Text::tr("There is no \u201c: \u201d between a key and its value."));
                continue;
            }
            key = (bareColonAtEnd ? line.chopped(1) : line.first(at)).toString();
            rest = bareColonAtEnd ? QStringView() : line.sliced(at + separator.size());
        }
        if (key.isEmpty() && !line.startsWith(u'"')) {
            fail(Text::tr("The key is empty (write \"\" for an empty key)."));
            continue;
        }

        MetadataValue value;
        if (rest == u"null") {
            value = std::nullopt;
        } else if (rest.startsWith(u'=')) {
            const QString json = rest.sliced(1).toString();
            if (!MetadataJson::isJsonValue(json.toUtf8()) || json.trimmed().startsWith(u'"')) {
                fail(Text::tr("After \u201c=\u201d comes a JSON value that is not text (a number, true, a "
                              "list\u2026); this one is not valid JSON."));
                continue;
            }
            value = MetadataValue::rawJson(json);
        } else if (rest.startsWith(u'"')) {
            const auto literal = leadingJsonString(rest);
            if (!literal || literal->second != rest.size()) {
                fail(Text::tr("The quoted value does not end where the line ends, or is not a valid JSON string."));
                continue;
            }
            value = literal->first;
        } else if (rest.isEmpty()) {
            fail(Text::tr("The value is missing: write \"\" for an empty value, or null."));
            continue;
        } else {
            value = rest.toString();
        }

        if (const auto first = lineOfKey.constFind(key); first != lineOfKey.cend()) {
            fail(Text::tr("The key \u201c%1\u201d is already on line %2.").arg(key).arg(first.value()));
            continue;
        }
        lineOfKey.insert(key, number);
        parsed.metadata.insert(key, value);
    }
    return parsed;
}

} // namespace MetadataText
