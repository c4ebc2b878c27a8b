// The real history panel on the offscreen platform: it lists the saves of a real HistoryStore, shows what
// the selected one changed, and hands back the map to revert to, by mouse and by keyboard alike.
#include "core/timeformat.h"
#include "edit/historypanel.h"
#include "edit/historystore.h"
#include "testsettings.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using Entry = HistoryStore::Entry;
using TargetKind = HistoryStore::TargetKind;

class TestHistoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsSavesNewestFirst();
    void selectionShowsTheDiff();
    void revertEmitsTheMapBefore();
    void keyboardReachesEverything();
    void everyInteractiveWidgetIsNamed();
    void emptyState();
    void damagedSavesAreNamed();
    void reloadKeepsTheSelection();
    void screenshots();

private:
    template <typename T> T *child(const QString &name) const
    {
        auto *found = m_panel->findChild<T *>(name);
        Q_ASSERT(found);
        return found;
    }
    void showPanel();
    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 12, 2), QTime(18, 0), QTimeZone::utc()).addSecs(minute * 60);
    }
    static QList<Entry> sampleEntries();
    QStringList diffRow(int row) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryPanel> m_panel;
};

// Three saves of one artifact, listed newest first: its recording's metadata, then two of its own.
QList<Entry> TestHistoryPanel::sampleEntries()
{
    const QString artifact = u"5ef4b4e1-0000-4000-8000-000000000001"_s;
    Entry first {u"EU support"_s, {TargetKind::Artifact, artifact}, artifact, at(0),
        {{u"ticket"_s, MetadataValue(u"SUP-1"_s)}},
        {{u"ticket"_s, MetadataValue(u"SUP-2"_s)}, {u"team"_s, MetadataValue(u"tier 2"_s)}}};
    Entry second {u"EU support"_s, {TargetKind::Artifact, artifact}, artifact, at(20),
        {{u"ticket"_s, MetadataValue(u"SUP-2"_s)}, {u"team"_s, MetadataValue(u"tier 2"_s)},
            {u"score"_s, MetadataValue::rawJson(u"12345678901234567890"_s)}, {u"note"_s, MetadataValue(QString())}},
        {{u"ticket"_s, MetadataValue(u"SUP-3"_s)}, {u"team"_s, MetadataValue(std::nullopt)},
            {u"note"_s, MetadataValue(u"Kunde prüft: \u201cmorgen\u201d\nzweite Zeile"_s)},
            {u"language"_s, MetadataValue(u"de"_s)}}};
    Entry third {u"US backup"_s, {TargetKind::Recording, u"rec_7f3a"_s}, artifact, at(55),
        {{u"source"_s, MetadataValue(u"zoom"_s)}}, {{u"source"_s, MetadataValue(u"teams"_s)}}};
    return {third, second, first};
}

void TestHistoryPanel::initTestCase()
{
    useTestSettings(u"tst_historypanel"_s);
}

void TestHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->path());
    const QList<Entry> entries = sampleEntries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        QVERIFY(m_store->record(*it));
    m_panel = std::make_unique<HistoryPanel>();
    m_panel->resize(760, 520);
    m_panel->setNow(at(60));
    m_panel->setStore(m_store.get());
    m_panel->setArtifact(u"EU support"_s, u"5ef4b4e1-0000-4000-8000-000000000001"_s);
}

void TestHistoryPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestHistoryPanel::showPanel()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

QStringList TestHistoryPanel::diffRow(int row) const
{
    QTreeWidgetItem *item = child<QTreeWidget>(u"historyDiff"_s)->topLevelItem(row);
    if (!item)
        return {};
    QStringList texts;
    for (int column = 0; column < HistoryPanel::DiffColumnCount; ++column)
        texts.append(item->text(column));
    return texts;
}

void TestHistoryPanel::listsSavesNewestFirst()
{
    // Connections are separate histories: the US connection's save of this artifact is not listed.
    auto *list = child<QTreeWidget>(u"historyList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(m_panel->entries(), sampleEntries().mid(1));
    m_panel->setArtifact(u"US backup"_s, u"5ef4b4e1-0000-4000-8000-000000000001"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(HistoryPanel::TargetColumn), u"Recording rec_7f3a"_s);

    // Both of one connection, newest first, with local and relative times.
    Entry later = sampleEntries().at(1);
    later.savedAt = at(58);
    later.target = {TargetKind::Recording, u"rec_1"_s};
    QVERIFY(m_store->record(later));
    m_panel->setArtifact(u"EU support"_s, u"5ef4b4e1-0000-4000-8000-000000000001"_s);
    QCOMPARE(list->topLevelItemCount(), 3);
    QTreeWidgetItem *top = list->topLevelItem(0);
    QCOMPARE(top->text(HistoryPanel::TimeColumn), TimeFormat::local(at(58)) + u" (2 min ago)"_s);
    QCOMPARE(top->text(HistoryPanel::ConnectionColumn), u"EU support"_s);
    QCOMPARE(top->text(HistoryPanel::TargetColumn), u"Recording rec_1"_s);
    QTreeWidgetItem *second = list->topLevelItem(1);
    QCOMPARE(second->text(HistoryPanel::TimeColumn), TimeFormat::local(at(20)) + u" (40 min ago)"_s);
    QCOMPARE(second->text(HistoryPanel::TargetColumn), u"Artifact"_s);
    // note, ticket and score changed, team set to null, language added: five keys, two named.
    QCOMPARE(second->text(HistoryPanel::ChangesColumn), u"5 key(s) changed: language, note, +3"_s);
    QCOMPARE(list->topLevelItem(2)->text(HistoryPanel::ChangesColumn), u"2 key(s) changed: team, ticket"_s);
    QVERIFY(!second->data(HistoryPanel::TimeColumn, Qt::AccessibleTextRole).toString().isEmpty());
    // Relative times move on with the clock.
    m_panel->setNow(at(120));
    QCOMPARE(top->text(HistoryPanel::TimeColumn), TimeFormat::local(at(58)) + u" (1 h ago)"_s);

    // Connection keys are profile ids: people read the profile's name where one is known.
    m_panel->setConnectionNamer([](const QString &key) { return key == u"EU support"_s ? u"Frankfurt"_s : QString(); });
    m_panel->reload();
    QCOMPARE(list->topLevelItem(0)->text(HistoryPanel::ConnectionColumn), u"Frankfurt"_s);
    m_panel->setConnectionNamer({});
    m_panel->reload();
    QCOMPARE(list->topLevelItem(0)->text(HistoryPanel::ConnectionColumn), u"EU support"_s);
}

void TestHistoryPanel::selectionShowsTheDiff()
{
    showPanel();
    QCOMPARE(m_panel->currentRow(), 0); // the newest is shown at once
    QCOMPARE(child<QTreeWidget>(u"historyDiff"_s)->topLevelItemCount(), 5);
    // Sorted by key; absent, null and empty read differently; a raw value as written; line breaks marked.
    QCOMPARE(diffRow(0), (QStringList {u"language"_s, u"(absent)"_s, u"de"_s, u"added"_s}));
    QCOMPARE(diffRow(1),
        (QStringList {u"note"_s, u"(empty)"_s, u"Kunde prüft: \u201cmorgen\u201d\u23cezweite Zeile"_s, u"changed"_s}));
    QCOMPARE(diffRow(2), (QStringList {u"score"_s, u"12345678901234567890"_s, u"(absent)"_s, u"removed"_s}));
    QCOMPARE(diffRow(3), (QStringList {u"team"_s, u"tier 2"_s, u"null"_s, u"changed"_s}));
    QCOMPARE(diffRow(4), (QStringList {u"ticket"_s, u"SUP-2"_s, u"SUP-3"_s, u"changed"_s}));
    auto *diff = child<QTreeWidget>(u"historyDiff"_s);
    QVERIFY(diff->topLevelItem(0)->font(HistoryPanel::BeforeColumn).italic()); // a stand-in, styled apart
    QVERIFY(!diff->topLevelItem(0)->font(HistoryPanel::AfterColumn).italic());
    // Stand-ins take their colour from the palette, and follow it when it changes (light to dark).
    QPalette dark = m_panel->palette();
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 154));
    m_panel->setPalette(dark);
    QCOMPARE(diff->topLevelItem(0)->foreground(HistoryPanel::BeforeColumn).color(), QColor(150, 150, 154));
    QCOMPARE(diff->topLevelItem(1)->toolTip(HistoryPanel::AfterColumn),
        u"Kunde prüft: \u201cmorgen\u201d\nzweite Zeile"_s); // whole, as stored

    QTest::mouseClick(child<QTreeWidget>(u"historyList"_s)->viewport(), Qt::LeftButton, {},
        child<QTreeWidget>(u"historyList"_s)
            ->visualItemRect(child<QTreeWidget>(u"historyList"_s)->topLevelItem(1))
            .center());
    QCOMPARE(m_panel->currentRow(), 1);
    QCOMPARE(diff->topLevelItemCount(), 2);
    QCOMPARE(diffRow(0), (QStringList {u"team"_s, u"(absent)"_s, u"tier 2"_s, u"added"_s}));
    QCOMPARE(diffRow(1), (QStringList {u"ticket"_s, u"SUP-1"_s, u"SUP-2"_s, u"changed"_s}));
    QVERIFY(child<QLabel>(u"historyDetailTitle"_s)->text().contains(TimeFormat::local(at(0))));
}

void TestHistoryPanel::revertEmitsTheMapBefore()
{
    QSignalSpy reverts(m_panel.get(), &HistoryPanel::revertRequested);
    QSignalSpy applies(m_panel.get(), &HistoryPanel::applyAgainRequested);
    QVERIFY(reverts.isValid() && applies.isValid());
    const QList<Entry> entries = sampleEntries();
    m_panel->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(u"historyRevert"_s), Qt::LeftButton);
    QCOMPARE(reverts.count(), 1);
    QCOMPARE(reverts.at(0).at(0).value<Metadata>(), entries.at(2).before);
    QCOMPARE(reverts.at(0).at(1).value<HistoryStore::Target>(), entries.at(2).target);
    QTest::mouseClick(child<QPushButton>(u"historyApplyAgain"_s), Qt::LeftButton);
    QCOMPARE(applies.count(), 1);
    QCOMPARE(applies.at(0).at(0).value<Metadata>(), entries.at(2).after);
    // The newer save: its map before holds the raw number and the empty string, exactly.
    m_panel->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(u"historyRevert"_s), Qt::LeftButton);
    QCOMPARE(reverts.count(), 2);
    QCOMPARE(reverts.at(1).at(0).value<Metadata>(), entries.at(1).before);
    QCOMPARE(applies.count(), 1);
}

void TestHistoryPanel::keyboardReachesEverything()
{
    showPanel();
    auto *list = child<QTreeWidget>(u"historyList"_s);
    list->setFocus(Qt::TabFocusReason);
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_panel->currentRow(), 1);
    QCOMPARE(child<QTreeWidget>(u"historyDiff"_s)->topLevelItemCount(), 2); // arrows show as they go
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Down);
    // Enter opens the save: the focus goes to its changes.
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(child<QTreeWidget>(u"historyDiff"_s)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(child<QPushButton>(u"historyApplyAgain"_s)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(child<QPushButton>(u"historyRevert"_s)->hasFocus());
    QSignalSpy reverts(m_panel.get(), &HistoryPanel::revertRequested);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(reverts.count(), 1);
    QCOMPARE(reverts.at(0).at(0).value<Metadata>(), sampleEntries().at(2).before);
    // Tab goes round to the list again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
}

void TestHistoryPanel::everyInteractiveWidgetIsNamed()
{
    showPanel();
    QList<QWidget *> interactive;
    for (QAbstractButton *button : m_panel->findChildren<QAbstractButton *>())
        interactive.append(button);
    for (QAbstractItemView *view : m_panel->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QHeaderView *>(view)) // part of its view, never focused by itself
            interactive.append(view);
    }
    QVERIFY(interactive.size() >= 4);
    for (QWidget *widget : std::as_const(interactive)) {
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        QVERIFY2(!widget->objectName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(what));
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(what));
    }
    QVERIFY(!child<QLabel>(u"historyEmpty"_s)->accessibleName().isEmpty());
}

void TestHistoryPanel::emptyState()
{
    showPanel();
    auto *empty = child<QLabel>(u"historyEmpty"_s);
    QVERIFY(!empty->isVisible());
    m_panel->setArtifact(u"EU support"_s, u"never-saved"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No saves from this computer yet"_s);
    QVERIFY(!child<QTreeWidget>(u"historyList"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"historyRevert"_s)->isEnabled());
    QCOMPARE(m_panel->currentRow(), -1);
    QSignalSpy reverts(m_panel.get(), &HistoryPanel::revertRequested);
    QTest::mouseClick(child<QPushButton>(u"historyRevert"_s), Qt::LeftButton);
    QCOMPARE(reverts.count(), 0);
    // Without a store at all: the same note.
    HistoryPanel bare;
    bare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bare));
    QVERIFY(bare.findChild<QLabel *>(u"historyEmpty"_s)->isVisible());
}

void TestHistoryPanel::damagedSavesAreNamed()
{
    showPanel();
    const QStringList names = QDir(m_dir->path()).entryList(QDir::Files);
    for (const QString &name : names) {
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"v\":1,\"connection\":\"EU supp"); // cut short
    }
    m_panel->reload();
    QCOMPARE(child<QTreeWidget>(u"historyList"_s)->topLevelItemCount(), 2); // the readable ones stay
    auto *notice = m_panel->findChild<QWidget *>(u"noticeBar"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY(m_panel->findChild<QLabel *>(u"noticeText"_s)->text().contains(u"could not be read"_s));
}

void TestHistoryPanel::reloadKeepsTheSelection()
{
    m_panel->setCurrentRow(1);
    Entry newest = sampleEntries().at(1);
    newest.savedAt = at(59);
    QVERIFY(m_store->record(newest));
    m_panel->reload();
    QCOMPARE(m_panel->entries().size(), 3);
    QCOMPARE(m_panel->currentRow(), 2); // the same save, one row further down
    QCOMPARE(m_panel->entries().at(2).savedAt, at(0));
}

// With PI_SCREENSHOT_DIR set: the panel in light and dark, to look at. Nothing to check otherwise.
void TestHistoryPanel::screenshots()
{
    const QString folder = qEnvironmentVariable("PI_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("PI_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(folder));
    Entry recording = sampleEntries().at(0);
    recording.connection = u"EU support"_s;
    recording.savedAt = at(45);
    QVERIFY(m_store->record(recording));
    m_panel->reload();
    showPanel();
    m_panel->setCurrentRow(1);
    for (const Theme::Scheme scheme : {Theme::Scheme::Light, Theme::Scheme::Dark}) {
        Theme::apply(scheme);
        QCoreApplication::processEvents();
        const QString name = u"history-panel-"_s + Theme::toString(scheme);
        QVERIFY(m_panel->grab().save(QDir(folder).filePath(name + u".png"_s)));
        HistoryPanel empty;
        empty.resize(480, 200);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.grab().save(QDir(folder).filePath(name + u"-empty.png"_s)));
    }
    Theme::apply(Theme::Scheme::System);
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
