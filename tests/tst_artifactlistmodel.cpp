#include "core/clock.h"
#include "demo/demoserver.h"
#include "models/artifactlistmodel.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArtifactListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstPageThenFetchMore();
    void loadsEverythingUnderTheTester();
    void filterReloads();
    void rolesAndColumns();
    void updateInPlace();
    void failureIsReported();

private:
    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<ArtifactListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestArtifactListModel::init()
{
    m_clock = std::make_unique<SteadyClock>(1000.0);
    m_server = std::make_unique<DemoServer>();
    m_server->setClock(m_clock.get());
    QVERIFY(m_server->start());
    m_budget = std::make_unique<RateBudget>(m_clock.get());
    m_client = std::make_unique<RecallClient>(m_budget.get());
    m_client->setConnection({m_server->baseUrl(), m_server->token()});
    m_model = std::make_unique<ArtifactListModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestArtifactListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

void TestArtifactListModel::firstPageThenFetchMore()
{
    // The tester fetches more on its own; this test wants to see each page arrive.
    m_tester.reset();
    QSignalSpy loading(m_model.get(), &ArtifactListModel::loadingChanged);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QTRY_VERIFY(!m_model->isLoading());
    const int firstPage = m_model->rowCount();
    QVERIFY(firstPage > 0);
    QVERIFY(firstPage < m_server->artifactCount());
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(loading.count(), 2);

    m_model->fetchMore({});
    QTRY_VERIFY(m_model->rowCount() > firstPage);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->artifact(row).id, m_server->artifactIds().at(row));
}

void TestArtifactListModel::loadsEverythingUnderTheTester()
{
    m_model->reload();
    QTRY_VERIFY(!m_model->isLoading());
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 10000);
    }
    QCOMPARE(m_model->rowCount(), m_server->artifactCount());
    QVERIFY(!m_model->hasMore());
}

void TestArtifactListModel::filterReloads()
{
    ListFilter failed;
    failed.statusCode = u"failed"_s;
    m_model->reload(failed);
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, 0).data(ArtifactListModel::StatusCodeRole).toString(), u"failed"_s);
    QCOMPARE(m_model->filter(), failed);
}

void TestArtifactListModel::rolesAndColumns()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 0);
    QCOMPARE(m_model->columnCount(), int(ArtifactListModel::ColumnCount));
    const Artifact &a = m_model->artifact(0);
    const QModelIndex id = m_model->index(0, ArtifactListModel::IdColumn);
    QCOMPARE(id.data(ArtifactListModel::ArtifactIdRole).toString(), a.id);
    QCOMPARE(id.data(Qt::ToolTipRole).toString(), a.id);
    QVERIFY(a.id.startsWith(id.data().toString()));
    QVERIFY(id.data().toString().size() < a.id.size());
    QCOMPARE(m_model->index(0, ArtifactListModel::StatusColumn).data().toString(), a.status.code);
    QCOMPARE(m_model->index(0, ArtifactListModel::StatusColumn).data(ArtifactListModel::StatusKindRole).toInt(),
        int(a.status.kind()));
    QCOMPARE(m_model->index(0, ArtifactListModel::CreatedColumn).data(ArtifactListModel::SortRole).toDateTime(),
        a.createdAt);
    QCOMPARE(m_model->index(0, ArtifactListModel::MetadataColumn).data().toString(), metadataSummary(a.metadata));
    QCOMPARE(m_model->headerData(ArtifactListModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    QVERIFY(!(m_model->flags(id) & Qt::ItemIsEditable));
}

void TestArtifactListModel::updateInPlace()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 2);
    Artifact changed = m_model->artifact(1);
    changed.status.code = u"archived"_s;
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    const int rows = m_model->rowCount();
    m_model->updateArtifact(changed);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->index(1, ArtifactListModel::StatusColumn).data().toString(), u"archived"_s);
    QCOMPARE(m_model->index(1, 0).data(ArtifactListModel::StatusKindRole).toInt(), int(StatusKind::Unknown));
}

void TestArtifactListModel::failureIsReported()
{
    m_client->setConnection({m_server->baseUrl(), u"wrong"_s});
    QSignalSpy failed(m_model.get(), &ArtifactListModel::loadFailed);
    m_model->reload();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().httpStatus, 401);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestArtifactListModel)
#include "tst_artifactlistmodel.moc"
