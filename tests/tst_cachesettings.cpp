// The timeline cache in the settings dialog (offscreen): location and size shown, Clear asks first and
// empties the folder, and Edit > Preferences opens the dialog.
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "timeline/cachesettings.h"
#include "timeline/timelinecache.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool store(const TimelineCache &cache, const TimelineCache::Key &key, TimelineFile file, qsizetype bytes)
{
    if (!cache.makeFolder(key))
        return false;
    QFile out(cache.path(key, file));
    return out.open(QIODevice::WriteOnly) && out.write(QByteArray(bytes, 'x')) == bytes;
}

const TimelineCache::Key someKey {
    u"profile-1"_s, u"0b4f9a52-2d7e-4c55-9a57-1a4c2d9e0f01"_s, QDateTime(QDate(2025, 7, 17), QTime(0, 10), Qt::UTC)};

} // namespace

class TestCacheSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsLocationAndSize();
    void everyWidgetIsNamedAndExplained();
    void clearAsksThenEmptiesTheFolder();
    void cancelledClearKeepsTheFiles();
    void preferencesActionOpensTheDialog();

private:
    QMessageBox *confirmation() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimelineCache> m_cache;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestCacheSettings::initTestCase()
{
    useTestSettings(u"tst_cachesettings"_s);
}

void TestCacheSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<TimelineCache>(m_dir->filePath(u"timelines"_s));
    QVERIFY(store(*m_cache, someKey, TimelineFile::Participants, 1500));
    QVERIFY(store(*m_cache, someKey, TimelineFile::SpeakerTimeline, 2500));
    m_dialog = std::make_unique<SettingsDialog>(m_cache->root());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCacheSettings::cleanup()
{
    m_dialog.reset();
    m_cache.reset();
    m_dir.reset();
}

QMessageBox *TestCacheSettings::confirmation() const
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = m_dialog->findChild<QMessageBox *>(u"confirmClearCacheBox"_s)); }))
        return nullptr;
    return box;
}

void TestCacheSettings::showsLocationAndSize()
{
    auto *location = m_dialog->findChild<QLabel *>(u"cacheLocationLabel"_s);
    auto *size = m_dialog->findChild<QLabel *>(u"cacheSizeLabel"_s);
    QVERIFY(location && size);
    QCOMPARE(location->text(), QDir::toNativeSeparators(m_cache->root()));
    QCOMPARE(size->text(), QLocale().formattedDataSize(4000));
    QVERIFY(size->text().contains(u"3.9"_s) || size->text().contains(u"4.0"_s));

    // A file added later shows after a refresh.
    QVERIFY(store(*m_cache, someKey, TimelineFile::ParticipantEvents, 96));
    m_dialog->cacheSettings()->refresh();
    QCOMPARE(size->text(), QLocale().formattedDataSize(4096));
}

void TestCacheSettings::everyWidgetIsNamedAndExplained()
{
    const auto widgets = m_dialog->cacheSettings()->findChildren<QWidget *>();
    QVERIFY(widgets.size() >= 4);
    for (QWidget *widget : widgets) {
        auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->buddy())
            continue; // a caption: its buddy carries the name
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(!m_dialog->cacheSettings()->accessibleName().isEmpty());
}

void TestCacheSettings::clearAsksThenEmptiesTheFolder()
{
    auto *clear = m_dialog->findChild<QPushButton *>(u"clearCacheButton"_s);
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    QSignalSpy cleared(m_dialog->cacheSettings(), &CacheSettings::cleared);
    clear->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QLocale().formattedDataSize(4000)));
    QCOMPARE(m_cache->sizeBytes(), 4000); // nothing happens before the answer
    box->button(QMessageBox::Yes)->click();

    QTRY_COMPARE(cleared.size(), 1);
    QCOMPARE(cleared.constFirst().at(0).toBool(), true);
    QCOMPARE(m_cache->sizeBytes(), 0);
    QVERIFY(QDir(m_cache->root()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QCOMPARE(m_dialog->findChild<QLabel *>(u"cacheSizeLabel"_s)->text(), QLocale().formattedDataSize(0));
    auto *outcome = m_dialog->findChild<QLabel *>(u"cacheOutcomeLabel"_s);
    QVERIFY(outcome->isVisible());
    QVERIFY(!outcome->text().isEmpty());
    QVERIFY(!clear->isEnabled()); // nothing left to clear
}

void TestCacheSettings::cancelledClearKeepsTheFiles()
{
    QSignalSpy cleared(m_dialog->cacheSettings(), &CacheSettings::cleared);
    m_dialog->findChild<QPushButton *>(u"clearCacheButton"_s)->click();
    QMessageBox *box = confirmation();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(m_cache->sizeBytes(), 4000);
}

void TestCacheSettings::preferencesActionOpensTheDialog()
{
    MainWindow window;
    QAction *action = window.findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    // The app's own cache, in the test-mode cache folder.
    QCOMPARE(dialog->cacheSettings()->cacheRoot(), TimelineCache().root());
    dialog->reject();
}

QTEST_MAIN(TestCacheSettings)
#include "tst_cachesettings.moc"
