#pragma once

#include "analysis/meetingfiles.h"

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QString>

#include <vector>

// The meeting's participants as a read-only tree: one top-level row per participant (its name, and a
// summary: host, platform, talk time or "never spoke"), and below it every field as the participants
// file has it, with extra_data unfolded into nested rows (object keys, "[0]", "[1]" for arrays).
// Null, empty and missing never look alike: "null", "(empty)" and "(missing)" each say which, and
// ValueKindRole tells views. Without a participants file the rows come from the speaker timeline and the
// events file (no email, no extra_data) and every top-level tooltip says so.
// Built whole in setMeeting(): participants files are small.
class ParticipantTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { FieldColumn, ValueColumn, ColumnCount };
    Q_ENUM(Columns)

    enum Roles {
        TimelineRowRole = Qt::UserRole, // int on top-level rows: the timeline row, -1 when they never spoke
        ParticipantIdRole, // qint64 on top-level rows
        FirstSpeechRole, // double on top-level rows of participants who spoke; invalid otherwise
        ValueKindRole, // int, ValueKind of the row's value
        CopyTextRole, // QString: what Copy puts on the clipboard (strings unquoted, containers as JSON)
    };
    Q_ENUM(Roles)

    enum class ValueKind { Text, Null, Empty, Missing, Number, Bool, String, Object, Array, Malformed, Summary };
    Q_ENUM(ValueKind)

    using QAbstractItemModel::QAbstractItemModel;

    void setMeeting(const MeetingFiles &meeting);
    // False when the rows come from the timeline and events file because there is no participants file.
    bool fromParticipantsFile() const { return m_fromFile; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString field;
        QString value;
        QString toolTip;
        QString copyText;
        ValueKind kind = ValueKind::Text;
        int parent = -1; // node index; -1 for top-level
        int row = 0; // within its parent
        std::vector<int> children;
        // Top-level rows only:
        qint64 participantId = 0;
        int timelineRow = -1;
        std::optional<double> firstSpeech;
    };

    int addNode(int parent, Node node);
    int addLeaf(int parent, const QString &field, const QString &value, ValueKind kind, const QString &toolTip = {},
        const QString &copy = {});
    void addParticipant(const TimelineParticipant &p, const ParticipantsFile::Details *details, const QString &source);
    void addJson(int parent, const QString &field, const QJsonValue &value);
    void addExtraData(int parent, const QByteArray &raw);
    QString summary(const TimelineParticipant &p, int timelineRow) const;
    const Node *nodeOf(const QModelIndex &index) const;

    MeetingFiles m_meeting;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    bool m_fromFile = true;
};
