// The statistics beside the chart: the model on its own (QAbstractItemModelTester, values), and the
// real panel's wiring: a range dragged on the chart's axis or typed in the pane recomputes every column,
// and merging rows that share a name is undoable.
#include "analysis/analysistabs.h"
#include "analysis/speakerstatsmodel.h"
#include "analysis/statspane.h"
#include "testsettings.h"
#include "timeline/timelinecache.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepanel.h"
#include "timelinefixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// Ana (id 1) speaks 0-60 and, after rejoining as id 2, 100-130; Ben (id 3) speaks 50-90 and 200-260.
const QByteArray rejoinJson = "["
                              "{\"participant\":{\"id\":1,\"name\":\"Ana\"},\"start_timestamp\":{\"relative\":0},\"end_"
                              "timestamp\":{\"relative\":60}},"
                              "{\"participant\":{\"id\":3,\"name\":\"Ben\"},\"start_timestamp\":{\"relative\":50},"
                              "\"end_timestamp\":{\"relative\":90}},"
                              "{\"participant\":{\"id\":2,\"name\":\"Ana\"},\"start_timestamp\":{\"relative\":100},"
                              "\"end_timestamp\":{\"relative\":130}},"
                              "{\"participant\":{\"id\":3,\"name\":\"Ben\"},\"start_timestamp\":{\"relative\":200},"
                              "\"end_timestamp\":{\"relative\":260}}"
                              "]";

// The source row of the speaker whose first member is participant index `row`; -1 when none.
int rowOf(const SpeakerStatsModel &model, int row)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(SpeakerStatsModel::TimelineRowRole).toInt() == row)
            return r;
    }
    return -1;
}

double talkOf(const SpeakerStatsModel &model, int row)
{
    return model.index(rowOf(model, row), SpeakerStatsModel::Talk).data(SpeakerStatsModel::SortRole).toDouble();
}

} // namespace

class TestStatsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTesterThroughRangesAndMerges();
    void totalsRowStaysLastWhenSorted();
    void dragOnTheAxisChoosesTheRange();
    void anInterruptedDragChoosesNothing();
    void typedRangeMovesTheChart_data();
    void typedRangeMovesTheChart();
    void mergeAndUnmergeAreUndoable();
    void choosingASpeakerSelectsTheChartRow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimelineCache> m_cache;
    std::unique_ptr<TimelinePanel> m_panel;
};

void TestStatsPane::initTestCase()
{
    useTestSettings(u"tst_statspane"_s);
}

void TestStatsPane::init()
{
    QSettings().clear(); // each test starts from the defaults (events shown, a silence of 120 s)
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<TimelineCache>(m_dir->filePath(u"cache"_s));
    m_panel = std::make_unique<TimelinePanel>(m_cache.get());
    m_panel->resize(1400, 600);
    m_panel->show();
    m_panel->setActive(true);
    QFile file(m_dir->filePath(u"rejoin.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rejoinJson);
    file.close();
    m_panel->openFile(file.fileName());
    QTRY_VERIFY(m_panel->chart()->document());
    QVERIFY(m_panel->analysisTabs()->isVisible());
}

void TestStatsPane::cleanup()
{
    m_panel.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestStatsPane::modelPassesTheTesterThroughRangesAndMerges()
{
    SpeakerStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(TimelineFixture::fromJson(rejoinJson));
    QCOMPARE(model.rowCount(), 4); // three ids and the totals row
    QCOMPARE(talkOf(model, 0), 60.0);
    // One name on two ids: told apart by id, as the chart's name column does.
    QCOMPARE(model.index(rowOf(model, 0), 0).data().toString(), u"Ana #1"_s);
    QCOMPARE(model.index(rowOf(model, 2), 0).data().toString(), u"Ana #2"_s);
    QCOMPARE(model.index(rowOf(model, 1), 0).data().toString(), u"Ben"_s);
    // The totals row's first and last: anyone's earliest and latest speech.
    QCOMPARE(model.index(3, SpeakerStatsModel::FirstSpeech).data(SpeakerStatsModel::SortRole).toDouble(), 0.0);
    QCOMPARE(model.index(3, SpeakerStatsModel::LastSpeech).data(SpeakerStatsModel::SortRole).toDouble(), 260.0);
    model.setRange(TimeRange {40, 120});
    QCOMPARE(talkOf(model, 0), 20.0);
    QCOMPARE(talkOf(model, 1), 40.0); // Ben 50-90
    QCOMPARE(talkOf(model, 2), 20.0);
    model.setGroups(SpeakerStats::sameNameGroups(model.document()->timeline()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(talkOf(model, 0), 40.0); // both of Ana's ids, still in the range
    QVERIFY(model.index(rowOf(model, 0), 0).data().toString().contains(u"2 ids merged"_s));
    model.setRange(std::nullopt);
    QCOMPARE(talkOf(model, 0), 90.0);
    const QModelIndex totals = model.index(model.rowCount() - 1, SpeakerStatsModel::Talk);
    QVERIFY(totals.data(SpeakerStatsModel::TotalsRole).toBool());
    QCOMPARE(totals.data(SpeakerStatsModel::SortRole).toDouble(), 180.0); // 0-90, 100-130, 200-260
    QVERIFY(model.csv().contains("1+2,Ana"));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestStatsPane::totalsRowStaysLastWhenSorted()
{
    QTableView *table = m_panel->statsPane()->table();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int column = 0; column < SpeakerStatsModel::ColumnCount; ++column) {
            table->sortByColumn(column, order);
            const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
            QVERIFY2(last.data(SpeakerStatsModel::TotalsRole).toBool(), qPrintable(QString::number(column)));
        }
    }
}

void TestStatsPane::dragOnTheAxisChoosesTheRange()
{
    TimelineChart *chart = m_panel->chart();
    StatsPane *pane = m_panel->statsPane();
    const int y = chart->chartLayout().axis.center().y();
    const int x0 = chart->xOf(40);
    const int x1 = chart->xOf(120);
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(x0, y));
    QTest::mouseMove(chart, QPoint((x0 + x1) / 2, y));
    QTest::mouseMove(chart, QPoint(x1, y));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, QPoint(x1, y));
    QVERIFY(chart->selectedRange());
    QVERIFY(pane->range());
    // Pixels are coarser than seconds: within a pixel's worth of the dragged times.
    const double pixel = chart->visibleRange().duration() / chart->chartLayout().plotWidth();
    QVERIFY(std::abs(pane->range()->start - 40) <= 2 * pixel);
    QVERIFY(std::abs(pane->range()->end - 120) <= 2 * pixel);
    QVERIFY(std::abs(talkOf(*pane->model(), 1) - 40) <= 4 * pixel); // Ben 50-90
    QVERIFY(!pane->fromEdit()->text().isEmpty());
    QVERIFY(pane->model()->summary().startsWith(u"Range"_s));

    // A click on the axis returns to the whole meeting.
    QTest::mouseClick(chart, Qt::LeftButton, {}, QPoint(x0, y));
    QVERIFY(!chart->selectedRange());
    QVERIFY(!pane->range());
    QCOMPARE(talkOf(*pane->model(), 1), 100.0);
    QVERIFY(pane->fromEdit()->text().isEmpty());
}

// A drag whose release never comes (the chart hidden or given another document meanwhile) ends there:
// a later hover without a button neither chooses a range nor crashes on a document that went away.
void TestStatsPane::anInterruptedDragChoosesNothing()
{
    TimelineChart *chart = m_panel->chart();
    const auto doc = chart->document();
    const int y = chart->chartLayout().axis.center().y();
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(chart->xOf(40), y));
    chart->setDocument(nullptr);
    QMouseEvent stillHeld(QEvent::MouseMove, QPointF(chart->xOf(120), y),
        chart->mapToGlobal(QPointF(chart->xOf(120), y)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart, &stillHeld); // no document: ends the drag instead of reading it
    chart->setDocument(doc);
    QMouseEvent hover(QEvent::MouseMove, QPointF(chart->xOf(150), y), chart->mapToGlobal(QPointF(chart->xOf(150), y)),
        Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart, &hover);
    QVERIFY(!chart->selectedRange());
    QVERIFY(!m_panel->statsPane()->range());

    // Hidden mid-drag: shown again, a hover chooses nothing either.
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(chart->xOf(40), y));
    chart->hide();
    chart->show();
    QApplication::sendEvent(chart, &hover);
    QVERIFY(!chart->selectedRange());
    const TimeRange before = chart->visibleRange();
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(chart->xOf(40), chart->chartLayout().rows.center().y()));
    chart->setDocument(doc); // a new copy arrives while panning
    QMouseEvent panHover(QEvent::MouseMove, QPointF(chart->xOf(150), chart->chartLayout().rows.center().y()),
        chart->mapToGlobal(QPointF(chart->xOf(150), chart->chartLayout().rows.center().y())), Qt::NoButton,
        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart, &panHover);
    QCOMPARE(chart->visibleRange().start, before.start);
}

void TestStatsPane::typedRangeMovesTheChart_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("benTalk");
    QTest::newRow("h:mm:ss") << u"0:03:20"_s << u"0:04:00"_s << true << 40.0;
    QTest::newRow("seconds") << u"60"_s << u"95.5"_s << true << 30.0;
    QTest::newRow("open start") << u""_s << u"1:00"_s << true << 10.0;
    QTest::newRow("decimal comma") << u"1:00,0"_s << u"95,5"_s << true << 30.0;
    QTest::newRow("backwards") << u"0:02:00"_s << u"0:01:00"_s << false << 0.0;
    QTest::newRow("nonsense") << u"soon"_s << u"0:01:00"_s << false << 0.0;
    QTest::newRow("seconds past 59") << u"0:00:75"_s << u"0:01:00"_s << false << 0.0;
}

void TestStatsPane::typedRangeMovesTheChart()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, valid);
    QFETCH(double, benTalk);
    StatsPane *pane = m_panel->statsPane();
    pane->fromEdit()->setText(from);
    pane->toEdit()->setText(to);
    QTest::keyClick(pane->toEdit(), Qt::Key_Return);
    QCOMPARE(m_panel->chart()->selectedRange().has_value(), valid);
    QCOMPARE(pane->rangeProblem().isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(talkOf(*pane->model(), 1), benTalk);
    // Esc in a range field returns to the whole meeting.
    pane->toEdit()->setFocus();
    QTest::keyClick(pane->toEdit(), Qt::Key_Escape);
    QVERIFY(!m_panel->chart()->selectedRange());
    QCOMPARE(talkOf(*pane->model(), 1), 100.0);
}

void TestStatsPane::mergeAndUnmergeAreUndoable()
{
    StatsPane *pane = m_panel->statsPane();
    SpeakerStatsModel *model = pane->model();
    QVERIFY(pane->mergeAction()->isEnabled());
    QVERIFY(!pane->unmergeAction()->isEnabled());
    auto *mergeButton = pane->findChild<QToolButton *>(u"statsMerge"_s);
    QVERIFY(mergeButton);
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    // The chart marks Ana's two rows as merged, Ben's not.
    const std::vector<int> &marked = m_panel->chart()->mergedGroups();
    QCOMPARE(marked.size(), size_t(3));
    QVERIFY(marked[0] >= 0 && marked[0] == marked[2]);
    QCOMPARE(marked[1], -1);
    QCOMPARE(talkOf(*model, 0), 90.0);
    QVERIFY(!pane->mergeAction()->isEnabled());
    QVERIFY(pane->unmergeAction()->isEnabled());
    // Merged: Ana's two ids are one speaker, so her own ids never overlap each other, and Ben's overlap
    // with her stays 10 s.
    QCOMPARE(
        model->index(rowOf(*model, 1), SpeakerStatsModel::Overlap).data(SpeakerStatsModel::SortRole).toDouble(), 10.0);

    pane->undoStack()->undo();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(talkOf(*model, 0), 60.0);
    QVERIFY(std::all_of(m_panel->chart()->mergedGroups().begin(), m_panel->chart()->mergedGroups().end(),
        [](int group) { return group < 0; }));
    pane->undoStack()->redo();
    QCOMPARE(model->rowCount(), 3);

    // Unmerge the selected merged row with the keyboard (Ctrl+Shift+G in the pane).
    QTableView *table = pane->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(SpeakerStatsModel::MembersRole).value<QList<qsizetype>>().size() > 1)
            table->selectRow(r);
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(pane->undoStack()->count(), 2);
    // Ctrl+Z in the pane undoes the unmerge (not the window's other undo), Ctrl+Shift+Z redoes it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 3);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), 4);
    pane->undoStack()->undo();
    QCOMPARE(model->rowCount(), 3);

    // A new meeting starts unmerged, with nothing to undo.
    m_panel->openFile(m_dir->filePath(u"rejoin.json"_s));
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(pane->undoStack()->count(), 0);
}

void TestStatsPane::choosingASpeakerSelectsTheChartRow()
{
    QTableView *table = m_panel->statsPane()->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const int row = table->model()->index(r, 0).data(SpeakerStatsModel::TimelineRowRole).toInt();
        if (row < 0)
            continue;
        table->selectRow(r);
        QCOMPARE(m_panel->chart()->selectedRow(), row);
    }
}

QTEST_MAIN(TestStatsPane)
#include "tst_statspane.moc"
