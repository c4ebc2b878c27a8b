#include "filekind.h"

#include <QList>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The list's first element as far as head reaches: its own members (depth 1), not those of the
// objects inside it, and whether head holds it to its end.
struct FirstElement
{
    bool isEmptyList = false;
    bool isObject = false; // the first element starts with '{'
    bool endsEarly = false; // head ends before the first element does, or before it starts
    bool complete = false; // the first element is an object and ends inside head
    QList<QByteArrayView> keys;
};

FirstElement scanFirstElement(QByteArrayView head)
{
    FirstElement element;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto skipSpace = [&] {
        while (i < head.size() && isSpace(head[i]))
            ++i;
    };
    skipSpace();
    if (i >= head.size() || head[i] != '[')
        return element;
    ++i;
    skipSpace();
    if (i >= head.size()) {
        element.endsEarly = true;
        return element;
    }
    if (head[i] == ']') {
        element.isEmptyList = true;
        return element;
    }
    if (head[i] != '{')
        return element;
    element.isObject = true;

    int depth = 0;
    bool expectKey = false;
    for (; i < head.size() && !element.complete; ++i) {
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
                element.keys.append(head.sliced(start, i - start));
            expectKey = false;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            element.complete = --depth == 0;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    element.endsEarly = !element.complete;
    return element;
}

} // namespace

TimelineFileKind detectFileKind(QByteArrayView head)
{
    const FirstElement element = scanFirstElement(head);
    if (element.isEmptyList)
        return TimelineFileKind::Empty;
    if (!element.isObject)
        return TimelineFileKind::Unknown;
    const auto has = [&](const char *key) { return element.keys.contains(QByteArrayView(key)); };
    if (has("start_timestamp") || has("end_timestamp"))
        return TimelineFileKind::SpeakerTimeline;
    if (has("action") || has("timestamp"))
        return TimelineFileKind::ParticipantEvents;
    // Members only a participant has at the top, or a whole element with an id and no participant.
    if (!has("participant")
        && (has("name") || has("is_host") || has("platform") || has("extra_data") || has("email")
            || (element.complete && has("id"))))
        return TimelineFileKind::Participants;
    return TimelineFileKind::Unknown;
}

bool endsInFirstElement(QByteArrayView head)
{
    return scanFirstElement(head).endsEarly;
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
