// The real connection dialog, driven with QTest on the offscreen platform against a demo server.
#include "connectiondialog.h"
#include "connections/connectionmanager.h"
#include "connections/connectionstore.h"
#include "connections/memorykeystore.h"
#include "connectionswitcher.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "testsettings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addCustomProfileTestAndSave();
    void wrongKeyShowsRegionHint();
    void demoIsShownButNotEditable();
    void insecureUrlIsRejectedAsTyped();
    void removeAsksThenDeletesProfileAndKey();
    void keyFieldSaysWhereKeysGo();
    void escapeCloses();
    void closingWithUnsavedChangesAsks();
    void everyInteractiveWidgetIsNamed();
    void switcherActivatesAndFollows();
    void addShowsTheNewEntry();
    void textsNeverOverlap();

private:
    template <typename T> T *child(const QString &name) const { return m_dialog->findChild<T *>(name); }
    void fillCustomProfile(const QString &label, const QString &url, const QString &key);

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<MemoryKeyStore> m_keys;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    useTestSettings(u"tst_connectiondialog"_s);
}

void TestConnectionDialog::init()
{
    QVERIFY(startConnections(m_server, m_store, m_keys, m_manager));
    m_dialog = std::make_unique<ConnectionDialog>(m_manager.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    // Mnemonics (Alt+T) are window shortcuts: they need the dialog to be the active window.
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_manager.reset();
    m_keys.reset();
    m_store.reset();
    m_server.reset();
    QSettings().clear();
}

void TestConnectionDialog::fillCustomProfile(const QString &label, const QString &url, const QString &key)
{
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    QVERIFY(m_dialog->selectedProfileId().isEmpty());
    auto *labelEdit = child<QLineEdit>(u"labelEdit"_s);
    QVERIFY(labelEdit->isEnabled());
    QTest::keyClicks(labelEdit, label);
    auto *region = child<QComboBox>(u"regionCombo"_s);
    region->setFocus();
    QTest::keyClick(region, Qt::Key_End); // "Custom URL…" is last
    QCOMPARE(region->currentIndex(), region->count() - 1);
    auto *urlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    QVERIFY(urlEdit->isEnabled());
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    auto *keyEdit = child<QLineEdit>(u"keyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, key);
}

void TestConnectionDialog::addCustomProfileTestAndSave()
{
    fillCustomProfile(u"Loopback"_s, m_server->baseUrl().toString(), m_server->token());
    auto *result = child<QLabel>(u"testResult"_s);
    auto *testButton = child<QPushButton>(u"testButton"_s);
    // Runs right after the dialog's own slot: the busy state must show at once.
    bool busyAfterClick = false;
    connect(testButton, &QPushButton::clicked, this,
        [&] { busyAfterClick = m_dialog->isTesting() && !testButton->isEnabled(); });
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier); // a mnemonic "clicks" after a short animation
    QTRY_VERIFY(busyAfterClick);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 10000);
    QVERIFY2(result->text().contains(u"Connected to Loopback"_s), qPrintable(result->text()));
    QVERIFY(child<QPushButton>(u"testButton"_s)->isEnabled());
    QCOMPARE(m_store->profiles().size(), 1); // testing saves nothing

    // Enter saves; the dialog stays open.
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    QTest::keyClick(child<QLineEdit>(u"keyEdit"_s), Qt::Key_Return);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_store->profiles().size(), 2);
    const ConnectionProfile profile = m_store->profiles().at(1);
    QCOMPARE(profile.label, u"Loopback"_s);
    QCOMPARE(profile.customBaseUrl, m_server->baseUrl());
    QVERIFY(m_keys->contains(profile.id));
    QCOMPARE(m_dialog->selectedProfileId(), profile.id);
    QVERIFY(child<QLineEdit>(u"keyEdit"_s)->text().isEmpty()); // never shown again
    QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 2);

    // A saved profile tests with its stored key when the field is left empty.
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 10000);
    QVERIFY2(result->text().contains(u"Connected to Loopback"_s), qPrintable(result->text()));
}

void TestConnectionDialog::wrongKeyShowsRegionHint()
{
    fillCustomProfile(u"Loopback"_s, m_server->baseUrl().toString(), u"demo-000000000000000000000000"_s);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 10000);
    const QString text = child<QLabel>(u"testResult"_s)->text();
    QVERIFY2(text.contains(u"401"_s), qPrintable(text));
    QVERIFY2(text.contains(u"region"_s), qPrintable(text));
    // Editing the key makes the result stale: it goes rather than describe another key.
    QTest::keyClick(child<QLineEdit>(u"keyEdit"_s), Qt::Key_X);
    QVERIFY(child<QLabel>(u"testResult"_s)->text().isEmpty());
}

void TestConnectionDialog::demoIsShownButNotEditable()
{
    auto *list = child<QListWidget>(u"profileList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_dialog->selectedProfileId(), ConnectionProfile::demoId());
    QVERIFY(!child<QLineEdit>(u"labelEdit"_s)->isEnabled());
    QVERIFY(!child<QComboBox>(u"regionCombo"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(u"keyEdit"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"removeButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"testButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 10000);
    const QString text = child<QLabel>(u"testResult"_s)->text();
    QVERIFY2(text.contains(u"Connected to Demo workspace"_s), qPrintable(text));
}

void TestConnectionDialog::insecureUrlIsRejectedAsTyped()
{
    fillCustomProfile(u"Plain"_s, u"http://example.com"_s, u"key"_s);
    const QString message = child<QLabel>(u"formMessage"_s)->text();
    QVERIFY2(message.contains(u"http"_s), qPrintable(message));
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTest::qWait(20);
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_keys->count(), 0);
}

void TestConnectionDialog::removeAsksThenDeletesProfileAndKey()
{
    fillCustomProfile(u"Doomed"_s, m_server->baseUrl().toString(), m_server->token());
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const QString id = m_dialog->selectedProfileId();
    QVERIFY(m_keys->contains(id));
    QVERIFY(child<QPushButton>(u"removeButton"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"confirmRemoveBox"_s)) != nullptr);
    QCOMPARE(m_store->profiles().size(), 2); // nothing happens before the answer
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QVERIFY(!m_keys->contains(id));
    QCOMPARE(m_dialog->selectedProfileId(), ConnectionProfile::demoId());
    QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 1);
}

void TestConnectionDialog::keyFieldSaysWhereKeysGo()
{
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    auto *keyEdit = child<QLineEdit>(u"keyEdit"_s);
    // The memory store is not persistent: the field must not promise the keychain.
    QVERIFY2(keyEdit->placeholderText().contains(u"session"_s), qPrintable(keyEdit->placeholderText()));
    QVERIFY(!keyEdit->placeholderText().contains(u"keychain"_s));
}

void TestConnectionDialog::escapeCloses()
{
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestConnectionDialog::closingWithUnsavedChangesAsks()
{
    fillCustomProfile(u"Half typed"_s, u"https://example.invalid"_s, u"secret"_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QVERIFY(box->text().contains(u"Half typed"_s));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s));
    QVERIFY(m_dialog->isVisible()); // nothing lost
    QCOMPARE(child<QLineEdit>(u"labelEdit"_s)->text(), u"Half typed"_s);

    m_dialog->reject();
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"discardChangesBox"_s)));
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_store->profiles().size(), 1); // the demo only: nothing was saved
    QCOMPARE(m_keys->count(), 0);
}

void TestConnectionDialog::everyInteractiveWidgetIsNamed()
{
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton); // everything enabled
    QSet<const QWidget *> buddies;
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    int checked = 0;
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->isWindow())
            continue;
        // Parts of a composite widget (a combo's popup, a view's viewport) are named by their owner.
        bool part = false;
        for (const QWidget *p = widget->parentWidget(); p && p != m_dialog.get(); p = p->parentWidget())
            part |= qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractItemView *>(p);
        if (part)
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->toolTip().isEmpty() || buddies.contains(widget), qPrintable(what));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestConnectionDialog::switcherActivatesAndFollows()
{
    ConnectionProfile profile;
    profile.label = u"Loopback"_s;
    profile.customBaseUrl = m_server->baseUrl();
    bool saved = false;
    m_manager->saveProfile(
        profile, m_server->token(), this, [&saved](const ConnectionProfile &, const QString &) { saved = true; });
    QTRY_VERIFY(saved);

    ConnectionSwitcher switcher(m_manager.get());
    QVERIFY(!switcher.accessibleName().isEmpty());
    QVERIFY(!switcher.toolTip().isEmpty());
    QCOMPARE(switcher.itemText(0), u"Demo workspace"_s);
    QCOMPARE(switcher.itemText(1), u"Loopback"_s);
    QCOMPARE(switcher.itemText(switcher.manageIndex()), u"Manage connections\u2026"_s);

    QSignalSpy changed(m_manager.get(), &ConnectionManager::workspaceChanged);
    Q_EMIT switcher.activated(1); // what a user's choice emits
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_manager->current().label, u"Loopback"_s);
    QCOMPARE(switcher.currentIndex(), 1);
    QVERIFY(switcher.toolTip().contains(m_server->baseUrl().toDisplayString()));

    QSignalSpy manage(&switcher, &ConnectionSwitcher::manageRequested);
    Q_EMIT switcher.activated(switcher.manageIndex());
    QCOMPARE(manage.count(), 1);
    QCOMPARE(switcher.currentIndex(), 1); // still shows the active profile

    // Activated elsewhere (e.g. at start-up): the switcher follows.
    m_manager->activate(ConnectionProfile::demoId());
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(switcher.currentIndex(), 0);

    // A profile without a key fails to activate: the switcher goes back to the active one.
    ConnectionProfile keyless = profile;
    keyless.label = u"Keyless"_s;
    m_store->add(keyless);
    QCOMPARE(switcher.itemText(2), u"Keyless"_s);
    QSignalSpy failed(m_manager.get(), &ConnectionManager::activationFailed);
    Q_EMIT switcher.activated(2);
    QCOMPARE(switcher.currentIndex(), 2);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(switcher.currentIndex(), 0);
    QCOMPARE(changed.count(), 2);
}

void TestConnectionDialog::addShowsTheNewEntry()
{
    auto *list = child<QListWidget>(u"profileList"_s);
    const int saved = list->count();
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), saved + 1);
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(), u"New connection"_s);
    QVERIFY(list->currentItem()->font().italic());

    // Saved, it becomes an ordinary entry, and the dialog says how to switch to it.
    fillCustomProfile(u"Loopback"_s, m_server->baseUrl().toString(), m_server->token());
    QCOMPARE(list->count(), saved + 1); // Add again: still one new entry
    QSignalSpy savedSpy(m_dialog.get(), &ConnectionDialog::profileSaved);
    QTest::keyClick(child<QLineEdit>(u"keyEdit"_s), Qt::Key_Return);
    QTRY_COMPARE(savedSpy.count(), 1);
    QCOMPARE(list->count(), saved + 1);
    QCOMPARE(list->currentItem()->text(), u"Loopback"_s);
    const QString message = child<QLabel>(u"formMessage"_s)->text();
    QVERIFY2(message.contains(u"toolbar"_s), qPrintable(message));

    // Add, then pick a saved connection instead: the unsaved entry goes.
    QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), saved + 2);
    list->setCurrentRow(0);
    QCOMPARE(list->count(), saved + 1);
}

void TestConnectionDialog::textsNeverOverlap()
{
    // A long test result below the key note, on a dialog already on screen at its first size.
    fillCustomProfile(u"Loopback"_s, m_server->baseUrl().toString(), u"demo-000000000000000000000000"_s);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 10000);
    QVERIFY(!child<QLabel>(u"testResult"_s)->text().isEmpty());
    QTest::qWait(20);
    for (const QString &name : {u"keyNote"_s, u"formMessage"_s, u"testResult"_s}) {
        auto *label = child<QLabel>(name);
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(
                name + u": %1 px tall, needs %2"_s.arg(label->height()).arg(label->heightForWidth(label->width()))));
    }
    const QRect note = child<QLabel>(u"keyNote"_s)->geometry();
    const QRect button = child<QPushButton>(u"testButton"_s)->geometry();
    const QRect result = child<QLabel>(u"testResult"_s)->geometry();
    QVERIFY(!note.intersects(button));
    QVERIFY(!button.intersects(result));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
