#include "artifactbrowser.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "mainwindow.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsDemoArtifacts();
    void statusBarShowsConnectionAndBudget();
    void reloadShortcut();
    void scrollingFetchesMore();
    void openArtifactSelectsRow();
    void everyInteractiveWidgetIsNamed();
    void openFieldShortcut();
    void shortcutsAreListed();
    void loadAllShowsProgressAndCancels();
    void countSaysHowManyAreShown();
    void quitIsLastInTheConnectionMenu();
    void tabFromOpenFieldGoesIntoTheBrowser();
    void statusMessagesAreReadable();
    void keyboardReachesEveryPane();
    void everyColumnFitsAt1280();
    void narrowsTo720();
    void detailPaneWidthIsRemembered();
    void recentArtifactsPerConnection();
    void retriesAreSaidInWords();

private:
    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    m_window = std::make_unique<MainWindow>(m_client.get(), u"Demo workspace"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

void TestMainWindow::listsDemoArtifacts()
{
    QTableView *view = m_window->artifactView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    // The desktop appends the application's name; the title does not repeat it.
    QCOMPARE(m_window->windowTitle(), u"Demo workspace"_s);
    // Newest first, as sorted by the Created column.
    const QModelIndex first = view->model()->index(0, ArtifactListModel::IdColumn);
    QVERIFY(m_server->artifactIds().constFirst().startsWith(first.data().toString()));
    QVERIFY(!view->model()->index(0, ArtifactListModel::StatusColumn).data().toString().isEmpty());
}

void TestMainWindow::statusBarShowsConnectionAndBudget()
{
    auto *connection = m_window->findChild<QLabel *>(u"connectionLabel"_s);
    auto *budget = m_window->findChild<QLabel *>(u"budgetLabel"_s);
    auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(connection && budget && count);
    QVERIFY(connection->text().contains(u"Demo workspace"_s));
    QVERIFY(!budget->text().isEmpty());
    QTRY_VERIFY(count->text().contains(u"artifact"_s) && !count->text().contains(u"loading"_s));
    QVERIFY(count->text().startsWith(QString::number(m_window->artifactModel()->rowCount())));
}

void TestMainWindow::reloadShortcut()
{
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 0);
    m_window->artifactModel()->fetchMore({});
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    const int before = m_window->artifactModel()->rowCount();
    m_server->clearRecordedRequests();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(!m_server->apiRequests().isEmpty());
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    QVERIFY(m_window->artifactModel()->rowCount() < before);
}

void TestMainWindow::scrollingFetchesMore()
{
    QTableView *view = m_window->artifactView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const int firstPage = view->model()->rowCount();
    // Until the view has laid its rows out, the scroll bar has no range to move to the end of.
    QTRY_VERIFY_WITH_TIMEOUT(view->verticalScrollBar()->maximum() > 0, 10000);
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > firstPage, 10000);
}

void TestMainWindow::openArtifactSelectsRow()
{
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 3);
    const QString id = m_window->artifactModel()->artifact(3).id;
    m_window->openArtifact(id);
    QTRY_COMPARE(m_window->artifactView()->currentIndex().data(ArtifactListModel::ArtifactIdRole).toString(), id);
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    const auto actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu() || action->objectName().startsWith(u"_q_"_s)
            || qobject_cast<const QWidgetAction *>(action))
            continue;
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
    // Screen readers read the accessible name (a button's own text counts); sighted users get a tooltip.
    const auto widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        const bool interactive = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || (qobject_cast<const QAbstractItemView *>(w) && !w->inherits("QHeaderView"));
        if (!interactive || w->objectName().startsWith(u"qt_"_s) || !w->isVisibleTo(m_window.get()))
            continue;
        if (qobject_cast<const QLineEdit *>(w) && qobject_cast<const QAbstractSpinBox *>(w->parent()))
            continue; // the spin box's own editor
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        const QString name = !w->accessibleName().isEmpty() ? w->accessibleName() : button ? button->text() : QString();
        QVERIFY2(!name.isEmpty(),
            qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        QVERIFY2(!w->toolTip().isEmpty(),
            qPrintable(u"%1 (%2) has no tooltip"_s.arg(name, QString::fromLatin1(w->metaObject()->className()))));
    }
}

void TestMainWindow::openFieldShortcut()
{
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 5);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->openField()->hasFocus());
    const QString id = m_window->artifactModel()->artifact(5).id;
    QTest::keyClicks(m_window->openField(), id);
    QTest::keyClick(m_window->openField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), id);
}

void TestMainWindow::shortcutsAreListed()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)));
    const auto tables = dialog->findChildren<QTableWidget *>();
    QVERIFY(!tables.isEmpty());
    QStringList shortcuts;
    for (const QTableWidget *table : tables) {
        for (int row = 0; row < table->rowCount(); ++row)
            shortcuts.append(table->item(row, 1)->text());
    }
    for (const QString &expected : {u"F5"_s, u"Ctrl+L"_s, u"Ctrl+F"_s, u"Ctrl+M"_s, u"Esc"_s, u"Return"_s})
        QVERIFY2(shortcuts.contains(expected), qPrintable(shortcuts.join(u", "_s)));
    // Every row in sight without scrolling.
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    for (const QTableWidget *table : tables) {
        QVERIFY(!table->verticalScrollBar()->isVisible());
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }
    dialog->close();
}

void TestMainWindow::loadAllShowsProgressAndCancels()
{
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    m_server->setLatencyMs(40);
    auto *progress = m_window->findChild<QProgressBar *>(u"loadAllProgress"_s);
    auto *cancel = m_window->findChild<QToolButton *>(u"cancelLoadAll"_s);
    QVERIFY(progress && cancel);
    QVERIFY(progress->isHidden());
    m_window->browser()->loadAll();
    QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
    QTRY_VERIFY(progress->format().contains(u"page"_s));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(progress->isHidden());
    QVERIFY(!m_window->artifactModel()->isLoadingAll());
    QVERIFY(m_window->artifactModel()->rowCount() < m_server->artifactCount());
}

void TestMainWindow::countSaysHowManyAreShown()
{
    auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QTRY_VERIFY(!m_window->artifactModel()->isLoading() && m_window->artifactModel()->rowCount() > 0);
    const QString id = m_window->artifactModel()->artifact(0).id;
    m_window->browser()->quickFilter()->setText(id);
    QTRY_COMPARE(m_window->artifactView()->model()->rowCount(), 1);
    // The view may load more pages meanwhile: the total is whatever the list holds now.
    const auto loaded = [this] { return m_window->artifactModel()->rowCount(); };
    QTRY_VERIFY2(count->text().startsWith(u"1 of %1 "_s.arg(loaded())), qPrintable(count->text()));
    m_window->browser()->quickFilter()->clear();
    QTRY_VERIFY2(count->text().startsWith(u"%1 artifact"_s.arg(loaded())), qPrintable(count->text()));
}

void TestMainWindow::quitIsLastInTheConnectionMenu()
{
    m_window->addConnectionControls(nullptr, {new QAction(u"Manage connections"_s, m_window.get())});
    QMenu *connection = nullptr;
    const auto menus = m_window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->text() == u"&Connection")
            connection = menu->menu();
    }
    QVERIFY(connection);
    const auto actions = connection->actions();
    QVERIFY(actions.size() >= 3);
    QCOMPARE(actions.first()->text(), u"Manage connections"_s);
    QCOMPARE(actions.last()->shortcut(), QKeySequence(QKeySequence::Quit));
}

void TestMainWindow::tabFromOpenFieldGoesIntoTheBrowser()
{
    auto *switcher = new QComboBox;
    switcher->setAccessibleName(u"Workspace"_s);
    m_window->addConnectionControls(switcher, {});
    QTRY_VERIFY(switcher->isVisible()); // the tool bar lays it out from the event loop
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openField()->setFocus();
    // Left to right: past the toolbar's own buttons, then into the browser, never back to the switcher.
    for (int tab = 0; tab < 4 && !m_window->browser()->isAncestorOf(QApplication::focusWidget()); ++tab) {
        QVERIFY(QApplication::focusWidget() != switcher);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY2(m_window->browser()->isAncestorOf(QApplication::focusWidget()),
        qPrintable(QApplication::focusWidget()->objectName()));
}

void TestMainWindow::keyboardReachesEveryPane()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 0);
    ArtifactBrowser *browser = m_window->browser();
    browser->view()->setCurrentIndex(browser->proxy()->index(0, ArtifactListModel::IdColumn));
    QTRY_VERIFY(!browser->detailPane()->isLoading());

    // Tab walks the whole window and comes back: toolbar, filters, list (left with one Tab), details.
    m_window->openField()->setFocus();
    QStringList walk;
    for (int tab = 0; tab < 80; ++tab) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == m_window->openField())
            break;
        walk.append(focus->objectName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className())
                                                  : focus->objectName());
    }
    QVERIFY2(walk.size() < 79, "Tab never came back to the Open field");
    const QStringList expected {
        u"recordingFilter"_s, u"quickFilter"_s, u"artifactTable"_s, u"copyArtifactIdButton"_s, u"metadataTable"_s};
    qsizetype at = -1;
    for (const QString &name : expected) {
        const qsizetype found = walk.indexOf(name, at + 1);
        QVERIFY2(found > at, qPrintable(name + u" missing or out of order in "_s + walk.join(u", "_s)));
        at = found;
    }
    QCOMPARE(walk.count(u"artifactTable"_s), 1);
    QVERIFY2(walk.contains(u"QToolButton"_s), qPrintable(walk.join(u", "_s))); // the toolbar's buttons

    // F6 and Shift+F6 cross the panes, coming back to where the focus was in each.
    const auto pressF6 = [](Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, modifiers);
    };
    browser->view()->setFocus();
    pressF6();
    QTRY_VERIFY(browser->detailPane()->isAncestorOf(QApplication::focusWidget()));
    pressF6();
    QTRY_VERIFY(m_window->timelineDock()->isAncestorOf(QApplication::focusWidget()));
    pressF6();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->openField());
    pressF6();
    QTRY_VERIFY(browser->filterArea()->isAncestorOf(QApplication::focusWidget()));
    browser->quickFilter()->setFocus();
    pressF6();
    QTRY_COMPARE(QApplication::focusWidget(), browser->view());
    pressF6(Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), browser->quickFilter());
    pressF6(Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->openField());
}

void TestMainWindow::statusMessagesAreReadable()
{
    // A message from the browser lands in a label that screen readers can read, not only in paint.
    Q_EMIT m_window->browser()->message(u"no id in here"_s, 0);
    auto *label = m_window->findChild<QLabel *>(u"statusMessage"_s);
    QVERIFY(label);
    QVERIFY2(m_window->currentMessage().contains(u"no id in here"_s), qPrintable(m_window->currentMessage()));
    QCOMPARE(label->accessibleName(), m_window->currentMessage());
    QVERIFY(label->isVisible());
    m_window->showMessage(u"gone soon"_s, 50);
    QTRY_VERIFY(m_window->currentMessage().isEmpty());
    QVERIFY(label->accessibleName().isEmpty());
}

void TestMainWindow::everyColumnFitsAt1280()
{
    // The default window, detail pane open: Metadata, the column this app is about, is in view whole.
    m_window->resize(1280, 760);
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 0);
    QHeaderView *header = m_window->artifactView()->horizontalHeader();
    QTRY_VERIFY(header->width() > 0);
    QTest::qWait(50); // the splitter and the header settle from the event loop
    const int viewport = m_window->artifactView()->viewport()->width();
    for (int section = 0; section < header->count(); ++section) {
        const int left = header->sectionViewportPosition(section);
        QVERIFY2(left >= 0 && left + header->sectionSize(section) <= viewport,
            qPrintable(u"column %1 at %2 + %3 of %4 px"_s.arg(section)
                           .arg(left)
                           .arg(header->sectionSize(section))
                           .arg(viewport)));
    }
    QVERIFY(header->sectionSize(ArtifactListModel::MetadataColumn) >= 200);
}

void TestMainWindow::narrowsTo720()
{
    // The filter rows stack at 720 px, so the window may be that narrow too.
    auto *switcher = new QComboBox;
    switcher->addItem(u"Demo workspace"_s);
    m_window->addConnectionControls(switcher, {});
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 0);
    QVERIFY2(
        m_window->minimumSizeHint().width() <= 720, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(720, 700);
    QTRY_COMPARE(m_window->width(), 720);
    // The details go below the list rather than squeezing it.
    auto *splitter = m_window->findChild<QSplitter *>(u"browserSplitter"_s);
    QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
    QVERIFY(m_window->browser()->detailPane()->y() > m_window->artifactView()->y());
    m_window->resize(1400, 760);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
}

void TestMainWindow::detailPaneWidthIsRemembered()
{
    QSettings().clear();
    m_window->resize(1600, 800);
    auto *splitter = m_window->findChild<QSplitter *>(u"browserSplitter"_s);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    QTRY_VERIFY(m_window->browser()->detailPane()->width() > 0);
    // Wider details for long values, as a drag of the handle leaves them.
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total - 700, 700});
    QTRY_COMPARE(m_window->browser()->detailPane()->width(), 700);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_client.get(), u"Demo workspace"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->width(), 1600);
    QTRY_COMPARE(m_window->browser()->detailPane()->width(), 700);
    QSettings().clear();
}

void TestMainWindow::recentArtifactsPerConnection()
{
    QSettings().clear();
    m_window->setClient(m_client.get(), u"Demo workspace"_s, u"demo"_s);
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 3);
    const Artifact opened = m_window->artifactModel()->artifact(3);
    m_window->openArtifact(opened.id);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), opened.id);
    QMenu *recent = nullptr;
    const auto menus = m_window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title() == u"&Recent artifacts"_s)
            recent = menu;
    }
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 1);
    // The id with what helps recognise it.
    const QString text = recent->actions().constFirst()->text();
    QVERIFY2(text.startsWith(opened.id) && text.contains(opened.status.code)
            && text.contains(opened.createdAt.toLocalTime().toString(u"yyyy-MM-dd"_s)),
        qPrintable(text));

    // Another workspace has its own list; coming back brings this one back.
    m_window->setClient(m_client.get(), u"Other"_s, u"other"_s);
    QVERIFY(recent->actions().isEmpty());
    QVERIFY(!recent->isEnabled());
    m_window->setClient(m_client.get(), u"Demo workspace"_s, u"demo"_s);
    QCOMPARE(recent->actions().size(), 1);

    // An artifact opened through its recording id counts too.
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    const Artifact other = m_window->artifactModel()->artifact(9);
    m_window->browser()->openText(u"recording_id="_s + other.recording.id);
    QTRY_COMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().constFirst()->text().contains(m_window->browser()->currentArtifactId()));
    QSettings().clear();
}

void TestMainWindow::retriesAreSaidInWords()
{
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    m_server->failNextRequests(1, 503);
    QSignalSpy retrying(m_client.get(), &RecallClient::retrying);
    m_window->browser()->reload();
    QTRY_COMPARE(retrying.count(), 1);
    // Not a raw path: what waits, which retry, when.
    const QString message = m_window->currentMessage();
    QVERIFY2(message.startsWith(u"No answer yet: loading page 1, retry 1 in"_s), qPrintable(message));
    QVERIFY(!message.contains(u"/api/v1"_s));
    QTRY_VERIFY(!m_window->artifactModel()->isLoading());
    QCOMPARE(m_window->artifactModel()->rowCount(), m_server->options().pageSize);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
