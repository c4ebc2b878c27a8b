// Lifetime and state of the metadata editor: what must survive a fresh copy of the artifact, a model
// reset under an open dialog, and a connection switch under an open question.
#include "artifactdetailpane.h"
#include "demoworkspace.h"
#include "edit/draftstore.h"
#include "edit/editcontroller.h"
#include "edit/historystore.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "edit/metadatatextedit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Artifact makeArtifact(const Metadata &metadata)
{
    Artifact a;
    a.id = u"5b9d7e40-1c2d-4a3b-9f00-abcdef012345"_s;
    a.recording.id = u"0c1e2f30-7aaa-4bbb-8ccc-123456789abc"_s;
    a.recording.metadata = QJsonObject {{u"meeting"_s, u"Weekly sync"_s}};
    a.createdAt = QDateTime(QDate(2025, 7, 16), QTime(19, 17, 42), QTimeZone::utc());
    a.status.code = u"processing"_s;
    a.status.updatedAt = a.createdAt;
    a.metadata = metadata;
    return a;
}

const Metadata original {{u"Case"_s, u"4711"_s}, {u"customer"_s, u"Acme"_s}, {u"zone"_s, u"eu"_s}};

int rowOfKey(const MetadataEditModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString() == key)
            return row;
    }
    return -1;
}

// The pane on screen with the artifact shown, as a user sees it.
bool showOnScreen(ArtifactDetailPane &pane, const Artifact &artifact)
{
    pane.resize(500, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return false;
    pane.setArtifact(artifact);
    return true;
}

} // namespace

class TestEditorLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textBeingTypedSurvivesFreshCopy_data();
    void textBeingTypedSurvivesFreshCopy();
    void cellBeingEditedSurvivesFreshCopy();
    void wholeValueDialogWritesItsOwnKeyAfterReset();
    void leaveQuestionClosesOnConnectionSwitch();
};

void TestEditorLifetime::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestEditorLifetime::textBeingTypedSurvivesFreshCopy_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("waitForCheck"); // past the text's pause, so that its lines were read
    QTest::newRow("a readable line, before the pause") << u"ticket: 42"_s << false;
    QTest::newRow("an unreadable line, after the pause") << u"half a line"_s << true;
}

// A processing artifact is polled: each poll hands the pane a fresh copy. Text typed in text mode that
// the model does not hold yet (the pause has not passed, or a line cannot be read) must not be
// replaced by the fresh copy's map.
void TestEditorLifetime::textBeingTypedSurvivesFreshCopy()
{
    QFETCH(QString, typed);
    QFETCH(bool, waitForCheck);
    ArtifactDetailPane pane;
    QVERIFY(showOnScreen(pane, makeArtifact(original)));
    MetadataEditor *editor = pane.editor();
    QVERIFY(editor->setTextMode(true));
    QPlainTextEdit *text = editor->textEdit()->editor();
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, typed);
    if (waitForCheck)
        QTest::qWait(400);
    QVERIFY(!editor->model()->isModified());
    const QString before = text->toPlainText();
    QVERIFY(before.endsWith(typed));

    pane.setArtifact(makeArtifact(original)); // the poller's fresh copy, unchanged on the server
    QCOMPARE(text->toPlainText(), before);
}

// A value being typed in the table's cell editor is not in the model until Enter: a fresh copy must not
// close the editor and drop it.
void TestEditorLifetime::cellBeingEditedSurvivesFreshCopy()
{
    ArtifactDetailPane pane;
    QVERIFY(showOnScreen(pane, makeArtifact(original)));
    MetadataEditor *editor = pane.editor();
    QTableView *table = editor->table();
    const int row = rowOfKey(editor->model(), u"zone"_s);
    const QModelIndex value = editor->model()->index(row, MetadataEditModel::ValueColumn);
    table->setCurrentIndex(value);
    table->edit(value);
    auto *line = table->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"us"_s);

    pane.setArtifact(makeArtifact(original)); // the poller's fresh copy
    QCoreApplication::processEvents();
    line = table->findChild<QLineEdit *>();
    QVERIFY2(line && line->isVisible(), "the cell editor was closed by the fresh copy");
    QCOMPARE(line->text(), u"us"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(editor->model()->edited().value(u"zone"_s), MetadataValue(u"us"_s));
}

// The whole-value dialog is open on one key; the map is started over (a fresh copy with one more key, a
// restored draft) so that rows move. OK must change the key the dialog names, never the row now at
// its old index.
void TestEditorLifetime::wholeValueDialogWritesItsOwnKeyAfterReset()
{
    QWidget window;
    auto *editor = new MetadataEditor(&window);
    window.resize(500, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor->setMetadata(original);
    editor->setEditable(true);
    const int zoneRow = rowOfKey(editor->model(), u"zone"_s);
    editor->table()->setCurrentIndex(editor->model()->index(zoneRow, MetadataEditModel::ValueColumn));
    QDialog *dialog = editor->editWholeValue();
    QVERIFY(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(u"valueEditorText"_s);
    QCOMPARE(text->toPlainText(), u"eu"_s);
    text->setPlainText(u"us-west"_s);

    Metadata fresh = original;
    fresh.insert(u"alpha"_s, MetadataValue(u"new on the server"_s)); // sorts before zone: rows move
    editor->setMetadata(fresh);
    QVERIFY(rowOfKey(editor->model(), u"zone"_s) != zoneRow);

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const Metadata edited = editor->model()->edited();
    for (const QString &key : {u"Case"_s, u"alpha"_s, u"customer"_s})
        QCOMPARE(edited.value(key), fresh.value(key));
    QCOMPARE(edited.value(u"zone"_s), MetadataValue(u"us-west"_s));
}

// Save / Discard / Cancel asked about an artifact of one workspace must not outlive the switch to
// another: its Discard would remove a draft under the new workspace's name and run the old wish.
void TestEditorLifetime::leaveQuestionClosesOnConnectionSwitch()
{
    DemoWorkspace first;
    DemoWorkspace second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QTemporaryDir folder;
    DraftStore drafts(folder.filePath(u"drafts"_s));
    HistoryStore history(folder.filePath(u"history"_s));
    QWidget window;
    auto *pane = new ArtifactDetailPane(&window);
    EditController controller(pane, &window, &drafts, &history);
    window.resize(600, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.setClient(first.client.get(), u"first"_s);
    pane->setArtifact(makeArtifact(original));
    QVERIFY(pane->editor()->model()->setValue(rowOfKey(pane->editor()->model(), u"zone"_s), MetadataValue(u"us"_s)));
    QVERIFY(controller.hasUnsavedEdits());
    bool proceeded = false;
    QVERIFY(!controller.confirmLeave(u"Another artifact was selected."_s, [&proceeded] { proceeded = true; }));
    QPointer<QMessageBox> question = controller.leaveQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());

    controller.setClient(second.client.get(), u"second"_s);
    QTRY_VERIFY2(!question || !question->isVisible(), "the question about the first workspace is still open");
    QVERIFY(!proceeded);
}

QTEST_MAIN(TestEditorLifetime)
#include "tst_editorlifetime.moc"
