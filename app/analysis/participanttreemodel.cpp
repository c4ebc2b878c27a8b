#include "participanttreemodel.h"

#include "analysis/eventtablemodel.h"
#include "core/shorttext.h"
#include "timeline/timeticks.h"

#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxValueChars = 300;

// A scalar exactly as JSON writes it: strings quoted and escaped, numbers in their shortest form.
QString jsonScalar(const QJsonValue &value)
{
    const QByteArray list = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(list.mid(1, list.size() - 2));
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.isString() ? value.toString() : jsonScalar(value);
}

} // namespace

int ParticipantTreeModel::addLeaf(
    int parent, const QString &field, const QString &value, ValueKind kind, const QString &toolTip, const QString &copy)
{
    Node node;
    node.field = field;
    node.value = value;
    node.kind = kind;
    node.toolTip = toolTip;
    node.copyText = copy;
    return addNode(parent, std::move(node));
}

int ParticipantTreeModel::addNode(int parent, Node node)
{
    const int index = int(m_nodes.size());
    node.parent = parent;
    if (parent < 0) {
        node.row = int(m_top.size());
        m_top.push_back(index);
    } else {
        node.row = int(m_nodes[size_t(parent)].children.size());
        m_nodes[size_t(parent)].children.push_back(index);
    }
    if (node.copyText.isEmpty() && node.kind != ValueKind::Null && node.kind != ValueKind::Missing)
        node.copyText = node.value;
    m_nodes.push_back(std::move(node));
    return index;
}

void ParticipantTreeModel::setMeeting(const MeetingFiles &meeting)
{
    beginResetModel();
    m_meeting = meeting;
    m_nodes.clear();
    m_top.clear();
    m_fromFile = meeting.participants != nullptr;
    if (m_meeting.participants) {
        const ParticipantsFile &file = *m_meeting.participants;
        for (qsizetype i = 0; i < file.participants.size(); ++i)
            addParticipant(file.participants.at(i), &file.details.at(i), {});
    } else {
        // Everyone the other two files know, each id once: speakers first, in the timeline's order.
        QSet<qint64> seen;
        for (const TimelineParticipant &p : m_meeting.timeline().participants()) {
            seen.insert(p.id);
            addParticipant(p, nullptr, tr("speaker timeline"));
        }
        if (m_meeting.events) {
            for (const TimelineParticipant &p : m_meeting.events->participants) {
                if (!seen.contains(p.id)) {
                    seen.insert(p.id);
                    addParticipant(p, nullptr, tr("participant events file"));
                }
            }
        }
    }
    endResetModel();
}

QString ParticipantTreeModel::summary(const TimelineParticipant &p, int timelineRow) const
{
    QStringList parts;
    if (p.isHost.value_or(false))
        parts << tr("host");
    if (!p.platform.isEmpty())
        parts << p.platform;
    if (timelineRow >= 0)
        //: %1 is the talk time, h:mm:ss
        parts << tr("spoke %1").arg(TimeTicks::relativeLabel(std::round(m_meeting.document->talkTime(timelineRow)), 1));
    else if (m_meeting.hasTimeline())
        parts << tr("never spoke");
    return parts.join(u" \u00b7 "_s);
}

void ParticipantTreeModel::addParticipant(
    const TimelineParticipant &p, const ParticipantsFile::Details *details, const QString &source)
{
    Node top;
    top.field = EventTableModel::displayName(p);
    top.participantId = p.id;
    if (m_meeting.hasTimeline()) {
        if (const std::optional<qsizetype> row = m_meeting.timeline().rowOf(p.id)) {
            top.timelineRow = int(*row);
            top.firstSpeech = m_meeting.document->firstSpeech(*row);
        }
    }
    top.value = summary(p, top.timelineRow);
    top.kind = ValueKind::Summary;
    QStringList tips {top.field, tr("Participant id: %1").arg(p.id)};
    if (top.firstSpeech)
        tips << tr("First spoke at %1; select to show it on the chart")
                    .arg(TimeTicks::relativeLabel(*top.firstSpeech, 0.001));
    else if (m_meeting.hasTimeline())
        tips << tr("Never spoke: not in the speaker timeline");
    if (!details)
        //: %1 names the file this participant was found in
        tips << tr("The participants file is not loaded: this participant comes from the %1, without email or "
                   "extra_data.")
                    .arg(source);
    top.toolTip = tips.join(u'\n');
    top.copyText = top.field;
    const int parent = addNode(-1, std::move(top));

    addLeaf(parent, u"id"_s, QString::number(p.id), ValueKind::Number);
    if (!p.name)
        addLeaf(parent, u"name"_s, u"null"_s, ValueKind::Null, tr("The name is null (or missing)"));
    else if (p.name->isEmpty())
        addLeaf(parent, u"name"_s, tr("(empty)"), ValueKind::Empty, tr("The name is an empty string"));
    else
        addLeaf(parent, u"name"_s, *p.name, ValueKind::Text);
    if (p.isHost)
        addLeaf(parent, u"is_host"_s, *p.isHost ? u"true"_s : u"false"_s, ValueKind::Bool);
    else
        addLeaf(parent, u"is_host"_s, u"null"_s, ValueKind::Null, tr("is_host is null or missing"));
    if (p.platform.isEmpty())
        addLeaf(parent, u"platform"_s, u"null"_s, ValueKind::Null, tr("The platform is null, missing or empty"));
    else
        addLeaf(parent, u"platform"_s, p.platform, ValueKind::Text);
    if (!details)
        return;

    if (details->email && details->email->isEmpty())
        addLeaf(parent, u"email"_s, tr("(empty)"), ValueKind::Empty, tr("The email is an empty string"));
    else if (details->email)
        addLeaf(parent, u"email"_s, *details->email, ValueKind::Text);
    else if (details->hasEmailMember)
        addLeaf(parent, u"email"_s, u"null"_s, ValueKind::Null, tr("The file has an email member that is null"));
    else
        addLeaf(parent, u"email"_s, tr("(missing)"), ValueKind::Missing,
            tr("The file has no email member for this participant"));
    addExtraData(parent, details->extraData);
}

void ParticipantTreeModel::addExtraData(int parent, const QByteArray &raw)
{
    if (raw.isEmpty()) {
        addLeaf(parent, u"extra_data"_s, u"null"_s, ValueKind::Null, tr("extra_data is null or missing"));
        return;
    }
    // In a list, so that a scalar (which QJsonDocument does not take on its own) reads too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        const QString text = QString::fromUtf8(raw);
        const QString why = error.error != QJsonParseError::NoError ? error.errorString() : tr("not one value");
        //: %1 is why the JSON could not be read, %2 the text as the file has it
        const QString tip = tr("extra_data could not be read as JSON (%1); shown as the file has it:\n%2")
                                .arg(why, ShortText::cut(text, 2000));
        addLeaf(parent, u"extra_data"_s, ShortText::cut(ShortText::oneLine(text), maxValueChars), ValueKind::Malformed,
            tip, text);
        return;
    }
    addJson(parent, u"extra_data"_s, doc.array().first());
}

void ParticipantTreeModel::addJson(int parent, const QString &field, const QJsonValue &value)
{
    Node node;
    node.field = field;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        node.value = object.isEmpty() ? u"{}"_s : tr("object, %n key(s)", nullptr, int(object.size()));
        node.copyText = compactJson(value);
        node.kind = ValueKind::Object;
        const int index = addNode(parent, std::move(node));
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(index, it.key(), it.value());
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        node.value = array.isEmpty() ? u"[]"_s : tr("array, %n item(s)", nullptr, int(array.size()));
        node.copyText = compactJson(value);
        node.kind = ValueKind::Array;
        const int index = addNode(parent, std::move(node));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(index, u'[' + QString::number(i) + u']', array.at(i));
        return;
    }
    case QJsonValue::Null:
        node.value = u"null"_s;
        node.kind = ValueKind::Null;
        break;
    case QJsonValue::Bool:
        node.value = jsonScalar(value);
        node.kind = ValueKind::Bool;
        break;
    case QJsonValue::Double:
        node.value = jsonScalar(value);
        node.kind = ValueKind::Number;
        break;
    case QJsonValue::String:
        // Quoted, so the string "123" and the number 123 differ; Copy gives the string itself.
        node.value = ShortText::cut(ShortText::oneLine(jsonScalar(value)), maxValueChars);
        node.copyText = value.toString();
        node.toolTip = value.toString().size() > maxValueChars ? ShortText::cut(value.toString(), 2000) : QString();
        node.kind = ValueKind::String;
        break;
    case QJsonValue::Undefined:
        return;
    }
    addNode(parent, std::move(node));
}

const ParticipantTreeModel::Node *ParticipantTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex ParticipantTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_top.size()) ? createIndex(row, column, quintptr(m_top[size_t(row)])) : QModelIndex();
    const Node *p = nodeOf(parent);
    if (!p || parent.column() != 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, quintptr(p->children[size_t(row)]));
}

QModelIndex ParticipantTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int ParticipantTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ParticipantTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ParticipantTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool top = node->parent < 0;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? node->field : node->value;
    case Qt::ToolTipRole:
        if (!node->toolTip.isEmpty())
            return node->toolTip;
        return index.column() == ValueColumn && !node->value.isEmpty() ? node->value : node->field;
    case Qt::FontRole:
        if ((top && index.column() == FieldColumn)
            || (index.column() == ValueColumn
                && (node->kind == ValueKind::Null || node->kind == ValueKind::Empty || node->kind == ValueKind::Missing
                    || node->kind == ValueKind::Malformed))) {
            QFont font;
            font.setBold(top);
            font.setItalic(!top);
            return font;
        }
        return {};
    case TimelineRowRole:
        return top ? QVariant(node->timelineRow) : QVariant();
    case ParticipantIdRole:
        return top ? QVariant(node->participantId) : QVariant();
    case FirstSpeechRole:
        return top && node->firstSpeech ? QVariant(*node->firstSpeech) : QVariant();
    case ValueKindRole:
        return int(node->kind);
    case CopyTextRole:
        return node->copyText;
    default:
        return {};
    }
}

QVariant ParticipantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == FieldColumn ? tr("Field") : section == ValueColumn ? tr("Value") : QVariant();
    if (role == Qt::ToolTipRole)
        return section == FieldColumn ? tr("The participant, or a field of the participant object as the file has it")
                                      : tr("Its value: null, (empty) and (missing) are told apart; strings inside "
                                           "extra_data are quoted");
    return {};
}
