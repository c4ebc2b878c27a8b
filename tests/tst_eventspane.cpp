#include "analysis/eventfilterproxymodel.h"
#include "analysis/eventspane.h"
#include "analysis/eventtablemodel.h"
#include "analysis/participantspane.h"
#include "analysis/participanttreemodel.h"
#include "emptystate.h"
#include "meetingtablesfixture.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace MeetingTablesFixture;

namespace {

// The event indexes the table shows, in its order.
QString shown(const EventsPane &pane)
{
    QStringList rows;
    const QAbstractItemModel *model = pane.view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(model->index(r, 0).data(EventTableModel::EventIndexRole).toString());
    return rows.join(u' ');
}

// Picks a combo box entry with the keyboard, as a user would: focus, then Down until it is current.
void pickWithKeyboard(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    combo->setFocus();
    if (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

} // namespace

class TestEventsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void actionFilter();
    void participantFilter();
    void searchField();
    void keyboardSelectionReveals();
    void tabOrder();
    void noEventsFile();
    void nothingMatches();
    void actionKeptAcrossMeetings();
    void filtersKeptWhenTheTimelineArrives();
    void participantsPaneReveals();
    void participantsPaneCopies();
    void participantsPaneFallbackNote();
    void snapshots();

private:
    std::unique_ptr<QWidget> m_window;
};

void TestEventsPane::init()
{
    m_window.reset();
}

void TestEventsPane::actionFilter()
{
    EventsPane pane;
    pane.setMeeting(handWritten());
    QCOMPARE(shown(pane), u"0 6 1 3 2 4 7 5"_s);
    QCOMPARE(pane.countText(), u"8 events"_s);
    // "All actions" and the seven actions present, the unknown one marked.
    QCOMPARE(pane.actionFilter()->count(), 8);
    QCOMPARE(pane.actionFilter()->itemText(pane.actionFilter()->findData(u"hand_raise"_s)),
        u"hand_raise (1, unknown action)"_s);
    QCOMPARE(pane.actionFilter()->itemText(pane.actionFilter()->findData(u"chat_message"_s)), u"Chat message (2)"_s);

    pickWithKeyboard(pane.actionFilter(), u"chat_message"_s);
    QCOMPARE(shown(pane), u"2 7"_s);
    QCOMPARE(pane.countText(), u"2 of 8 events"_s);
    pickWithKeyboard(pane.actionFilter(), u"hand_raise"_s);
    QCOMPARE(shown(pane), u"3"_s);
    pane.actionFilter()->setCurrentIndex(0);
    QCOMPARE(shown(pane), u"0 6 1 3 2 4 7 5"_s);
}

void TestEventsPane::participantFilter()
{
    EventsPane pane;
    pane.setMeeting(handWritten());
    QComboBox *combo = pane.participantFilter();
    // Everyone, then by name: the nameless 205 first.
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->itemText(0), u"Everyone"_s);
    QVERIFY(combo->itemData(combo->findData(qint64(400)), Qt::ToolTipRole).toString().contains(u"Never spoke"_s));
    pickWithKeyboard(combo, qint64(205));
    QCOMPARE(shown(pane), u"6 3"_s);
    pickWithKeyboard(pane.actionFilter(), u"webcam_on"_s);
    QCOMPARE(shown(pane), u"6"_s);
    pickWithKeyboard(combo, qint64(400));
    QCOMPARE(shown(pane), QString());
}

void TestEventsPane::searchField()
{
    EventsPane pane;
    pane.setMeeting(handWritten());
    QTest::keyClicks(pane.searchField(), u"HELLO"_s);
    QTRY_COMPARE(shown(pane), u"2"_s);
    pane.searchField()->clear();
    QTRY_COMPARE(pane.proxy()->rowCount(), 8);
}

void TestEventsPane::keyboardSelectionReveals()
{
    m_window = std::make_unique<QWidget>();
    auto *pane = new EventsPane(m_window.get());
    pane->setMeeting(handWritten());
    m_window->resize(800, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy reveal(pane, &EventsPane::revealRequested);
    QTableView *view = pane->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.takeFirst(), QVariantList({0.0, 0.0, 0})); // Dana joins at 0; row 0
    QTest::keyClick(view, Qt::Key_Down); // event 6: webcam_on by 205 at 1 s, from its absolute time
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.takeFirst(), QVariantList({1.0, 1.0, 1}));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(reveal.takeFirst(), QVariantList({1.5, 1.5, 0}));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down); // event 2: Ana's chat; Ana never spoke
    QCOMPARE(reveal.takeLast(), QVariantList({3.0, 3.0, -1}));
    reveal.clear();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier); // event 5: Ana leaves at 6 s
    QCOMPARE(view->currentIndex().data(EventTableModel::EventIndexRole).toInt(), 5);
    QCOMPARE(reveal.takeFirst(), QVariantList({6.0, 6.0, -1}));
    QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    // Enter shows the current event again.
    QTest::keyClick(view, Qt::Key_Up);
    reveal.clear();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.takeFirst(), QVariantList({5.0, 5.0, 0}));
    // Ctrl+C copies the event whole, with the action as sent.
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        u"0:00:05.000\tDana Ruiz (100)\tchat_message\tto the bot only: secret\nsecond line"_s);
    // On a timeline without wall-clock times, events with only an absolute time have none: nothing to show.
    pane->setMeeting(withoutWallClock());
    QCOMPARE(reveal.size(), 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(6, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().data(EventTableModel::EventIndexRole).toInt(), 6);
    reveal.clear();
    QTest::keyClick(view, Qt::Key_Up); // event 5 has no time either
    QCOMPARE(view->currentIndex().data(EventTableModel::EventIndexRole).toInt(), 5);
    QCOMPARE(reveal.size(), 0);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(reveal.size(), 0);
    // A new meeting moves nothing by itself.
    pane->setMeeting(demo(ChatFeature));
    QCOMPARE(reveal.size(), 0);
}

void TestEventsPane::tabOrder()
{
    m_window = std::make_unique<QWidget>();
    auto *pane = new EventsPane(m_window.get());
    pane->setMeeting(handWritten());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane->actionFilter()->setFocus();
    QWidget *expected[] {pane->participantFilter(), pane->searchField(), pane->view()};
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus && w->isVisible())
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestEventsPane::noEventsFile()
{
    EventsPane pane;
    pane.setMeeting(fromJson(timelineJson(), participantsJson(), {}), u"the download failed (HTTP 403)."_s);
    auto *empty = pane.findChild<EmptyState *>();
    QVERIFY(empty);
    QCOMPARE(empty->text(), u"The participant events file is not loaded: the download failed (HTTP 403)."_s);
    QCOMPARE(pane.findChild<QStackedWidget *>()->currentWidget(), empty);
    QVERIFY(!pane.actionFilter()->isEnabled());
    QVERIFY(!pane.searchField()->isEnabled());
    pane.setMeeting({});
    QVERIFY(empty->text().startsWith(u"The participant events file is not loaded: "_s));
    pane.setMeeting(handWritten());
    QCOMPARE(pane.findChild<QStackedWidget *>()->currentWidget(), pane.view());
    QVERIFY(pane.actionFilter()->isEnabled());
}

void TestEventsPane::nothingMatches()
{
    EventsPane pane;
    pane.setMeeting(handWritten());
    pane.participantFilter()->setCurrentIndex(pane.participantFilter()->findData(qint64(400)));
    pane.actionFilter()->setCurrentIndex(pane.actionFilter()->findData(u"join"_s));
    auto *empty = pane.findChild<EmptyState *>();
    QCOMPARE(empty->text(), u"No event matches the filters."_s);
    QCOMPARE(empty->buttons().size(), 1);
    empty->buttons().first()->click();
    QCOMPARE(pane.proxy()->rowCount(), 8);
    QCOMPARE(pane.actionFilter()->currentIndex(), 0);
    QCOMPARE(pane.participantFilter()->currentIndex(), 0);
}

void TestEventsPane::actionKeptAcrossMeetings()
{
    EventsPane pane;
    pane.setMeeting(handWritten());
    pane.actionFilter()->setCurrentIndex(pane.actionFilter()->findData(u"chat_message"_s));
    pane.participantFilter()->setCurrentIndex(pane.participantFilter()->findData(qint64(100)));
    const MeetingFiles other = demo(ChatFeature, 5);
    pane.setMeeting(other);
    QCOMPARE(pane.actionFilter()->currentData().toString(), u"chat_message"_s);
    QCOMPARE(pane.participantFilter()->currentIndex(), 0); // ids belong to one meeting
    QVERIFY(pane.proxy()->rowCount() > 0);
    for (int r = 0; r < pane.proxy()->rowCount(); ++r)
        QCOMPARE(pane.proxy()->index(r, 0).data(EventTableModel::ActionRole).toString(), u"chat_message"_s);
    // A meeting without that action starts from every action.
    pane.actionFilter()->setCurrentIndex(pane.actionFilter()->findData(u"chat_message"_s));
    pane.setMeeting(fromJson(timelineJson(), {},
        json("[{'id':'x','action':'join','participant':{'id':100},'timestamp':{'relative':1},'data':null}]")));
    QCOMPARE(pane.actionFilter()->currentIndex(), 0);
    QCOMPARE(pane.proxy()->rowCount(), 1);
}

// The panel hands the meeting over again when the timeline arrives after the events file: the
// participant and the search chosen meanwhile still apply (the same events file).
void TestEventsPane::filtersKeptWhenTheTimelineArrives()
{
    EventsPane pane;
    const MeetingFiles whole = handWritten();
    MeetingFiles eventsOnly = whole;
    eventsOnly.document.reset();
    pane.setMeeting(eventsOnly);
    pane.participantFilter()->setCurrentIndex(pane.participantFilter()->findData(qint64(100)));
    const int shown = pane.proxy()->rowCount();
    QVERIFY(shown > 0 && shown < pane.model()->rowCount());
    pane.searchField()->setText(u"zzz-no-such-text"_s);
    QTest::keyClick(pane.searchField(), Qt::Key_Return);
    QCOMPARE(pane.proxy()->rowCount(), 0);
    pane.setMeeting(whole);
    QCOMPARE(pane.participantFilter()->currentData().toLongLong(), qint64(100));
    QCOMPARE(pane.searchField()->text(), u"zzz-no-such-text"_s);
    QCOMPARE(pane.proxy()->rowCount(), 0);
    pane.searchField()->clear();
    QTest::keyClick(pane.searchField(), Qt::Key_Return);
    QCOMPARE(pane.proxy()->rowCount(), shown);
}

void TestEventsPane::participantsPaneReveals()
{
    m_window = std::make_unique<QWidget>();
    auto *pane = new ParticipantsPane(m_window.get());
    pane->setMeeting(handWritten());
    m_window->resize(600, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTreeView *view = pane->view();
    // Expanded one level: every participant's fields show, extra_data stays folded.
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));
    QVERIFY(!view->isExpanded(view->model()->index(5, 0, view->model()->index(0, 0))));
    QSignalSpy reveal(pane, &ParticipantsPane::revealRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0)); // the nameless 205: first speech at 2 s, row 1
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.takeFirst(), QVariantList({2.0, 2.0, 1}));
    QTest::keyClick(view, Qt::Key_Down); // into 205's fields: the chart stays
    QCOMPARE(reveal.size(), 0);
    view->setCurrentIndex(view->model()->index(3, 0)); // Ana never spoke
    QCOMPARE(reveal.size(), 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(reveal.takeFirst(), QVariantList({1.5, 1.5, 0}));
}

void TestEventsPane::participantsPaneCopies()
{
    m_window = std::make_unique<QWidget>();
    auto *pane = new ParticipantsPane(m_window.get());
    pane->setMeeting(handWritten());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTreeView *view = pane->view();
    const QModelIndex dana = view->model()->index(0, 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(4, 1, dana)); // email
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"dana@example.com"_s);
    QVERIFY(!pane->copyAction()->toolTip().isEmpty());
}

void TestEventsPane::participantsPaneFallbackNote()
{
    ParticipantsPane pane;
    pane.setMeeting(handWritten());
    QCOMPARE(pane.noteText(), QString());
    pane.setMeeting(fromJson(timelineJson(), {}, eventsJson()));
    QVERIFY(pane.noteText().startsWith(u"The participants file is not loaded"_s));
    QCOMPARE(pane.view()->model()->rowCount(), 4);
    pane.setMeeting({});
    QVERIFY(pane.findChild<EmptyState *>()->isVisibleTo(&pane));
}

// With PI_TABLES_SNAPSHOTS=DIR, both panes on a demo meeting saved as PNG files there (to look at them).
void TestEventsPane::snapshots()
{
    const QString dir = qEnvironmentVariable("PI_TABLES_SNAPSHOTS");
    if (dir.isEmpty())
        QSKIP("set PI_TABLES_SNAPSHOTS=DIR to save pictures of the panes");
    const MeetingFiles meeting
        = demo(ChatFeature | RejoinFeature | UpdateEventFeature | NullNameFeature | SameNameFeature | DialInFeature, 7);
    EventsPane events;
    events.setMeeting(meeting);
    events.resize(900, 520);
    events.show();
    QVERIFY(QTest::qWaitForWindowExposed(&events));
    // Around the first chat message, so the details column has something to show.
    const QAbstractItemModel *rows = events.view()->model();
    int chat = 0;
    while (chat < rows->rowCount()
        && rows->index(chat, 0).data(EventTableModel::ActionRole).toString() != u"chat_message"_s)
        ++chat;
    events.view()->selectRow(chat);
    events.view()->scrollTo(rows->index(chat, 0), QAbstractItemView::PositionAtCenter);
    QVERIFY(events.grab().save(dir + u"/tables-events.png"_s));
    ParticipantsPane participants;
    participants.setMeeting(meeting);
    participants.resize(700, 620);
    participants.show();
    QVERIFY(QTest::qWaitForWindowExposed(&participants));
    participants.view()->setCurrentIndex(participants.view()->model()->index(0, 0));
    QVERIFY(participants.grab().save(dir + u"/tables-participants.png"_s));
}

QTEST_MAIN(TestEventsPane)
#include "tst_eventspane.moc"
