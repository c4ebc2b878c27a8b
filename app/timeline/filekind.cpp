#include "filekind.h"

#include <QList>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

TimelineFileKind detectFileKind(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto skipSpace = [&] {
        while (i < head.size() && isSpace(head[i]))
            ++i;
    };
    skipSpace();
    if (i >= head.size() || head[i] != '[')
        return TimelineFileKind::Unknown;
    ++i;
    skipSpace();
    if (i < head.size() && head[i] == ']')
        return TimelineFileKind::Empty;
    if (i >= head.size() || head[i] != '{')
        return TimelineFileKind::Unknown;

    // The first element's own members (depth 1), not those of the objects inside it.
    QList<QByteArrayView> keys;
    int depth = 0;
    bool expectKey = false;
    bool complete = false;
    for (; i < head.size() && !complete; ++i) {
        const char c = head[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < head.size() && head[i] != '"'; ++i) {
                if (head[i] == '\\')
                    ++i;
            }
            if (i >= head.size())
                break;
            if (depth == 1 && expectKey)
                keys.append(head.sliced(start, i - start));
            expectKey = false;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            complete = --depth == 0;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    const auto has = [&](const char *key) { return keys.contains(QByteArrayView(key)); };
    if (has("start_timestamp") || has("end_timestamp"))
        return TimelineFileKind::SpeakerTimeline;
    if (has("action") || has("timestamp"))
        return TimelineFileKind::ParticipantEvents;
    // Members only a participant has at the top, or a whole element with an id and no participant.
    if (!has("participant")
        && (has("name") || has("is_host") || has("platform") || has("extra_data") || has("email")
            || (complete && has("id"))))
        return TimelineFileKind::Participants;
    return TimelineFileKind::Unknown;
}

QString fileKindName(TimelineFileKind kind)
{
    switch (kind) {
    case TimelineFileKind::SpeakerTimeline:
        return QCoreApplication::translate("TimelineFileKind", "speaker timeline");
    case TimelineFileKind::Participants:
        return QCoreApplication::translate("TimelineFileKind", "participants");
    case TimelineFileKind::ParticipantEvents:
        return QCoreApplication::translate("TimelineFileKind", "participant events");
    case TimelineFileKind::Empty:
        return QCoreApplication::translate("TimelineFileKind", "empty list");
    case TimelineFileKind::Unknown:
        break;
    }
    return QCoreApplication::translate("TimelineFileKind", "unknown");
}
