#include "analysis/eventfilterproxymodel.h"
#include "analysis/eventtablemodel.h"
#include "meetingtablesfixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MeetingTablesFixture;

namespace {

// The source rows (event indexes) in the proxy's order, as "0 6 1".
QString order(const QAbstractItemModel &proxy)
{
    QStringList rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.append(proxy.index(r, 0).data(EventTableModel::EventIndexRole).toString());
    return rows.join(u' ');
}

QString cell(const EventTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestEventTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void cells_data();
    void cells();
    void roles();
    void participantMissingFromTheTimeline();
    void withoutTimeline();
    void eventWithoutTime();
    void filter_data();
    void filter();
    void sortsByTime_data();
    void sortsByTime();
    void actionCounts();
    void demoMeeting();
    void largeFile();
};

void TestEventTableModel::modelTester()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(EventTableModel::TimeColumn);
    model.setMeeting(handWritten());
    QCOMPARE(model.rowCount(), 8);
    proxy.setActions({u"chat_message"_s});
    proxy.setParticipants({100});
    proxy.setText(u"secret"_s);
    proxy.sort(EventTableModel::ParticipantColumn, Qt::DescendingOrder);
    proxy.clearFilters();
    model.setMeeting(demo(ChatFeature | UpdateEventFeature | RejoinFeature));
    model.setMeeting({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("participant");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("actionTip"); // a part of the action's tooltip

    QTest::newRow("join at the start") << 0 << u"0:00:00.000"_s << u"Dana Ruiz"_s << u"Joined"_s << QString()
                                       << u"join"_s;
    QTest::newRow("chat to everyone") << 2 << u"0:00:03.000"_s << u"Ana Silva"_s << u"Chat message"_s
                                      << u"to everyone: hello there"_s << u"chat_message"_s;
    QTest::newRow("unknown action shown raw")
        << 3 << u"0:00:02.000"_s << u"(no name) #205"_s << u"hand_raise"_s << QString() << u"Unknown action"_s;
    QTest::newRow("update with data") << 4 << u"0:00:04.000"_s << u"Lee Chen"_s << u"Updated"_s
                                      << u"{\"name\":\"Lee C.\"}"_s << u"update"_s;
    QTest::newRow("absolute time only, never spoke")
        << 5 << u"0:00:06.000"_s << u"Ana Silva"_s << u"Left"_s << QString() << u"leave"_s;
    QTest::newRow("absolute time only") << 6 << u"0:00:01.000"_s << u"(no name) #205"_s << u"Webcam on"_s << QString()
                                        << u"webcam_on"_s;
    QTest::newRow("chat to the bot, two lines in one")
        << 7 << u"0:00:05.000"_s << u"Dana Ruiz"_s << u"Chat message"_s << u"to the bot only: secret\u21b5second line"_s
        << u"chat_message"_s;
}

void TestEventTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(QString, time);
    QFETCH(QString, participant);
    QFETCH(QString, action);
    QFETCH(QString, details);
    QFETCH(QString, actionTip);
    EventTableModel model;
    model.setMeeting(handWritten());
    QCOMPARE(cell(model, row, EventTableModel::TimeColumn), time);
    QCOMPARE(cell(model, row, EventTableModel::ParticipantColumn), participant);
    QCOMPARE(cell(model, row, EventTableModel::ActionColumn), action);
    QCOMPARE(cell(model, row, EventTableModel::DetailsColumn), details);
    const QString tip = cell(model, row, EventTableModel::ActionColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(actionTip), qPrintable(tip));
}

void TestEventTableModel::roles()
{
    EventTableModel model;
    model.setMeeting(handWritten());
    const auto at = [&](int row, int role) { return model.index(row, 0).data(role); };
    QCOMPARE(at(1, EventTableModel::TimeRole).toDouble(), 1.5);
    QCOMPARE(at(5, EventTableModel::TimeRole).toDouble(), 6.0);
    QCOMPARE(at(6, EventTableModel::TimeRole).toDouble(), 1.0);
    QCOMPARE(at(3, EventTableModel::ActionRole).toString(), u"hand_raise"_s);
    QCOMPARE(at(3, EventTableModel::KnownActionRole).toBool(), false);
    QCOMPARE(at(1, EventTableModel::ActionRole).toString(), u"speech_on"_s);
    QCOMPARE(at(4, EventTableModel::ParticipantIdRole).toLongLong(), 300);
    QCOMPARE(at(7, EventTableModel::EventIndexRole).toInt(), 7);
    // Rows are the timeline's: Dana 0, the nameless 205 1, Lee 2; Ana never spoke.
    QCOMPARE(at(0, EventTableModel::TimelineRowRole).toInt(), 0);
    QCOMPARE(at(3, EventTableModel::TimelineRowRole).toInt(), 1);
    QCOMPARE(at(4, EventTableModel::TimelineRowRole).toInt(), 2);
    QCOMPARE(at(2, EventTableModel::TimelineRowRole).toInt(), -1);

    // Times carry their wall clock in the tooltip; an event without one says why it has no time.
    const QString tip = cell(model, 1, EventTableModel::TimeColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"2025-07-17T00:00:01.500Z"_s), qPrintable(tip));
    const QString derived = cell(model, 6, EventTableModel::TimeColumn, Qt::ToolTipRole);
    QVERIFY2(derived.contains(u"Derived from the wall-clock time"_s), qPrintable(derived));
    // The whole chat message is in the details' tooltip.
    QCOMPARE(
        cell(model, 7, EventTableModel::DetailsColumn, Qt::ToolTipRole), u"to the bot only: secret\nsecond line"_s);
}

void TestEventTableModel::participantMissingFromTheTimeline()
{
    EventTableModel model;
    model.setMeeting(handWritten());
    const QString ana = cell(model, 2, EventTableModel::ParticipantColumn, Qt::ToolTipRole);
    QVERIFY2(ana.contains(u"Never spoke"_s) && ana.contains(u"400"_s), qPrintable(ana));
    const QString dana = cell(model, 0, EventTableModel::ParticipantColumn, Qt::ToolTipRole);
    QVERIFY2(!dana.contains(u"Never spoke"_s) && dana.contains(u"Host"_s), qPrintable(dana));
}

void TestEventTableModel::withoutTimeline()
{
    // Only the events file: times are the relative ones; absolute-only events cannot be placed; nobody is
    // said to have never spoken, since there is no timeline to tell.
    EventTableModel model;
    model.setMeeting(fromJson({}, {}, eventsJson()));
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.index(6, 0).data(EventTableModel::TimeRole).isValid());
    QVERIFY(cell(model, 6, EventTableModel::TimeColumn, Qt::ToolTipRole).contains(u"no speaker timeline"_s));
    QCOMPARE(model.index(0, 0).data(EventTableModel::TimelineRowRole).toInt(), -1);
    QVERIFY(!cell(model, 2, EventTableModel::ParticipantColumn, Qt::ToolTipRole).contains(u"Never spoke"_s));
}

void TestEventTableModel::eventWithoutTime()
{
    // A timeline without wall-clock times cannot place an event that has only one.
    EventTableModel model;
    model.setMeeting(withoutWallClock());
    QCOMPARE(cell(model, 6, EventTableModel::TimeColumn), u"\u2014"_s);
    QVERIFY(!model.index(6, 0).data(EventTableModel::TimeRole).isValid());
    const QString tip = cell(model, 6, EventTableModel::TimeColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"2025-07-17T00:00:01.000Z"_s) && tip.contains(u"cannot be placed"_s), qPrintable(tip));
    QCOMPARE(model.index(6, 0).data(Qt::FontRole).value<QFont>().italic(), true);
    // Still the participant's row: 205 spoke.
    QCOMPARE(model.index(6, 0).data(EventTableModel::TimelineRowRole).toInt(), 1);
    // Relative times need no wall clock.
    QCOMPARE(cell(model, 1, EventTableModel::TimeColumn), u"0:00:01.500"_s);
}

void TestEventTableModel::filter_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QList<qint64>>("participants");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing: every event by time")
        << QStringList() << QList<qint64>() << QString() << u"0 6 1 3 2 4 7 5"_s;
    QTest::newRow("one action") << QStringList {u"chat_message"_s} << QList<qint64>() << QString() << u"2 7"_s;
    QTest::newRow("the unknown action") << QStringList {u"hand_raise"_s} << QList<qint64>() << QString() << u"3"_s;
    QTest::newRow("two actions") << QStringList {u"join"_s, u"leave"_s} << QList<qint64>() << QString() << u"0 5"_s;
    QTest::newRow("one participant") << QStringList() << QList<qint64> {205} << QString() << u"6 3"_s;
    QTest::newRow("a participant who never spoke") << QStringList() << QList<qint64> {400} << QString() << u"2 5"_s;
    QTest::newRow("action and participant")
        << QStringList {u"chat_message"_s} << QList<qint64> {100} << QString() << u"7"_s;
    QTest::newRow("text in a chat, any case") << QStringList() << QList<qint64>() << u"HELLO"_s << u"2"_s;
    QTest::newRow("text in an update's data") << QStringList() << QList<qint64>() << u"lee c."_s << u"4"_s;
    QTest::newRow("text in a name") << QStringList() << QList<qint64>() << u"silva"_s << u"2 5"_s;
    QTest::newRow("text in the readable action") << QStringList() << QList<qint64>() << u"webcam"_s << u"6"_s;
    QTest::newRow("nothing matches") << QStringList {u"join"_s} << QList<qint64> {400} << QString() << QString();
    QTest::newRow("an action not in the file")
        << QStringList {u"screenshare_on"_s} << QList<qint64>() << QString() << QString();
}

void TestEventTableModel::filter()
{
    QFETCH(QStringList, actions);
    QFETCH(QList<qint64>, participants);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    EventTableModel model;
    model.setMeeting(handWritten());
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(EventTableModel::TimeColumn);
    proxy.setActions(QSet<QString>(actions.begin(), actions.end()));
    proxy.setParticipants(QSet<qint64>(participants.begin(), participants.end()));
    proxy.setText(text);
    QCOMPARE(order(proxy), expected);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 8);
}

void TestEventTableModel::sortsByTime_data()
{
    QTest::addColumn<bool>("wallClock");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("sortOrder");
    QTest::addColumn<QString>("expected");

    const int time = EventTableModel::TimeColumn;
    QTest::newRow("time ascending") << true << time << Qt::AscendingOrder << u"0 6 1 3 2 4 7 5"_s;
    QTest::newRow("time descending") << true << time << Qt::DescendingOrder << u"5 7 4 2 3 1 6 0"_s;
    QTest::newRow("no time last, in file order") << false << time << Qt::AscendingOrder << u"0 1 3 2 4 7 5 6"_s;
    QTest::newRow("no time still last descending") << false << time << Qt::DescendingOrder << u"7 4 2 3 1 0 6 5"_s;
    // "(no name) #205" sorts before the letters; ties by time.
    QTest::newRow("participant, then time")
        << true << int(EventTableModel::ParticipantColumn) << Qt::AscendingOrder << u"6 3 2 5 0 1 7 4"_s;
}

void TestEventTableModel::sortsByTime()
{
    QFETCH(bool, wallClock);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, sortOrder);
    QFETCH(QString, expected);
    EventTableModel model;
    model.setMeeting(wallClock ? handWritten() : withoutWallClock());
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, sortOrder);
    QCOMPARE(order(proxy), expected);
}

void TestEventTableModel::actionCounts()
{
    EventTableModel model;
    QVERIFY(model.actionCounts().isEmpty());
    model.setMeeting(handWritten());
    QStringList counts;
    for (const EventTableModel::ActionCount &a : model.actionCounts())
        counts.append(a.action + u'=' + QString::number(a.count) + (a.known ? QString() : u"?"_s));
    QCOMPARE(counts.join(u' '), u"join=1 leave=1 update=1 speech_on=1 webcam_on=1 chat_message=2 hand_raise=1?"_s);
}

void TestEventTableModel::demoMeeting()
{
    // A generated meeting with chat, a rejoin, an update and a nameless participant, as the demo server
    // serves it.
    const MeetingFiles meeting = demo(ChatFeature | RejoinFeature | UpdateEventFeature | NullNameFeature, 8);
    QVERIFY(meeting.document && meeting.participants && meeting.events);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeeting(meeting);
    QCOMPARE(model.rowCount(), int(meeting.events->events.size()));
    QVERIFY(model.rowCount() > 20);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::TimeColumn);
    double last = -1e300;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QVariant t = proxy.index(r, 0).data(EventTableModel::TimeRole);
        QVERIFY(t.isValid());
        QVERIFY(t.toDouble() >= last);
        last = t.toDouble();
    }
    proxy.setActions({u"chat_message"_s});
    QVERIFY(proxy.rowCount() > 0);
    bool toBot = false;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString details = proxy.index(r, EventTableModel::DetailsColumn).data().toString();
        QVERIFY2(
            details.startsWith(u"to everyone: "_s) || details.startsWith(u"to the bot only: "_s), qPrintable(details));
        toBot = toBot || details.startsWith(u"to the bot only: "_s);
    }
    QVERIFY(toBot);
    proxy.setActions({u"update"_s});
    QVERIFY(proxy.rowCount() > 0);
    proxy.setActions({});
    QVERIFY(order(proxy).size() > 0);
    // Every participant who spoke has a row; the counts of actions add up to every event.
    qsizetype sum = 0;
    for (const EventTableModel::ActionCount &a : model.actionCounts())
        sum += a.count;
    QCOMPARE(sum, qsizetype(model.rowCount()));
}

void TestEventTableModel::largeFile()
{
    // 100 000 events, written in reverse time order so that sorting has work to do: setting the meeting,
    // sorting and a text filter must stay well under a second each on an ordinary machine (the bound here
    // is loose, for loaded CI machines; the times are printed).
    constexpr int count = 100000;
    const char *actions[] {"speech_on", "speech_off", "webcam_on", "chat_message", "custom_thing"};
    QByteArray events = "[";
    for (int i = 0; i < count; ++i) {
        const QByteArray action = actions[i % 5];
        const QByteArray data = action == "chat_message"
            ? json("{'text':'message ") + QByteArray::number(i) + json("','to':'everyone'}")
            : QByteArray("null");
        events += (i ? "," : "") + json("{'id':'e','action':'") + action + json("','participant':{'id':")
            + QByteArray::number(i % 50) + json(",'name':'P") + QByteArray::number(i % 50)
            + json("'},'timestamp':{'relative':") + QByteArray::number(double(count - i) / 10, 'f', 1)
            + json("},'data':") + data + '}';
    }
    events += ']';
    const MeetingFiles meeting = fromJson({}, {}, events);
    QVERIFY(meeting.events);
    QCOMPARE(qsizetype(meeting.events->events.size()), count);

    QElapsedTimer timer;
    timer.start();
    EventTableModel model;
    model.setMeeting(meeting);
    const qint64 set = timer.restart();
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::TimeColumn);
    const qint64 sort = timer.restart();
    proxy.setText(u"MESSAGE 12343"_s);
    const qint64 filter = timer.restart();
    qInfo("100k events: set %lld ms, sort %lld ms, text filter %lld ms", set, sort, filter);
    QCOMPARE(proxy.rowCount(), 1); // event 12343 only: no event 123430 or later
    proxy.setText({});
    QCOMPARE(proxy.index(0, 0).data(EventTableModel::EventIndexRole).toInt(), count - 1);
    QCOMPARE(proxy.index(count - 1, 0).data(EventTableModel::EventIndexRole).toInt(), 0);
    QVERIFY2(set + sort + filter < 10000, "far too slow for 100 000 events");
}

QTEST_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
