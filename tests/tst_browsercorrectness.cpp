// The browser never crashes, never shows silently wrong or missing rows, says honestly why a table is
// empty, and keeps nothing of one workspace when switching to another. Driven like a person would,
// against demo servers over loopback.
#include "artifactbrowser.h"
#include "artifactdeleter.h"
#include "artifacttable.h"
#include "demoworkspace.h"
#include "emptystate.h"
#include "filterbar.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "pageproblemsbar.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

int listRequests(const DemoServer &server)
{
    const auto requests = server.apiRequests();
    return static_cast<int>(std::count_if(requests.cbegin(), requests.cend(),
        [](const auto &r) { return r.method == "GET" && r.path == "/api/v1/participant_events/"_L1; }));
}

DemoServer::Options withSeed(quint32 seed)
{
    DemoServer::Options options;
    options.seed = seed;
    return options;
}

} // namespace

class TestBrowserCorrectness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyingWithoutACurrentRowDoesNothing();
    void switchingCancelsThePanesRequest();
    void anArtifactBeingOpenedStaysInItsWorkspace();
    void dateFiltersSendTheMinuteShown();
    void unknownIdLeavesTheListAsItWas();
    void recordingIdStillOpensItsArtifacts();
    void quickFilterNeverLoadsPagesByItself();
    void failedLoadSaysSo_data();
    void failedLoadSaysSo();
    void retryAfterAFailedLoadLoads();
    void unreadableArtifactsAreSkippedAndSaid();
    void emptyNoteNeverSaysEmptyWhileAPageArrives_data();
    void emptyNoteNeverSaysEmptyWhileAPageArrives();
    void aDroppedOpenSelectsNothingLater();
    void anOpenStillAnsweringDoesNotUndoALaterOne();

private:
    void startBrowser(const DemoServer::Options &options = {});
    void waitLoaded();
    void applyFilterWithEnter();

    DemoWorkspace m_workspace;
    std::unique_ptr<ArtifactBrowser> m_browser;
};

void TestBrowserCorrectness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBrowserCorrectness::init()
{
    QSettings().clear();
}

void TestBrowserCorrectness::cleanup()
{
    m_browser.reset();
    m_workspace.reset();
}

void TestBrowserCorrectness::startBrowser(const DemoServer::Options &options)
{
    QVERIFY(m_workspace.start(options));
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->setClient(m_workspace.client.get());
    waitLoaded();
}

void TestBrowserCorrectness::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->isLoading(), 10000);
}

void TestBrowserCorrectness::applyFilterWithEnter()
{
    auto *after = m_browser->filterBar()->findChild<QDateTimeEdit *>(u"createdAfter"_s);
    after->setFocus();
    QTest::keyClick(after, Qt::Key_Return);
    waitLoaded();
}

void TestBrowserCorrectness::copyingWithoutACurrentRowDoesNothing()
{
    startBrowser();
    QGuiApplication::clipboard()->setText(u"untouched"_s);
    QTest::keyClicks(m_browser->quickFilter(), u"no such text anywhere"_s);
    QTRY_COMPARE(m_browser->proxy()->rowCount(), 0);
    QVERIFY(!m_browser->view()->currentIndex().isValid());
    // The context menu's entries (two copies, a separator, Delete artifact), as a right click on the
    // empty table offers them.
    const auto actions = m_browser->view()->actions();
    QCOMPARE(actions.size(), 4);
    for (QAction *action : actions)
        action->trigger();
    QVERIFY(!m_browser->deleter()->confirmation());
    m_browser->view()->setFocus();
    QTest::keyClick(m_browser->view(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"untouched"_s);

    // After a reload the rows are back but none is current.
    m_browser->quickFilter()->clear();
    m_browser->reload();
    waitLoaded();
    QVERIFY(!m_browser->view()->currentIndex().isValid());
    QTest::keyClick(m_browser->view(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"untouched"_s);
}

void TestBrowserCorrectness::switchingCancelsThePanesRequest()
{
    startBrowser();
    DemoWorkspace other;
    QVERIFY(other.start(withSeed(7)));
    // The pane's Retrieve is slow to come back, and the user switches workspace meanwhile.
    m_workspace.server->setLatencyMs(2000);
    m_browser->view()->setCurrentIndex(m_browser->proxy()->index(2, ArtifactListModel::IdColumn));
    QTRY_COMPARE(m_workspace.client->requestsInFlight(), 1);
    m_browser->setClient(other.client.get());
    QCOMPARE(m_workspace.client->requestsInFlight(), 0);
    waitLoaded();
    // The new workspace works as usual: a row's details, then the next page.
    m_browser->view()->setCurrentIndex(m_browser->proxy()->index(1, ArtifactListModel::IdColumn));
    const int rows = m_browser->model()->rowCount();
    m_browser->fetchMore();
    waitLoaded();
    QVERIFY(m_browser->model()->rowCount() > rows);
    m_browser->setClient(nullptr);
}

void TestBrowserCorrectness::anArtifactBeingOpenedStaysInItsWorkspace()
{
    startBrowser();
    DemoWorkspace other;
    QVERIFY(other.start(withSeed(7)));
    const QString farAway = m_workspace.server->artifactIds().constLast(); // not on the first page
    QCOMPARE(m_browser->model()->rowOf(farAway), -1);
    m_workspace.server->setLatencyMs(300);
    m_browser->openArtifact(farAway);
    m_browser->setClient(other.client.get());
    waitLoaded();
    // Long enough for the first workspace's answer to have arrived, had it not been dropped.
    QTest::qWait(600);
    QCOMPARE(m_browser->model()->rowOf(farAway), -1);
    QVERIFY(m_browser->currentArtifactId() != farAway);
    QCOMPARE(m_browser->model()->rowCount(), other.server->options().pageSize);
    m_browser->setClient(nullptr);
}

void TestBrowserCorrectness::dateFiltersSendTheMinuteShown()
{
    startBrowser();
    // An artifact created in the first half of its minute: a bound carrying stray seconds would miss it.
    QString target;
    QDateTime created;
    for (const QString &id : m_workspace.server->artifactIds()) {
        created = QDateTime::fromString(
            m_workspace.server->artifactJson(id).value("created_at"_L1).toString(), Qt::ISODateWithMs);
        if (created.time().second() < 30) {
            target = id;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    const QDateTime minute(created.date(), QTime(created.time().hour(), created.time().minute()), QTimeZone::utc());

    auto *afterOn = m_browser->filterBar()->findChild<QCheckBox *>(u"createdAfterEnabled"_s);
    auto *after = m_browser->filterBar()->findChild<QDateTimeEdit *>(u"createdAfter"_s);
    auto *beforeOn = m_browser->filterBar()->findChild<QCheckBox *>(u"createdBeforeEnabled"_s);
    auto *before = m_browser->filterBar()->findChild<QDateTimeEdit *>(u"createdBefore"_s);
    afterOn->setChecked(true);
    beforeOn->setChecked(true);
    // As the fields start: the current time's seconds sit unseen behind "HH:mm".
    after->setDateTime(minute.addSecs(42).toLocalTime());
    before->setDateTime(minute.addSecs(60 + 42).toLocalTime());
    QVERIFY(after->toolTip().contains(u"inclusive"_s));
    QVERIFY(before->toolTip().contains(u"inclusive"_s));
    m_workspace.server->clearRecordedRequests();
    applyFilterWithEnter();

    const auto requests = m_workspace.server->apiRequests();
    QVERIFY(!requests.isEmpty());
    const QUrlQuery query = requests.constLast().query;
    QCOMPARE(QDateTime::fromString(query.queryItemValue(u"created_at_after"_s), Qt::ISODateWithMs), minute);
    QCOMPARE(
        QDateTime::fromString(query.queryItemValue(u"created_at_before"_s), Qt::ISODateWithMs), minute.addSecs(60));
    QVERIFY2(m_browser->model()->rowOf(target) >= 0, "an artifact created within the minute shown is listed");
    // Saved with the filter, the bound keeps no stray seconds either.
    QCOMPARE(m_browser->filterBar()->filter().createdAfter, minute);
}

void TestBrowserCorrectness::unknownIdLeavesTheListAsItWas()
{
    startBrowser();
    QSignalSpy messages(m_browser.get(), &ArtifactBrowser::openFeedback);
    QSignalSpy errors(m_browser.get(), &ArtifactBrowser::errorOccurred);
    const QStringList before = [this] {
        QStringList ids;
        for (int row = 0; row < m_browser->model()->rowCount(); ++row)
            ids.append(m_browser->model()->artifact(row).id);
        return ids;
    }();
    const QString mistyped = u"00000000-1111-4222-8333-444444444444"_s;
    m_browser->openText(u"see ticket: "_s + mistyped);
    QTRY_VERIFY(!messages.isEmpty() && !messages.constLast().at(0).toString().isEmpty());
    const QString said = messages.constLast().at(0).toString();
    QVERIFY2(said.contains(u"not found in this workspace"_s) && said.contains(u"another region"_s), qPrintable(said));
    QVERIFY(errors.isEmpty());
    QVERIFY(m_browser->filterBar()->filter().isEmpty());
    waitLoaded();
    QStringList after;
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        after.append(m_browser->model()->artifact(row).id);
    QCOMPARE(after, before);
}

void TestBrowserCorrectness::recordingIdStillOpensItsArtifacts()
{
    startBrowser();
    // A recording none of whose artifacts is loaded: the app has to ask the server whether it exists.
    QString recording;
    for (const QString &candidate : m_workspace.server->recordingIds()) {
        if (!m_browser->model()->hasRecording(candidate)) {
            recording = candidate;
            break;
        }
    }
    QVERIFY(!recording.isEmpty());
    m_browser->openArtifact(recording);
    QTRY_COMPARE(m_browser->filterBar()->filter().recordingId, recording);
    waitLoaded();
    QVERIFY(m_browser->model()->rowCount() > 0);
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        QCOMPARE(m_browser->model()->artifact(row).recording.id, recording);
}

void TestBrowserCorrectness::quickFilterNeverLoadsPagesByItself()
{
    DemoServer::Options options;
    options.artifactCount = 1000;
    startBrowser(options);
    const int loaded = m_browser->model()->rowCount();
    QVERIFY(m_browser->model()->hasMore());
    auto *searchAll = m_browser->findChild<QToolButton *>(u"searchAllPagesButton"_s);
    QVERIFY(searchAll);
    QVERIFY(!searchAll->isVisible());
    const int requestsBefore = listRequests(*m_workspace.server);

    // A text that few loaded rows hold leaves the table short, which views answer by asking for more.
    const Artifact one = m_browser->model()->artifact(3);
    QTest::keyClicks(m_browser->quickFilter(), one.id.left(13));
    QTRY_COMPARE(m_browser->proxy()->rowCount(), 1);
    QTest::qWait(500);
    QCOMPARE(listRequests(*m_workspace.server), requestsBefore);
    QCOMPARE(m_browser->model()->rowCount(), loaded);

    // Searching every page is the user's explicit choice, and says what it costs.
    QTRY_VERIFY(searchAll->isVisible());
    QVERIFY(searchAll->toolTip().contains(u"one request per page"_s));
    QVERIFY(!searchAll->accessibleName().isEmpty());
    QTest::mouseClick(searchAll, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->hasMore() && !m_browser->model()->isLoading(), 30000);
    QCOMPARE(m_browser->model()->rowCount(), 1000);
    QCOMPARE(m_browser->proxy()->rowCount(), 1);
    QVERIFY(!searchAll->isVisible());
}

void TestBrowserCorrectness::failedLoadSaysSo_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("401 wrong key") << u"key"_s << u"401"_s;
    QTest::newRow("403 firewall") << u"firewall"_s << u"403"_s;
    QTest::newRow("network error") << u"network"_s << u"127.0.0.1"_s;
    QTest::newRow("timeout") << u"timeout"_s << u"did not answer"_s;
    QTest::newRow("malformed body") << u"malformed"_s << u"malformed"_s;
}

void TestBrowserCorrectness::failedLoadSaysSo()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    QVERIFY(m_workspace.start());
    DemoServer &server = *m_workspace.server;
    RecallClient &client = *m_workspace.client;
    if (fault == "key"_L1) {
        client.setConnection({server.baseUrl(), u"demo-wrong-key"_s});
    } else if (fault == "firewall"_L1) {
        server.setFirewallBlock(true);
    } else if (fault == "network"_L1) {
        QUrl closed = server.baseUrl();
        closed.setPort(1); // nothing listens there
        client.setConnection({closed, server.token()});
    } else if (fault == "timeout"_L1) {
        client.setTransferTimeoutMs(100);
        server.setLatencyMs(3000);
    } else {
        server.setTruncateBodies(true);
    }
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QSignalSpy manage(m_browser.get(), &ArtifactBrowser::manageConnectionsRequested);
    m_browser->setClient(&client);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->model()->lastError().has_value(), 30000);

    EmptyState *state = m_browser->emptyState();
    QTRY_VERIFY(state->isVisible());
    const QString text = state->text();
    QVERIFY2(text.contains(u"failed"_s) && text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(u"no artifacts"_s), qPrintable(text));
    // Read by screen readers: a label whose name is the text, not paint.
    auto *label = state->findChild<QLabel *>(u"emptyNote"_s);
    QCOMPARE(label->accessibleName(), text);

    const QList<QPushButton *> buttons = state->buttons();
    QCOMPARE(buttons.size(), 2);
    for (QPushButton *button : buttons) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->toolTip().isEmpty());
    }
    // The keyboard reaches them: Tab from the empty table goes to Retry, then Manage connections.
    m_browser->view()->setTabKeyNavigation(false);
    m_browser->view()->setFocus();
    QTest::keyClick(m_browser->view(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), buttons.at(0));
    QTest::keyClick(buttons.at(0), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), buttons.at(1));
    QTest::keyClick(buttons.at(1), Qt::Key_Space);
    QCOMPARE(manage.size(), 1);
    m_browser.reset();
}

void TestBrowserCorrectness::retryAfterAFailedLoadLoads()
{
    QVERIFY(m_workspace.start());
    m_workspace.server->setFirewallBlock(true);
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->setClient(m_workspace.client.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->model()->lastError().has_value(), 10000);
    m_workspace.server->setFirewallBlock(false);
    QTRY_VERIFY(!m_browser->emptyState()->buttons().isEmpty());
    QTest::mouseClick(m_browser->emptyState()->buttons().constFirst(), Qt::LeftButton);
    waitLoaded();
    QCOMPARE(m_browser->model()->rowCount(), m_workspace.server->options().pageSize);
    QVERIFY(!m_browser->model()->lastError());
    QVERIFY(!m_browser->emptyState()->isVisible());
}

void TestBrowserCorrectness::unreadableArtifactsAreSkippedAndSaid()
{
    startBrowser();
    m_workspace.server->setMalformedArtifacts(true);
    m_browser->reload();
    waitLoaded();
    m_browser->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->hasMore() && !m_browser->model()->isLoading(), 30000);
    // Every readable artifact is in the table; the one without a usable id is not.
    QCOMPARE(m_browser->model()->rowCount(), m_workspace.server->artifactCount() - 1);
    PageProblemsBar *bar = m_browser->pageProblems();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"1 artifact"_s) && bar->text().contains(u"could not be read"_s)
            && bar->text().contains(u"(page 3)"_s),
        qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(u"\uFFFD"_s), qPrintable(bar->text()));
    QCOMPARE(bar->skipped().size(), 1);
    QCOMPARE(bar->skipped().constFirst().page, 3);
    QVERIFY(bar->detailsText().contains(u"Page 3"_s));
    QVERIFY(bar->detailsText().contains(bar->skipped().constFirst().item.excerpt));
    // Details opens a window with the list, from the keyboard too.
    QVERIFY(bar->actionButton()->isVisible());
    QVERIFY(!bar->actionButton()->accessibleName().isEmpty());
    QVERIFY(m_browser->grab().save(u"/tmp/browser-skipped-notice.png"_s));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QVERIFY(bar->isVisible()); // Details shows more; the notice stays
    QDialog *details = nullptr;
    QTRY_VERIFY((details = m_browser->window()->findChild<QDialog *>(u"skippedItemsDialog"_s)));
    QVERIFY(details->findChild<QPlainTextEdit *>()->toPlainText().contains(u"Page 3"_s));
    QVERIFY(details->grab().save(u"/tmp/browser-skipped-details.png"_s));
    details->close();
    // A reload starts the count afresh.
    m_workspace.server->setMalformedArtifacts(false);
    m_browser->reload();
    waitLoaded();
    QVERIFY(bar->skipped().isEmpty());
    QVERIFY(!bar->isVisible());
}

void TestBrowserCorrectness::emptyNoteNeverSaysEmptyWhileAPageArrives_data()
{
    QTest::addColumn<bool>("fails");
    QTest::newRow("a page arrives") << false;
    QTest::newRow("the page fails") << true;
}

void TestBrowserCorrectness::emptyNoteNeverSaysEmptyWhileAPageArrives()
{
    // Heard when loading ends (after the browser's own slot), the note describes the list as it now
    // is: never "no artifacts yet" for a list with rows or an error.
    QFETCH(bool, fails);
    QVERIFY(m_workspace.start());
    m_workspace.server->setFirewallBlock(fails);
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QStringList notes;
    connect(m_browser->model(), &ArtifactListModel::loadingChanged, this,
        [&] { notes.append(m_browser->emptyState()->isVisible() ? m_browser->emptyState()->text() : QString()); });
    m_browser->setClient(m_workspace.client.get());
    waitLoaded();
    QVERIFY(!notes.isEmpty());
    for (const QString &note : std::as_const(notes))
        QVERIFY2(!note.contains(u"no artifacts yet"_s), qPrintable(note));
    QVERIFY(fails ? notes.constLast().contains(u"failed"_s) : notes.constLast().isEmpty());
}

void TestBrowserCorrectness::aDroppedOpenSelectsNothingLater()
{
    startBrowser();
    const QString far = m_workspace.server->artifactIds().at(60); // on the second page
    m_workspace.server->setLatencyMs(300);
    m_browser->openArtifact(far);
    // Then a short id that matches nothing: the lookup of the first is dropped.
    m_browser->open({OpenRequest::Kind::Prefix, u"fffffff0"_s});
    QTest::qWait(800);
    QVERIFY(m_browser->currentArtifactId().isEmpty());
    m_workspace.server->setLatencyMs(0);
    m_browser->fetchMore();
    waitLoaded();
    QVERIFY(m_browser->model()->rowOf(far) >= 0);
    QCOMPARE(m_browser->currentArtifactId(), QString());
}

void TestBrowserCorrectness::anOpenStillAnsweringDoesNotUndoALaterOne()
{
    startBrowser();
    const QString far = m_workspace.server->artifactIds().constLast();
    const QString recording = m_workspace.server->recordingIdOf(m_browser->model()->artifact(0).id);
    m_workspace.server->setLatencyMs(300);
    m_browser->openArtifact(far);
    m_browser->open({OpenRequest::Kind::Recording, recording});
    QTest::qWait(1000);
    waitLoaded();
    QCOMPARE(m_browser->filterBar()->filter().recordingId, recording);
    for (int row = 0; row < m_browser->model()->rowCount(); ++row)
        QCOMPARE(m_browser->model()->artifact(row).recording.id, recording);
}

QTEST_MAIN(TestBrowserCorrectness)
#include "tst_browsercorrectness.moc"
