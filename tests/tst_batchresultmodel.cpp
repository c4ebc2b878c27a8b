// The batch's result table, fed a batch built by hand (the runner's signals reach it through the same
// resetBatch() and itemChanged()): what each column says in each role, and the model contract kept
// through resets and item changes.
#include "batch/batchcsv.h"
#include "batch/batchresultmodel.h"
#include "metadataspec.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
BatchItem item(const QString &id, const QString &before, const QString &after, BatchVerdict verdict,
    BatchItem::RunState state, const QString &reason = {}, const QString &message = {})
{
    BatchItem i;
    i.artifactId = id;
    i.before = mapOfSpec(before);
    i.after = mapOfSpec(after);
    i.verdict = verdict;
    i.state = state;
    i.reason = reason;
    i.message = message;
    return i;
}

Batch sample()
{
    using S = BatchItem::RunState;
    Batch batch;
    batch.id = u"b"_s;
    batch.items = {
        item(u"a1"_s, u"crm_id:42|team:red"_s, u"crmId:42|team:blue"_s, BatchVerdict::WillChange, S::Pending),
        item(u"a2"_s, u"customer:Y"_s, u"customer:Y"_s, BatchVerdict::NoChange, S::NotSent,
            u"Not changed: customer is “Y” here."_s),
        item(u"a3"_s, u"n:=5|g:~"_s, u"n:~"_s, BatchVerdict::WillChange, S::Failed, {}, u"The server said 400."_s),
    };
    return batch;
}
} // namespace

class TestBatchResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void headers();
    void artifactColumn();
    void changesColumn();
    void verdictColumn();
    void resultColumn();
    void rolesOnEveryColumn();
    void itemChangedIsOneRow();
    void resetFollowsANewBatch();
    void emptyBatch();

private:
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role);
    }

    Batch m_batch;
    BatchResultModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestBatchResultModel::init()
{
    m_batch = sample();
    m_model = new BatchResultModel([this]() -> const Batch & { return m_batch; });
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBatchResultModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestBatchResultModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(BatchResultModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->headerData(BatchResultModel::ArtifactColumn, Qt::Horizontal).toString(), u"Artifact"_s);
    QCOMPARE(m_model->headerData(BatchResultModel::ChangesColumn, Qt::Horizontal).toString(), u"Changes"_s);
    QCOMPARE(m_model->headerData(BatchResultModel::VerdictColumn, Qt::Horizontal).toString(), u"Verdict"_s);
    QCOMPARE(m_model->headerData(BatchResultModel::ResultColumn, Qt::Horizontal).toString(), u"Result"_s);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

void TestBatchResultModel::artifactColumn()
{
    QCOMPARE(cell(0, BatchResultModel::ArtifactColumn).toString(), u"a1"_s);
    QCOMPARE(cell(2, BatchResultModel::ArtifactColumn).toString(), u"a3"_s);
}

void TestBatchResultModel::changesColumn()
{
    QCOMPARE(cell(0, BatchResultModel::ChangesColumn).toString(),
        u"crmId: added “42”\ncrm_id: removed\nteam: “red” → “blue”"_s);
    // No change: the reason stands where the change would.
    QCOMPARE(cell(1, BatchResultModel::ChangesColumn).toString(), u"Not changed: customer is “Y” here."_s);
    QCOMPARE(
        cell(1, BatchResultModel::ChangesColumn, Qt::ToolTipRole).toString(), u"Not changed: customer is “Y” here."_s);
    QCOMPARE(cell(2, BatchResultModel::ChangesColumn).toString(), u"g: removed\nn: 5 → null"_s);

    // The cell cuts a long value; the tooltip has it whole.
    m_batch.items[0].after.insert(u"long"_s, MetadataValue(QString(60, u'x')));
    m_model->itemChanged(0);
    QVERIFY(cell(0, BatchResultModel::ChangesColumn).toString().contains(QString(39, u'x') + u"…"_s));
    QVERIFY(!cell(0, BatchResultModel::ChangesColumn).toString().contains(QString(40, u'x')));
    QVERIFY(cell(0, BatchResultModel::ChangesColumn, Qt::ToolTipRole).toString().contains(QString(60, u'x')));
}

void TestBatchResultModel::verdictColumn()
{
    QCOMPARE(cell(0, BatchResultModel::VerdictColumn).toString(), BatchOps::verdictText(BatchVerdict::WillChange));
    QVERIFY(!cell(0, BatchResultModel::VerdictColumn, Qt::ToolTipRole).isValid());
    QCOMPARE(cell(1, BatchResultModel::VerdictColumn).toString(), u"no change"_s);
    QCOMPARE(
        cell(1, BatchResultModel::VerdictColumn, Qt::ToolTipRole).toString(), u"Not changed: customer is “Y” here."_s);
}

void TestBatchResultModel::resultColumn()
{
    QCOMPARE(cell(0, BatchResultModel::ResultColumn).toString(), BatchCsv::stateText(BatchItem::RunState::Pending));
    QCOMPARE(cell(1, BatchResultModel::ResultColumn).toString(), QString()); // never sent: no result
    QCOMPARE(cell(2, BatchResultModel::ResultColumn).toString(), u"failed"_s);
    QCOMPARE(cell(2, BatchResultModel::ResultColumn, Qt::ToolTipRole).toString(), u"The server said 400."_s);
    QVERIFY(!cell(0, BatchResultModel::ResultColumn, Qt::ToolTipRole).isValid());
}

void TestBatchResultModel::rolesOnEveryColumn()
{
    for (int column = 0; column < BatchResultModel::ColumnCount; ++column) {
        QCOMPARE(cell(1, column, BatchResultModel::VerdictRole).toInt(), int(BatchVerdict::NoChange));
        QCOMPARE(cell(2, column, BatchResultModel::StateRole).toInt(), int(BatchItem::RunState::Failed));
        QCOMPARE(cell(0, column, BatchResultModel::ArtifactIdRole).toString(), u"a1"_s);
        // Colours come from the palette in the view, never from the model.
        QVERIFY(!cell(0, column, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(0, column, Qt::BackgroundRole).isValid());
        QVERIFY(!cell(0, column, Qt::EditRole).isValid());
    }
}

void TestBatchResultModel::itemChangedIsOneRow()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_batch.items[0].state = BatchItem::RunState::Done;
    m_batch.items[0].message = u"Kept with differences"_s;
    m_model->itemChanged(0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(0, BatchResultModel::ColumnCount - 1));
    QCOMPARE(cell(0, BatchResultModel::ResultColumn).toString(), u"done"_s);
    QCOMPARE(cell(0, BatchResultModel::ResultColumn, Qt::ToolTipRole).toString(), u"Kept with differences"_s);
    QCOMPARE(
        cell(0, BatchResultModel::ArtifactColumn, BatchResultModel::StateRole).toInt(), int(BatchItem::RunState::Done));

    // Indexes the table does not have are ignored.
    m_model->itemChanged(-1);
    m_model->itemChanged(3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void TestBatchResultModel::resetFollowsANewBatch()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    Batch bigger = sample();
    bigger.items.append(item(u"a4"_s, u""_s, u"k:v"_s, BatchVerdict::WillChange, BatchItem::RunState::Pending));
    bigger.items.append(item(u"a5"_s, u""_s, u""_s, BatchVerdict::Gone, BatchItem::RunState::NotSent));
    m_batch = bigger;
    m_model->resetBatch();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(cell(4, BatchResultModel::ArtifactColumn).toString(), u"a5"_s);
    QCOMPARE(cell(4, BatchResultModel::VerdictColumn).toString(), u"gone"_s);

    m_batch = Batch();
    m_model->resetBatch();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->index(0, 0).isValid());
}

void TestBatchResultModel::emptyBatch()
{
    const Batch none;
    BatchResultModel model([&none]() -> const Batch & { return none; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(BatchResultModel::ColumnCount));
    QVERIFY(!model.data(QModelIndex()).isValid());
}

QTEST_GUILESS_MAIN(TestBatchResultModel)
#include "tst_batchresultmodel.moc"
