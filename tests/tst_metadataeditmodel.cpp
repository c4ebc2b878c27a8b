// The metadata being edited: row states against the map as loaded, one undo step per change, live
// validation. Runs under QAbstractItemModelTester.
#include "edit/metadataeditmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using State = MetadataEditModel::RowState;

class TestMetadataEditModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changeRenameUndoRedo();
    void addValidateAndRemoveAdded();
    void removeMarksThenRestores();
    void revertAllIsOneStep();
    void setDataRefusesWhatItDoesNotTake();
    void stateColumnSaysWhatHappened();
    void setEditedDescribesAMap();
    void textEditsFoldIntoOneStep();
    void jsonValuesStayJson();
    void lengthCountsCodePointsAndNulIsRefused();

private:
    std::unique_ptr<MetadataEditModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QModelIndex cell(int row, int column) const { return m_model->index(row, column); }
};

void TestMetadataEditModel::init()
{
    m_model = std::make_unique<MetadataEditModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setBase({{u"customer"_s, MetadataValue(u"cus_1"_s)}, {u"ticket"_s, MetadataValue(u"SUP-1"_s)},
        {u"gone"_s, MetadataValue(std::nullopt)}});
    // QMap order: customer, gone, ticket.
}

void TestMetadataEditModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestMetadataEditModel::changeRenameUndoRedo()
{
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->isModified());
    QCOMPARE(cell(1, 1).data().toString(), u"null"_s); // null and "" never look alike
    QVERIFY(m_model->setData(cell(2, 1), u"SUP-2"_s));
    QCOMPARE(m_model->state(2), State::Changed);
    QCOMPARE(m_model->undoStack()->undoText(), u"Change \u201cticket\u201d"_s);
    QVERIFY(m_model->setData(cell(0, 0), u"customer_id"_s));
    QCOMPARE(m_model->state(0), State::Renamed);
    QCOMPARE(m_model->edited().value(u"customer_id"_s), MetadataValue(u"cus_1"_s));
    QVERIFY(!m_model->edited().contains(u"customer"_s));
    QVERIFY(m_model->isModified());

    m_model->undoStack()->undo();
    QCOMPARE(m_model->state(0), State::Unchanged);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->state(2), State::Unchanged);
    QVERIFY(!m_model->isModified());
    m_model->undoStack()->redo();
    m_model->undoStack()->redo();
    QCOMPARE(m_model->edited().value(u"ticket"_s), MetadataValue(u"SUP-2"_s));
    QCOMPARE(m_model->state(0), State::Renamed);
    // Changing it back is a change back: no longer Changed.
    QVERIFY(m_model->setData(cell(2, 1), u"SUP-1"_s));
    QCOMPARE(m_model->state(2), State::Unchanged);
}

void TestMetadataEditModel::addValidateAndRemoveAdded()
{
    const int row = m_model->addRow();
    QCOMPARE(row, 3);
    QCOMPARE(m_model->state(row), State::Added);
    QVERIFY(m_model->problem(row).contains(u"empty"_s));
    QVERIFY(m_model->firstProblem().startsWith(u"Row 4"_s));
    // The later of two rows with one key is the one marked.
    QVERIFY(m_model->setData(cell(row, 0), u"ticket"_s));
    QVERIFY(m_model->problem(2).isEmpty());
    QVERIFY(m_model->problem(row).contains(u"row 3"_s));
    QCOMPARE(cell(row, 0).data(MetadataEditModel::ProblemRole).toString(), m_model->problem(row));
    QVERIFY(m_model->setData(cell(row, 0), u"review"_s));
    QVERIFY(m_model->problem(row).isEmpty());
    QVERIFY(m_model->setData(cell(row, 1), QString(u"x"_s).repeated(501)));
    QVERIFY(m_model->problem(row).contains(u"501"_s));
    QVERIFY(m_model->setData(cell(row, 1), QString(u"x"_s).repeated(500)));
    QVERIFY(m_model->firstProblem().isEmpty());
    // An added row removed is simply gone.
    m_model->removeRow(row);
    QCOMPARE(m_model->rowCount(), 3);
    m_model->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->edited().value(u"review"_s)->size(), 500);
}

void TestMetadataEditModel::removeMarksThenRestores()
{
    m_model->removeRow(2);
    QCOMPARE(m_model->rowCount(), 3); // stays, marked
    QCOMPARE(m_model->state(2), State::Removed);
    QVERIFY(cell(2, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!(m_model->flags(cell(2, 1)) & Qt::ItemIsEditable));
    QVERIFY(!m_model->edited().contains(u"ticket"_s));
    QCOMPARE(m_model->undoStack()->undoText(), u"Remove \u201cticket\u201d"_s);
    m_model->restoreRow(2);
    QCOMPARE(m_model->state(2), State::Unchanged);
    QVERIFY(!m_model->isModified());
}

void TestMetadataEditModel::revertAllIsOneStep()
{
    QVERIFY(m_model->setData(cell(0, 1), u"cus_2"_s));
    m_model->addRow();
    m_model->removeRow(1);
    QVERIFY(m_model->isModified());
    const int steps = m_model->undoStack()->count();
    m_model->revertAll();
    QVERIFY(!m_model->isModified());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->undoStack()->count(), steps + 1);
    m_model->undoStack()->undo(); // Revert all can be undone too
    QVERIFY(m_model->isModified());
    QCOMPARE(m_model->rowCount(), 4);
}

void TestMetadataEditModel::setDataRefusesWhatItDoesNotTake()
{
    const int steps = m_model->undoStack()->count();
    QVERIFY(!m_model->setData(cell(0, 1), u"cus_1"_s)); // no change
    QVERIFY(!m_model->setData(cell(0, 1), u"x"_s, Qt::DisplayRole));
    QVERIFY(!m_model->setData(QModelIndex(), u"x"_s));
    m_model->removeRow(0);
    QVERIFY(!m_model->setData(cell(0, 1), u"x"_s)); // removed rows are read-only
    QCOMPARE(m_model->undoStack()->count(), steps + 1);
}

void TestMetadataEditModel::stateColumnSaysWhatHappened()
{
    using Model = MetadataEditModel;
    QCOMPARE(cell(0, Model::StateColumn).data().toString(), QString()); // unchanged: no word
    QVERIFY(!(m_model->flags(cell(0, Model::StateColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->setData(cell(0, Model::KeyColumn), u"customer_id"_s));
    QCOMPARE(cell(0, Model::StateColumn).data().toString(), u"renamed"_s);
    QVERIFY(cell(0, Model::StateColumn).data(Qt::ToolTipRole).toString().contains(u"“customer”"_s));
    QCOMPARE(m_model->baseKey(0), u"customer"_s);
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), u"cus_2"_s));
    QCOMPARE(cell(0, Model::StateColumn).data().toString(), u"renamed, changed"_s);
    m_model->removeRow(2);
    QCOMPARE(cell(2, Model::StateColumn).data().toString(), u"removed"_s);
    const int added = m_model->addRow();
    // The empty key is a problem: the state column says it instead of "added", and the tooltip of
    // every cell of its row says it too.
    QCOMPARE(cell(added, Model::StateColumn).data().toString(), u"no key"_s);
    QCOMPARE(m_model->state(added), State::Added);
    QVERIFY(cell(added, Model::ValueColumn).data(Qt::ToolTipRole).toString().contains(u"empty"_s));
    QCOMPARE(m_model->problemCount(), 1);
}

void TestMetadataEditModel::setEditedDescribesAMap()
{
    const Metadata map {{u"customer"_s, MetadataValue(u"cus_1"_s)}, {u"ticket"_s, MetadataValue(u"SUP-9"_s)},
        {u"new"_s, MetadataValue(u""_s)}};
    m_model->setEdited(map, u"Restore draft"_s);
    QCOMPARE(m_model->edited(), map);
    QCOMPARE(m_model->undoStack()->undoText(), u"Restore draft"_s);
    QCOMPARE(m_model->state(0), State::Unchanged);
    QCOMPARE(m_model->state(1), State::Removed); // "gone" is not in the map
    QCOMPARE(m_model->state(2), State::Changed);
    QCOMPARE(m_model->state(3), State::Added);
    m_model->undoStack()->undo();
    QVERIFY(!m_model->isModified());
    // The base itself gives no step.
    const int steps = m_model->undoStack()->count();
    m_model->setEdited(m_model->base(), u"same"_s);
    QCOMPARE(m_model->undoStack()->count(), steps);
}

void TestMetadataEditModel::textEditsFoldIntoOneStep()
{
    Metadata map = m_model->base();
    const int steps = m_model->undoStack()->count();
    for (const QString &v : {u"S"_s, u"SU"_s, u"SUP"_s}) {
        map.insert(u"ticket"_s, MetadataValue(v));
        m_model->setEdited(map, u"Edit as text"_s, 1);
    }
    QCOMPARE(m_model->undoStack()->count(), steps + 1);
    QCOMPARE(m_model->edited().value(u"ticket"_s), MetadataValue(u"SUP"_s));
    m_model->undoStack()->undo();
    QVERIFY(!m_model->isModified());
    // Back where it started, the folded step is obsolete and leaves nothing to redo or undo.
    map = m_model->base();
    map.insert(u"ticket"_s, MetadataValue(u"X"_s));
    m_model->setEdited(map, u"Edit as text"_s, 1);
    m_model->setEdited(m_model->base(), u"Edit as text"_s, 1);
    QVERIFY(!m_model->isModified());
}

void TestMetadataEditModel::jsonValuesStayJson()
{
    using Model = MetadataEditModel;
    m_model->setBase({{u"score"_s, MetadataValue::rawJson(u"12345678901234567890"_s)}});
    QCOMPARE(cell(0, Model::ValueColumn).data(Qt::EditRole).toString(), u"12345678901234567890"_s);
    QVERIFY(!m_model->setData(cell(0, Model::ValueColumn), u"{not json"_s)); // refused, nothing changes
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), u" [1, 2] "_s));
    QCOMPARE(m_model->edited().value(u"score"_s), MetadataValue::rawJson(u"[1, 2]"_s));
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), u"\"text\""_s)); // a JSON string makes it text
    QCOMPARE(m_model->edited().value(u"score"_s), MetadataValue(u"text"_s));
    QVERIFY(m_model->setValue(0, MetadataValue()));
    QCOMPARE(m_model->undoStack()->undoText(), u"Set \u201cscore\u201d to null"_s);
    QVERIFY(!m_model->setValue(0, MetadataValue())); // no change, no step
}

void TestMetadataEditModel::lengthCountsCodePointsAndNulIsRefused()
{
    using Model = MetadataEditModel;
    // 500 emoji are 1000 UTF-16 units but 500 characters as the API counts: allowed.
    QString emoji;
    for (int i = 0; i < 500; ++i)
        emoji += u"\U0001F600"_s;
    QCOMPARE(Model::characterCount(emoji), 500);
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), emoji));
    QCOMPARE(m_model->problem(0), QString());
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), QString(emoji + u"x"_s)));
    QVERIFY(m_model->problem(0).contains(u"501"_s));
    QVERIFY(m_model->setData(cell(0, Model::ValueColumn), QString(u"a"_s + QChar(0) + u"b"_s)));
    QVERIFY(m_model->problem(0).contains(u"NUL"_s));
}

QTEST_MAIN(TestMetadataEditModel)
#include "tst_metadataeditmodel.moc"
