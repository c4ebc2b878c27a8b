// Saved connections in QSettings (test mode), and the promise that no key ever reaches that file.
#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/memorykeystore.h"
#include "testsettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ConnectionProfile customProfile(const QString &label, const QString &url)
{
    ConnectionProfile profile;
    profile.label = label;
    profile.customBaseUrl = QUrl(url);
    return profile;
}

ConnectionProfile regionProfile(const QString &label, Region region)
{
    ConnectionProfile profile;
    profile.label = label;
    profile.region = region;
    return profile;
}
} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void demoProfileIsAlwaysFirst();
    void profilesPersistAcrossInstances();
    void updateAndRemove();
    void demoCannotBeStoredOrRemoved();
    void invalidProfilesAreRefused_data();
    void invalidProfilesAreRefused();
    void lastUsedIdPersists();
    void damagedEntriesAreSkipped();
    void memoryKeyStoreAnswersFromTheEventLoop();
    void keyNeverReachesSettings();
};

void TestConnectionStore::initTestCase()
{
    useTestSettings(u"tst_connectionstore"_s);
}

void TestConnectionStore::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestConnectionStore::demoProfileIsAlwaysFirst()
{
    ConnectionStore store;
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profiles().constFirst().isDemo);
    QCOMPARE(store.profiles().constFirst().id, u"demo"_s);
    QVERIFY(!store.add(regionProfile(u"EU"_s, Region::EuCentral1)).isEmpty());
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.profiles().constFirst().isDemo);
    QVERIFY(store.profile(u"demo"_s)->isDemo);
}

void TestConnectionStore::profilesPersistAcrossInstances()
{
    QString euId;
    QString customId;
    {
        ConnectionStore store;
        QSignalSpy changed(&store, &ConnectionStore::profilesChanged);
        euId = store.add(regionProfile(u"  Acme EU  "_s, Region::EuCentral1));
        customId = store.add(customProfile(u"Staging"_s, u"https://staging.example.com/prefix"_s));
        QVERIFY(!euId.isEmpty());
        QVERIFY(!customId.isEmpty());
        QVERIFY(euId != customId);
        QCOMPARE(changed.count(), 2);
    }
    ConnectionStore again;
    const QList<ConnectionProfile> profiles = again.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(1).id, euId);
    QCOMPARE(profiles.at(1).label, u"Acme EU"_s); // trimmed
    QCOMPARE(profiles.at(1).region, std::optional<Region>(Region::EuCentral1));
    QCOMPARE(profiles.at(1).baseUrl(), QUrl(u"https://eu-central-1.recall.ai"_s));
    QCOMPARE(profiles.at(2).id, customId);
    QVERIFY(!profiles.at(2).region);
    QCOMPARE(profiles.at(2).baseUrl(), QUrl(u"https://staging.example.com/prefix"_s));
}

void TestConnectionStore::updateAndRemove()
{
    ConnectionStore store;
    const QString id = store.add(regionProfile(u"US"_s, Region::UsEast1));
    ConnectionProfile changed = *store.profile(id);
    changed.label = u"US West"_s;
    changed.region = Region::UsWest2;
    QVERIFY(store.update(changed));
    QCOMPARE(ConnectionStore().profile(id)->region, std::optional<Region>(Region::UsWest2));
    QCOMPARE(ConnectionStore().profile(id)->label, u"US West"_s);

    ConnectionProfile unknown = changed;
    unknown.id = ConnectionProfile::newId();
    QVERIFY(!store.update(unknown));

    QVERIFY(store.remove(id));
    QVERIFY(!store.remove(id));
    QVERIFY(!store.profile(id));
    QCOMPARE(ConnectionStore().profiles().size(), 1);
}

void TestConnectionStore::demoCannotBeStoredOrRemoved()
{
    ConnectionStore store;
    QVERIFY(store.add(ConnectionProfile::demo()).isEmpty());
    ConnectionProfile disguised = regionProfile(u"Not the demo"_s, Region::UsEast1);
    disguised.id = ConnectionProfile::demoId();
    QVERIFY(store.add(disguised).isEmpty());
    QVERIFY(!store.update(ConnectionProfile::demo()));
    QVERIFY(!store.remove(ConnectionProfile::demoId()));
    QCOMPARE(store.profiles().size(), 1);
    QSettings settings;
    QVERIFY(!settings.allKeys().join(u' ').contains(u"demo"_s));
}

void TestConnectionStore::invalidProfilesAreRefused_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::newRow("no label") << regionProfile(u"  "_s, Region::UsEast1);
    QTest::newRow("no address") << customProfile(u"Nowhere"_s, QString());
    QTest::newRow("plain http to another computer") << customProfile(u"Plain"_s, u"http://example.com"_s);
    QTest::newRow("ftp") << customProfile(u"Ftp"_s, u"ftp://example.com"_s);
    QTest::newRow("no host") << customProfile(u"Relative"_s, u"example"_s);
}

void TestConnectionStore::invalidProfilesAreRefused()
{
    QFETCH(ConnectionProfile, profile);
    QVERIFY(profile.validationError().has_value());
    ConnectionStore store;
    QVERIFY(store.add(profile).isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TestConnectionStore::lastUsedIdPersists()
{
    QString id;
    {
        ConnectionStore store;
        QVERIFY(store.lastUsedId().isEmpty());
        id = store.add(customProfile(u"Loopback"_s, u"http://127.0.0.1:9"_s));
        store.setLastUsedId(id);
        store.setLastUsedId(u"no-such-profile"_s); // ignored
    }
    ConnectionStore again;
    QCOMPARE(again.lastUsedId(), id);
    again.setLastUsedId(ConnectionProfile::demoId());
    QCOMPARE(ConnectionStore().lastUsedId(), ConnectionProfile::demoId());
    again.setLastUsedId(id);
    QVERIFY(again.remove(id));
    QVERIFY(ConnectionStore().lastUsedId().isEmpty());
}

void TestConnectionStore::damagedEntriesAreSkipped()
{
    {
        QSettings settings;
        settings.beginGroup(u"connections"_s);
        settings.beginWriteArray(u"profiles"_s, 3);
        settings.setArrayIndex(0);
        settings.setValue(u"id"_s, u"a"_s);
        settings.setValue(u"label"_s, u"Unknown region"_s);
        settings.setValue(u"region"_s, u"mars-north-1"_s);
        settings.setArrayIndex(1);
        settings.setValue(u"id"_s, u"b"_s);
        settings.setValue(u"label"_s, u"Plain http"_s);
        settings.setValue(u"baseUrl"_s, u"http://example.com"_s);
        settings.setArrayIndex(2);
        settings.setValue(u"id"_s, u"c"_s);
        settings.setValue(u"label"_s, u"Fine"_s);
        settings.setValue(u"region"_s, u"ap-northeast-1"_s);
        settings.endArray();
        settings.endGroup();
    }
    ConnectionStore store;
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().at(1).id, u"c"_s);
    QCOMPARE(store.profiles().at(1).region, std::optional<Region>(Region::ApNortheast1));
}

void TestConnectionStore::memoryKeyStoreAnswersFromTheEventLoop()
{
    MemoryKeyStore keys;
    QVERIFY(!keys.isPersistent());
    QVERIFY(!keys.sessionOnlyReason().isEmpty());
    bool written = false;
    keys.writeKey(u"p1"_s, u"secret"_s, this, [&written](const QString &error) {
        QVERIFY(error.isEmpty());
        written = true;
    });
    QVERIFY(!written); // never from inside the call
    QTRY_VERIFY(written);

    std::optional<KeyStore::ReadResult> read;
    keys.readKey(u"p1"_s, this, [&read](const KeyStore::ReadResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, KeyStore::ReadResult::Status::Found);
    QCOMPARE(read->key, u"secret"_s);

    bool removed = false;
    keys.removeKey(u"p1"_s, this, [&removed](const QString &) { removed = true; });
    QTRY_VERIFY(removed);
    read.reset();
    keys.readKey(u"p1"_s, this, [&read](const KeyStore::ReadResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, KeyStore::ReadResult::Status::NotFound);

    // No callback once its context is gone.
    bool called = false;
    auto context = std::make_unique<QObject>();
    keys.readKey(u"p1"_s, context.get(), [&called](const KeyStore::ReadResult &) { called = true; });
    context.reset();
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestConnectionStore::keyNeverReachesSettings()
{
    const QString secret = u"sk-live-6f1d0c9e4b7a42d3a8e5f0b1c2d3e4f5"_s;
    ConnectionStore store;
    MemoryKeyStore keys;
    ConnectionManager manager(&store, &keys);

    ConnectionProfile profile = customProfile(u"Customer workspace"_s, u"https://eu-central-1.recall.ai"_s);
    std::optional<QString> saveError;
    ConnectionProfile saved;
    manager.saveProfile(profile, secret, this, [&](const ConnectionProfile &p, const QString &error) {
        saved = p;
        saveError = error;
    });
    QTRY_VERIFY(saveError.has_value());
    QVERIFY2(saveError->isEmpty(), qPrintable(*saveError));
    QVERIFY(keys.contains(saved.id)); // the key did go somewhere: into the key store

    // Activation writes the last-used id; a second save with a new key rewrites the profile.
    QSignalSpy changed(&manager, &ConnectionManager::workspaceChanged);
    manager.activate(saved.id);
    QTRY_COMPARE(changed.count(), 1);
    saveError.reset();
    manager.saveProfile(
        saved, secret, this, [&](const ConnectionProfile &, const QString &error) { saveError = error; });
    QTRY_VERIFY(saveError.has_value());

    QSettings settings;
    settings.sync();
    const QStringList keysInFile = settings.allKeys();
    QVERIFY(keysInFile.contains(u"connections/profiles/1/label"_s)); // the profile is really in there
    for (const QString &key : keysInFile) {
        QVERIFY2(!key.contains(secret), qPrintable(key));
        const QVariant value = settings.value(key);
        QVERIFY2(!value.toString().contains(secret), qPrintable(key));
        QVERIFY2(!value.toByteArray().contains(secret.toUtf8()), qPrintable(key));
        QVERIFY2(!value.toStringList().join(u' ').contains(secret), qPrintable(key));
    }
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Customer workspace"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
    QVERIFY(!bytes.contains(secret.toUtf8().toHex()));
    QVERIFY(!bytes.contains(secret.left(12).toUtf8()));
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
