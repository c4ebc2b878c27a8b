// Batch edits as the main window offers them, driven with the keyboard and the mouse against the demo
// server over loopback: Ctrl+Shift+E on a selection, operations typed and checked as typed, the dry
// run's verdicts against the server's maps, the run and what the server holds after it, CSV export,
// a conflict reviewed in the editor, closing while changes are sent, a connection switch, and the
// question that offers a batch left unfinished (and whose Resume sends only the rest).
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

class TestBatchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutOpensTheDialogOnTheSelection();
    void listKeepsItsSingleRowBehaviour();
    void operationsAreCheckedAsTyped();
    void operationsAreReachedByKeyboard();
    void dryRunVerdictsMatchTheServer();
    void runChangesTheServerAndExportsCsv();
    void conflictIsReviewedInTheEditor();
    void closingWhileRunningAsks();
    void connectionSwitchStopsTheBatch();
    void resumePromptResumeSendsOnlyTheRest();
    void resumePromptDiscardAndLater();

private:
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

void TestBatchDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    useTestSettings(u"tst_batchdialog"_s);
}

void TestBatchDialog::init()
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

void TestBatchDialog::cleanup()
{
    if (m_window && m_window->editController()->hasUnsavedEdits())
        m_window->browser()->detailPane()->editor()->model()->revertAll();
    m_window.reset();
    m_demo.reset();
}

void TestBatchDialog::activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

QStringList TestBatchDialog::plainArtifacts(int count) const
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

void TestBatchDialog::clickRow(const QString &id, Qt::KeyboardModifiers modifiers)
{
    ArtifactBrowser *browser = m_window->browser();
    const QModelIndex index = browser->proxy()->mapFromSource(
        m_window->artifactModel()->index(m_window->artifactModel()->rowOf(id), ArtifactListModel::IdColumn));
    QVERIFY(index.isValid());
    browser->view()->scrollTo(index);
    QTest::mouseClick(
        browser->view()->viewport(), Qt::LeftButton, modifiers, browser->view()->visualRect(index).center());
}

void TestBatchDialog::selectRows(const QStringList &ids)
{
    activate(m_window.get());
    for (qsizetype i = 0; i < ids.size(); ++i)
        clickRow(ids.at(i), i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    QCOMPARE(m_window->artifactView()->selectionModel()->selectedRows().size(), ids.size());
}

BatchDialog *TestBatchDialog::openWithShortcut()
{
    activate(m_window.get());
    QTest::keyClick(m_window->artifactView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    BatchDialog *dialog = controller()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestBatchDialog::typeOperation(int row, Kind kind, const QString &key, const QString &second)
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

void TestBatchDialog::dryRun(BatchDialog *dialog)
{
    QVERIFY2(dialog->dryRunButton()->isEnabled(), qPrintable(dialog->dryRunButton()->toolTip()));
    QTest::mouseClick(dialog->dryRunButton(), Qt::LeftButton);
    QVERIFY(!dialog->isOnOperationsPage());
    if (!QTest::qWaitFor([dialog] { return dialog->runner()->phase() == Phase::Reviewing; }, timeoutMs)) {
        const auto p = dialog->runner()->progress();
        qDebug() << "DEBUG progress" << p.done << p.total << p.inFlight << dialog->runner()->isPaused();
        for (const auto &item : dialog->runner()->batch().items)
            qDebug() << "DEBUG item" << item.artifactId << int(item.verdict) << item.reason;
    }
}

void TestBatchDialog::runToTheEnd(BatchDialog *dialog)
{
    QPushButton *run = dialog->runPage()->runButton();
    QVERIFY(run->isVisible() && run->isEnabled() && run->isDefault());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Finished, timeoutMs);
}

Metadata TestBatchDialog::serverMetadata(const QString &id) const
{
    return MetadataJson::fromObject(m_demo.server->artifactJson(id).value("metadata"_L1).toObject());
}

void TestBatchDialog::changeOnServer(const QString &id, const Metadata &map)
{
    RateBudget budget(m_demo.clock.get());
    RecallClient other(&budget);
    other.setConnection({m_demo.server->baseUrl(), m_demo.server->token()});
    bool done = false;
    other.updateMetadata(id, map, this, [&](const Result<Artifact> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    QCOMPARE(serverMetadata(id), map);
}

QStringList TestBatchDialog::patchedIds() const
{
    QStringList ids;
    const auto patches = recordedRequests(*m_demo.server, "PATCH");
    for (const auto &patch : patches)
        ids.append(patch.path.section(u'/', -2, -2));
    return ids;
}

void TestBatchDialog::shortcutOpensTheDialogOnTheSelection()
{
    const QStringList ids = plainArtifacts(3);
    QCOMPARE(ids.size(), 3);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    QVERIFY(dialog->isOnOperationsPage());
    QVERIFY(dialog->selectionScopeButton()->isChecked());
    QVERIFY(dialog->selectionScopeButton()->text().contains(u"3"_s));
    QCOMPARE(dialog->scopeIds(), ids);
    // The key fields complete from the selected artifacts' keys.
    QStringList keys;
    for (const QString &id : ids) {
        const Metadata map = serverMetadata(id);
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys))
        QVERIFY2(dialog->operationsEditor()->keySuggestions().contains(key), qPrintable(key));

    // Every row shown, with every filter: the quick filter narrows what the batch would take.
    dialog->shownScopeButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog->shownScopeButton(), Qt::Key_Space);
    QVERIFY(dialog->shownScopeButton()->isChecked());
    QCOMPARE(dialog->scopeIds().size(), m_window->browser()->proxy()->rowCount());
    m_window->browser()->quickFilter()->setText(ids.first());
    QTRY_COMPARE(m_window->browser()->proxy()->rowCount(), 1);
    QTRY_COMPARE(dialog->scopeIds(), QStringList {ids.first()});
    QVERIFY(dialog->shownScopeButton()->text().contains(u"1"_s));

    // The same shortcut again brings the same window back.
    QCOMPARE(openWithShortcut(), dialog);

    // Edit > Batch edit… carries the shortcut, and Help > Keyboard shortcuts lists it.
    const QMenu *edit = m_window->findChild<QMenu *>(u"editMenu"_s);
    QVERIFY(edit && edit->actions().contains(controller()->action()));
    QCOMPARE(controller()->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    dialog->close();
    activate(m_window.get());
    QTest::keyClick(m_window->artifactView(), Qt::Key_F1);
    QDialog *shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)));
    const auto *table = shortcuts->findChild<QTableWidget *>();
    QVERIFY(table);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text());
    QVERIFY2(rows.contains(u"Batch edit\u2026 = Ctrl+Shift+E"_s), qPrintable(rows.join(u"; "_s)));
    shortcuts->close();
}

void TestBatchDialog::listKeepsItsSingleRowBehaviour()
{
    // Extended selection: the details follow the row last clicked, a plain click selects that row
    // only, and Delete acts on the current row.
    const QStringList ids = plainArtifacts(3);
    selectRows(ids);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY(pane->artifact() && pane->artifact()->id == ids.last());
    QCOMPARE(m_window->browser()->currentArtifactId(), ids.last());
    clickRow(ids.first());
    QCOMPARE(m_window->artifactView()->selectionModel()->selectedRows().size(), 1);
    QTRY_VERIFY(pane->artifact() && pane->artifact()->id == ids.first());
    QTest::keyClick(m_window->artifactView(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->artifactView()->selectionModel()->selectedRows().size(), 2);
}

void TestBatchDialog::operationsAreCheckedAsTyped()
{
    selectRows(plainArtifacts(2));
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    BatchOperationsEditor *editor = dialog->operationsEditor();
    // A fresh row has no key yet: said on the row and below, and Dry run says why it is off.
    QCOMPARE(editor->rowCount(), 1);
    QVERIFY(!editor->row(0)->problem().isEmpty());
    QVERIFY(editor->problemLabel()->isVisible());
    QVERIFY(!dialog->dryRunButton()->isEnabled());
    QVERIFY(dialog->dryRunButton()->toolTip().contains(editor->firstProblem()));

    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    QVERIFY(editor->row(0)->problem().isEmpty());
    QVERIFY(editor->problemLabel()->isHidden());
    QVERIFY(dialog->dryRunButton()->isEnabled());
    QVERIFY(dialog->dryRunButton()->isDefault());

    typeOperation(1, Kind::Rename, u"crm_id"_s, u"crm_id"_s);
    QCOMPARE(editor->row(1)->problem(), BatchOps::problem(BatchOperation::rename(u"crm_id"_s, u"crm_id"_s)));
    QCOMPARE(editor->firstProblem(),
        BatchOps::firstProblem({BatchOperation::set(u"team"_s, u"blue"_s), editor->row(1)->operation()}));
    QVERIFY(editor->firstProblem().contains(u"2"_s));
    QVERIFY(editor->row(1)->whenBox()->isVisible());
    QVERIFY(!dialog->dryRunButton()->isEnabled());
    // A value over 500 characters is a problem on its row too.
    editor->row(1)->secondEdit()->setText(u"crmId"_s);
    QVERIFY(editor->firstProblem().isEmpty());
    typeOperation(2, Kind::Set, u"note"_s, QString(501, u'x'));
    QVERIFY(!editor->row(2)->problem().isEmpty());
    QVERIFY(!dialog->dryRunButton()->isEnabled());

    // Alt+Up moves the row with the focus, Alt+Delete removes it; the focus stays with the fields.
    QTest::keyClick(editor->row(2)->secondEdit(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->operations().at(1).key, u"note"_s);
    QCOMPARE(editor->currentRow(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::AltModifier);
    QCOMPARE(editor->rowCount(), 2);
    QCOMPARE(editor->operations(),
        (QList {BatchOperation::set(u"team"_s, u"blue"_s), BatchOperation::rename(u"crm_id"_s, u"crmId"_s)}));
    QVERIFY(dialog->dryRunButton()->isEnabled());
    QVERIFY(editor->row(1)->isAncestorOf(QApplication::focusWidget()));
}

void TestBatchDialog::operationsAreReachedByKeyboard()
{
    selectRows(plainArtifacts(2));
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Remove, u"team"_s);
    BatchOperationRow *row = dialog->operationsEditor()->row(0);
    QVERIFY(row->secondEdit()->isHidden());
    // Tab walks the row, the row tools, the scope and the buttons in reading order.
    row->kindBox()->setFocus(Qt::TabFocusReason);
    QStringList walked;
    for (int i = 0; i < 12 && !walked.contains(QApplication::focusWidget()->objectName()); ++i) {
        QWidget *focus = QApplication::focusWidget();
        walked.append(focus->objectName());
        QVERIFY2(!focus->accessibleName().isEmpty(), qPrintable(focus->objectName()));
        QVERIFY2(!focus->toolTip().isEmpty(), qPrintable(focus->objectName()));
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QCOMPARE(walked.mid(0, 3), (QStringList {u"operationKind"_s, u"operationKey"_s, u"addOperationButton"_s}));
    QVERIFY(walked.contains(u"batchScopeShown"_s) || walked.contains(u"batchScopeSelection"_s));
    QVERIFY(walked.contains(u"batchDryRunButton"_s));
    QVERIFY(walked.contains(u"batchCloseOperationsButton"_s));
    // Esc on the operations page closes the window; nothing was sent.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!controller()->dialog());
}

void TestBatchDialog::dryRunVerdictsMatchTheServer()
{
    const QStringList ids = plainArtifacts(6);
    selectRows(ids);
    // The condition holds on one artifact only: it will change, the others will not.
    const Metadata first = serverMetadata(ids.first());
    QVERIFY(!first.isEmpty());
    const QString key = first.firstKey();
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    QAbstractItemModelTester modelTester(
        dialog->runPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        dialog->runPage()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeOperation(0, Kind::OnlyWhere, key, *first.value(key));
    typeOperation(1, Kind::Set, u"batch_team"_s, u"blue"_s);
    const QList<BatchOperation> ops = dialog->operationsEditor()->operations();
    dryRun(dialog);

    BatchRunPage *page = dialog->runPage();
    QCOMPARE(page->model()->rowCount(), ids.size());
    int willChange = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, BatchResultModel::VerdictColumn);
        const QString id = index.data(BatchResultModel::ArtifactIdRole).toString();
        const BatchOps::Applied expected = BatchOps::apply(serverMetadata(id), ops);
        QCOMPARE(static_cast<BatchVerdict>(index.data(BatchResultModel::VerdictRole).toInt()), expected.verdict);
        QCOMPARE(index.data().toString(), BatchOps::verdictText(expected.verdict));
        willChange += expected.verdict == BatchVerdict::WillChange;
    }
    QVERIFY(willChange >= 1);
    QVERIFY(page->summaryLabel()->text().startsWith(QString::number(willChange) + u" will change"_s));
    QVERIFY(page->runButton()->text().contains(QString::number(willChange)));
    QVERIFY(page->table()->isColumnHidden(BatchResultModel::ResultColumn));
    QVERIFY(recordedRequests(*m_demo.server, "PATCH").isEmpty());

    // The filter narrows the table to each verdict.
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::WillChange)));
    QCOMPARE(page->filter()->rowCount(), willChange);
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::NoChange)));
    QCOMPARE(page->filter()->rowCount(), ids.size() - willChange);
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::All)));

    // Back keeps the operations for another try.
    QTest::mouseClick(page->backButton(), Qt::LeftButton);
    QVERIFY(dialog->isOnOperationsPage());
    QCOMPARE(dialog->operationsEditor()->operations(), ops);
}

void TestBatchDialog::runChangesTheServerAndExportsCsv()
{
    const QStringList ids = plainArtifacts(5);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    const QList<BatchOperation> ops = dialog->operationsEditor()->operations();
    QMap<QString, Metadata> expected;
    for (const QString &id : ids)
        expected.insert(id, BatchOps::apply(serverMetadata(id), ops).after);
    dryRun(dialog);
    runToTheEnd(dialog);

    BatchRunPage *page = dialog->runPage();
    for (const QString &id : ids)
        QCOMPARE(serverMetadata(id), expected.value(id));
    QCOMPARE(patchedIds().size(), dialog->runner()->batch().toSend());
    QVERIFY(!page->table()->isColumnHidden(BatchResultModel::ResultColumn));
    QVERIFY(page->summaryLabel()->text().contains(QString::number(dialog->runner()->batch().toSend())));
    QVERIFY(page->closeButton()->isDefault());
    QVERIFY(controller()->journal()->unfinished(connectionKey).isEmpty());

    // Export CSV…: the save dialog, then the file, read back.
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    QFileDialog *files = dialog->exportDialog();
    QVERIFY(files);
    QTemporaryDir out;
    const QString path = out.filePath(u"batch.csv"_s);
    files->selectFile(path);
    QMetaObject::invokeMethod(files, "accept"); // what the dialog's Save button does
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("artifact_id,"));
    for (const QString &id : ids)
        QVERIFY(csv.contains(id.toUtf8()));
    QCOMPARE(csv, BatchCsv::toCsv(dialog->runner()->batch()));
    QVERIFY(dialog->exportNote()->text().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(QSettings().value("batch/exportFolder"_L1).toString(), out.path());
}

void TestBatchDialog::conflictIsReviewedInTheEditor()
{
    const QStringList ids = plainArtifacts(3);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    const QList<BatchOperation> ops = dialog->operationsEditor()->operations();
    dryRun(dialog);
    // Someone changes one artifact between the dry run and the run: never overwritten.
    const QString changed = ids.at(1);
    Metadata elsewhere = serverMetadata(changed);
    elsewhere.insert(u"ticket"_s, u"SUP-42"_s);
    changeOnServer(changed, elsewhere);
    runToTheEnd(dialog);
    QCOMPARE(serverMetadata(changed), elsewhere);
    BatchRunPage *page = dialog->runPage();
    QVERIFY(page->summaryLabel()->text().contains(u"1 conflict"_s));

    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::Problems)));
    QCOMPARE(page->filter()->rowCount(), 1);
    page->table()->setFocus();
    page->table()->setCurrentIndex(page->filter()->index(0, 0));
    QVERIFY(page->reviewButton()->isEnabled());
    QTest::mouseClick(page->reviewButton(), Qt::LeftButton);

    // The editor holds the artifact as it is now, with the operations applied, unsaved and undoable.
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    MetadataEditModel *model = pane->editor()->model();
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact() && pane->artifact()->id == changed && model->isModified(), timeoutMs);
    QCOMPARE(model->base(), elsewhere);
    QCOMPARE(model->edited(), BatchOps::apply(elsewhere, ops).after);
    QCOMPARE(model->undoStack()->undoText(), u"Batch edit"_s);
    QVERIFY(m_window->editController()->hasUnsavedEdits());
    model->undoStack()->undo();
    QVERIFY(!model->isModified());
}

void TestBatchDialog::closingWhileRunningAsks()
{
    const QStringList ids = plainArtifacts(8);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"green"_s);
    dryRun(dialog);
    m_demo.server->setLatencyMs(150);
    QTest::mouseClick(dialog->runPage()->runButton(), Qt::LeftButton);
    QCOMPARE(dialog->runner()->phase(), Phase::Running);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QMessageBox *question = dialog->closeQuestion();
    QVERIFY(question);
    QVERIFY(dialog->isVisible());
    // Cancel stays; Pause and close pauses and keeps the batch for Edit > Batch edit.
    question->reject();
    QTRY_VERIFY(!dialog->closeQuestion());
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(dialog->closeQuestion());
    dialog->closeQuestion()->defaultButton()->click();
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(dialog->runner()->isPaused());
    QCOMPARE(controller()->dialog(), dialog);
    QCOMPARE(openWithShortcut(), dialog);
    QVERIFY(dialog->runPage()->pauseButton()->isVisible());
    m_demo.server->setLatencyMs(0);
    QTest::mouseClick(dialog->runPage()->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Finished, timeoutMs);
}

void TestBatchDialog::connectionSwitchStopsTheBatch()
{
    const QStringList ids = plainArtifacts(12);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"red"_s);
    dryRun(dialog);
    m_demo.server->setLatencyMs(200);
    QTest::mouseClick(dialog->runPage()->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= 1, timeoutMs);

    DemoWorkspace other;
    QVERIFY(other.start());
    m_window->setClient(other.client.get(), u"Other workspace"_s, u"other"_s);
    QCOMPARE(dialog->runner()->phase(), Phase::Stopped);
    QVERIFY(dialog->isDetached());
    QVERIFY(!controller()->dialog());
    QVERIFY(dialog->runPage()->notice()->text().contains(u"Other workspace"_s));
    QVERIFY(m_window->currentMessage().contains(u"stopped"_s));
    QVERIFY(!dialog->runPage()->resumeButton()->isEnabled());
    // Nothing more reaches either server from this batch.
    const qsizetype sent = patchedIds().size();
    QTest::qWait(800);
    QCOMPARE(patchedIds().size(), sent);
    QVERIFY(recordedRequests(*other.server, "PATCH").isEmpty());
    QVERIFY(sent < ids.size());
    dialog->close();
    m_window->setClient(nullptr, {});
    other.reset();
}

void TestBatchDialog::resumePromptResumeSendsOnlyTheRest()
{
    // A batch a crash left: two done, one journaled as Sending whose PATCH had landed, three pending.
    const QStringList ids = plainArtifacts(6);
    QCOMPARE(ids.size(), 6);
    Batch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.connection = connectionKey;
    batch.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    batch.operations = {BatchOperation::set(u"team"_s, u"violet"_s)};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        BatchItem item;
        item.artifactId = ids.at(i);
        item.before = serverMetadata(item.artifactId);
        item.after = BatchOps::apply(item.before, batch.operations).after;
        item.verdict = BatchVerdict::WillChange;
        item.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        item.state = i < 2 ? BatchItem::RunState::Done
            : i == 2       ? BatchItem::RunState::Sending
                           : BatchItem::RunState::Pending;
        batch.items.append(item);
    }
    changeOnServer(ids.at(2), batch.items.at(2).after);
    QVERIFY(controller()->journal()->save(batch));
    m_demo.server->clearRecordedRequests();

    // The connection opens again: the question names the batch.
    m_window->setClient(m_demo.client.get(), connectionKey);
    QTRY_VERIFY(controller()->resumePrompt());
    BatchResumePrompt *prompt = controller()->resumePrompt();
    QVERIFY(prompt->text().contains(connectionKey));
    QVERIFY(prompt->text().contains(u"6"_s));
    QCOMPARE(prompt->defaultButton(), prompt->resumeButton());
    QCOMPARE(prompt->windowModality(), Qt::WindowModal);
    QTest::mouseClick(prompt->resumeButton(), Qt::LeftButton);

    QTRY_VERIFY(controller()->dialog());
    BatchDialog *dialog = controller()->dialog();
    QVERIFY(!dialog->isOnOperationsPage());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Finished, timeoutMs);
    QStringList sent = patchedIds();
    sent.sort();
    QStringList rest = ids.mid(3);
    rest.sort();
    QCOMPARE(sent, rest);
    for (const QString &id : rest)
        QCOMPARE(serverMetadata(id), batch.items.at(ids.indexOf(id)).after);
    QCOMPARE(dialog->runner()->batch().items.at(2).state, BatchItem::RunState::AlreadyDone);
    QVERIFY(controller()->journal()->unfinished(connectionKey).isEmpty());
}

void TestBatchDialog::resumePromptDiscardAndLater()
{
    Batch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.connection = connectionKey;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.operations = {BatchOperation::remove(u"team"_s)};
    BatchItem item;
    item.artifactId = plainArtifacts(1).constFirst();
    item.before = {{u"team"_s, MetadataValue(u"x"_s)}};
    item.verdict = BatchVerdict::WillChange;
    item.state = BatchItem::RunState::Pending;
    batch.items = {item};
    QVERIFY(controller()->journal()->save(batch));

    // Later: nothing happens, and the batch is offered again next time.
    m_window->setClient(m_demo.client.get(), connectionKey);
    QTRY_VERIFY(controller()->resumePrompt());
    QTest::keyClick(controller()->resumePrompt(), Qt::Key_Escape);
    QTRY_VERIFY(!controller()->resumePrompt());
    QVERIFY(!controller()->dialog());
    QCOMPARE(controller()->journal()->unfinished(connectionKey).size(), 1);

    // Discard: the journal goes, nothing is asked and nothing is sent.
    m_window->setClient(m_demo.client.get(), connectionKey);
    QTRY_VERIFY(controller()->resumePrompt());
    QTest::mouseClick(controller()->resumePrompt()->discardButton(), Qt::LeftButton);
    QTRY_VERIFY(!controller()->resumePrompt());
    QVERIFY(controller()->journal()->unfinished(connectionKey).isEmpty());
    QVERIFY(!QFile::exists(controller()->journal()->filePath(batch.id)));
    QVERIFY(recordedRequests(*m_demo.server, "PATCH").isEmpty());
    QVERIFY(!controller()->dialog());
}

QTEST_MAIN(TestBatchDialog)
#include "tst_batchdialog.moc"
