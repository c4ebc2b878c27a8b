// The connection picker asks before it switches: a guard (the editor's Save / Discard / Cancel) can
// keep the current workspace, or let the switch go on later.
#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/memorykeystore.h"
#include "connectionswitcher.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "testsettings.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void guardKeepsTheWorkspaceUntilItSaysSo();

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemoryKeyStore> m_keys;
    std::unique_ptr<ConnectionManager> m_manager;
};

void TestConnectionSwitcher::initTestCase()
{
    useTestSettings(u"tst_connectionswitcher"_s);
    QVERIFY(startConnections(m_server, m_store, m_keys, m_manager));
}

void TestConnectionSwitcher::guardKeepsTheWorkspaceUntilItSaysSo()
{
    m_manager->activate(ConnectionProfile::demoId());
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->current().id, ConnectionProfile::demoId(), 15000);
    QTRY_VERIFY(!m_manager->isActivating());
    const QString loopback = saveLoopbackProfile(*m_manager, *m_server, this, m_server->token());
    QVERIFY(!loopback.isEmpty());
    ConnectionSwitcher switcher(m_manager.get());
    std::function<void()> pending;
    int asked = 0;
    switcher.setSwitchGuard([&](std::function<void()> proceed) {
        ++asked;
        pending = std::move(proceed);
        return false; // "unsaved edits: asking"
    });
    QSignalSpy activating(m_manager.get(), &ConnectionManager::activating);
    const int row = switcher.findData(loopback);
    QVERIFY(row >= 0);
    switcher.setCurrentIndex(row);
    Q_EMIT switcher.activated(row);
    QCOMPARE(asked, 1);
    // Nothing switched, and the combo shows the workspace still in use.
    QCOMPARE(activating.count(), 0);
    QCOMPARE(m_manager->current().id, ConnectionProfile::demoId());
    QCOMPARE(switcher.currentData().toString(), ConnectionProfile::demoId());
    // The answer came (Save went through, or Discard): the switch goes on.
    pending();
    QCOMPARE(switcher.shownProfileId(), loopback);
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->current().id, loopback, 15000);
}

QTEST_MAIN(TestConnectionSwitcher)
#include "tst_connectionswitcher.moc"
