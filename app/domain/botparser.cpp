#include "botparser.h"

#include "artifactparser.h"
#include "jsontypename.h"
#include "lenientutf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(BotParser)
public:
    static QString describe(const QJsonValue &value) { return JsonTypeName::of(value.type()); }

    // Missing or null is an answer ("none"); anything else of the wrong type is worth a note.
    static bool absent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    void problem(const QString &field, const QJsonValue &value)
    {
        bot.problems.append(tr("%1 could not be read: %2").arg(field, describe(value)));
    }

    QDateTime time(const QJsonObject &object, const QString &key, const QString &field)
    {
        const QJsonValue value = object.value(key);
        const QDateTime parsed = ArtifactParser::timestampFromJson(value);
        if (!parsed.isValid() && !absent(value))
            problem(field, value);
        return parsed;
    }

    void readRecording(const QJsonValue &value, qsizetype index)
    {
        const QString field = u"recordings[%1]"_s.arg(index);
        if (!value.isObject()) {
            problem(field, value);
            return;
        }
        const QJsonObject object = value.toObject();
        BotRecording recording;
        const QJsonValue id = object.value("id"_L1);
        if (id.isString())
            recording.id = id.toString();
        else
            problem(field + u".id"_s, id);
        recording.createdAt = time(object, u"created_at"_s, field + u".created_at"_s);
        recording.startedAt = time(object, u"started_at"_s, field + u".started_at"_s);
        recording.completedAt = time(object, u"completed_at"_s, field + u".completed_at"_s);

        const QJsonValue shortcuts = object.value("media_shortcuts"_L1);
        if (shortcuts.isObject()) {
            const QJsonValue events = shortcuts.toObject().value("participant_events"_L1);
            if (events.isObject()) {
                const QJsonValue artifactId = events.toObject().value("id"_L1);
                if (artifactId.isString() && !artifactId.toString().trimmed().isEmpty())
                    recording.participantEventsId = artifactId.toString().trimmed().toLower();
                else
                    problem(field + u".media_shortcuts.participant_events.id"_s, artifactId);
            } else if (!absent(events)) {
                problem(field + u".media_shortcuts.participant_events"_s, events);
            }
        } else if (!absent(shortcuts)) {
            problem(field + u".media_shortcuts"_s, shortcuts);
        }
        bot.recordings.append(recording);
    }

    Bot bot;
};

} // namespace

namespace BotParser {

Bot botFromJson(const QJsonObject &object)
{
    Reader reader;
    const QJsonValue id = object.value("id"_L1);
    if (id.isString())
        reader.bot.id = id.toString();
    else
        reader.problem(u"id"_s, id);
    const QJsonValue recordings = object.value("recordings"_L1);
    if (recordings.isArray()) {
        const QJsonArray list = recordings.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            reader.readRecording(list.at(i), i);
    } else if (!Reader::absent(recordings)) {
        reader.problem(u"recordings"_s, recordings);
    }
    return reader.bot;
}

Result<Bot> parseBot(const QByteArray &json)
{
    const std::optional<LenientUtf8::Repaired> repaired = LenientUtf8::repair(json);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(repaired ? repaired->bytes : json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::malformed(200, parseError.offset, parseError.errorString(), json);
    if (!document.isObject())
        return ApiError::malformed(200, -1, ApiError::tr("expected a bot object"), json);
    return botFromJson(document.object());
}

} // namespace BotParser
