// The metadata editor driven like a person would: keys typed into the table, Insert, Delete, Undo,
// the text mode and the whole-value editor, on real widgets with the model under
// QAbstractItemModelTester the whole time.
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "edit/metadatatext.h"
#include "edit/metadatatextedit.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 5000;

Metadata plainMap()
{
    return {{u"notes"_s, MetadataValue(u"call back on Monday"_s)}, {u"region"_s, MetadataValue(u"emea"_s)},
        {u"ticket"_s, MetadataValue(u"SUP-1"_s)}};
}

// Everything the text mode has to carry without loss.
Metadata awkwardMap()
{
    Metadata map;
    map.insert(u"owner"_s, MetadataValue(u"Zoë Müller 📬"_s));
    map.insert(u"a: key"_s, MetadataValue(u"x: y"_s));
    map.insert(u"url"_s, MetadataValue(u"https://crm.example.com/deals/1?tab=notes"_s));
    map.insert(u"two"_s, MetadataValue(u"first line\nsecond line"_s));
    map.insert(u"empty"_s, MetadataValue(QString()));
    map.insert(u"long"_s, MetadataValue(QString(500, u'ä')));
    map.insert(u"reviewed_by"_s, MetadataValue(std::nullopt));
    map.insert(u"null text"_s, MetadataValue(u"null"_s));
    map.insert(u"score"_s, MetadataValue::rawJson(u"{\"a\": [1, 2.5]}"_s));
    map.insert(u" padded "_s, MetadataValue(u"  spaces  "_s));
    return map;
}

QString plain(QString text)
{
    return text.remove(u'&');
}

} // namespace

class TestMetadataEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f2AndEnterStartEditing_data();
    void f2AndEnterStartEditing();
    void insertAddsARowAndTypesKeyThenValue();
    void deleteMarksBaseRowRemovedAndDropsAddedRow();
    void undoAndRedoNameTheirStep();
    void revertAllIsOneUndoableStep();
    void emptyKeyIsShownAndBlocksSave();
    void duplicateKeyMarksTheLaterRow();
    void overlongValueCountsWhileTyping();
    void textModeShowsAndEditsTheMap();
    void badLineBlocksSwitchingBackAndSaving();
    void errorLinkMovesTheCursorToTheLine();
    void tableTextTableLosesNothing();
    void shiftF2EditsTheWholeValue();
    void jsonCellRefusesInvalidJson();
    void everyInteractiveWidgetIsNamed();
    void tabGoesFromTheTableToTheButtons();
    void readOnlySaysWhy();
    void newMapNeverLooksEdited();
    void pendingInputIsCommittedOnDemand();

private:
    QModelIndex cell(const QString &key, int column) const;
    int rowOf(const QString &key) const;
    QLineEdit *openCellEditor() const;
    QString stateText(const QString &key) const;
    void focusTable();

    std::unique_ptr<MetadataEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMetadataEditor::initTestCase()
{
    useTestSettings(u"tst_metadataeditor"_s);
}

void TestMetadataEditor::init()
{
    // Views and the model tester ask about the root index: the model answers without complaint.
    QTest::failOnWarning(QRegularExpression(u"is not valid \\(expected valid\\)"_s));
    m_editor = std::make_unique<MetadataEditor>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->setMetadata(plainMap());
    m_editor->setEditable(true);
    m_editor->resize(640, 480);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestMetadataEditor::cleanup()
{
    // Dialogs the editor opened are parented to it, and go with it.
    m_tester.reset();
    m_editor.reset();
}

int TestMetadataEditor::rowOf(const QString &key) const
{
    const MetadataEditModel *model = m_editor->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString() == key)
            return row;
    }
    return -1;
}

QModelIndex TestMetadataEditor::cell(const QString &key, int column) const
{
    return m_editor->model()->index(rowOf(key), column);
}

QString TestMetadataEditor::stateText(const QString &key) const
{
    return cell(key, MetadataEditModel::StateColumn).data().toString();
}

QLineEdit *TestMetadataEditor::openCellEditor() const
{
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return line && m_editor->table()->viewport()->isAncestorOf(line) ? line : nullptr;
}

void TestMetadataEditor::focusTable()
{
    m_editor->table()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(m_editor->table()->hasFocus());
}

void TestMetadataEditor::f2AndEnterStartEditing_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("F2") << int(Qt::Key_F2);
    QTest::newRow("Enter") << int(Qt::Key_Return);
}

void TestMetadataEditor::f2AndEnterStartEditing()
{
    QFETCH(int, key);
    focusTable();
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(u"ticket"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(table, Qt::Key(key));
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QCOMPARE(line->text(), u"SUP-1"_s);
    QCOMPARE(line->accessibleName(), u"Value"_s);
    line->selectAll();
    QTest::keyClicks(line, u"SUP-4711"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->edited().value(u"ticket"_s), MetadataValue(u"SUP-4711"_s));
    QCOMPARE(m_editor->model()->state(rowOf(u"ticket"_s)), MetadataEditModel::RowState::Changed);
    QCOMPARE(stateText(u"ticket"_s), u"changed"_s);
    QVERIFY(m_editor->model()->isModified());
    QVERIFY(m_editor->saveAction()->isEnabled());
    QVERIFY(m_editor->hintLabel()->text().contains(u"Unsaved changes"_s));

    // The same key on the key column renames.
    table->setCurrentIndex(cell(u"region"_s, MetadataEditModel::KeyColumn));
    QTest::keyClick(table, Qt::Key(key));
    QTRY_VERIFY((line = openCellEditor()));
    QCOMPARE(line->text(), u"region"_s);
    QTest::keyClick(line, Qt::Key_Escape); // Esc leaves the cell as it was
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->state(rowOf(u"region"_s)), MetadataEditModel::RowState::Unchanged);
}

void TestMetadataEditor::insertAddsARowAndTypesKeyThenValue()
{
    focusTable();
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(u"notes"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(table, Qt::Key_Insert);
    QTRY_COMPARE(m_editor->model()->rowCount(), 4);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QCOMPARE(line->accessibleName(), u"Key"_s);
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(table->currentIndex().column(), int(MetadataEditModel::KeyColumn));
    QTest::keyClicks(line, u"owner"_s);
    QTest::keyClick(line, Qt::Key_Tab);
    // Tab commits the key and goes on to the value, already editing.
    QTRY_VERIFY((line = openCellEditor()) && line->accessibleName() == u"Value"_s);
    QCOMPARE(table->currentIndex().column(), int(MetadataEditModel::ValueColumn));
    QTest::keyClicks(line, u"dana.ruiz"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->edited().value(u"owner"_s), MetadataValue(u"dana.ruiz"_s));
    QCOMPARE(m_editor->model()->state(3), MetadataEditModel::RowState::Added);
    QCOMPARE(stateText(u"owner"_s), u"added"_s);
    QVERIFY(m_editor->saveAction()->isEnabled());
}

void TestMetadataEditor::deleteMarksBaseRowRemovedAndDropsAddedRow()
{
    focusTable();
    QTableView *table = m_editor->table();
    MetadataEditModel *model = m_editor->model();
    table->setCurrentIndex(cell(u"region"_s, MetadataEditModel::KeyColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    const int row = rowOf(u"region"_s);
    QCOMPARE(model->rowCount(), 3); // still there, marked
    QCOMPARE(model->state(row), MetadataEditModel::RowState::Removed);
    QCOMPARE(stateText(u"region"_s), u"removed"_s);
    QVERIFY(model->index(row, MetadataEditModel::KeyColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(model->index(row, MetadataEditModel::ValueColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!model->edited().contains(u"region"_s));
    QVERIFY(!table->isRowHidden(row));
    // A removed row cannot be edited until restored.
    QVERIFY(!(model->index(row, MetadataEditModel::ValueColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!m_editor->removeAction()->isEnabled());
    QVERIFY(m_editor->restoreAction()->isEnabled());

    m_editor->restoreAction()->trigger();
    QCOMPARE(model->state(row), MetadataEditModel::RowState::Unchanged);
    QVERIFY(!model->index(row, MetadataEditModel::KeyColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!model->isModified());

    // An added row simply goes.
    QTest::keyClick(table, Qt::Key_Insert);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QTest::keyClicks(line, u"temp"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(model->rowCount(), 4);
    table->setCurrentIndex(cell(u"temp"_s, MetadataEditModel::KeyColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(rowOf(u"temp"_s), -1);
    QVERIFY(!model->isModified());
}

void TestMetadataEditor::undoAndRedoNameTheirStep()
{
    MetadataEditModel *model = m_editor->model();
    QVERIFY(!m_editor->undoAction()->isEnabled());
    QVERIFY(model->setData(cell(u"ticket"_s, MetadataEditModel::ValueColumn), u"SUP-2"_s));
    QCOMPARE(plain(m_editor->undoAction()->text()), u"Undo Change \u201cticket\u201d"_s);
    focusTable();
    QTest::keyClick(m_editor->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->edited().value(u"ticket"_s), MetadataValue(u"SUP-1"_s));
    QVERIFY(!model->isModified());
    QVERIFY(!m_editor->undoAction()->isEnabled());
    QCOMPARE(plain(m_editor->redoAction()->text()), u"Redo Change \u201cticket\u201d"_s);
    QTest::keyClick(m_editor->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->edited().value(u"ticket"_s), MetadataValue(u"SUP-2"_s));
    QCOMPARE(model->state(rowOf(u"ticket"_s)), MetadataEditModel::RowState::Changed);

    // Removal and restore are steps too, named for their key.
    m_editor->table()->setCurrentIndex(cell(u"notes"_s, MetadataEditModel::KeyColumn));
    QTest::keyClick(m_editor->table(), Qt::Key_Delete);
    QCOMPARE(plain(m_editor->undoAction()->text()), u"Undo Remove \u201cnotes\u201d"_s);
    QTest::keyClick(m_editor->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->state(rowOf(u"notes"_s)), MetadataEditModel::RowState::Unchanged);
    QCOMPARE(plain(m_editor->redoAction()->text()), u"Redo Remove \u201cnotes\u201d"_s);
}

void TestMetadataEditor::revertAllIsOneUndoableStep()
{
    MetadataEditModel *model = m_editor->model();
    QVERIFY(!m_editor->revertAllAction()->isEnabled());
    QVERIFY(model->setData(cell(u"ticket"_s, MetadataEditModel::ValueColumn), u"SUP-9"_s));
    model->removeRow(rowOf(u"region"_s));
    const Metadata edited = model->edited();
    QVERIFY(m_editor->revertAllAction()->isEnabled());
    QTest::mouseClick(m_editor->findChild<QToolButton *>(u"revertAllButton"_s), Qt::LeftButton);
    QCOMPARE(model->edited(), plainMap());
    QVERIFY(!model->isModified());
    QCOMPARE(plain(m_editor->undoAction()->text()), u"Undo Revert all"_s);
    focusTable();
    QTest::keyClick(m_editor->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->edited(), edited); // both changes back in one step
    QCOMPARE(model->state(rowOf(u"region"_s)), MetadataEditModel::RowState::Removed);
    QCOMPARE(model->state(rowOf(u"ticket"_s)), MetadataEditModel::RowState::Changed);
}

void TestMetadataEditor::emptyKeyIsShownAndBlocksSave()
{
    focusTable();
    QTest::keyClick(m_editor->table(), Qt::Key_Insert);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QTest::keyClick(line, Qt::Key_Escape); // the row stays, its key empty
    QTRY_VERIFY(!openCellEditor());
    MetadataEditModel *model = m_editor->model();
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex state = model->index(3, MetadataEditModel::StateColumn);
    QCOMPARE(state.data().toString(), u"no key"_s);
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"The key is empty."_s));
    QCOMPARE(model->index(3, MetadataEditModel::KeyColumn).data().toString(), u"(empty key)"_s);
    QVERIFY(!m_editor->saveAction()->isEnabled());
    auto *save = m_editor->findChild<QToolButton *>(u"saveMetadataButton"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), u"Cannot save: Row 4: The key is empty."_s);
    QCOMPARE(m_editor->hintLabel()->text(), u"Row 4: The key is empty."_s);
    // Ctrl+S does nothing while blocked.
    QSignalSpy requested(m_editor.get(), &MetadataEditor::saveRequested);
    m_editor->saveAction()->trigger();
    QCOMPARE(requested.count(), 0);
}

void TestMetadataEditor::duplicateKeyMarksTheLaterRow()
{
    focusTable();
    QTest::keyClick(m_editor->table(), Qt::Key_Insert);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QTest::keyClicks(line, u"ticket"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    MetadataEditModel *model = m_editor->model();
    const int first = rowOf(u"ticket"_s);
    QCOMPARE(model->index(3, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString(), u"ticket"_s);
    const QString reason = u"The key is already on row %1."_s.arg(first + 1);
    QCOMPARE(model->index(3, MetadataEditModel::StateColumn).data().toString(), u"duplicate key"_s);
    QVERIFY(model->index(3, MetadataEditModel::StateColumn).data(Qt::ToolTipRole).toString().contains(reason));
    QVERIFY(model->index(3, MetadataEditModel::KeyColumn).data(Qt::ToolTipRole).toString().contains(reason));
    QVERIFY(
        model->index(first, MetadataEditModel::StateColumn).data(MetadataEditModel::ProblemRole).toString().isEmpty());
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QVERIFY(m_editor->saveAction()->toolTip().contains(reason));
    // Removing the earlier row leaves the key to the later one.
    m_editor->table()->setCurrentIndex(model->index(first, MetadataEditModel::KeyColumn));
    QTest::keyClick(m_editor->table(), Qt::Key_Delete);
    QVERIFY(model->index(3, MetadataEditModel::StateColumn).data(MetadataEditModel::ProblemRole).toString().isEmpty());
}

void TestMetadataEditor::overlongValueCountsWhileTyping()
{
    focusTable();
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(u"notes"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    line->selectAll();
    QTest::keyClicks(line, QString(449, u'x'));
    QVERIFY(!m_editor->hintLabel()->text().contains(u"/ 500"_s)); // far from the limit: no counter
    QTest::keyClicks(line, u"x"_s);
    QCOMPARE(m_editor->hintLabel()->text(), u"450 / 500 characters"_s);
    QTest::keyClicks(line, QString(51, u'y'));
    QCOMPARE(m_editor->hintLabel()->text(), u"501 / 500 characters: 1 too many"_s);
    QVERIFY(m_editor->hintLabel()->isVisible());
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    // Kept, marked, and not saveable.
    const QString problem = u"The value has 501 characters; the API takes at most 500."_s;
    QCOMPARE(stateText(u"notes"_s), u"too long"_s);
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QVERIFY2(m_editor->saveAction()->toolTip().startsWith(u"Cannot save: Row "_s)
            && m_editor->saveAction()->toolTip().contains(problem),
        qPrintable(m_editor->saveAction()->toolTip()));
    QVERIFY(m_editor->saveBlockedReason().contains(problem));
}

void TestMetadataEditor::textModeShowsAndEditsTheMap()
{
    focusTable();
    QTest::keyClick(m_editor->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_editor->isTextMode());
    QVERIFY(m_editor->textModeAction()->isChecked());
    QPlainTextEdit *text = m_editor->textEdit()->editor();
    QVERIFY(text->isVisible());
    QVERIFY(!m_editor->table()->isVisible());
    QTRY_VERIFY(text->hasFocus());
    QCOMPARE(text->toPlainText(), u"notes: call back on Monday\nregion: emea\nticket: SUP-1\n"_s);

    // Typing reaches the model after a pause, without switching back.
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"owner: dana.ruiz"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->model()->edited().value(u"owner"_s), MetadataValue(u"dana.ruiz"_s), timeoutMs);
    QVERIFY(m_editor->model()->isModified());
    QVERIFY(m_editor->saveAction()->isEnabled());
    QCOMPARE(plain(m_editor->undoAction()->text()), u"Undo Edit as text"_s);

    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_editor->isTextMode());
    QVERIFY(!m_editor->textModeAction()->isChecked());
    QCOMPARE(m_editor->model()->state(rowOf(u"owner"_s)), MetadataEditModel::RowState::Added);
}

void TestMetadataEditor::badLineBlocksSwitchingBackAndSaving()
{
    m_editor->textModeAction()->trigger();
    QVERIFY(m_editor->isTextMode());
    QPlainTextEdit *text = m_editor->textEdit()->editor();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"owner: dana"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, u"no separator here"_s);
    QLabel *errors = m_editor->textEdit()->errorLabel();
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), timeoutMs);
    QVERIFY2(errors->text().contains(u"Line 5"_s), qPrintable(errors->text()));
    QVERIFY(m_editor->hintLabel()->isHidden()); // said once, under the text, not twice
    // The readable lines are in the model already; the bad one blocks Save.
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QCOMPARE(m_editor->saveAction()->toolTip(), u"Cannot save: Line 5 of the text cannot be read."_s);

    // Switching back is refused: the mode stays, the action stays checked, the cursor goes to the line.
    text->moveCursor(QTextCursor::Start);
    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_editor->isTextMode());
    QVERIFY(m_editor->textModeAction()->isChecked());
    QCOMPARE(text->textCursor().blockNumber(), 4);
    QVERIFY(!m_editor->setTextMode(false));

    // Fixed, it goes.
    QTextCursor line(text->document()->findBlockByNumber(4));
    line.select(QTextCursor::LineUnderCursor);
    text->setTextCursor(line);
    QTest::keyClicks(text, u"fixed: yes"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!errors->isVisible(), timeoutMs);
    QVERIFY(m_editor->saveAction()->isEnabled());
    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_editor->isTextMode());
    QCOMPARE(m_editor->model()->edited().value(u"fixed"_s), MetadataValue(u"yes"_s));
    QCOMPARE(m_editor->model()->edited().value(u"owner"_s), MetadataValue(u"dana"_s));
}

void TestMetadataEditor::errorLinkMovesTheCursorToTheLine()
{
    m_editor->textModeAction()->trigger();
    QPlainTextEdit *text = m_editor->textEdit()->editor();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"broken"_s);
    QLabel *errors = m_editor->textEdit()->errorLabel();
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), timeoutMs);
    QVERIFY2(errors->text().contains(u"Line 4"_s), qPrintable(errors->text()));
    text->moveCursor(QTextCursor::Start);
    m_editor->findChild<QToolButton *>(u"addKeyButton"_s)->setFocus();
    QVERIFY(!text->hasFocus());
    // One error: one line of text in the label, starting with its link.
    QTRY_VERIFY(errors->width() > 0);
    const QRect contents = errors->contentsRect();
    const QPoint onLink(contents.left() + errors->fontMetrics().horizontalAdvance(u"Li"_s), contents.center().y());
    QSignalSpy activated(errors, &QLabel::linkActivated);
    QTest::mouseClick(errors, Qt::LeftButton, Qt::NoModifier, onLink);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"line:4"_s);
    QCOMPARE(text->textCursor().blockNumber(), 3);
    QTRY_VERIFY(text->hasFocus());
}

void TestMetadataEditor::tableTextTableLosesNothing()
{
    const Metadata map = awkwardMap();
    m_editor->setMetadata(map);
    QVERIFY(m_editor->setTextMode(true));
    const QString text = m_editor->textEdit()->editor()->toPlainText();
    QCOMPARE(MetadataText::read(text).metadata, map);
    QVERIFY(text.contains(u"reviewed_by: null\n"_s));
    QVERIFY(text.contains(u"score: ={\"a\": [1, 2.5]}\n"_s));
    QVERIFY(text.contains(u"\"a: key\": x: y\n"_s));
    QVERIFY(text.contains(u"two: \"first line\\nsecond line\"\n"_s));
    QVERIFY(text.contains(u"empty: \"\"\n"_s));
    QVERIFY(text.contains(u"null text: \"null\"\n"_s));
    QVERIFY(m_editor->setTextMode(false));
    QCOMPARE(m_editor->model()->edited(), map);
    QVERIFY(!m_editor->model()->isModified());
    for (int row = 0; row < m_editor->model()->rowCount(); ++row)
        QCOMPARE(m_editor->model()->state(row), MetadataEditModel::RowState::Unchanged);

    // Round trips after an edit in either mode keep the edit and everything else.
    QVERIFY(m_editor->model()->setData(cell(u"owner"_s, MetadataEditModel::ValueColumn), u"Zoë 🎉: done"_s));
    Metadata expected = map;
    expected.insert(u"owner"_s, MetadataValue(u"Zoë 🎉: done"_s));
    for (int trip = 0; trip < 2; ++trip) {
        QVERIFY(m_editor->setTextMode(true));
        QVERIFY(m_editor->setTextMode(false));
        QCOMPARE(m_editor->model()->edited(), expected);
    }
    QCOMPARE(m_editor->model()->state(rowOf(u"owner"_s)), MetadataEditModel::RowState::Changed);
    QCOMPARE(
        m_editor->model()->index(rowOf(u"reviewed_by"_s), MetadataEditModel::ValueColumn).data().toString(), u"null"_s);
    QCOMPARE(m_editor->model()
                 ->index(rowOf(u"score"_s), MetadataEditModel::ValueColumn)
                 .data(MetadataEditModel::ValueKindRole)
                 .toInt(),
        int(MetadataValue::Kind::RawJson));
    QCOMPARE(MetadataEditModel::characterCount(*m_editor->model()->edited().value(u"long"_s)), 500);
}

void TestMetadataEditor::shiftF2EditsTheWholeValue()
{
    focusTable();
    m_editor->table()->setCurrentIndex(cell(u"notes"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(m_editor->table(), Qt::Key_F2, Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->findChild<QDialog *>(u"valueEditor"_s)) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *text = dialog->findChild<QPlainTextEdit *>(u"valueEditorText"_s);
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), u"call back on Monday"_s);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    // Enter starts a new line here instead of closing the dialog.
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, u"then email"_s);
    QVERIFY(dialog->isVisible());
    auto *count = dialog->findChild<QLabel *>(u"valueEditorCount"_s);
    QCOMPARE(count->text(), u"30 / 500 characters"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->findChild<QDialog *>(u"valueEditor"_s));
    QCOMPARE(m_editor->model()->edited().value(u"notes"_s), MetadataValue(u"call back on Monday\nthen email"_s));
    // The cell shows one line; the tooltip has it whole.
    const QModelIndex value = cell(u"notes"_s, MetadataEditModel::ValueColumn);
    QVERIFY(!value.data().toString().contains(u'\n'));
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"then email"_s));
}

void TestMetadataEditor::jsonCellRefusesInvalidJson()
{
    Metadata map = plainMap();
    map.insert(u"score"_s, MetadataValue::rawJson(u"42"_s));
    m_editor->setMetadata(map);
    focusTable();
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(u"score"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    QCOMPARE(line->text(), u"42"_s);
    QCOMPARE(line->accessibleName(), u"Value (JSON)"_s);
    QVERIFY(!line->toolTip().isEmpty());
    line->selectAll();
    QTest::keyClicks(line, u"{bad"_s);
    QCOMPARE(m_editor->hintLabel()->text(), u"This is not one JSON value."_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClick(line, Qt::Key_Tab);
    // Refused: the editor stays open with the text, the value is as it was.
    QCOMPARE(openCellEditor(), line);
    QCOMPARE(line->text(), u"{bad"_s);
    QCOMPARE(m_editor->model()->edited().value(u"score"_s), MetadataValue::rawJson(u"42"_s));
    line->selectAll();
    QTest::keyClicks(line, u"[1, 2]"_s);
    QCOMPARE(m_editor->hintLabel()->text(), u"A JSON value; Enter keeps it."_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->edited().value(u"score"_s), MetadataValue::rawJson(u"[1, 2]"_s));
    // A quoted string turns the value into text.
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY((line = openCellEditor()));
    line->selectAll();
    QTest::keyClicks(line, u"\"forty-two\""_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->edited().value(u"score"_s), MetadataValue(u"forty-two"_s));
}

void TestMetadataEditor::everyInteractiveWidgetIsNamed()
{
    const auto check = [this] {
        const auto widgets = m_editor->findChildren<QWidget *>();
        int checked = 0;
        for (const QWidget *w : widgets) {
            const bool interactive = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
                || qobject_cast<const QPlainTextEdit *>(w)
                || (qobject_cast<const QAbstractItemView *>(w) && !w->inherits("QHeaderView"));
            if (!interactive || w->objectName().startsWith(u"qt_"_s) || !w->isVisibleTo(m_editor.get()))
                continue;
            const QString what = w->objectName() + u" ("_s + QString::fromLatin1(w->metaObject()->className()) + u')';
            QVERIFY2(!w->objectName().isEmpty(), qPrintable(what + u" has no object name"_s));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what + u" has no accessible name"_s));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(what + u" has no tooltip"_s));
            ++checked;
        }
        QVERIFY(checked >= 7);
    };
    check();
    if (QTest::currentTestFailed())
        return;
    // With a cell being edited, and in the text mode.
    focusTable();
    m_editor->table()->setCurrentIndex(cell(u"ticket"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(m_editor->table(), Qt::Key_F2);
    QTRY_VERIFY(openCellEditor());
    check();
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(openCellEditor(), Qt::Key_Escape);
    QVERIFY(m_editor->setTextMode(true));
    check();
}

void TestMetadataEditor::tabGoesFromTheTableToTheButtons()
{
    QVERIFY(m_editor->model()->setData(cell(u"ticket"_s, MetadataEditModel::ValueColumn), u"SUP-3"_s));
    focusTable();
    m_editor->table()->setCurrentIndex(cell(u"ticket"_s, MetadataEditModel::KeyColumn));
    QStringList walk;
    for (int tab = 0; tab < 12; ++tab) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == m_editor->table())
            break;
        walk.append(focus->objectName());
    }
    // One Tab leaves the table (arrows move within it); the buttons follow in reading order.
    const QStringList expected {
        u"addKeyButton"_s, u"removeKeyButton"_s, u"revertAllButton"_s, u"textModeButton"_s, u"saveMetadataButton"_s};
    QCOMPARE(walk, expected);
    QCOMPARE(m_editor->lastInTabOrder()->objectName(), u"saveMetadataButton"_s);
}

void TestMetadataEditor::readOnlySaysWhy()
{
    const QString reason = u"The artifact is deleted: its metadata can no longer be changed."_s;
    m_editor->setEditable(false, reason);
    auto *label = m_editor->findChild<QLabel *>(u"metadataReadOnlyLabel"_s);
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), reason);
    QVERIFY(!m_editor->isEditable());
    for (QAction *action : {m_editor->addAction(), m_editor->removeAction(), m_editor->restoreAction(),
             m_editor->revertAllAction(), m_editor->textModeAction(), m_editor->editWholeValueAction(),
             m_editor->saveAction(), m_editor->undoAction(), m_editor->redoAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QCOMPARE(m_editor->saveAction()->toolTip(), u"Cannot save: "_s + reason);
    focusTable();
    QTableView *table = m_editor->table();
    table->setCurrentIndex(cell(u"ticket"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClicks(table, u"x"_s);
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!openCellEditor());
    QCOMPARE(m_editor->model()->edited(), plainMap());
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QVERIFY(!m_editor->editWholeValue());

    m_editor->setEditable(true);
    QVERIFY(!label->isVisible());
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(openCellEditor());
}

void TestMetadataEditor::newMapNeverLooksEdited()
{
    // Edited and undone: nothing to save, but the undo stack has steps to clear.
    QVERIFY(m_editor->model()->setData(cell(u"ticket"_s, MetadataEditModel::ValueColumn), u"SUP-2"_s));
    m_editor->undoAction()->trigger();
    QVERIFY(!m_editor->model()->isModified());
    // Whoever writes drafts on edited() must never see another map as an edit of this one.
    QList<bool> modifiedWhenEdited;
    connect(m_editor.get(), &MetadataEditor::edited, this,
        [this, &modifiedWhenEdited] { modifiedWhenEdited << m_editor->model()->isModified(); });
    m_editor->setMetadata(awkwardMap());
    QVERIFY(!modifiedWhenEdited.contains(true));
    QCOMPARE(m_editor->model()->edited(), awkwardMap());
    QVERIFY(!m_editor->undoAction()->isEnabled());
    QVERIFY(!m_editor->redoAction()->isEnabled());
}

void TestMetadataEditor::pendingInputIsCommittedOnDemand()
{
    // Text mode: typed without the pause, the text is pending until committed (a save or a leave does).
    focusTable();
    QVERIFY(m_editor->setTextMode(true));
    QPlainTextEdit *text = m_editor->textEdit()->editor();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"owner: dana"_s);
    QVERIFY(m_editor->hasPendingInput());
    QVERIFY(!m_editor->model()->edited().contains(u"owner"_s));
    m_editor->commitPendingInput();
    QCOMPARE(m_editor->model()->edited().value(u"owner"_s), MetadataValue(u"dana"_s));
    QVERIFY(!m_editor->hasPendingInput());

    // An open cell: its text goes into the model and the editor closes.
    QVERIFY(m_editor->setTextMode(false));
    m_editor->table()->setCurrentIndex(cell(u"region"_s, MetadataEditModel::ValueColumn));
    QTest::keyClick(m_editor->table(), Qt::Key_F2);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openCellEditor()));
    line->setText(u"apac"_s);
    QVERIFY(m_editor->hasPendingInput());
    m_editor->commitPendingInput();
    QCOMPARE(m_editor->model()->edited().value(u"region"_s), MetadataValue(u"apac"_s));
    QTRY_VERIFY(!openCellEditor());
    QVERIFY(!m_editor->hasPendingInput());
}

QTEST_MAIN(TestMetadataEditor)
#include "tst_metadataeditor.moc"
