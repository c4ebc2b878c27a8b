#include "core/clock.h"
#include "demo/demoserver.h"
#include "mainwindow.h"
#include "models/artifactlistmodel.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

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
    m_clock = std::make_unique<SteadyClock>(1000.0);
    m_server = std::make_unique<DemoServer>();
    m_server->setClock(m_clock.get());
    QVERIFY(m_server->start());
    m_budget = std::make_unique<RateBudget>(m_clock.get());
    m_client = std::make_unique<RecallClient>(m_budget.get());
    m_client->setConnection({m_server->baseUrl(), m_server->token()});
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
    QVERIFY(m_window->windowTitle().contains(u"Demo workspace"_s));
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
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_VERIFY(view->model()->rowCount() > firstPage);
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
        if (action->isSeparator() || action->menu())
            continue;
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
    const auto views = m_window->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        if (view->inherits("QHeaderView"))
            continue;
        QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
    }
    const auto labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->objectName().isEmpty())
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
