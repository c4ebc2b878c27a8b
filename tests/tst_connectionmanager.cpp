// The workspace manager against real demo servers over loopback: the built-in demo, a saved
// custom profile with its key from the memory key store, failures, the session override, and
// the order in which an old client goes away.
#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/memorykeystore.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "net/recallclient.h"
#include "testsettings.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoWorkspaceListsAPage();
    void savedCustomProfileUsesStoredKey();
    void missingKeyFails();
    void unknownProfileFails();
    void sessionOverrideWinsOverStoredKey();
    void sessionProfileIsNotStored();
    void oldClientIsDeletedOnlyAfterTheSignal();
    void laterActivationSupersedesEarlier();
    void savingActiveProfileWithNewKeyReconnects();
    void removingActiveProfileSwitchesToDemo();

private:
    QString saveLoopbackProfile(const QString &key);
    // Lists the first page with client; returns the number of artifacts or -1 on error.
    int firstPageSize(RecallClient *client);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemoryKeyStore> m_keys;
    std::unique_ptr<ConnectionManager> m_manager;
};

void TestConnectionManager::initTestCase()
{
    useTestSettings(u"tst_connectionmanager"_s);
}

void TestConnectionManager::init()
{
    QVERIFY(startConnections(m_server, m_store, m_keys, m_manager));
}

void TestConnectionManager::cleanup()
{
    m_manager.reset();
    m_keys.reset();
    m_store.reset();
    m_server.reset();
    QSettings().clear();
}

QString TestConnectionManager::saveLoopbackProfile(const QString &key)
{
    return ::saveLoopbackProfile(*m_manager, *m_server, this, key);
}

int TestConnectionManager::firstPageSize(RecallClient *client)
{
    std::optional<int> size;
    client->listArtifacts({}, this,
        [&size](const Result<ArtifactPage> &page) { size = page ? static_cast<int>(page->results.size()) : -1; });
    if (!QTest::qWaitFor([&] { return size.has_value(); }, 10000))
        return -2;
    return *size;
}

void TestConnectionManager::demoWorkspaceListsAPage()
{
    QVERIFY(!m_manager->client());
    QVERIFY(!m_manager->current().isValid());
    QCOMPARE(m_manager->lastUsedProfileId(), ConnectionProfile::demoId());
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    QSignalSpy activating(m_manager.get(), &ConnectionManager::activating);
    m_manager->activate(ConnectionProfile::demoId());
    QCOMPARE(activating.count(), 1);
    QCOMPARE(changed.count(), 0); // asynchronous
    QTRY_COMPARE(changed.count(), 1);

    auto *client = changed.at(0).at(0).value<RecallClient *>();
    const auto profile = changed.at(0).at(1).value<ConnectionProfile>();
    QVERIFY(client);
    QCOMPARE(client, m_manager->client());
    QVERIFY(profile.isDemo);
    QVERIFY(m_manager->current().isDemo);
    QVERIFY(m_manager->demoServer());
    QCOMPARE(client->connection().baseUrl, m_manager->demoServer()->baseUrl());
    QCOMPARE(profile.baseUrl(), m_manager->demoServer()->baseUrl());
    QVERIFY(client->budget());
    QCOMPARE(firstPageSize(client), m_manager->demoServer()->options().pageSize);
}

void TestConnectionManager::savedCustomProfileUsesStoredKey()
{
    const QString id = saveLoopbackProfile(m_server->token());
    QVERIFY(!id.isEmpty());
    QVERIFY(m_keys->contains(id));
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    QSignalSpy failed(m_manager.get(), &ConnectionManager::activationFailed);
    m_manager->activate(id);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_manager->current().id, id);
    QVERIFY(!m_manager->demoServer()); // started on demand only
    QCOMPARE(firstPageSize(m_manager->client()), m_server->options().pageSize);
    const DemoServer::RecordedRequest last = m_server->apiRequests().constLast();
    bool sawKey = false;
    for (const auto &[name, value] : last.headers)
        sawKey |= name.compare("authorization", Qt::CaseInsensitive) == 0
            && value == "Token " + m_server->token().toUtf8();
    QVERIFY(sawKey);
    QCOMPARE(ConnectionStore().lastUsedId(), id);
    QCOMPARE(m_manager->lastUsedProfileId(), id);
}

void TestConnectionManager::missingKeyFails()
{
    ConnectionProfile profile;
    profile.label = u"No key"_s;
    profile.customBaseUrl = m_server->baseUrl();
    const QString id = m_store->add(profile);
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    QSignalSpy failed(m_manager.get(), &ConnectionManager::activationFailed);
    m_manager->activate(id);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.at(0).at(0).value<ConnectionProfile>().id, id);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY2(reason.contains(u"No API key"_s), qPrintable(reason));
    QVERIFY(reason.contains(u"No key"_s));
    QVERIFY(!m_manager->client());
    QVERIFY(!m_manager->isActivating());
}

void TestConnectionManager::unknownProfileFails()
{
    QSignalSpy failed(m_manager.get(), &ConnectionManager::activationFailed);
    m_manager->activate(u"7c1f9a52-0000-4000-8000-000000000000"_s);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!m_manager->client());
}

void TestConnectionManager::sessionOverrideWinsOverStoredKey()
{
    const QString id = saveLoopbackProfile(u"stored-but-wrong"_s);
    QVERIFY(!id.isEmpty());
    m_manager->setSessionKeyOverride(m_server->token());
    QVERIFY(m_manager->hasSessionKeyOverride());
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    m_manager->activate(id);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_manager->client()->connection().apiKey, m_server->token());
    QCOMPARE(firstPageSize(m_manager->client()), m_server->options().pageSize);

    // Without the override the stored (wrong) key is used, and the server refuses it.
    m_manager->setSessionKeyOverride({});
    m_manager->activate(id);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(m_manager->client()->connection().apiKey, u"stored-but-wrong"_s);
    QCOMPARE(firstPageSize(m_manager->client()), -1);
}

void TestConnectionManager::sessionProfileIsNotStored()
{
    ConnectionProfile profile;
    profile.customBaseUrl = m_server->baseUrl();
    QSignalSpy listChanged(m_manager.get(), &ConnectionManager::profilesChanged);
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    m_manager->activateSessionProfile(profile, m_server->token());
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(listChanged.count() >= 1);
    QCOMPARE(m_manager->current().id, ConnectionManager::sessionProfileId());
    QCOMPARE(m_manager->current().label, u"127.0.0.1"_s);
    QCOMPARE(m_manager->profiles().size(), 2);
    QCOMPARE(m_manager->profiles().constLast().id, ConnectionManager::sessionProfileId());
    QCOMPARE(m_store->profiles().size(), 1);
    QVERIFY(m_store->lastUsedId().isEmpty());
    QCOMPARE(m_keys->count(), 0);
    QCOMPARE(firstPageSize(m_manager->client()), m_server->options().pageSize);
    QVERIFY(!m_manager->removeProfile(ConnectionManager::sessionProfileId()));
}

void TestConnectionManager::oldClientIsDeletedOnlyAfterTheSignal()
{
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    m_manager->activate(ConnectionProfile::demoId());
    QTRY_COMPARE(changed.count(), 1);
    QPointer<RecallClient> old = m_manager->client();
    QPointer<RateBudget> oldBudget = old->budget();

    const QString id = saveLoopbackProfile(m_server->token());
    bool oldAliveInSlot = false;
    bool budgetAliveInSlot = false;
    RecallClient *received = nullptr;
    connect(m_manager.get(), &ConnectionManager::workspaceChanged, this,
        [&](RecallClient *client, const ConnectionProfile &) {
            received = client;
            oldAliveInSlot = !old.isNull();
            budgetAliveInSlot = !oldBudget.isNull();
        });
    m_manager->activate(id);
    QTRY_VERIFY(received);
    QVERIFY(oldAliveInSlot);
    QVERIFY(budgetAliveInSlot);
    QVERIFY(received != old.data());
    QTRY_VERIFY(old.isNull());
    QVERIFY(oldBudget.isNull());
    QCOMPARE(firstPageSize(received), m_server->options().pageSize);
}

void TestConnectionManager::laterActivationSupersedesEarlier()
{
    const QString id = saveLoopbackProfile(m_server->token());
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    QSignalSpy failed(m_manager.get(), &ConnectionManager::activationFailed);
    m_manager->activate(id);
    m_manager->activate(ConnectionProfile::demoId());
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_manager->current().isDemo);
}

void TestConnectionManager::savingActiveProfileWithNewKeyReconnects()
{
    const QString id = saveLoopbackProfile(u"wrong"_s);
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    m_manager->activate(id);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(firstPageSize(m_manager->client()), -1);

    ConnectionProfile renamed = m_manager->current();
    renamed.label = u"Renamed"_s;
    bool saved = false;
    m_manager->saveProfile(renamed, {}, this, [&saved](const ConnectionProfile &, const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    QTest::qWait(20);
    QCOMPARE(changed.count(), 1); // a new label only: same client
    QCOMPARE(m_manager->current().label, u"Renamed"_s);

    saved = false;
    m_manager->saveProfile(
        renamed, m_server->token(), this, [&saved](const ConnectionProfile &, const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(firstPageSize(m_manager->client()), m_server->options().pageSize);
}

void TestConnectionManager::removingActiveProfileSwitchesToDemo()
{
    const QString id = saveLoopbackProfile(m_server->token());
    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    m_manager->activate(id);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!m_manager->removeProfile(ConnectionProfile::demoId()));
    QVERIFY(m_manager->removeProfile(id));
    QVERIFY(!m_keys->contains(id));
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(m_manager->current().isDemo);
    QCOMPARE(m_manager->profiles().size(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
