#include "eventtablemodel.h"

#include "core/shorttext.h"
#include "core/timeformat.h"
#include "timeline/timeticks.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDetailsChars = 200;

QString recordingTime(double seconds)
{
    // The chart's own label with milliseconds, like its segment tooltips.
    return TimeTicks::relativeLabel(seconds, 0.001);
}

QString wallClockLines(const QDateTime &utc)
{
    return EventTableModel::tr("Wall clock: %1 local time, %2 UTC")
        .arg(utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s), TimeFormat::utc(utc));
}

} // namespace

void EventTableModel::setMeeting(const MeetingFiles &meeting)
{
    beginResetModel();
    m_meeting = meeting;
    m_dataText.clear();
    m_times.clear();
    m_rows.clear();
    if (const auto &events = m_meeting.events) {
        m_times.reserve(events->events.size());
        for (const ParticipantEvent &event : events->events)
            m_times.push_back(m_meeting.eventTime(event).value_or(std::numeric_limits<double>::quiet_NaN()));
        m_rows.reserve(size_t(events->participants.size()));
        for (qsizetype i = 0; i < events->participants.size(); ++i)
            m_rows.push_back(int(m_meeting.rowOfEventParticipant(quint32(i)).value_or(-1)));
    }
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_meeting.events ? 0 : int(m_meeting.events->events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> EventTableModel::time(int row) const
{
    const double t = m_times.at(size_t(row));
    return std::isnan(t) ? std::nullopt : std::optional<double>(t);
}

qint64 EventTableModel::participantId(int row) const
{
    return m_meeting.events->participants.at(eventAt(row).participant).id;
}

QString EventTableModel::action(int row) const
{
    return m_meeting.events->actionName(eventAt(row));
}

QString EventTableModel::participantName(int row) const
{
    return displayName(m_meeting.events->participants.at(eventAt(row).participant));
}

QString EventTableModel::details(int row) const
{
    const ParticipantEvent &event = eventAt(row);
    switch (event.action) {
    case ParticipantEvent::Action::ChatMessage:
        return chatText(event, true);
    case ParticipantEvent::Action::Update:
    case ParticipantEvent::Action::Other:
        return eventDataText(row);
    default:
        return {};
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ParticipantEvent &event = eventAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // What is not as expected reads differently, without a colour of its own.
        if ((index.column() == ActionColumn && event.action == ParticipantEvent::Action::Other)
            || (index.column() == TimeColumn && !time(row))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case TimeRole:
        if (const std::optional<double> t = time(row))
            return *t;
        return {};
    case TimelineRowRole:
        return m_rows.at(event.participant);
    case ActionRole:
        return action(row);
    case ParticipantIdRole:
        return participantId(row);
    case EventIndexRole:
        return row;
    case KnownActionRole:
        return event.action != ParticipantEvent::Action::Other;
    default:
        return {};
    }
}

QVariant EventTableModel::displayData(int row, int column) const
{
    const ParticipantEvent &event = eventAt(row);
    switch (column) {
    case TimeColumn:
        if (const std::optional<double> t = time(row))
            return recordingTime(*t);
        return u"\u2014"_s;
    case ParticipantColumn:
        return participantName(row);
    case ActionColumn:
        return event.action == ParticipantEvent::Action::Other ? action(row) : actionLabel(event.action);
    case DetailsColumn:
        if (event.action == ParticipantEvent::Action::ChatMessage)
            return chatText(event, false);
        return ShortText::cut(ShortText::oneLine(details(row)), maxDetailsChars);
    default:
        return {};
    }
}

QString EventTableModel::toolTip(int row, int column) const
{
    const ParticipantEvent &event = eventAt(row);
    switch (column) {
    case TimeColumn:
        return timeToolTip(row);
    case ParticipantColumn:
        return participantToolTip(event);
    case ActionColumn:
        if (event.action == ParticipantEvent::Action::Other)
            //: An action in the participant events file that this version does not know; %1 as sent
            return tr("Unknown action \u201c%1\u201d: shown as the file has it").arg(action(row));
        //: %1 is the action as the file has it, e.g. speech_on
        return tr("Action in the file: %1").arg(action(row));
    case DetailsColumn:
        return details(row);
    default:
        return {};
    }
}

QString EventTableModel::timeToolTip(int row) const
{
    const ParticipantEvent &event = eventAt(row);
    const std::optional<double> t = time(row);
    if (!t) {
        if (event.hasAbsolute)
            return tr("This event has only a wall-clock time, and with no speaker timeline that has wall-clock "
                      "times it cannot be placed on the chart's axis.")
                + u'\n' + wallClockLines(QDateTime::fromMSecsSinceEpoch(event.absoluteUs / 1000, QTimeZone::utc()));
        return tr("This event has no usable time: neither a relative time nor a wall-clock time.");
    }
    QStringList lines;
    //: Time since the recording started, as on the chart's axis
    lines << tr("Recording time: %1").arg(recordingTime(*t));
    if (!event.hasRelative)
        lines << tr("Derived from the wall-clock time (the file has no relative time)");
    if (event.hasAbsolute) {
        lines << wallClockLines(QDateTime::fromMSecsSinceEpoch(event.absoluteUs / 1000, QTimeZone::utc()));
    } else if (const std::optional<qint64> anchor = m_meeting.timeline().anchorUs()) {
        const qint64 ms = *anchor / 1000 + qint64(std::llround(*t * 1000));
        lines << wallClockLines(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        lines << tr("(the file has no wall-clock time: estimated from the speaker timeline)");
    }
    return lines.join(u'\n');
}

QString EventTableModel::participantToolTip(const ParticipantEvent &event) const
{
    const TimelineParticipant &p = m_meeting.events->participants.at(event.participant);
    QStringList lines {displayName(p), tr("Participant id: %1").arg(p.id)};
    if (p.isHost.value_or(false))
        lines << tr("Host");
    if (!p.platform.isEmpty())
        lines << tr("Platform: %1").arg(p.platform);
    if (m_meeting.hasTimeline() && m_rows.at(event.participant) < 0)
        //: A participant of the events file who is not in the speaker timeline
        lines << tr("Never spoke: not in the speaker timeline");
    return lines.join(u'\n');
}

QString EventTableModel::chatText(const ParticipantEvent &event, bool whole) const
{
    const ParticipantEventsFile::Chat chat = m_meeting.events->chats.value(qsizetype(event.detail));
    const QString text = whole ? chat.text : ShortText::cut(ShortText::oneLine(chat.text), maxDetailsChars);
    if (chat.to == u"everyone")
        return tr("to everyone: %1").arg(text);
    if (chat.to == u"only_bot")
        return tr("to the bot only: %1").arg(text);
    if (chat.to.isEmpty())
        return text;
    //: A chat message to someone the file names; %1 the recipient as sent, %2 the text
    return tr("to %1: %2").arg(chat.to, text);
}

QString EventTableModel::eventDataText(int row) const
{
    if (const auto found = m_dataText.constFind(row); found != m_dataText.cend())
        return found.value();
    const QByteArray object = m_meeting.events->eventObject(row);
    const QJsonValue data = QJsonDocument::fromJson(object).object().value(u"data");
    QString text;
    if (data.isString())
        text = data.toString();
    else if (data.isObject())
        text = QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
    else if (data.isArray())
        text = QString::fromUtf8(QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact));
    else if (data.isBool())
        text = data.toBool() ? u"true"_s : u"false"_s;
    else if (data.isDouble())
        text = QString::number(data.toDouble(), 'g', 17);
    m_dataText.insert(row, text);
    return text;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case ParticipantColumn:
            return tr("Participant");
        case ActionColumn:
            return tr("Action");
        case DetailsColumn:
            return tr("Details");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time since the recording started, as on the chart's axis; the wall-clock time is in each "
                      "cell's tooltip. Events without a usable time show \u2014 and sort last.");
        case ParticipantColumn:
            return tr("Who the event is about");
        case ActionColumn:
            return tr("What happened; the action as sent is in each cell's tooltip");
        case DetailsColumn:
            return tr("The chat message and its recipients, or the data an event carries");
        default:
            return {};
        }
    }
    return {};
}

QList<EventTableModel::ActionCount> EventTableModel::actionCounts() const
{
    QList<ActionCount> counts;
    if (!m_meeting.events)
        return counts;
    const ParticipantEventsFile &file = *m_meeting.events;
    constexpr int known = int(ParticipantEvent::Action::Other);
    std::vector<qsizetype> perKnown(known, 0);
    std::vector<qsizetype> perOther(size_t(file.otherActions.size()), 0);
    for (const ParticipantEvent &event : file.events) {
        if (event.action == ParticipantEvent::Action::Other) {
            if (event.detail < perOther.size())
                ++perOther[event.detail];
        } else {
            ++perKnown[size_t(event.action)];
        }
    }
    for (int i = 0; i < known; ++i) {
        const auto a = ParticipantEvent::Action(i);
        if (perKnown[size_t(i)] > 0)
            counts.append({ParticipantEventsFile::actionName(a), actionLabel(a), perKnown[size_t(i)], true});
    }
    for (size_t i = 0; i < perOther.size(); ++i) {
        if (perOther[i] > 0)
            counts.append({file.otherActions.at(qsizetype(i)), file.otherActions.at(qsizetype(i)), perOther[i], false});
    }
    return counts;
}

QString EventTableModel::actionLabel(ParticipantEvent::Action action)
{
    switch (action) {
    case ParticipantEvent::Action::Join:
        return tr("Joined");
    case ParticipantEvent::Action::Leave:
        return tr("Left");
    case ParticipantEvent::Action::Update:
        //: A participant's details changed (the "update" action)
        return tr("Updated");
    case ParticipantEvent::Action::SpeechOn:
        return tr("Started speaking");
    case ParticipantEvent::Action::SpeechOff:
        return tr("Stopped speaking");
    case ParticipantEvent::Action::WebcamOn:
        return tr("Webcam on");
    case ParticipantEvent::Action::WebcamOff:
        return tr("Webcam off");
    case ParticipantEvent::Action::ScreenshareOn:
        return tr("Started screen sharing");
    case ParticipantEvent::Action::ScreenshareOff:
        return tr("Stopped screen sharing");
    case ParticipantEvent::Action::ChatMessage:
        return tr("Chat message");
    case ParticipantEvent::Action::Other:
        break;
    }
    return {};
}

QString EventTableModel::displayName(const TimelineParticipant &participant)
{
    if (participant.name && !participant.name->trimmed().isEmpty())
        return *participant.name;
    // The chart's row name, so both read the same and share one translation.
    return QCoreApplication::translate("TimelineDocument", "(no name) #%1").arg(participant.id);
}
