#include "analysis/participanttreemodel.h"
#include "meetingtablesfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MeetingTablesFixture;

namespace {

// The rows below parent as "field=value" lines, two spaces deeper per level.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &lines)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex field = model.index(r, ParticipantTreeModel::FieldColumn, parent);
        const QModelIndex value = model.index(r, ParticipantTreeModel::ValueColumn, parent);
        lines.append(QString(depth * 2, u' ') + field.data().toString() + u'=' + value.data().toString());
        dump(model, field, depth + 1, lines);
    }
}

QString participantDump(const QAbstractItemModel &model, int row)
{
    QStringList lines;
    dump(model, model.index(row, 0), 0, lines);
    return lines.join(u'\n');
}

// The child row named field of the top-level row.
QModelIndex fieldOf(const QAbstractItemModel &model, int row, const QString &field, int column)
{
    const QModelIndex top = model.index(row, 0);
    for (int r = 0; r < model.rowCount(top); ++r) {
        if (model.index(r, 0, top).data().toString() == field)
            return model.index(r, column, top);
    }
    return {};
}

ParticipantTreeModel::ValueKind kindOf(const QModelIndex &index)
{
    return ParticipantTreeModel::ValueKind(index.data(ParticipantTreeModel::ValueKindRole).toInt());
}

} // namespace

class TestParticipantTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void participants_data();
    void participants();
    void topLevelRows();
    void nullAndMissingEmail_data();
    void nullAndMissingEmail();
    void copyText();
    void malformedExtraData();
    void fallbackWithoutParticipantsFile();
    void demoMeeting();
};

void TestParticipantTreeModel::modelTester()
{
    ParticipantTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting(handWritten());
    QCOMPARE(model.rowCount(), 4);
    model.setMeeting(fromJson(timelineJson(), {}, eventsJson()));
    model.setMeeting(demo(NullNameFeature | DialInFeature | RejoinFeature));
    model.setMeeting({});
    QCOMPARE(model.rowCount(), 0);
}

void TestParticipantTreeModel::participants_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nested extra_data: objects, arrays, scalars, null, empty string")
        << 0
        << u"id=100\nname=Dana Ruiz\nis_host=true\nplatform=desktop\nemail=dana@example.com\n"
           "extra_data=object, 1 key(s)\n"
           "  zoom=object, 5 key(s)\n"
           "    flag=true\n"
           "    ids=array, 3 item(s)\n"
           "      [0]=1\n"
           "      [1]=2\n"
           "      [2]=object, 1 key(s)\n"
           "        x=null\n"
           "    n=1.5\n"
           "    s=\"\"\n"
           "    user_id=\"16778240\""_s;
    QTest::newRow("null name, null email, null extra_data")
        << 1 << u"id=205\nname=null\nis_host=false\nplatform=mobile\nemail=null\nextra_data=null"_s;
    QTest::newRow("null platform, no email member, empty array")
        << 2 << u"id=300\nname=Lee Chen\nis_host=false\nplatform=null\nemail=(missing)\nextra_data=[]"_s;
    QTest::newRow("empty name and email, scalar extra_data")
        << 3 << u"id=400\nname=(empty)\nis_host=null\nplatform=desktop\nemail=(empty)\nextra_data=\"plain\""_s;
}

void TestParticipantTreeModel::participants()
{
    QFETCH(int, row);
    QFETCH(QString, expected);
    ParticipantTreeModel model;
    model.setMeeting(handWritten());
    QVERIFY(model.fromParticipantsFile());
    QCOMPARE(participantDump(model, row), expected);
}

void TestParticipantTreeModel::topLevelRows()
{
    ParticipantTreeModel model;
    model.setMeeting(handWritten());
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex top = model.index(r, 0);
        rows.append(top.data().toString() + u" | " + model.index(r, 1).data().toString() + u" | "
            + top.data(ParticipantTreeModel::TimelineRowRole).toString() + u" | "
            + top.data(ParticipantTreeModel::FirstSpeechRole).toString());
    }
    QCOMPARE(rows,
        QStringList({u"Dana Ruiz | host \u00b7 desktop \u00b7 spoke 0:00:03 | 0 | 1.5"_s,
            u"(no name) #205 | mobile \u00b7 spoke 0:00:01 | 1 | 2"_s, u"Lee Chen | spoke 0:00:02 | 2 | 4"_s,
            u"(no name) #400 | desktop \u00b7 never spoke | -1 | "_s}));
    QCOMPARE(model.index(3, 0).data(ParticipantTreeModel::ParticipantIdRole).toLongLong(), 400);
    // Roles of the participant are on the top-level rows only.
    QVERIFY(!model.index(0, 0, model.index(0, 0)).data(ParticipantTreeModel::TimelineRowRole).isValid());
    QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains(u"Never spoke"_s));
}

void TestParticipantTreeModel::nullAndMissingEmail_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind");

    QTest::newRow("email set") << 0 << u"email"_s << int(ParticipantTreeModel::ValueKind::Text);
    QTest::newRow("email null") << 1 << u"email"_s << int(ParticipantTreeModel::ValueKind::Null);
    QTest::newRow("email missing") << 2 << u"email"_s << int(ParticipantTreeModel::ValueKind::Missing);
    QTest::newRow("email empty") << 3 << u"email"_s << int(ParticipantTreeModel::ValueKind::Empty);
    QTest::newRow("name null") << 1 << u"name"_s << int(ParticipantTreeModel::ValueKind::Null);
    QTest::newRow("name empty") << 3 << u"name"_s << int(ParticipantTreeModel::ValueKind::Empty);
    QTest::newRow("extra_data object") << 0 << u"extra_data"_s << int(ParticipantTreeModel::ValueKind::Object);
    QTest::newRow("extra_data array") << 2 << u"extra_data"_s << int(ParticipantTreeModel::ValueKind::Array);
    QTest::newRow("extra_data string") << 3 << u"extra_data"_s << int(ParticipantTreeModel::ValueKind::String);
}

void TestParticipantTreeModel::nullAndMissingEmail()
{
    QFETCH(int, row);
    QFETCH(QString, field);
    QFETCH(int, kind);
    ParticipantTreeModel model;
    model.setMeeting(handWritten());
    const QModelIndex value = fieldOf(model, row, field, ParticipantTreeModel::ValueColumn);
    QVERIFY(value.isValid());
    QCOMPARE(int(kindOf(value)), kind);
}

void TestParticipantTreeModel::copyText()
{
    ParticipantTreeModel model;
    model.setMeeting(handWritten());
    const auto copy = [](const QModelIndex &i) { return i.data(ParticipantTreeModel::CopyTextRole).toString(); };
    const QModelIndex extra = fieldOf(model, 0, u"extra_data"_s, 0);
    QCOMPARE(copy(extra),
        u"{\"zoom\":{\"flag\":true,\"ids\":[1,2,{\"x\":null}],\"n\":1.5,\"s\":\"\",\"user_id\":\"16778240\"}}"_s);
    const QModelIndex zoom = model.index(0, 1, extra);
    const QModelIndex userId = model.index(4, 1, zoom.siblingAtColumn(0));
    QCOMPARE(userId.data().toString(), u"\"16778240\""_s);
    QCOMPARE(copy(userId), u"16778240"_s); // strings without their quotes
    QCOMPARE(copy(fieldOf(model, 0, u"email"_s, 1)), u"dana@example.com"_s);
    QCOMPARE(copy(fieldOf(model, 1, u"email"_s, 1)), QString()); // null copies nothing
}

void TestParticipantTreeModel::malformedExtraData()
{
    // The parser keeps only whole JSON; a file read another way (or a future parser) may still hand over
    // bytes that do not read, and the tree must show them as they are.
    auto file = std::make_shared<ParticipantsFile>();
    TimelineParticipant p;
    p.id = 7;
    p.name = u"Sam"_s;
    file->participants = {p};
    file->details = {{std::nullopt, QByteArray("{\"zoom\": {\"id\": 1"), false}};
    MeetingFiles meeting;
    meeting.participants = file;
    ParticipantTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting(meeting);
    const QModelIndex value = fieldOf(model, 0, u"extra_data"_s, ParticipantTreeModel::ValueColumn);
    QCOMPARE(value.data().toString(), u"{\"zoom\": {\"id\": 1"_s);
    QCOMPARE(kindOf(value), ParticipantTreeModel::ValueKind::Malformed);
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"could not be read"_s));
    QCOMPARE(model.rowCount(value.siblingAtColumn(0)), 0);
    // Without a timeline nobody is said to have spoken or not.
    QCOMPARE(model.index(0, 1).data().toString(), QString());
}

void TestParticipantTreeModel::fallbackWithoutParticipantsFile()
{
    ParticipantTreeModel model;
    model.setMeeting(fromJson(timelineJson(), {}, eventsJson()));
    QVERIFY(!model.fromParticipantsFile());
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r) {
        names.append(model.index(r, 0).data().toString());
        QVERIFY(model.index(r, 0).data(Qt::ToolTipRole).toString().contains(u"participants file is not loaded"_s));
    }
    // The speakers in the timeline's order, then whoever only the events file knows.
    QCOMPARE(names, QStringList({u"Dana Ruiz"_s, u"(no name) #205"_s, u"Lee Chen"_s, u"Ana Silva"_s}));
    QCOMPARE(participantDump(model, 3), u"id=400\nname=Ana Silva\nis_host=null\nplatform=null"_s);
    QCOMPARE(model.index(3, 0).data(ParticipantTreeModel::TimelineRowRole).toInt(), -1);
    QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains(u"participant events file"_s));

    model.setMeeting(fromJson(timelineJson(), {}, {}));
    QCOMPARE(model.rowCount(), 3);
}

void TestParticipantTreeModel::demoMeeting()
{
    const Meeting data = demoMeetingData(NullNameFeature | DialInFeature | RejoinFeature | SameNameFeature, 8);
    const MeetingFiles meeting = demo(NullNameFeature | DialInFeature | RejoinFeature | SameNameFeature, 8);
    QVERIFY(meeting.participants);
    ParticipantTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting(meeting);
    QCOMPARE(model.rowCount(), int(data.participants.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        const MeetingParticipant &p = data.participants.at(r);
        QCOMPARE(model.index(r, 0).data(ParticipantTreeModel::ParticipantIdRole).toLongLong(), p.id);
        const QModelIndex email = fieldOf(model, r, u"email"_s, 1);
        switch (p.emailForm) {
        case MeetingParticipant::EmailForm::Absent:
            QCOMPARE(kindOf(email), ParticipantTreeModel::ValueKind::Missing);
            break;
        case MeetingParticipant::EmailForm::Null:
            QCOMPARE(kindOf(email), ParticipantTreeModel::ValueKind::Null);
            break;
        case MeetingParticipant::EmailForm::Present:
            QCOMPARE(email.data().toString(), p.email);
            break;
        }
        const QModelIndex extra = fieldOf(model, r, u"extra_data"_s, 0);
        if (p.extraData.isObject())
            QCOMPARE(model.rowCount(extra), int(p.extraData.toObject().size()));
        else if (p.extraData.isNull())
            QCOMPARE(extra.siblingAtColumn(1).data().toString(), u"null"_s);
    }
}

QTEST_MAIN(TestParticipantTreeModel)
#include "tst_participanttreemodel.moc"
