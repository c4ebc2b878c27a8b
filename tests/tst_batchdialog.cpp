// Batch edits as the main window offers them, driven with the keyboard and the mouse against the demo
// server over loopback: Ctrl+Shift+E on a selection, operations typed and checked as typed, the dry
// run's verdicts against the server's maps, the run and what the server holds after it, CSV export,
// a conflict reviewed in the editor, closing while changes are sent, a connection switch.
#include "artifactdeleter.h"
#include "batchdialogfixture.h"
#include "deleteconfirmation.h"

class TestBatchDialog : public BatchDialogFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpCase(u"tst_batchdialog"_s); }
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void shortcutOpensTheDialogOnTheSelection();
    void listKeepsItsSingleRowBehaviour();
    void operationsAreCheckedAsTyped();
    void operationsAreReachedByKeyboard();
    void dryRunVerdictsMatchTheServer();
    void runChangesTheServerAndExportsCsv();
    void conflictIsReviewedInTheEditor();
    void closingWhileRunningAsks();
    void connectionSwitchStopsTheBatch();
    void escapeKeepsTheOperationsForNextTime();
    void anotherKindClearsAValueThatIsNoKey();
    void detachedDialogReviewStaysOffTheNewConnection();
    void journalFailureAtRunOffersWhatWorks();
    void deleteActsOnASelectedRow();
    void reviewCancelledAtUnsavedEditsIsForgotten();
};

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
    QStringList rows;
    for (const QTableWidget *table : shortcuts->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text());
    }
    QVERIFY(!rows.isEmpty());
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
    QCOMPARE(editor->problemLabel()->text(), editor->firstProblem());
    QVERIFY(!dialog->dryRunButton()->isEnabled());
    QVERIFY(dialog->dryRunButton()->toolTip().contains(editor->firstProblem()));

    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    QVERIFY(editor->row(0)->problem().isEmpty());
    QVERIFY(editor->problemLabel()->text().isEmpty());
    QVERIFY(editor->problemLabel()->isVisible()); // it keeps its place: the buttons below never jump
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
    for (const QString &id : ids) {
        QCOMPARE(serverMetadata(id), expected.value(id));
        // The list's row shows what the server holds now, without a reload.
        const ArtifactListModel *model = m_window->artifactModel();
        QCOMPARE(model->artifact(model->rowOf(id)).metadata, expected.value(id));
    }
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

void TestBatchDialog::detachedDialogReviewStaysOffTheNewConnection()
{
    // A run of connection A ends with a conflict; then the connection switches to B (the same demo
    // seed: the same artifact ids). The window of A stays open, detached: its Review in editor must
    // not put A's operations into B's editor.
    const QStringList ids = plainArtifacts(3);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    dryRun(dialog);
    const QString changed = ids.at(1);
    Metadata elsewhere = serverMetadata(changed);
    elsewhere.insert(u"ticket"_s, u"SUP-42"_s);
    changeOnServer(changed, elsewhere);
    runToTheEnd(dialog);

    DemoWorkspace other;
    QVERIFY(other.start());
    m_window->setClient(other.client.get(), u"Other workspace"_s, u"other"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->artifactModel()->rowCount() > 0 && !m_window->artifactModel()->isLoading(), timeoutMs);
    QVERIFY(dialog->isDetached());
    QVERIFY(dialog->isVisible());
    QVERIFY(m_window->artifactModel()->rowOf(changed) >= 0); // B has an artifact with that id

    BatchRunPage *page = dialog->runPage();
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::Problems)));
    QCOMPARE(page->filter()->rowCount(), 1);
    page->table()->setCurrentIndex(page->filter()->index(0, 0));
    const bool offered = page->reviewButton()->isEnabled();
    // Even when asked (Enter on the row, a stale click), nothing of A reaches B's editor.
    Q_EMIT page->reviewRequested(changed);
    QTest::qWait(500);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QVERIFY2(!(pane->artifact() && pane->artifact()->id == changed && pane->editor()->model()->isModified()),
        "connection A's batch operations were applied in connection B's editor");
    QVERIFY2(!offered, "Review in editor is offered in a window of the closed connection");
    QVERIFY(recordedRequests(*other.server, "PATCH").isEmpty());
    dialog->close();
    m_window->setClient(nullptr, {});
    other.reset();
}

void TestBatchDialog::journalFailureAtRunOffersWhatWorks()
{
    // Run cannot write the journal's first step: nothing is sent and the batch stays Reviewing. The
    // notice that says so must offer an action that does something in that phase.
    const QStringList ids = plainArtifacts(3);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    dryRun(dialog);
    const QString folder = controller()->journal()->folder();
    QDir(folder).removeRecursively();
    QDir().mkpath(QFileInfo(folder).absolutePath());
    QFile blocker(folder); // the journal's folder is a file: nothing can be written there
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    BatchRunPage *page = dialog->runPage();
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QCOMPARE(dialog->runner()->phase(), Phase::Reviewing);
    QVERIFY(page->notice()->isVisible());
    QPushButton *action = page->notice()->actionButton();
    QVERIFY(action && action->isVisible());

    // The journal can be written again; the notice's action is what the user reaches for.
    QVERIFY(QFile::remove(folder));
    QTest::mouseClick(action, Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY2(dialog->runner()->phase() != Phase::Reviewing,
        qPrintable(u"the notice's \"%1\" did nothing: still Reviewing, notice %2"_s.arg(
            action->text(), page->notice()->isVisible() ? u"shown"_s : u"dismissed"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->runner()->phase(), Phase::Finished, timeoutMs);
}

void TestBatchDialog::deleteActsOnASelectedRow()
{
    // Ctrl+click takes a row out of a selection of several; it stays the current row (the details
    // still show it), but it is no longer highlighted. Shift+Delete ("Delete the selected artifact")
    // must not name that row.
    const QStringList ids = plainArtifacts(3);
    selectRows(ids);
    clickRow(ids.last(), Qt::ControlModifier);
    QTableView *view = m_window->artifactView();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(m_window->browser()->currentArtifactId(), ids.last());
    QVERIFY(!view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete, Qt::ShiftModifier);
    DeleteConfirmation *confirmation = m_window->browser()->deleter()->confirmation();
    const QString named = confirmation ? confirmation->artifactId() : QString();
    if (confirmation)
        confirmation->reject();
    QVERIFY2(named != ids.last(),
        qPrintable(
            u"Delete offers %1, a row that is not selected (selected: %2)"_s.arg(named, ids.mid(0, 2).join(u", "_s))));
}

void TestBatchDialog::reviewCancelledAtUnsavedEditsIsForgotten()
{
    // Review in editor while another artifact has unsaved edits: the editor asks, the user says
    // Cancel (stay). The review is then over: opening the conflict by hand later must show it as
    // it is, without the batch's change slipped in.
    const QStringList ids = plainArtifacts(4);
    selectRows(ids.mid(0, 3));
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"blue"_s);
    dryRun(dialog);
    const QString changed = ids.at(1);
    Metadata elsewhere = serverMetadata(changed);
    elsewhere.insert(u"ticket"_s, u"SUP-42"_s);
    changeOnServer(changed, elsewhere);
    runToTheEnd(dialog);

    // Unsaved edits on another artifact.
    activate(m_window.get());
    clickRow(ids.at(3));
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact() && pane->artifact()->id == ids.at(3) && !pane->isLoading(), timeoutMs);
    MetadataEditModel *model = pane->editor()->model();
    Metadata typed = model->base();
    typed.insert(u"note"_s, MetadataValue(u"typed"_s));
    model->setEdited(typed, u"typing"_s);

    BatchRunPage *page = dialog->runPage();
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(int(BatchResultFilter::Show::Problems)));
    page->table()->setCurrentIndex(page->filter()->index(0, 0));
    QVERIFY(page->reviewButton()->isEnabled());
    QTest::mouseClick(page->reviewButton(), Qt::LeftButton);
    QMessageBox *unsaved = nullptr;
    QTRY_VERIFY((unsaved = m_window->findChild<QMessageBox *>(u"unsavedQuestion"_s)));
    unsaved->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(pane->artifact()->id, ids.at(3));

    // Later: the edits are dropped by hand, and the conflict is opened from the list.
    model->revertAll();
    QVERIFY(!model->isModified());
    activate(m_window.get());
    clickRow(changed);
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact() && pane->artifact()->id == changed && !pane->isLoading(), timeoutMs);
    QTest::qWait(300);
    QVERIFY2(!model->isModified(), "a review the user cancelled was applied when the artifact was opened later");
}

void TestBatchDialog::escapeKeepsTheOperationsForNextTime()
{
    selectRows(plainArtifacts(2));
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"teal"_s);
    typeOperation(1, Kind::Remove, u"needs_review"_s);
    const QList<BatchOperation> typed = dialog->operationsEditor()->operations();
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!controller()->dialog());
    BatchDialog *again = openWithShortcut();
    QVERIFY(again);
    QCOMPARE(again->operationsEditor()->operations(), typed);
}

void TestBatchDialog::anotherKindClearsAValueThatIsNoKey()
{
    selectRows(plainArtifacts(1));
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"notes"_s, QString(80, u'x'));
    BatchOperationRow *row = dialog->operationsEditor()->row(0);
    // Set -> Only where: both take a value, it stays.
    row->kindBox()->setCurrentIndex(row->kindBox()->findData(int(Kind::OnlyWhere)));
    QCOMPARE(row->operation().value, QString(80, u'x'));
    // -> Rename: a value is no new key.
    row->kindBox()->setCurrentIndex(row->kindBox()->findData(int(Kind::Rename)));
    QVERIFY(row->operation().newKey.isEmpty());
    QCOMPARE(row->operation().key, u"notes"_s);
}

QTEST_MAIN(TestBatchDialog)
#include "tst_batchdialog.moc"
