#include "core/timeformat.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "domain/artifactparser.h"
#include "models/artifactlistmodel.h"
#include "models/searchtexts.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QAbstractItemModelTester>
#include <QFont>
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
    void reloadKeepsRowsUntilTheFirstPage();
    void loadsEverythingUnderTheTester();
    void filterReloads();
    void rolesAndColumns();
    void updateInPlace();
    void failureIsReported();
    void setClientClearsWithoutLoading();
    void loadAllReportsProgress();
    void cancelLoadAllMidway();
    void loadAllAfterFirstPage();
    void statusCountsMatchRows();
    void relativeTimes();
    void searchTextHasFullIdsAndMetadata();
    void compactRowsRoundTrip();
    void compactRowsKeepEdgeValues();
    void searchTextsKeepEveryText();
    void removeArtifactShiftsRows();
    void loadAllSkipsMalformedArtifacts();
    void loadAllFollowsTolerableNextLinks();
    void unreadableNextLinkStopsLoading();
    void skippedItemsAreReported();
    void oddArtifactsSurviveTheCompactRows();

private:
    void loadEverything();
    void loadAllCompleted(); // whatever the row count

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<ArtifactListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestArtifactListModel::init()
{
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
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
    // While pages remain, the header says that sorting orders the loaded rows only.
    QVERIFY(m_model->headerData(ArtifactListModel::CreatedColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"more pages"_s));

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
    // Every row is here now, so the header no longer warns that a sort leaves rows out.
    QVERIFY(!m_model->headerData(ArtifactListModel::CreatedColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(u"more pages"_s));
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
    const Artifact a = m_model->artifact(0);
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

void TestArtifactListModel::loadAllCompleted()
{
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
}

void TestArtifactListModel::loadEverything()
{
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(m_model->rowCount(), m_server->artifactCount());
}

void TestArtifactListModel::setClientClearsWithoutLoading()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 0);
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());

    DemoServer::Options options;
    options.seed = 7;
    options.artifactCount = 30;
    DemoServer other(options);
    other.setClock(m_clock.get());
    QVERIFY(other.start());
    RecallClient otherClient(m_budget.get());
    otherClient.setConnection({other.baseUrl(), other.token()});

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &ArtifactListModel::statusCountsChanged);
    m_model->setClient(&otherClient);
    QCOMPARE(m_model->client(), &otherClient);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->statusCounts().isEmpty());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    // The cancelled page of the old workspace never arrives, and nothing loads by itself.
    QTest::qWait(100);
    QCOMPARE(m_model->rowCount(), 0);

    m_model->reload();
    QTRY_COMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_model->artifact(0).id, other.artifactIds().first());
    m_model->setClient(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestArtifactListModel::loadAllReportsProgress()
{
    QSignalSpy progress(m_model.get(), &ArtifactListModel::loadAllProgress);
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QVERIFY(m_model->isLoadingAll());
    QVERIFY(m_model->isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!m_model->isLoadingAll());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->hasMore());
    QCOMPARE(m_model->rowCount(), m_server->artifactCount());
    const int pages = (m_server->artifactCount() + m_server->options().pageSize - 1) / m_server->options().pageSize;
    QCOMPARE(progress.count(), pages);
    for (int i = 0; i < progress.count(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), std::min((i + 1) * m_server->options().pageSize, m_model->rowCount()));
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->artifact(row).id, m_server->artifactIds().at(row));

    // Nothing left: finishes at once, completed.
    m_model->loadAll();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toBool(), true);
}

void TestArtifactListModel::cancelLoadAllMidway()
{
    m_tester.reset(); // the tester would fetch more on its own
    m_server->setLatencyMs(50);
    QSignalSpy progress(m_model.get(), &ArtifactListModel::loadAllProgress);
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    bool cancelledInFlight = false;
    // Right after the second page the third one is on its way (50 ms of latency): cancel that.
    connect(m_model.get(), &ArtifactListModel::loadAllProgress, this, [this, &cancelledInFlight](int pages) {
        if (pages != 2)
            return;
        QTimer::singleShot(0, this, [this, &cancelledInFlight] {
            cancelledInFlight = m_model->isLoading() && m_model->isLoadingAll();
            m_model->cancelLoadAll();
        });
    });
    m_model->loadAll();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(cancelledInFlight);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!m_model->isLoadingAll());
    QVERIFY(!m_model->isLoading());
    const int rows = m_model->rowCount();
    QCOMPARE(rows, 2 * m_server->options().pageSize);
    QTest::qWait(200); // the cancelled page does not arrive late
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(progress.count(), 2);
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->canFetchMore({}));
    m_model->cancelLoadAll(); // not loading all: nothing happens
    QCOMPARE(finished.count(), 1);

    // reload() ends a load-all as not completed too.
    m_model->loadAll();
    m_model->reload();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), m_server->options().pageSize);
}

void TestArtifactListModel::loadAllAfterFirstPage()
{
    m_tester.reset(); // the tester would fetch the next page on its own
    m_model->reload();
    QTRY_VERIFY(!m_model->isLoading());
    QSignalSpy progress(m_model.get(), &ArtifactListModel::loadAllProgress);
    QSignalSpy failed(m_model.get(), &ArtifactListModel::loadFailed);
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_server->failNextRequests(1, 404);
    m_model->loadAll();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(progress.count(), 0);
    // After a failure the same page is asked for again.
    loadEverything();
    QVERIFY(progress.count() > 0);
}

void TestArtifactListModel::statusCountsMatchRows()
{
    QSignalSpy changed(m_model.get(), &ArtifactListModel::statusCountsChanged);
    loadEverything();
    QVERIFY(changed.count() > 0);
    QMap<QString, int> counted;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counted[m_model->index(row, 0).data(ArtifactListModel::StatusCodeRole).toString()];
    QCOMPARE(m_model->statusCounts(), counted);
    QVERIFY(counted.size() >= 4); // processing, done, failed, deleted

    changed.clear();
    Artifact a = m_model->artifact(3);
    const QString oldCode = a.status.code;
    a.status.code = u"archived"_s;
    m_model->updateArtifact(a);
    QCOMPARE(changed.count(), 1);
    --counted[oldCode];
    if (counted.value(oldCode) == 0)
        counted.remove(oldCode);
    counted[u"archived"_s] = 1;
    QCOMPARE(m_model->statusCounts(), counted);

    // Metadata alone leaves the counts as they are.
    a.metadata.insert(u"note"_s, u"x"_s);
    m_model->updateArtifact(a);
    QCOMPARE(changed.count(), 1);
}

void TestArtifactListModel::relativeTimes()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 0);
    const Artifact a = m_model->artifact(0);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(a.createdAt.addSecs(3 * 60));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().column(), int(ArtifactListModel::CreatedColumn));
    QCOMPARE(dataChanged.first().at(1).toModelIndex().column(), int(ArtifactListModel::UpdatedColumn));
    QCOMPARE(dataChanged.first().at(1).toModelIndex().row(), m_model->rowCount() - 1);
    m_model->setNow(a.createdAt.addSecs(3 * 60)); // no change, no signal
    QCOMPARE(dataChanged.count(), 1);

    const QModelIndex created = m_model->index(0, ArtifactListModel::CreatedColumn);
    // Compact in the cell (the relative form within a day), both full forms in the tooltip.
    QCOMPARE(created.data().toString(), u"3 min ago"_s);
    QCOMPARE(created.data(Qt::ToolTipRole).toString(), TimeFormat::full(a.createdAt, a.createdAt.addSecs(180)));
    QVERIFY(created.data(Qt::ToolTipRole).toString().contains(TimeFormat::utc(a.createdAt)));
    QVERIFY(created.data(Qt::ToolTipRole).toString().contains(TimeFormat::local(a.createdAt)));
    const QModelIndex updated = m_model->index(0, ArtifactListModel::UpdatedColumn);
    QCOMPARE(updated.data().toString(), TimeFormat::compact(a.status.updatedAt, m_model->now()));
    QVERIFY(updated.data(Qt::ToolTipRole).toString().contains(TimeFormat::utc(a.status.updatedAt)));
    QCOMPARE(updated.data(ArtifactListModel::SortRole).toDateTime(), a.status.updatedAt);

    m_model->setNow(a.createdAt.addDays(5));
    QCOMPARE(created.data().toString(), a.createdAt.toLocalTime().toString(u"yyyy-MM-dd"_s));
    m_model->setNow({}); // back to the clock
    QVERIFY(!m_model->now().isNull());
    QCOMPARE(created.data().toString(), TimeFormat::compact(a.createdAt, QDateTime::currentDateTimeUtc()));
}

void TestArtifactListModel::searchTextHasFullIdsAndMetadata()
{
    loadEverything();
    const int row = m_model->rowOf(m_server->artifactIdWithQuirk(DemoServer::Quirk::NullMetadataValue));
    QVERIFY(row >= 0);
    for (int r : {0, row, m_model->rowCount() - 1}) {
        const Artifact a = m_model->artifact(r);
        const QString text
            = m_model->index(r, ArtifactListModel::MetadataColumn).data(ArtifactListModel::SearchTextRole).toString();
        QCOMPARE(text, m_model->index(r, 0).data(ArtifactListModel::SearchTextRole).toString());
        QCOMPARE(text, text.toCaseFolded());
        QVERIFY(text.contains(a.id));
        QVERIFY(text.contains(a.recording.id));
        QVERIFY(text.contains(a.status.code));
        QVERIFY(text.contains(TimeFormat::local(a.createdAt)));
        if (a.status.subCode)
            QVERIFY(text.contains(a.status.subCode->toCaseFolded()));
        for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it) {
            QVERIFY(text.contains(it.key().toCaseFolded()));
            if (it.value())
                QVERIFY2(text.contains(it.value()->toCaseFolded()), qPrintable(*it.value()));
        }
    }
}

void TestArtifactListModel::compactRowsRoundTrip()
{
    // Everything the list keeps comes back exactly: ids, status, sub_code, times, metadata (null
    // values, unicode, 500 characters). Download links and recording metadata are not kept.
    loadEverything();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Artifact rebuilt = m_model->artifact(row);
        Result<Artifact> parsed = ArtifactParser::artifactFromJson(m_server->artifactJson(rebuilt.id));
        QVERIFY(parsed);
        Artifact expected = parsed.value();
        expected.downloads = {};
        expected.recording.metadata.reset();
        QCOMPARE(rebuilt, expected);
        QCOMPARE(m_model->rowOf(rebuilt.id), row);
        QCOMPARE(m_model->index(row, 0).data(ArtifactListModel::ArtifactRole).value<Artifact>(), expected);
    }
}

void TestArtifactListModel::compactRowsKeepEdgeValues()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 1);
    Artifact edgy = m_model->artifact(1);
    edgy.recording.id = u"REC-Not-A-Uuid"_s;
    edgy.status.code = QString();
    edgy.status.subCode = QString(); // empty, not null
    edgy.status.updatedAt = {};
    edgy.createdAt = QDateTime::fromMSecsSinceEpoch(-1234567, Qt::UTC); // before 1970, ms precision
    edgy.metadata = {{u"null"_s, std::nullopt}, {u"empty"_s, QString()}, {u"Prüfstatus"_s, u"erledigt ✓"_s},
        {u"emoji"_s, u"📬 \"quoted\", line\nbreak"_s}, {u"日本語"_s, u"会議"_s}};
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateArtifact(edgy);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_model->artifact(1), edgy);
    QCOMPARE(
        m_model->index(1, ArtifactListModel::RecordingColumn).data(Qt::ToolTipRole).toString(), u"REC-Not-A-Uuid"_s);
    QCOMPARE(m_model->index(1, ArtifactListModel::StatusColumn).data().toString(), u"(none)"_s);
    QVERIFY(m_model->index(1, ArtifactListModel::UpdatedColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(1, ArtifactListModel::MetadataColumn).data().toString(), metadataSummary(edgy.metadata));

    // Only download links differ: nothing the list shows changed, so no dataChanged.
    Artifact links = edgy;
    links.downloads.participants = QUrl(u"https://example.invalid/p.json"_s);
    m_model->updateArtifact(links);
    QCOMPARE(dataChanged.count(), 1);
    QVERIFY(m_model->artifact(1).downloads.participants.isEmpty());
}

void TestArtifactListModel::removeArtifactShiftsRows()
{
    m_model->reload();
    QTRY_VERIFY(m_model->rowCount() > 10);
    const int rows = m_model->rowCount();
    QStringList ids;
    for (int r = 0; r < rows; ++r)
        ids.append(m_model->artifact(r).id);
    const QMap<QString, int> counts = m_model->statusCounts();
    const Artifact gone = m_model->artifact(4);
    QSignalSpy changed(m_model.get(), &ArtifactListModel::statusCountsChanged);
    QVERIFY(m_model->removeArtifact(gone.id)); // under the model tester
    QVERIFY(!m_model->removeArtifact(gone.id));
    QCOMPARE(changed.count(), 1);
    ids.removeAt(4);
    QCOMPARE(m_model->rowCount(), rows - 1);
    for (int r = 0; r < ids.size(); ++r) {
        QCOMPARE(m_model->rowOf(ids.at(r)), r);
        const QString text = m_model->index(r, 0).data(ArtifactListModel::SearchTextRole).toString();
        QVERIFY(text.contains(ids.at(r)));
    }
    QCOMPARE(m_model->rowOf(gone.id), -1);
    QCOMPARE(m_model->statusCounts().value(gone.status.code), counts.value(gone.status.code) - 1);
}

void TestArtifactListModel::searchTextsKeepEveryText()
{
    // Many rows, an empty one, one larger than a block, then enough replacements to force compaction:
    // every row reads back what it was last given.
    SearchTexts texts;
    QList<QByteArray> expected;
    const auto add = [&](const QByteArray &text) {
        texts.append(text);
        expected.append(text);
    };
    for (int i = 0; i < 3000; ++i)
        add("row " + QByteArray::number(i) + QByteArray(i % 97, 'x'));
    add({});
    add(QByteArray(200 * 1024, 'L'));
    add("after the large one");
    const qsizetype blocksBefore = texts.blockBytes();
    for (int round = 0; round < 40; ++round) {
        for (int i = 0; i < texts.size(); i += 7) {
            const QByteArray text
                = "round " + QByteArray::number(round) + " row " + QByteArray::number(i) + QByteArray(100, 'r');
            texts.replace(i, text);
            expected[i] = text;
        }
    }
    QCOMPARE(texts.size(), expected.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(texts.at(i), QByteArrayView(expected.at(i)));
    // Replacements were reclaimed instead of piling up: 40 rounds would otherwise hold 40 copies.
    QVERIFY2(texts.blockBytes() < 2 * blocksBefore,
        qPrintable(u"%1 bytes in blocks, %2 before"_s.arg(texts.blockBytes()).arg(blocksBefore)));
    texts.clear();
    QCOMPARE(texts.size(), 0);
    QCOMPARE(texts.blockBytes(), 0);
}

// Against a server that breaks the rules (DemoServer::setMalformedArtifacts): one artifact that
// cannot be identified is skipped, the others are kept with what could be read, and Load all goes on.
void TestArtifactListModel::loadAllSkipsMalformedArtifacts()
{
    using M = DemoServer::Malformation;
    m_server->setMalformedArtifacts(true);
    QSignalSpy failed(m_model.get(), &ArtifactListModel::loadFailed);
    loadAllCompleted();
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_model->hasMore());
    QStringList expected = m_server->artifactIds();
    expected.removeOne(m_server->artifactIdWithMalformation(M::IntegerId));
    QCOMPARE(m_model->rowCount(), expected.size());
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->artifact(row).id, expected.at(row));

    const Artifact nullStatus = m_model->artifact(m_model->rowOf(m_server->artifactIdWithMalformation(M::NullStatus)));
    QVERIFY(nullStatus.status.code.isEmpty());
    QCOMPARE(
        m_model->index(m_model->rowOf(nullStatus.id), ArtifactListModel::StatusColumn).data().toString(), u"(none)"_s);
    const QString numericId = m_server->artifactIdWithMalformation(M::NumericCreatedAt);
    QCOMPARE(m_model->artifact(m_model->rowOf(numericId)).createdAt,
        ArtifactParser::timestampFromJson(m_server->artifactJson(numericId).value("created_at"_L1)));
    const Artifact list = m_model->artifact(m_model->rowOf(m_server->artifactIdWithMalformation(M::ListMetadata)));
    QVERIFY(list.metadata.isEmpty());
    const Artifact utf8 = m_model->artifact(m_model->rowOf(m_server->artifactIdWithMalformation(M::InvalidUtf8)));
    QCOMPARE(*utf8.metadata.value(DemoMalformed::invalidUtf8Key()), u"Caf\uFFFD au lait \uFFFD"_s);
    const Artifact raw = m_model->artifact(m_model->rowOf(m_server->artifactIdWithMalformation(M::RawMetadataValues)));
    for (const auto &[key, text] : DemoMalformed::rawMetadataValues())
        QCOMPARE(*raw.metadata.value(key), QString::fromUtf8(text));
}

void TestArtifactListModel::loadAllFollowsTolerableNextLinks()
{
    m_server->setNextLinks(DemoServer::NextLinks::Tolerable);
    QSignalSpy failed(m_model.get(), &ArtifactListModel::loadFailed);
    loadEverything();
    QCOMPARE(failed.count(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->artifact(row).id, m_server->artifactIds().at(row));
}

void TestArtifactListModel::unreadableNextLinkStopsLoading()
{
    m_server->setNextLinks(DemoServer::NextLinks::Unreadable);
    QSignalSpy failed(m_model.get(), &ArtifactListModel::loadFailed);
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    // The first page is kept, and nothing more is asked for: no https hint, no endless retries.
    QCOMPARE(m_model->rowCount(), m_server->options().pageSize);
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(u"next page"_s), qPrintable(error.message));
    QVERIFY2(error.bodyExcerpt.contains(u":next-page/"_s), qPrintable(error.bodyExcerpt));
    QTest::qWait(50);
    QCOMPARE(m_server->apiRequests().size(), 1);

    // Load all again says so again, and still asks for nothing.
    m_model->loadAll();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 2);
    QTest::qWait(50);
    QCOMPARE(m_server->apiRequests().size(), 1);
}

void TestArtifactListModel::skippedItemsAreReported()
{
    using M = DemoServer::Malformation;
    m_server->setMalformedArtifacts(true);
    QSignalSpy skipped(m_model.get(), &ArtifactListModel::itemsSkipped);
    QSignalSpy replaced(m_model.get(), &ArtifactListModel::utf8Replaced);
    QList<SkippedItem> lastPageWhenSignalled;
    connect(m_model.get(), &ArtifactListModel::itemsSkipped, this,
        [this, &lastPageWhenSignalled] { lastPageWhenSignalled = m_model->lastPageSkipped(); });
    QSignalSpy finished(m_model.get(), &ArtifactListModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());

    // One item of the third page could not be read: the integer id, at position 3.
    QCOMPARE(skipped.count(), 1);
    const auto items = skipped.first().at(0).value<QList<SkippedItem>>();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().index, DemoMalformed::catalogIndex(M::IntegerId) - 100);
    QCOMPARE(items.first().reason, u"The artifact's id is a number, not text, so it cannot be identified."_s);
    // The first 300 characters of the item as served (the demo writes keys in alphabetical order).
    const QString excerpt = items.first().excerpt;
    QVERIFY2(excerpt.startsWith(u"{\"created_at\":\""_s), qPrintable(excerpt));
    QCOMPARE(excerpt.size(), 300);
    QVERIFY(items.first().excerpt.endsWith(u'\u2026'));
    QCOMPARE(lastPageWhenSignalled, items);
    QCOMPARE(m_model->skippedCount(), 1);
    QVERIFY(m_model->lastPageSkipped().isEmpty()); // the last page was clean

    // Two invalid UTF-8 sequences, on the same page.
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(replaced.first().at(0).toInt(), 2);
    QCOMPARE(m_model->replacedUtf8Sequences(), 2);
    QCOMPARE(m_model->lastPageReplacedUtf8Sequences(), 0);

    // A reload keeps the rows (and what was said of them) until its first page replaces them. (The
    // tester would fetch the later pages, the third included, on its own.)
    m_tester.reset();
    m_model->reload();
    QVERIFY(m_model->isRefreshing());
    QCOMPARE(m_model->skippedCount(), 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->skippedCount(), 0);
    QCOMPARE(m_model->replacedUtf8Sequences(), 0);
    QVERIFY(m_model->lastPageSkipped().isEmpty());
}

void TestArtifactListModel::oddArtifactsSurviveTheCompactRows()
{
    // A row keeps what the parser said about the artifact: problems, unreadable metadata, replaced
    // UTF-8, and metadata values as the server wrote them. The page and Retrieve agree.
    using M = DemoServer::Malformation;
    m_server->setMalformedArtifacts(true);
    loadAllCompleted();
    for (const M m : DemoMalformed::all()) {
        if (m == M::IntegerId)
            continue;
        const QString id = m_server->artifactIdWithMalformation(m);
        const int row = m_model->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(DemoMalformed::name(m)));
        std::optional<Result<Artifact>> retrieved;
        m_client->retrieveArtifact(id, this, [&retrieved](const Result<Artifact> &r) { retrieved = r; });
        QTRY_VERIFY(retrieved.has_value());
        QVERIFY(retrieved->ok());
        Artifact expected = retrieved->value();
        expected.downloads = {};
        expected.recording.metadata.reset();
        QCOMPARE(m_model->artifact(row), expected);
    }
    const int list = m_model->rowOf(m_server->artifactIdWithMalformation(M::ListMetadata));
    QVERIFY(m_model->artifact(list).metadataUnreadable);
    QCOMPARE(m_model->artifact(list).problems, QStringList {u"metadata could not be read: a list, not an object"_s});
    QCOMPARE(m_model->index(list, ArtifactListModel::MetadataColumn).data().toString(), u"(could not be read)"_s);
    const int utf8 = m_model->rowOf(m_server->artifactIdWithMalformation(M::InvalidUtf8));
    QCOMPARE(m_model->artifact(utf8).replacedUtf8Sequences, 2);
    const int raw = m_model->rowOf(m_server->artifactIdWithMalformation(M::RawMetadataValues));
    QVERIFY2(m_model->index(raw, ArtifactListModel::MetadataColumn)
                 .data()
                 .toString()
                 .contains(u"big=12345678901234567890"_s),
        qPrintable(m_model->index(raw, ArtifactListModel::MetadataColumn).data().toString()));
}

void TestArtifactListModel::reloadKeepsRowsUntilTheFirstPage()
{
    // The tester fetches more on its own; this test counts the rows of first pages.
    m_tester.reset();
    m_model->reload();
    QTRY_VERIFY(!m_model->isLoading());
    const int rows = m_model->rowCount();
    QVERIFY(rows > 0);
    // The same list again, slowly: the rows stay, in italics, until the new first page arrives.
    m_server->setLatencyMs(300);
    QSignalSpy refreshing(m_model.get(), &ArtifactListModel::refreshingChanged);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(m_model->isRefreshing());
    QVERIFY(m_model->index(0, ArtifactListModel::IdColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(refreshing.count(), 1);
    QTRY_VERIFY(!m_model->isRefreshing());
    QCOMPARE(refreshing.count(), 2);
    QCOMPARE(m_model->rowCount(), m_server->options().pageSize);
    QVERIFY(!m_model->index(0, ArtifactListModel::IdColumn).data(Qt::FontRole).isValid());

    // Another filter: rows that would contradict it go at once.
    ListFilter failed;
    failed.statusCode = u"failed"_s;
    m_model->reload(failed);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isRefreshing());
    QTRY_VERIFY(!m_model->isLoading());

    // A refresh that fails keeps the rows as last seen, no longer marked.
    const int failedRows = m_model->rowCount();
    m_server->setFirewallBlock(true);
    m_model->reload(failed);
    QVERIFY(m_model->isRefreshing());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->isRefreshing());
    QCOMPARE(m_model->rowCount(), failedRows);
    QVERIFY(m_model->lastError().has_value());
}

// A QGuiApplication, for the refreshing rows' font.
QTEST_MAIN(TestArtifactListModel)
#include "tst_artifactlistmodel.moc"
