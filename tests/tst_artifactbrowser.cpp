// The browser page driven like a person would, against the demo server over loopback.
#include "artifactbrowser.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "filterbar.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "models/statuspoller.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "noticebar.h"
#include "statuslegend.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestArtifactBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageShown();
    void scrollingFetchesMore();
    void serverFilters_data();
    void serverFilters();
    void quickFilter();
    void invalidQuickFilterIsTinted();
    void openByArtifactId();
    void openByRecordingId();
    void openByPastedUrl();
    void openArtifactNotYetLoaded();
    void processingFlipsToDoneInPlace();
    void legendCountsEqualRows();
    void legendTogglesStatusFilter();
    void selectionFillsDetailPane();
    void copyIdsFromList();
    void missingArtifactOffersRemoval();
    void openingOutsideServerFiltersClearsThem();
    void paneClearsWhenItsRowIsFilteredOut();
    void emptyTableSaysWhy();
    void enterInADateFieldApplies();
    void typingAWholeDateOverTheSelection_data();
    void typingAWholeDateOverTheSelection();
    void recordingFieldReadsPastedText();
    void clearRemovesEveryFilter();
    void escapeClearsQuickFilter();
    void filterBarWrapsWhenNarrow();
    void downloadsShowSizesAndCopyLinks();
    void headerOffersLoadAllToSort();

private:
    QStringList visibleIds() const;
    void waitLoaded();

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<ArtifactBrowser> m_browser;
};

void TestArtifactBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArtifactBrowser::init()
{
    QSettings().clear();
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->setClient(m_client.get());
    waitLoaded();
}

void TestArtifactBrowser::cleanup()
{
    m_browser.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

void TestArtifactBrowser::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->isLoading(), 10000);
}

QStringList TestArtifactBrowser::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_browser->proxy()->rowCount(); ++row)
        ids.append(m_browser->proxy()->index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString());
    return ids;
}

void TestArtifactBrowser::firstPageShown()
{
    QCOMPARE(m_browser->view()->model()->rowCount(), m_server->options().pageSize);
    QCOMPARE(visibleIds().constFirst(), m_server->artifactIds().constFirst());
}

void TestArtifactBrowser::scrollingFetchesMore()
{
    const int firstPage = m_browser->proxy()->rowCount();
    QScrollBar *scrollBar = m_browser->view()->verticalScrollBar();
    // The view lays out its rows from the event loop; until it has, the scroll bar has no range and
    // moving it to the end changes nothing (seen on a loaded CI machine under ASan).
    QTRY_VERIFY_WITH_TIMEOUT(scrollBar->maximum() > 0, 10000);
    scrollBar->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->proxy()->rowCount() > firstPage, 10000);
}

void TestArtifactBrowser::serverFilters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("byRecording");
    QTest::addColumn<bool>("byDates");
    QTest::newRow("status failed") << u"failed"_s << false << false;
    QTest::newRow("status processing") << u"processing"_s << false << false;
    QTest::newRow("recording") << QString() << true << false;
    QTest::newRow("created window") << QString() << false << true;
}

void TestArtifactBrowser::serverFilters()
{
    QFETCH(QString, status);
    QFETCH(bool, byRecording);
    QFETCH(bool, byDates);
    FilterBar *bar = m_browser->filterBar();
    const QString recording
        = m_server->recordingIdOf(m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording));
    if (!status.isEmpty()) {
        auto *combo = bar->findChild<QComboBox *>(u"statusFilter"_s);
        combo->setCurrentIndex(combo->findData(status));
    }
    if (byRecording) {
        bar->recordingEdit()->clear();
        QTest::keyClicks(bar->recordingEdit(), recording);
    }
    QDateTime after, before;
    if (byDates) {
        // A window of the newest week of the demo's data.
        const QDateTime newest = m_browser->model()->artifact(0).createdAt;
        after = newest.addDays(-7);
        before = newest.addDays(-2);
        bar->findChild<QCheckBox *>(u"createdAfterEnabled"_s)->setChecked(true);
        bar->findChild<QDateTimeEdit *>(u"createdAfter"_s)->setDateTime(after.toLocalTime());
        bar->findChild<QCheckBox *>(u"createdBeforeEnabled"_s)->setChecked(true);
        bar->findChild<QDateTimeEdit *>(u"createdBefore"_s)->setDateTime(before.toLocalTime());
    }
    QTest::mouseClick(bar->findChild<QPushButton *>(u"applyFilter"_s), Qt::LeftButton);
    waitLoaded();
    while (m_browser->model()->canFetchMore({})) {
        m_browser->fetchMore();
        waitLoaded();
    }
    const int rows = m_browser->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < m_server->artifactCount());
    for (int row = 0; row < rows; ++row) {
        const Artifact a = m_browser->model()->artifact(row);
        if (!status.isEmpty())
            QCOMPARE(a.status.code, status);
        if (byRecording)
            QCOMPARE(a.recording.id, recording);
        if (byDates) {
            // The edits show minutes: allow what the display rounded away.
            QVERIFY(a.createdAt >= after.addSecs(-60));
            QVERIFY(a.createdAt <= before.addSecs(60));
        }
    }
}

void TestArtifactBrowser::quickFilter()
{
    const Artifact target = m_browser->model()->artifact(7);
    QTest::keyClicks(m_browser->quickFilter(), target.id.mid(9, 9).toUpper());
    QTRY_COMPARE(visibleIds(), QStringList {target.id});
    m_browser->quickFilter()->clear();
    QTRY_COMPARE(m_browser->proxy()->rowCount(), m_browser->model()->rowCount());
}

void TestArtifactBrowser::invalidQuickFilterIsTinted()
{
    const QColor normal = m_browser->quickFilter()->palette().color(QPalette::Base);
    QTest::keyClicks(m_browser->quickFilter(), u"done("_s);
    QTRY_VERIFY(m_browser->quickFilter()->palette().color(QPalette::Base) != normal);
    QVERIFY(m_browser->quickFilter()->toolTip().contains(u"Invalid"_s));
    QCOMPARE(m_browser->proxy()->rowCount(), m_browser->model()->rowCount()); // the last valid filter stays
    QTest::keyClick(m_browser->quickFilter(), Qt::Key_Backspace);
    QTRY_COMPARE(m_browser->quickFilter()->palette().color(QPalette::Base), normal);
}

void TestArtifactBrowser::openByArtifactId()
{
    const QString id = m_browser->model()->artifact(12).id;
    m_browser->openText(id);
    QTRY_COMPARE(m_browser->currentArtifactId(), id);
}

void TestArtifactBrowser::openByRecordingId()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording);
    const QString recording = m_server->recordingIdOf(id);
    m_browser->openText(u"recording "_s + recording);
    waitLoaded();
    QTRY_COMPARE(m_browser->filterBar()->filter().recordingId, recording);
    QTRY_VERIFY(m_browser->model()->rowCount() >= 3);
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        QCOMPARE(m_browser->model()->artifact(row).recording.id, recording);
    // The first of them is selected, so the pane shows one of the recording's artifacts.
    QTRY_VERIFY(!m_browser->currentArtifactId().isEmpty());
    QTRY_VERIFY(m_browser->detailPane()->artifact().has_value());
    QCOMPARE(m_browser->detailPane()->artifact()->recording.id, recording);
}

void TestArtifactBrowser::openByPastedUrl()
{
    const QString id = m_browser->model()->artifact(20).id;
    m_browser->openText(u"see https://us-east-1.recall.ai/api/v1/participant_events/"_s + id + u"/ thanks"_s);
    QTRY_COMPARE(m_browser->currentArtifactId(), id);
}

void TestArtifactBrowser::openArtifactNotYetLoaded()
{
    const QString id = m_server->artifactIds().constLast(); // far beyond the first page
    QCOMPARE(m_browser->model()->rowOf(id), -1);
    m_browser->openText(id);
    QTRY_COMPARE(m_browser->currentArtifactId(), id);
}

void TestArtifactBrowser::processingFlipsToDoneInPlace()
{
    m_browser->poller()->setIntervals({2000, 1.5, 10000});
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::Processing);
    const int row = m_browser->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_browser->model()->artifact(row).status.code, u"processing"_s);
    QTRY_VERIFY(m_browser->poller()->watched().contains(id)); // visible, so watched
    QSignalSpy messages(m_browser.get(), &ArtifactBrowser::message);
    const int rows = m_browser->model()->rowCount();
    QVERIFY(m_server->setArtifactStatus(id, u"done"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->model()->artifact(row).status.code, u"done"_s, 10000);
    QCOMPARE(m_browser->model()->rowOf(id), row);
    QCOMPARE(m_browser->model()->rowCount(), rows);
    QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(),
        [&id](const QList<QVariant> &m) { return m.at(0).toString().contains(id.left(8)); }));
}

void TestArtifactBrowser::legendCountsEqualRows()
{
    m_browser->fetchMore();
    waitLoaded();
    QMap<QString, int> counted;
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        ++counted[m_browser->model()->artifact(row).status.code];
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        QToolButton *chip = m_browser->legend()->chip(it.key());
        QVERIFY2(chip, qPrintable(it.key()));
        QVERIFY2(chip->text().endsWith(u' ' + QString::number(it.value())), qPrintable(chip->text()));
    }
}

void TestArtifactBrowser::legendTogglesStatusFilter()
{
    QToolButton *failed = m_browser->legend()->chip(u"failed"_s);
    QTest::mouseClick(failed, Qt::LeftButton);
    QTRY_VERIFY(m_browser->proxy()->rowCount() > 0);
    for (int row = 0; row < m_browser->proxy()->rowCount(); ++row)
        QCOMPARE(m_browser->proxy()->index(row, 0).data(ArtifactListModel::StatusCodeRole).toString(), u"failed"_s);
    QTest::mouseClick(failed, Qt::LeftButton);
    QTRY_COMPARE(m_browser->proxy()->rowCount(), m_browser->model()->rowCount());
}

void TestArtifactBrowser::selectionFillsDetailPane()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording);
    m_browser->openArtifact(id);
    QTRY_COMPARE(m_browser->currentArtifactId(), id);
    QTRY_VERIFY(!m_browser->detailPane()->isLoading());
    QVERIFY(m_browser->detailPane()->artifact().has_value());
    QCOMPARE(m_browser->detailPane()->artifact()->id, id);
    QVERIFY(!m_browser->detailPane()->artifact()->downloads.speakerTimeline.isEmpty()); // the fresh copy
}

void TestArtifactBrowser::copyIdsFromList()
{
    const Artifact a = m_browser->model()->artifact(4);
    m_browser->openArtifact(a.id);
    QTRY_COMPARE(m_browser->currentArtifactId(), a.id);
    QGuiApplication::clipboard()->clear();
    m_browser->view()->setFocus();
    QTest::keyClick(m_browser->view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), a.id);
    QTest::keyClick(m_browser->view(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), a.recording.id);
}

void TestArtifactBrowser::missingArtifactOffersRemoval()
{
    // Selected from the list, the artifact is retrieved afresh; Recall answers 404 (removed for good).
    const Artifact a = m_browser->model()->artifact(3);
    const int rows = m_browser->model()->rowCount();
    const int countBefore = m_browser->model()->statusCounts().value(a.status.code);
    m_server->purgeArtifact(a.id);
    m_browser->openArtifact(a.id);
    QTRY_COMPARE(m_browser->currentArtifactId(), a.id);
    NoticeBar *notice = m_browser->detailPane()->notice();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"404"_s), qPrintable(notice->text()));
    QCOMPARE(m_browser->detailPane()->artifact()->id, a.id); // the details as last seen stay
    QVERIFY(notice->actionButton()->isVisible());
    QVERIFY(!notice->actionButton()->accessibleName().isEmpty());
    QVERIFY(!notice->actionButton()->toolTip().isEmpty());
    QVERIFY(m_browser->grab().save(u"/tmp/browser-missing-artifact.png"_s)); // for a person to look at

    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QCOMPARE(m_browser->model()->rowCount(), rows - 1);
    QCOMPARE(m_browser->model()->rowOf(a.id), -1);
    QVERIFY(!visibleIds().contains(a.id));
    QCOMPARE(m_browser->model()->statusCounts().value(a.status.code), countBefore - 1);
    // Nothing was deleted on the server.
    const auto requests = m_server->apiRequests();
    QVERIFY(std::none_of(requests.cbegin(), requests.cend(), [](const auto &r) { return r.method == "DELETE"; }));
}

void TestArtifactBrowser::openingOutsideServerFiltersClearsThem()
{
    // The list shows one recording; the artifact opened belongs to another.
    const QString inside = m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording);
    m_browser->openText(m_server->recordingIdOf(inside));
    waitLoaded();
    QTRY_VERIFY(!m_browser->filterBar()->filter().isEmpty());
    const QString outside = m_server->artifactIdWithQuirk(DemoServer::Quirk::LargeMeeting);
    QVERIFY(m_server->recordingIdOf(outside) != m_server->recordingIdOf(inside));
    m_browser->openArtifact(outside);
    QTRY_COMPARE(m_browser->currentArtifactId(), outside);
    waitLoaded();
    QVERIFY(m_browser->filterBar()->filter().isEmpty());
    // Every row is one the unfiltered list holds, the opened one included: no row contradicts a filter.
    QVERIFY(m_browser->model()->rowCount() > 3);
    QCOMPARE(m_browser->detailPane()->artifact()->id, outside);
}

void TestArtifactBrowser::paneClearsWhenItsRowIsFilteredOut()
{
    const QString id = m_server->artifactIdWithQuirk(DemoServer::Quirk::Failed);
    m_browser->openArtifact(id);
    QTRY_COMPARE(m_browser->currentArtifactId(), id);
    QVERIFY(m_browser->detailPane()->artifact().has_value());
    // Only done rows: the pane follows the view, to a neighbouring row or to nothing, never keeping
    // the failed artifact that is no longer listed.
    QTest::mouseClick(m_browser->legend()->chip(u"done"_s), Qt::LeftButton);
    const auto shown = [this] {
        const auto &a = m_browser->detailPane()->artifact();
        return a ? a->id : QString();
    };
    QTRY_VERIFY(shown() != id);
    QCOMPARE(shown(), m_browser->currentArtifactId());
    QVERIFY(!visibleIds().contains(id));
}

void TestArtifactBrowser::emptyTableSaysWhy()
{
    auto *note = m_browser->view()->viewport()->findChild<QLabel *>(u"emptyNote"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    QTest::keyClicks(m_browser->quickFilter(), u"no such text anywhere"_s);
    QTRY_COMPARE(m_browser->proxy()->rowCount(), 0);
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"quick filter"_s));
    QCOMPARE(note->accessibleName(), note->text());
    m_browser->quickFilter()->clear();
    QTRY_VERIFY(m_browser->proxy()->rowCount() > 0);
    QVERIFY(!note->isVisible());
}

void TestArtifactBrowser::enterInADateFieldApplies()
{
    auto *enabled = m_browser->filterBar()->findChild<QCheckBox *>(u"createdAfterEnabled"_s);
    auto *after = m_browser->filterBar()->findChild<QDateTimeEdit *>(u"createdAfter"_s);
    QVERIFY(enabled && after);
    enabled->setChecked(true);
    after->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0)));
    after->setFocus();
    QTest::keyClick(after, Qt::Key_Return);
    QVERIFY(m_browser->filterBar()->filter().createdAfter.isValid());
    QCOMPARE(m_browser->filterBar()->filter().createdAfter, QDateTime(QDate(2020, 1, 1), QTime(0, 0)).toUTC());
}

void TestArtifactBrowser::typingAWholeDateOverTheSelection_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("as displayed") << u"2025-07-01 00:00"_s << QDateTime(QDate(2025, 7, 1), QTime(0, 0));
    QTest::newRow("short parts") << u"2024-3-5 9:07"_s << QDateTime(QDate(2024, 3, 5), QTime(9, 7));
}

void TestArtifactBrowser::typingAWholeDateOverTheSelection()
{
    QFETCH(QString, typed);
    QFETCH(QDateTime, expected);
    auto *enabled = m_browser->filterBar()->findChild<QCheckBox *>(u"createdAfterEnabled"_s);
    auto *after = m_browser->filterBar()->findChild<QDateTimeEdit *>(u"createdAfter"_s);
    enabled->setChecked(true);
    after->setDateTime(QDateTime(QDate(2026, 11, 29), QTime(13, 10)));
    after->setFocus();
    QTest::keyClick(after, Qt::Key_A, Qt::ControlModifier); // select everything, then type over it
    QTest::keyClicks(after, typed);
    QCOMPARE(after->dateTime(), expected);
}

void TestArtifactBrowser::recordingFieldReadsPastedText()
{
    const QString recording
        = m_server->recordingIdOf(m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording));
    QLineEdit *field = m_browser->filterBar()->recordingEdit();
    field->setFocus();
    // Nothing is dropped while typing; Enter reads the id out of the text.
    const QString pasted = u"Ticket 4821: see https://us-east-1.recall.ai/api/v1/recording/"_s + recording + u"/"_s;
    QTest::keyClicks(field, pasted);
    QCOMPARE(field->text(), pasted);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_browser->filterBar()->filter().recordingId, recording);
    QCOMPARE(field->text(), recording);
    waitLoaded();
    QTRY_VERIFY(m_browser->model()->rowCount() >= 3);

    // Text without any id stays as typed, tinted, and applies nothing.
    field->clear();
    QTest::keyClicks(field, u"not-a-uuid"_s);
    QCOMPARE(field->text(), u"not-a-uuid"_s);
    QVERIFY(field->palette().color(QPalette::Base) != m_browser->palette().color(QPalette::Base));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_browser->filterBar()->filter().recordingId, recording);
}

void TestArtifactBrowser::clearRemovesEveryFilter()
{
    m_browser->quickFilter()->setText(u"done"_s);
    QTest::mouseClick(m_browser->legend()->chip(u"done"_s), Qt::LeftButton);
    QTRY_VERIFY(m_browser->proxy()->rowCount() < m_browser->model()->rowCount());
    QTest::mouseClick(m_browser->filterBar()->findChild<QToolButton *>(u"clearFilter"_s), Qt::LeftButton);
    QVERIFY(m_browser->quickFilter()->text().isEmpty());
    QVERIFY(m_browser->legend()->checkedCodes().isEmpty());
    waitLoaded();
    QTRY_COMPARE(m_browser->proxy()->rowCount(), m_browser->model()->rowCount());
}

void TestArtifactBrowser::escapeClearsQuickFilter()
{
    m_browser->focusQuickFilter();
    QTest::keyClicks(m_browser->quickFilter(), u"sup-"_s);
    QTest::keyClick(m_browser->quickFilter(), Qt::Key_Escape);
    QVERIFY(m_browser->quickFilter()->text().isEmpty());
    QTRY_COMPARE(m_browser->proxy()->quickFilter(), QString());
}

void TestArtifactBrowser::filterBarWrapsWhenNarrow()
{
    FilterBar *bar = m_browser->filterBar();
    auto *after = bar->findChild<QDateTimeEdit *>(u"createdAfter"_s);
    const auto sameRow
        = [bar, after] { return bar->recordingEdit()->mapTo(bar, QPoint()).y() == after->mapTo(bar, QPoint()).y(); };
    m_browser->resize(1800, 700);
    QTRY_VERIFY(sameRow());
    const int oneRowHeight = bar->height();
    // A laptop half-screen: the bar takes two rows instead of holding the window wide.
    QVERIFY(bar->minimumSizeHint().width() < 700);
    m_browser->detailPane()->hide();
    m_browser->resize(680, 700);
    QTRY_VERIFY(!sameRow());
    QTRY_VERIFY(bar->height() > oneRowHeight);
    QVERIFY(after->mapTo(bar, QPoint(after->width(), 0)).x() <= bar->width()); // nothing cut off
    m_browser->detailPane()->show();
}

void TestArtifactBrowser::downloadsShowSizesAndCopyLinks()
{
    // A done artifact: once retrieved, each file says how large it is, and its link can be copied.
    int row = -1;
    for (int r = 0; r < m_browser->model()->rowCount() && row < 0; ++r) {
        if (m_browser->model()->artifact(r).status.kind() == StatusKind::Done)
            row = r;
    }
    QVERIFY(row >= 0);
    const Artifact a = m_browser->model()->artifact(row);
    m_browser->openArtifact(a.id);
    QTRY_COMPARE(m_browser->currentArtifactId(), a.id);
    auto *timeline = m_browser->detailPane()->findChild<QLabel *>(u"downloadsSpeakerTimeline"_s);
    const qint64 bytes = m_server->downloadFileContents(a.id, u"speaker_timeline"_s).size();
    QTRY_VERIFY2(timeline->text().contains(QLocale().formattedDataSize(bytes)), qPrintable(timeline->text()));
    QVERIFY(timeline->accessibleName().contains(QLocale().formattedDataSize(bytes)));

    auto *copy = m_browser->detailPane()->findChild<QToolButton *>(u"downloadsSpeakerTimelineCopy"_s);
    QVERIFY(copy && copy->isEnabled());
    QVERIFY(!copy->accessibleName().isEmpty() && !copy->toolTip().isEmpty());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QUrl copied(QGuiApplication::clipboard()->text());
    QCOMPARE(copied.host(), m_server->downloadBaseUrl().host());
    QVERIFY(copied.path().contains(a.id));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(m_server->token())); // a signed link, never the key
}

void TestArtifactBrowser::headerOffersLoadAllToSort()
{
    QHeaderView *header = m_browser->view()->horizontalHeader();
    QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *loadAll = nullptr;
    const auto actions = header->actions();
    for (QAction *action : actions) {
        if (action->objectName() == u"loadAllToSort"_s)
            loadAll = action;
    }
    QVERIFY(loadAll);
    QVERIFY(loadAll->isEnabled()); // more pages exist
    loadAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->hasMore() && !m_browser->model()->isLoading(), 20000);
    QCOMPARE(m_browser->model()->rowCount(), m_server->artifactCount());
    QTRY_VERIFY(!loadAll->isEnabled());
}

QTEST_MAIN(TestArtifactBrowser)
#include "tst_artifactbrowser.moc"
