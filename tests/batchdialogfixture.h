#pragma once

// What the batch edit GUI tests share: the main window on the demo workspace, in a HOME of its own
// (the journal lives in the app data folder), with helpers that drive it as a user would: select rows
// with the mouse, open the dialog with Ctrl+Shift+E, type operations with the keyboard.
#include "artifactbrowser.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "batch/batchcontroller.h"
#include "batch/batchcsv.h"
#include "batch/batchdialog.h"
#include "batch/batchoperationrow.h"
#include "batch/batchoperationseditor.h"
#include "batch/batchresultfilter.h"
#include "batch/batchresultmodel.h"
#include "batch/batchresumeprompt.h"
#include "batch/batchrunner.h"
#include "batch/batchrunpage.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "domain/metadatajson.h"
#include "edit/editcontroller.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "mainwindow.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "noticebar.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 20000;
const QString connectionKey = u"Demo workspace"_s;
using Kind = BatchOperation::Kind;
using Phase = BatchRunner::Phase;

} // namespace

class BatchDialogFixture : public QObject
{
protected:
    // initTestCase(): settings and app data of this test only.
    void setUpCase(const QString &name);
    // init() and cleanup(): a main window on a fresh demo workspace, its list loaded.
    void setUpWindow();
    void tearDownWindow();

    BatchController *controller() const { return m_window->batchController(); }
    void activate(QWidget *window);
    // Done artifacts of the loaded list with readable metadata, in the list's order.
    QStringList plainArtifacts(int count) const;
    void clickRow(const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void selectRows(const QStringList &ids);
    BatchDialog *openWithShortcut();
    // Types one operation into the row with the keyboard.
    void typeOperation(int row, Kind kind, const QString &key, const QString &second = {});
    void dryRun(BatchDialog *dialog);
    void runToTheEnd(BatchDialog *dialog);
    Metadata serverMetadata(const QString &id) const;
    void changeOnServer(const QString &id, const Metadata &map);
    QStringList patchedIds() const;

    QTemporaryDir m_home;
    DemoWorkspace m_demo;
    std::unique_ptr<MainWindow> m_window;
};

inline void BatchDialogFixture::setUpCase(const QString &name)
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    useTestSettings(name);
}

inline void BatchDialogFixture::setUpWindow()
{
    QSettings().clear();
    QDir(BatchJournal().folder()).removeRecursively();
    QVERIFY(BatchJournal().folder().startsWith(m_home.path()));
    QVERIFY(m_demo.start());
    m_window = std::make_unique<MainWindow>(m_demo.client.get(), connectionKey);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->artifactModel()->rowCount() > 0 && !m_window->artifactModel()->isLoading(), timeoutMs);
}

inline void BatchDialogFixture::tearDownWindow()
{
    if (m_window && m_window->editController()->hasUnsavedEdits())
        m_window->browser()->detailPane()->editor()->model()->revertAll();
    m_window.reset();
    m_demo.reset();
}

inline void BatchDialogFixture::activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

inline QStringList BatchDialogFixture::plainArtifacts(int count) const
{
    QStringList ids;
    const QAbstractItemModel *proxy = m_window->browser()->proxy();
    const ArtifactListModel *model = m_window->artifactModel();
    for (int row = 0; row < proxy->rowCount() && ids.size() < count; ++row) {
        const QString id = proxy->index(row, 0).data(ArtifactListModel::ArtifactIdRole).toString();
        const Artifact a = model->artifact(model->rowOf(id));
        const bool plain = std::all_of(a.metadata.cbegin(), a.metadata.cend(),
            [](const MetadataValue &v) { return v.isString() && v->size() < 100; });
        if (a.status.kind() == StatusKind::Done && !a.metadataUnreadable && plain)
            ids.append(id);
    }
    return ids;
}

inline void BatchDialogFixture::clickRow(const QString &id, Qt::KeyboardModifiers modifiers)
{
    ArtifactBrowser *browser = m_window->browser();
    const QModelIndex index = browser->proxy()->mapFromSource(
        m_window->artifactModel()->index(m_window->artifactModel()->rowOf(id), ArtifactListModel::IdColumn));
    QVERIFY(index.isValid());
    browser->view()->scrollTo(index);
    QTest::mouseClick(
        browser->view()->viewport(), Qt::LeftButton, modifiers, browser->view()->visualRect(index).center());
}

inline void BatchDialogFixture::selectRows(const QStringList &ids)
{
    activate(m_window.get());
    for (qsizetype i = 0; i < ids.size(); ++i)
        clickRow(ids.at(i), i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    QCOMPARE(m_window->artifactView()->selectionModel()->selectedRows().size(), ids.size());
}

inline BatchDialog *BatchDialogFixture::openWithShortcut()
{
    activate(m_window.get());
    QTest::keyClick(m_window->artifactView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    BatchDialog *dialog = controller()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

inline void BatchDialogFixture::typeOperation(int row, Kind kind, const QString &key, const QString &second)
{
    BatchOperationsEditor *editor = controller()->dialog()->operationsEditor();
    while (editor->rowCount() <= row) {
        QTest::keyClick(editor->row(0)->keyEdit(), Qt::Key_Insert);
        QVERIFY(editor->row(editor->rowCount() - 1)->kindBox()->hasFocus());
    }
    BatchOperationRow *fields = editor->row(row);
    fields->kindBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(fields->kindBox(), Qt::Key_Home);
    for (int i = 0; i < int(kind); ++i)
        QTest::keyClick(fields->kindBox(), Qt::Key_Down);
    QTest::keyClick(fields->kindBox(), Qt::Key_Tab);
    QVERIFY(fields->keyEdit()->hasFocus());
    fields->keyEdit()->selectAll();
    QTest::keyClicks(fields->keyEdit(), key);
    if (kind != Kind::Remove) {
        QTest::keyClick(fields->keyEdit(), Qt::Key_Tab);
        QVERIFY(fields->secondEdit()->hasFocus());
        fields->secondEdit()->selectAll();
        QTest::keyClicks(fields->secondEdit(), second);
    }
    QCOMPARE(fields->operation().kind, kind);
    QCOMPARE(fields->operation().key, key);
}

inline void BatchDialogFixture::dryRun(BatchDialog *dialog)
{
    QVERIFY2(dialog->dryRunButton()->isEnabled(), qPrintable(dialog->dryRunButton()->toolTip()));
    QTest::mouseClick(dialog->dryRunButton(), Qt::LeftButton);
    QVERIFY(!dialog->isOnOperationsPage());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Reviewing, timeoutMs);
}

inline void BatchDialogFixture::runToTheEnd(BatchDialog *dialog)
{
    QPushButton *run = dialog->runPage()->runButton();
    QVERIFY(run->isVisible() && run->isEnabled() && run->isDefault());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Finished, timeoutMs);
}

inline Metadata BatchDialogFixture::serverMetadata(const QString &id) const
{
    return MetadataJson::fromObject(m_demo.server->artifactJson(id).value("metadata"_L1).toObject());
}

inline void BatchDialogFixture::changeOnServer(const QString &id, const Metadata &map)
{
    RateBudget budget(m_demo.clock.get());
    RecallClient other(&budget);
    other.setConnection({m_demo.server->baseUrl(), m_demo.server->token()});
    bool done = false;
    other.updateMetadata(id, map, this, [&](const Result<Artifact> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    QCOMPARE(serverMetadata(id), map);
}

inline QStringList BatchDialogFixture::patchedIds() const
{
    QStringList ids;
    const auto patches = recordedRequests(*m_demo.server, "PATCH");
    for (const auto &patch : patches)
        ids.append(patch.path.section(u'/', -2, -2));
    return ids;
}
