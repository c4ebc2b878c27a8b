// A batch edit that did not finish: the question that offers it when its connection opens (Resume
// sends only the rest, Later keeps it, Discard removes it), and closing the main window while a batch
// sends (Stop and quit journals it for the next start).
#include "batchdialogfixture.h"

#include <QMetaEnum>

class TestBatchResume : public BatchDialogFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpCase(u"tst_batchresume"_s); }
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void resumePromptResumeSendsOnlyTheRest();
    void resumePromptDiscardAndLater();
    void quittingWhileSendingAsksAndJournals();
    void quitCancelledAtUnsavedEditsKeepsAsking();
    void batchStartedWhileUnsavedQuestionOpenIsAskedAbout();
};

void TestBatchResume::resumePromptResumeSendsOnlyTheRest()
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

void TestBatchResume::resumePromptDiscardAndLater()
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

    // Edit > Resume unfinished batch edit asks again on demand.
    controller()->resumeAction()->trigger();
    QTRY_VERIFY(controller()->resumePrompt());
    QTest::keyClick(controller()->resumePrompt(), Qt::Key_Escape);
    QTRY_VERIFY(!controller()->resumePrompt());

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

void TestBatchResume::quittingWhileSendingAsksAndJournals()
{
    const QStringList ids = plainArtifacts(10);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"amber"_s);
    dryRun(dialog);
    m_demo.server->setLatencyMs(200);
    QTest::mouseClick(dialog->runPage()->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= 1, timeoutMs);

    // Cancel: the window stays and the batch goes on.
    QVERIFY(!m_window->close());
    auto *question = m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s);
    QVERIFY(question);
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s));
    QVERIFY(m_window->isVisible());
    QCOMPARE(dialog->runner()->phase(), Phase::Running);

    // Stop and quit: the batch stops where it is, journaled, and the window closes.
    QVERIFY(!m_window->close());
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s));
    question = m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s);
    const QList<QAbstractButton *> buttons = question->buttons();
    const auto stop = std::find_if(buttons.cbegin(), buttons.cend(),
        [question](QAbstractButton *b) { return question->buttonRole(b) == QMessageBox::AcceptRole; });
    QVERIFY(stop != buttons.cend());
    (*stop)->click();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(dialog->runner()->phase(), Phase::Stopped);
    const QList<Batch> unfinished = controller()->journal()->unfinished(connectionKey);
    QCOMPARE(unfinished.size(), 1);
    QVERIFY(unfinished.first().settledToSend() < unfinished.first().toSend());
}

namespace {
QAbstractButton *acceptButton(QMessageBox *box)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *b : buttons) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            return b;
    }
    return nullptr;
}
} // namespace

void TestBatchResume::quitCancelledAtUnsavedEditsKeepsAsking()
{
    // A batch sends and the editor holds unsaved edits. Closing asks both questions; Cancel at either
    // one keeps the window, and then the batch must still be running, and the next close must ask
    // about it again.
    const QStringList ids = plainArtifacts(10);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"amber"_s);
    dryRun(dialog);
    m_demo.server->setLatencyMs(200);
    QTest::mouseClick(dialog->runPage()->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->progress().done >= 1, timeoutMs);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY(pane->artifact() && !pane->isLoading());
    MetadataEditModel *model = pane->editor()->model();
    Metadata edited = model->base();
    edited.insert(u"note"_s, MetadataValue(u"typed by hand"_s));
    model->setEdited(edited, u"typing"_s);
    QVERIFY(m_window->editController()->hasUnsavedEdits());

    // Answer every question of this close: Stop and quit to the batch's, Cancel to the edits'.
    QVERIFY(!m_window->close());
    for (int i = 0; i < 2; ++i) {
        QTest::qWait(50);
        if (auto *quit = m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s); quit && quit->isVisible())
            acceptButton(quit)->click();
        else if (auto *unsaved = m_window->findChild<QMessageBox *>(u"unsavedQuestion"_s);
                 unsaved && unsaved->isVisible())
            unsaved->button(QMessageBox::Cancel)->click();
    }
    QTest::qWait(50);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->editController()->hasUnsavedEdits());
    const Phase afterCancel = dialog->runner()->phase();

    // The batch goes on (resumed if that close stopped it), the edits are dropped by hand: closing
    // now must ask about the batch again.
    if (afterCancel == Phase::Stopped)
        QTest::mouseClick(dialog->runPage()->resumeButton(), Qt::LeftButton);
    QCOMPARE(dialog->runner()->phase(), Phase::Running);
    model->revertAll();
    QVERIFY(!m_window->editController()->hasUnsavedEdits());
    const bool closed = m_window->close();
    const bool asked = m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s) != nullptr;
    const QString phaseAfterClose
        = QString::fromLatin1(QMetaEnum::fromType<Phase>().valueToKey(int(dialog->runner()->phase())));
    QVERIFY2(afterCancel == Phase::Running,
        qPrintable(u"the close was cancelled, yet the batch is %1"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<Phase>().valueToKey(int(afterCancel))))));
    QVERIFY2(!closed && asked,
        qPrintable(
            u"the next close did not ask about the batch: closed=%1, batch %2"_s.arg(closed).arg(phaseAfterClose)));
}

void TestBatchResume::batchStartedWhileUnsavedQuestionOpenIsAskedAbout()
{
    // The close asks about unsaved edits (no batch sends yet). The batch window is not blocked by
    // that question: Run starts sending. Discard then closes the window... without the batch question.
    const QStringList ids = plainArtifacts(10);
    selectRows(ids);
    BatchDialog *dialog = openWithShortcut();
    QVERIFY(dialog);
    typeOperation(0, Kind::Set, u"team"_s, u"amber"_s);
    dryRun(dialog);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY(pane->artifact() && !pane->isLoading());
    MetadataEditModel *model = pane->editor()->model();
    Metadata edited = model->base();
    edited.insert(u"note"_s, MetadataValue(u"typed by hand"_s));
    model->setEdited(edited, u"typing"_s);

    QVERIFY(!m_window->close());
    QMessageBox *unsaved = nullptr;
    QTRY_VERIFY((unsaved = m_window->findChild<QMessageBox *>(u"unsavedQuestion"_s)));
    m_demo.server->setLatencyMs(200);
    QTest::mouseClick(dialog->runPage()->runButton(), Qt::LeftButton);
    QCOMPARE(dialog->runner()->phase(), Phase::Running);
    unsaved->button(QMessageBox::Discard)->click();
    QTest::qWait(50);
    const bool closedWhileSending = !m_window->isVisible() && dialog->runner()->phase() == Phase::Running;
    QVERIFY2(!closedWhileSending, "the window closed while the batch sends, without the batch question");
    QVERIFY(m_window->findChild<QMessageBox *>(u"batchQuitQuestion"_s));
}

QTEST_MAIN(TestBatchResume)
#include "tst_batchresume.moc"
