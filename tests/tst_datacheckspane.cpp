#include "analysis/datacheckmodel.h"
#include "analysis/datacheckspane.h"
#include "meetingfixture.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

using Kind = DataChecks::Kind;

namespace {

// Ana speaks before joining; silences of 190 s (10-200) and 90 s (300-390); Cy never spoke.
MeetingFiles sample()
{
    return MeetingFixture::handMade(u"100=Ana Silva;101=Bo Berg;102=Cy Diaz"_s,
        u"100:0-10 101:200-210 100:215-300 101:390-400"_s, u"100 101 102"_s, u"join 100 5; join 101 0; join 102 0"_s);
}

qsizetype countOf(const DataCheckModel *model, Kind kind)
{
    return model->indexOf(kind).data(DataCheckModel::CountRole).value<qsizetype>();
}

} // namespace

class TestDataChecksPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void modelPassesTheTester_data();
    void modelPassesTheTester();
    void modelStates();
    void selectingALocationReveals_data();
    void selectingALocationReveals();
    void silenceThresholdChangesTheCount();
    void summary();
    void workerDropsAStaleResult();
    void keyboardAndAccessibility();
};

void TestDataChecksPane::initTestCase()
{
    useTestSettings(u"tst_datacheckspane"_s);
}

void TestDataChecksPane::init()
{
    QSettings().clear();
}

void TestDataChecksPane::modelPassesTheTester_data()
{
    QTest::addColumn<int>("features");
    QTest::newRow("hand-made") << -1;
    QTest::newRow("demo, plain") << 0;
    QTest::newRow("demo, every feature") << int(
        NegativeStartFeature | OpenEndedFeature | RejoinFeature | SameNameFeature | OverlapFeature | NullNameFeature);
}

void TestDataChecksPane::modelPassesTheTester()
{
    QFETCH(int, features);
    const MeetingFiles meeting
        = features < 0 ? sample() : MeetingFixture::demo(MeetingFixture::demoMeeting(quint16(features)));
    DataCheckModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(DataChecks::run(meeting));
    QCOMPARE(model.rowCount(), DataChecks::kindCount);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex check = model.index(r, 0);
        const DataChecks::Finding &f = model.findings().at(r);
        QCOMPARE(model.rowCount(check), f.applicable ? int(f.locations.size()) : 0);
        for (int c = 0; c < model.rowCount(check); ++c) {
            const QModelIndex location = model.index(c, 0, check);
            QCOMPARE(location.parent(), check);
            QCOMPARE(location.data().toString(), f.locations.at(c).what);
            QCOMPARE(location.data(DataCheckModel::FromRole).toDouble(), f.locations.at(c).from);
            QCOMPARE(location.data(DataCheckModel::RowRole).value<qsizetype>(), f.locations.at(c).row);
        }
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDataChecksPane::modelStates()
{
    DataCheckModel model;
    model.setFindings(
        DataChecks::run(MeetingFixture::handMade(u"100=Ana"_s, u"100:0-10 100:12-"_s, u"none"_s, u"none"_s)));
    const QModelIndex open = model.indexOf(Kind::OpenEnded, DataCheckModel::CountColumn);
    QCOMPARE(open.data(DataCheckModel::StateRole).toInt(), int(DataCheckModel::State::Found));
    QCOMPARE(open.data().toString(), u"1"_s);
    QCOMPARE(open.data(DataCheckModel::FromRole).toDouble(), 12.0); // its first location
    const QModelIndex clean = model.indexOf(Kind::ZeroLength, DataCheckModel::CountColumn);
    QCOMPARE(clean.data(DataCheckModel::StateRole).toInt(), int(DataCheckModel::State::Clean));
    QCOMPARE(clean.data().toString(), u"No problems found"_s);
    QVERIFY(!clean.data(DataCheckModel::FromRole).isValid());
    const QModelIndex na = model.indexOf(Kind::SpeechOutsidePresence, DataCheckModel::CountColumn);
    QCOMPARE(na.data(DataCheckModel::StateRole).toInt(), int(DataCheckModel::State::NotApplicable));
    QCOMPARE(na.data().toString(), u"Not checked"_s);
    QVERIFY(na.data(Qt::ToolTipRole).toString().contains(u"events file"_s));
    QVERIFY(na.data(DataCheckModel::ExplanationRole).toString().contains(u"events file"_s));
    QCOMPARE(model.checksWithFindings(), 1);
    QCOMPARE(model.totalCount(), 1);
}

void TestDataChecksPane::selectingALocationReveals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("child"); // -1: the check itself
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<qint64>("id"); // 0: no row

    QTest::newRow("speech before joining") << int(Kind::SpeechOutsidePresence) << 0 << 0.0 << 10.0 << qint64(100);
    QTest::newRow("a silence, no row") << int(Kind::LongSilence) << 0 << 10.0 << 200.0 << qint64(0);
    QTest::newRow("a check: its first location") << int(Kind::LongSilence) << -1 << 10.0 << 200.0 << qint64(0);
    QTest::newRow("a participant who never spoke")
        << int(Kind::ParticipantNeverSpoke) << 0 << 0.0 << 400.0 << qint64(0);
}

void TestDataChecksPane::selectingALocationReveals()
{
    QFETCH(int, kind);
    QFETCH(int, child);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(qint64, id);

    DataChecksPane pane;
    pane.setSilenceSeconds(60);
    const MeetingFiles meeting = sample();
    pane.setMeeting(meeting);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy reveal(&pane, &DataChecksPane::revealRequested);

    const QModelIndex check = pane.model()->indexOf(Kind(kind));
    const QModelIndex target = child < 0 ? check : pane.model()->index(child, 0, check);
    QVERIFY(target.isValid());
    pane.view()->expand(check);
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(target);
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.first().at(0).toDouble(), from);
    QCOMPARE(reveal.first().at(1).toDouble(), to);
    const int row = id ? int(*meeting.timeline().rowOf(id)) : -1;
    QCOMPARE(reveal.first().at(2).toInt(), row);
    QCOMPARE(pane.explanationText(), DataChecks::explanation(Kind(kind)));

    // Enter on it again asks again.
    QTest::keyClick(pane.view(), Qt::Key_Return);
    QCOMPARE(reveal.size(), 2);
    QCOMPARE(reveal.last().at(0).toDouble(), from);
}

void TestDataChecksPane::silenceThresholdChangesTheCount()
{
    DataChecksPane pane;
    QCOMPARE(pane.silenceSeconds(), 120);
    pane.setMeeting(sample());
    QCOMPARE(countOf(pane.model(), Kind::LongSilence), 1);
    pane.view()->setCurrentIndex(pane.model()->indexOf(Kind::LongSilence));

    QSignalSpy reveal(&pane, &DataChecksPane::revealRequested);
    pane.silenceBox()->setFocus();
    pane.silenceBox()->selectAll();
    QTest::keyClicks(pane.silenceBox(), u"60"_s);
    QTest::keyClick(pane.silenceBox(), Qt::Key_Enter);
    QCOMPARE(pane.silenceSeconds(), 60);
    QCOMPARE(countOf(pane.model(), Kind::LongSilence), 2);
    QVERIFY(pane.model()->indexOf(Kind::LongSilence).data().toString().contains(u"60"_s));
    // The chosen check stays chosen, and the chart stays where it is.
    QCOMPARE(pane.view()->currentIndex(), pane.model()->indexOf(Kind::LongSilence));
    QCOMPARE(reveal.size(), 0);
    QCOMPARE(QSettings().value(u"analysis/silenceSeconds"_s).toInt(), 60);

    pane.setSilenceSeconds(500);
    QCOMPARE(countOf(pane.model(), Kind::LongSilence), 0);
    DataChecksPane next;
    QCOMPARE(next.silenceSeconds(), 500); // persisted
}

void TestDataChecksPane::summary()
{
    DataChecksPane pane;
    QCOMPARE(pane.summaryText(), u"No meeting open"_s);
    pane.setMeeting(sample());
    // Outside presence 1, never spoke 1, long silence 1.
    QCOMPARE(pane.summaryText(), u"3 finding(s) in 3 check(s)"_s);
    pane.setMeeting(MeetingFixture::handMade(u"100=Ana"_s, u"100:0-10"_s, u"none"_s, u"none"_s));
    QCOMPARE(pane.summaryText(), u"No problems found in 7 check(s); 3 check(s) could not run"_s);
    pane.clear();
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.summaryText(), u"No meeting open"_s);
}

void TestDataChecksPane::workerDropsAStaleResult()
{
    DataChecksPane pane;
    pane.setWorkerThreshold(0);
    QSignalSpy checked(&pane, &DataChecksPane::checked);
    const MeetingFiles big = MeetingFixture::demo(
        MeetingFixture::demoMeeting(OpenEndedFeature | SameNameFeature, 12, 4 * 3600 * qint64(1000000)));
    pane.setMeeting(big);
    QVERIFY(pane.isChecking());
    QCOMPARE(pane.summaryText(), u"Checking the meeting\u2026"_s);
    QVERIFY(!pane.view()->isEnabled());
    pane.setMeeting(sample());
    QTRY_VERIFY(!pane.isChecking());
    QTest::qWait(50); // the first run's result, had it been delivered
    QCOMPARE(checked.size(), 1);
    QCOMPARE(countOf(pane.model(), Kind::LongSilence), 1);
    QCOMPARE(countOf(pane.model(), Kind::SharedName), 0);
    QVERIFY(pane.view()->isEnabled());

    pane.setMeeting(big);
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(countOf(pane.model(), Kind::SharedName), 2);
    QCOMPARE(countOf(pane.model(), Kind::OpenEnded), 1);
}

void TestDataChecksPane::keyboardAndAccessibility()
{
    DataChecksPane pane;
    pane.setMeeting(sample());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QList<QWidget *> widgets {pane.silenceBox(), pane.view()};
    for (QWidget *w : widgets) {
        QVERIFY(!w->objectName().isEmpty());
        QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(!w->toolTip().isEmpty());
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    }
    const auto labels = pane.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->buddy() == pane.silenceBox(); }));

    // Down arrow through the checks reveals those with something to show.
    QSignalSpy reveal(&pane, &DataChecksPane::revealRequested);
    pane.view()->setFocus(Qt::TabFocusReason); // only makes an item current: the chart stays
    QCOMPARE(reveal.size(), 0);
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    QCOMPARE(reveal.size(), 1); // the first row is a check that found something
    // Checks that found something come first, clean ones last.
    bool clean = false;
    for (int r = 0; r < pane.model()->rowCount(); ++r) {
        const bool found = pane.model()->index(r, 0).data(DataCheckModel::CountRole).toLongLong() > 0;
        QVERIFY2(!(found && clean), qPrintable(QString::number(r)));
        clean = clean || !found;
    }
    pane.view()->setCurrentIndex(pane.model()->indexOf(DataChecks::Kind::EndBeforeStart)); // nothing found
    QCOMPARE(reveal.size(), 1);
    QVERIFY(!pane.explanationText().isEmpty());
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    QCOMPARE(reveal.size(), 2);
    QTest::keyClick(pane.view(), Qt::Key_Right); // expand
    QTest::keyClick(pane.view(), Qt::Key_Down); // its first location
    QCOMPARE(reveal.size(), 3);
    QCOMPARE(pane.view()->currentIndex().parent(), pane.model()->index(0, 0));
}

QTEST_MAIN(TestDataChecksPane)
#include "tst_datacheckspane.moc"
