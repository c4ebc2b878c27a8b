#include "timeline/segmentlookup.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerenderer.h"
#include "timelinefixture.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using Doc = std::shared_ptr<const TimelineDocument>;
using TimelineFixture::Segment;

namespace {

qsizetype segmentIndex(const TimelineDocument &doc, int participant, double start)
{
    const SpeakerTimeline &t = doc.timeline();
    for (qsizetype i = 0; i < t.segmentCount(); ++i) {
        if (int(t.segments()[size_t(i)].participant) == participant && t.segments()[size_t(i)].start == start)
            return i;
    }
    return -1;
}

void sendWheel(QWidget *w, QPoint pos, QPoint angleDelta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent e(QPointF(pos), QPointF(w->mapToGlobal(pos)), QPoint(), angleDelta, Qt::NoButton, modifiers,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, modifiers);
    QApplication::sendEvent(w, &e);
}

// Press, move in a few steps, release: a real drag as the widget sees it.
void drag(QWidget *w, QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(w, QEvent::MouseButtonPress, from, button, button, modifiers);
    for (int step = 1; step <= 4; ++step)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, button, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, to, button, Qt::NoButton, modifiers);
}

QPoint centreOf(const TimelineChart &chart, int participant, double from, double to)
{
    const QRect row = chart.rowRect(participant);
    return {(chart.xOf(from) + chart.xOf(to)) / 2, row.center().y()};
}

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TimelineChart> m_chart;
    Doc m_doc;

    TimelineChart &chart() { return *m_chart; }
    double tolerance() const { return m_chart->mapping().secondsPerPixel() * 1e-6; }

private Q_SLOTS:
    // Ends within a row are not sorted: a long turn under hundreds of short ones later in the same row
    // (a speaker's two devices, an odd export) is still found under the cursor, however far back.
    void longSegmentUnderManyShortOnesIsFound()
    {
        QList<TimelineFixture::Segment> segments {{0, 0, 5000}};
        for (int i = 0; i < 1000; ++i)
            segments.append({0, 10.0 + i * 3, 11.0 + i * 3});
        const auto doc = TimelineFixture::fromJson(TimelineFixture::handWritten(segments));
        QVERIFY(doc);
        const qsizetype longOne = doc->timeline().rowBegin(0); // sorted by start: the first of its row
        QCOMPARE(SegmentLookup::segmentAt(*doc, 0, 4000, 0), std::optional<qsizetype>(longOne));
        // A time inside a short one still gives the short one (the latest-starting that contains it).
        QCOMPARE(SegmentLookup::segmentAt(*doc, 0, 10.5, 0), std::optional<qsizetype>(longOne + 1));
        // Past every segment, nothing within no slack; the nearest within some slack.
        QCOMPARE(SegmentLookup::segmentAt(*doc, 0, 6000, 0), std::nullopt);
        QCOMPARE(SegmentLookup::segmentAt(*doc, 0, 5000.5, 1), std::optional<qsizetype>(longOne));
    }

    void init()
    {
        m_doc = TimelineFixture::threeSpeakers();
        QVERIFY(m_doc);
        QCOMPARE(m_doc->timeline().segmentCount(), 7);
        m_chart = std::make_unique<TimelineChart>();
        m_chart->resize(900, 420);
        m_chart->setDocument(m_doc);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->setFocus();
    }

    void cleanup() { m_chart.reset(); }

    void startsFittedToTheWholeMeeting()
    {
        QCOMPARE(chart().visibleRange(), (TimeRange {-3, 180}));
        QCOMPARE(chart().rows(), (std::vector<int> {1, 0, 2})); // first speech: -3, 10, 70
        QCOMPARE(chart().selectedSegment(), -1);
    }

    void ctrlWheelZoomsAroundTheCursor_data()
    {
        QTest::addColumn<double>("atSeconds");
        QTest::addColumn<int>("notches");
        QTest::newRow("in, at 60 s") << 60.0 << 2;
        QTest::newRow("in, at 130 s") << 130.0 << 5;
        QTest::newRow("in then out, at 90 s") << 90.0 << -1;
    }

    void ctrlWheelZoomsAroundTheCursor()
    {
        QFETCH(double, atSeconds);
        QFETCH(int, notches);
        if (notches < 0)
            chart().zoom(8); // room to zoom out again
        const QPoint pos(chart().xOf(atSeconds), chart().rowRect(0).center().y());
        const double under = chart().secondsAt(pos.x());
        const double span = chart().visibleRange().duration();
        QSignalSpy changed(&chart(), &TimelineChart::visibleRangeChanged);
        sendWheel(&chart(), pos, QPoint(0, 120 * notches), Qt::ControlModifier);
        QCOMPARE(changed.size(), 1);
        QVERIFY(std::abs(chart().visibleRange().duration() - span / std::pow(1.2, notches)) < span * 1e-9);
        QVERIFY2(std::abs(chart().secondsAt(pos.x()) - under) < 1e-6,
            qPrintable(u"%1 moved to %2"_s.arg(under).arg(chart().secondsAt(pos.x()))));
    }

    void wheelPansWhenTheRowsFit()
    {
        chart().zoom(4);
        const TimeRange before = chart().visibleRange();
        const QPoint pos = centreOf(chart(), 0, 80, 80);
        sendWheel(&chart(), pos, QPoint(0, -120)); // down: later in time
        const double step = chart().mapping().width() / 10 * chart().mapping().secondsPerPixel();
        QVERIFY(std::abs(chart().visibleRange().start - (before.start + step)) < 1e-6);
        sendWheel(&chart(), pos, QPoint(0, 120), Qt::ShiftModifier);
        QVERIFY(std::abs(chart().visibleRange().start - before.start) < 1e-6);
        sendWheel(&chart(), pos, QPoint(-240, 0)); // a horizontal wheel pans too
        QVERIFY(std::abs(chart().visibleRange().start - (before.start + 2 * step)) < 1e-6);
        QCOMPARE(chart().visibleRange().duration(), before.duration());
    }

    void plainWheelScrollsRowsThatDoNotFit()
    {
        const Doc many = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 40, 30LL * 60 * 1000000);
        QVERIFY(many);
        QVERIFY(many->rowCount() >= 30);
        chart().setDocument(many);
        const QScrollBar *bar = chart().findChild<QScrollBar *>();
        QVERIFY(bar && bar->isVisible());
        const TimeRange range = chart().visibleRange();
        const QPoint pos = chart().chartLayout().rows.center();
        sendWheel(&chart(), pos, QPoint(0, -120));
        QVERIFY(chart().verticalScroll() > 0);
        QCOMPARE(bar->value(), chart().verticalScroll());
        QCOMPARE(chart().visibleRange(), range);
        // The name column and axis stay: the first row on screen is now a later one.
        QCOMPARE(chart().rowAt(chart().chartLayout().rows.top()), chart().rows().at(3));
        sendWheel(&chart(), pos, QPoint(0, -120), Qt::ShiftModifier);
        QVERIFY(chart().visibleRange().start > range.start);
    }

    void newDocumentStartsAtTheTopRow()
    {
        // Scrolled to the bottom of 40 rows, then a document with fewer rows that still scroll: the
        // scroll bar's shorter range must not carry the old position into the new document.
        const Doc many = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 40, 30LL * 60 * 1000000);
        const Doc fewer = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 16, 30LL * 60 * 1000000);
        QVERIFY(many && fewer);
        chart().setDocument(many);
        chart().setVerticalScroll(1 << 20);
        const int bottom = chart().verticalScroll();
        chart().setDocument(fewer);
        const int fewerMax = chart().chartLayout().maxScroll(int(chart().rows().size()));
        QVERIFY2(fewerMax > 0 && fewerMax < bottom, "the second document must scroll, less far than the first");
        QCOMPARE(chart().verticalScroll(), 0);
        const QScrollBar *bar = chart().findChild<QScrollBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->value(), 0);
        QCOMPARE(chart().rowAt(chart().chartLayout().rows.top()), chart().rows().front());
    }

    void smoothWheelScrollsRowsByItsShare()
    {
        const Doc many = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 40, 30LL * 60 * 1000000);
        QVERIFY(many);
        chart().setDocument(many);
        const QPoint pos = chart().chartLayout().rows.center();
        // A touchpad: five events of a fifth of a notch each scroll as far as one notch.
        for (int i = 0; i < 5; ++i)
            sendWheel(&chart(), pos, QPoint(0, -24));
        const int smooth = chart().verticalScroll();
        QVERIFY2(smooth > 0, "fractions of a notch must scroll");
        chart().setVerticalScroll(0);
        sendWheel(&chart(), pos, QPoint(0, -120));
        QVERIFY2(std::abs(smooth - chart().verticalScroll()) <= 5, "about as far as one notch (pixels round)");
    }

    void xOfFarOutsideTheViewKeepsItsSide()
    {
        // Four hours at the deepest zoom: the far end is about 10^10 pixels away, beyond an int.
        chart().setDocument(TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 4, 4LL * 3600 * 1000000));
        chart().setVisibleRange({0, TimeMapping::minSpan});
        QCOMPARE(chart().visibleRange().duration(), TimeMapping::minSpan);
        QVERIFY(chart().xOf(4 * 3600 - 10) > chart().chartLayout().rows.right());
        chart().setVisibleRange({4 * 3600 - 10, 4 * 3600 - 10 + TimeMapping::minSpan});
        QVERIFY(chart().xOf(0) < chart().chartLayout().plotLeft());
    }

    void dragPans()
    {
        chart().zoom(3);
        const TimeRange before = chart().visibleRange();
        const double spp = chart().mapping().secondsPerPixel();
        const QPoint from = centreOf(chart(), 2, 60, 60);
        drag(&chart(), from, from - QPoint(100, 0));
        QVERIFY(std::abs(chart().visibleRange().start - (before.start + 100 * spp)) < 1e-6);
        QCOMPARE(chart().selectedSegment(), -1); // a drag is no click
    }

    void keysZoomPanAndFit()
    {
        const double span = chart().visibleRange().duration();
        QTest::keyClick(&chart(), Qt::Key_W);
        QVERIFY(std::abs(chart().visibleRange().duration() - span / 1.5) < 1e-9);
        const double start = chart().visibleRange().start;
        const double eighth = chart().mapping().width() / 8 * chart().mapping().secondsPerPixel();
        QTest::keyClick(&chart(), Qt::Key_D);
        QVERIFY(std::abs(chart().visibleRange().start - (start + eighth)) < 1e-9);
        QTest::keyClick(&chart(), Qt::Key_A);
        QVERIFY(std::abs(chart().visibleRange().start - start) < 1e-9);
        QTest::keyClick(&chart(), Qt::Key_S);
        QVERIFY(std::abs(chart().visibleRange().duration() - span) < 1e-9);
        QTest::keyClick(&chart(), Qt::Key_W);
        QTest::keyClick(&chart(), Qt::Key_W);
        QTest::keyClick(&chart(), Qt::Key_0);
        QCOMPARE(chart().visibleRange(), (TimeRange {-3, 180}));
        QTest::keyClick(&chart(), Qt::Key_W);
        QTest::keyClick(&chart(), Qt::Key_Home);
        QCOMPARE(chart().visibleRange(), (TimeRange {-3, 180}));
    }

    void rubberBandZoomsToTheRange_data()
    {
        QTest::addColumn<Qt::MouseButton>("button");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::newRow("shift+drag") << Qt::LeftButton << Qt::KeyboardModifiers(Qt::ShiftModifier);
        QTest::newRow("right-drag") << Qt::RightButton << Qt::KeyboardModifiers();
    }

    void rubberBandZoomsToTheRange()
    {
        QFETCH(Qt::MouseButton, button);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        const QPoint from = centreOf(chart(), 0, 40, 40);
        const QPoint to = centreOf(chart(), 2, 90, 90);
        // Band edges are pixel columns: the range is from the left edge of one to the left edge of the other.
        const double t0 = chart().secondsAt(from.x());
        const double t1 = chart().secondsAt(to.x());
        drag(&chart(), to, from, button, modifiers); // right to left works too
        QVERIFY(std::abs(chart().visibleRange().start - t0) < 1e-6);
        QVERIFY(std::abs(chart().visibleRange().end - t1) < 1e-6);
    }

    void tinyRubberBandChangesNothing()
    {
        const TimeRange before = chart().visibleRange();
        const QPoint at = centreOf(chart(), 0, 40, 40);
        drag(&chart(), at, at + QPoint(1, 0), Qt::RightButton);
        QCOMPARE(chart().visibleRange(), before);
    }

    void toolTipDescribesTheSegmentUnderTheCursor()
    {
        const QString dana = chart().toolTipAt(centreOf(chart(), 0, 40, 55));
        QVERIFY2(dana.startsWith(u"Dana Ruiz\n"_s), qPrintable(dana));
        QVERIFY2(dana.contains(u"\nParticipant id: 100\n"_s), qPrintable(dana));
        QVERIFY2(dana.contains(u"Start: 0:00:40.000"_s), qPrintable(dana));
        QVERIFY2(dana.contains(u"End: 0:00:55.000"_s), qPrintable(dana));
        QVERIFY2(dana.contains(u"Duration: 0:00:15.000"_s), qPrintable(dana));
        const QString wall
            = QDateTime::fromMSecsSinceEpoch(TimelineFixture::recordingStartUs / 1000 + 40000, QTimeZone::utc())
                  .toLocalTime()
                  .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        QVERIFY2(dana.contains(u"Wall clock: "_s + wall), qPrintable(dana));

        const QString open = chart().toolTipAt(centreOf(chart(), 2, 150, 180));
        QVERIFY2(open.startsWith(u"Lee Chen\n"_s), qPrintable(open));
        QVERIFY2(open.contains(u"open-ended"_s), qPrintable(open));
        QVERIFY2(open.contains(u"(0:03:00.000)"_s), qPrintable(open));

        const QString nameless = chart().toolTipAt(centreOf(chart(), 1, -3, 5));
        QVERIFY2(nameless.startsWith(u"(no name) #205\n"_s), qPrintable(nameless));
        QVERIFY2(nameless.contains(u"-0:00:03.000"_s), qPrintable(nameless));

        QVERIFY(chart().toolTipAt(centreOf(chart(), 0, 70, 90)).isEmpty()); // Dana is silent there

        // The real thing: a tooltip event shows it.
        const QPoint pos = centreOf(chart(), 0, 40, 55);
        QHelpEvent help(QEvent::ToolTip, pos, chart().mapToGlobal(pos));
        QApplication::sendEvent(&chart(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), dana);
    }

    void hoverFindsBarsOnePixelWide()
    {
        // An hour fitted into the plot: a half-second segment is under a pixel wide and still has a tooltip.
        const Doc doc
            = TimelineFixture::fromJson(TimelineFixture::handWritten({{0, 0, 1}, {0, 1800, 1800.5}, {2, 3590, 3600}}));
        chart().setDocument(doc);
        const QPoint pos(chart().xOf(1800), chart().rowRect(0).center().y());
        QVERIFY(chart().toolTipAt(pos).contains(u"0:30:00.000"_s));
        QVERIFY(chart().toolTipAt(pos + QPoint(1, 0)).contains(u"0:30:00.000"_s));
        QVERIFY(chart().toolTipAt(pos + QPoint(6, 0)).isEmpty());
    }

    void clickSelectsASegment()
    {
        QSignalSpy selected(&chart(), &TimelineChart::selectionChanged);
        QTest::mouseClick(&chart(), Qt::LeftButton, {}, centreOf(chart(), 0, 40, 55));
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 40));
        QCOMPARE(chart().selectedRow(), 0);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).value<qsizetype>(), segmentIndex(*m_doc, 0, 40));
        // A click where nobody speaks keeps the row but no segment.
        QTest::mouseClick(&chart(), Qt::LeftButton, {}, centreOf(chart(), 2, 30, 30));
        QCOMPARE(chart().selectedSegment(), -1);
        QCOMPARE(chart().selectedRow(), 2);
        QTest::keyClick(&chart(), Qt::Key_Escape);
        QCOMPARE(chart().selectedRow(), -1);
    }

    void nextAndPreviousKeysWalkTheRow()
    {
        chart().setSelectedSegment(segmentIndex(*m_doc, 0, 10));
        chart().setVisibleRange({5, 25});
        QTest::keyClick(&chart(), Qt::Key_Right);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 40));
        // Kept in view: the view moved to show all of 40-55 s.
        QVERIFY(chart().visibleRange().start <= 40 && chart().visibleRange().end >= 55);
        QVERIFY(std::abs(chart().visibleRange().duration() - 20) < 1e-9);
        QTest::keyClick(&chart(), Qt::Key_N);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 100));
        // Longer than the view: its start shows.
        QVERIFY(chart().visibleRange().start <= 100 && chart().visibleRange().end > 100);
        QTest::keyClick(&chart(), Qt::Key_Right); // the row's last: stays
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 100));
        QTest::keyClick(&chart(), Qt::Key_Left);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 40));
        QTest::keyClick(&chart(), Qt::Key_P);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 10));
        QVERIFY(chart().visibleRange().start <= 10 && chart().visibleRange().end >= 20);
    }

    void nextWithoutSelectionStartsInTheFirstRow()
    {
        QTest::keyClick(&chart(), Qt::Key_Right);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 1, -3));
    }

    void upAndDownChangeTheRow()
    {
        chart().setSelectedSegment(segmentIndex(*m_doc, 0, 40)); // rows: nameless, Dana, Lee
        QTest::keyClick(&chart(), Qt::Key_Down);
        QCOMPARE(chart().selectedRow(), 2);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 2, 70)); // Lee's first after 40 s
        QTest::keyClick(&chart(), Qt::Key_Down); // the last row: stays
        QCOMPARE(chart().selectedRow(), 2);
        QTest::keyClick(&chart(), Qt::Key_Up);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 0, 100));
        QTest::keyClick(&chart(), Qt::Key_Up);
        QCOMPARE(chart().selectedRow(), 1);
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 1, 50)); // none after 100 s: the last
    }

    void downKeepsTheSelectedRowInView()
    {
        chart().setDocument(TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 40, 30LL * 60 * 1000000));
        chart().setSelectedRow(chart().rows().front());
        for (int i = 0; i < 39; ++i)
            QTest::keyClick(&chart(), Qt::Key_Down);
        QCOMPARE(chart().selectedRow(), chart().rows().back());
        QVERIFY(chart().verticalScroll() > 0);
        QCOMPARE(chart().rowRect(chart().selectedRow()).height(), chart().chartLayout().rowHeight);
    }

    void rowOrderIsSettable_data()
    {
        QTest::addColumn<TimelineDocument::RowOrder>("order");
        QTest::addColumn<std::vector<int>>("rows");
        QTest::newRow("talk time") << TimelineDocument::RowOrder::TalkTime << std::vector<int> {0, 2, 1};
        QTest::newRow("name") << TimelineDocument::RowOrder::Name << std::vector<int> {1, 0, 2};
    }

    void rowOrderIsSettable()
    {
        QFETCH(TimelineDocument::RowOrder, order);
        QFETCH(std::vector<int>, rows);
        QSignalSpy changed(&chart(), &TimelineChart::rowOrderChanged);
        chart().setSelectedSegment(segmentIndex(*m_doc, 2, 70));
        chart().setRowOrder(order);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(chart().rows(), rows);
        QCOMPARE(chart().rowAt(chart().chartLayout().rows.top() + 1), rows.front());
        QCOMPARE(chart().selectedSegment(), segmentIndex(*m_doc, 2, 70)); // the selection stays
        QCOMPARE(chart().toolTipAt(centreOf(chart(), 2, 70, 90)).section(u'\n', 0, 0), u"Lee Chen"_s);
        chart().setRowOrder(order);
        QCOMPARE(changed.size(), 1);
    }

    void overviewDragMovesTheWindow()
    {
        chart().setVisibleRange({20, 40});
        const QRect overview = chart().chartLayout().overview;
        const double overviewSpp = (180.0 + 3.0) / overview.width();
        const auto overviewX = [&](double t) { return overview.left() + int(std::lround((t + 3.0) / overviewSpp)); };
        // Grab the window in the middle and drag it 60 pixels right.
        const QPoint grab(overviewX(30), overview.center().y());
        const double start = chart().visibleRange().start;
        drag(&chart(), grab, grab + QPoint(60, 0));
        QVERIFY2(std::abs(chart().visibleRange().start - (start + 60 * overviewSpp)) < 1e-6,
            qPrintable(u"%1"_s.arg(chart().visibleRange().start)));
        QVERIFY(std::abs(chart().visibleRange().duration() - 20) < 1e-9);
        // A press elsewhere centres the window there.
        QTest::mouseClick(&chart(), Qt::LeftButton, {}, QPoint(overviewX(120), overview.center().y()));
        const TimeRange v = chart().visibleRange();
        QVERIFY2(std::abs((v.start + v.end) / 2 - 120) < overviewSpp, qPrintable(u"%1"_s.arg(v.start)));
    }

    void accessibleNameAndDescriptionFollowTheState()
    {
        QCOMPARE(chart().accessibleName(), u"Speaker timeline"_s);
        const QString fitted = chart().accessibleDescription();
        QVERIFY2(fitted.startsWith(u"3 speaker"_s), qPrintable(fitted));
        QVERIFY2(fitted.contains(u"Showing -0:00:03.000 to 0:03:00.000"_s), qPrintable(fitted));

        chart().setVisibleRange({20, 40});
        QVERIFY2(chart().accessibleDescription().contains(u"Showing 0:00:20.000 to 0:00:40.000"_s),
            qPrintable(chart().accessibleDescription()));
        QTest::mouseClick(&chart(), Qt::LeftButton, {}, centreOf(chart(), 0, 20, 40));
        QVERIFY2(chart().accessibleDescription().contains(u"Selected: Dana Ruiz, 0:00:40.000 to 0:00:55.000"_s)
                || chart().accessibleDescription().contains(u"Selected row: Dana Ruiz"_s),
            qPrintable(chart().accessibleDescription()));
        chart().setSelectedSegment(segmentIndex(*m_doc, 2, 150));
        QVERIFY2(chart().accessibleDescription().contains(u"Lee Chen, 0:02:30.000 to the end of the recording"_s),
            qPrintable(chart().accessibleDescription()));
        QVERIFY(!chart().whatsThis().isEmpty());
    }

    void wallClockSwitchesTheAxisLabels()
    {
        const QRect axis = chart().chartLayout().axis;
        const QImage relative = chart().grab(axis).toImage();
        QSignalSpy changed(&chart(), &TimelineChart::visibleRangeChanged);
        chart().setWallClock(true);
        QVERIFY(chart().isWallClock());
        QVERIFY(chart().grab(axis).toImage() != relative);
        QCOMPARE(changed.size(), 0); // the same range, only other labels
        chart().setWallClock(false);
        QCOMPARE(chart().grab(axis).toImage(), relative);
    }

    void sharedNamesShowTheirIds()
    {
        const Doc doc = TimelineFixture::demoMeeting(
            MeetingPlatform::GoogleMeet, 7, 55LL * 60 * 1000000, SameNameFeature | RejoinFeature, 5);
        QVERIFY(doc);
        const QStringList &labels = doc->rowLabels();
        QCOMPARE(labels.size(), doc->rowCount());
        int shared = 0;
        for (qsizetype row = 0; row < doc->rowCount(); ++row) {
            const QString id = u"#"_s + QString::number(doc->timeline().participants().at(row).id);
            bool alone = true;
            for (qsizetype other = 0; other < doc->rowCount(); ++other)
                alone = alone && (other == row || doc->rowName(other) != doc->rowName(row));
            shared += alone ? 0 : 1;
            QCOMPARE(labels.at(row), alone ? doc->rowName(row) : doc->rowName(row) + u' ' + id);
        }
        QVERIFY(shared >= 2);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    }

    void rendererWritesTheAskedSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::newRow("png light") << u"chart.png"_s << false;
        QTest::newRow("png dark") << u"chart-dark.PNG"_s << true;
    }

    void rendererWritesTheAskedSize()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(TimelineRenderer::render(*m_doc, path, QSize(1000, 360), dark, &error), qPrintable(error));
        QImage image(path, "PNG");
        QCOMPARE(image.size(), QSize(1000, 360));
        // The background follows the scheme.
        QCOMPARE(image.pixelColor(2, image.height() / 2).lightness() < 128, dark);
    }

    void rendererWritesAnSvg()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.svg"_s);
        QString error;
        QVERIFY2(TimelineRenderer::render(*m_doc, path, QSize(800, 300), false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY2(svg.contains("viewBox=\"0 0 800 300\""), svg.left(600).constData());
        QVERIFY(svg.contains("Dana Ruiz"));
    }

    void rendererFailsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSize>("size");
        QTest::newRow("missing folder") << u"no/such/folder/chart.png"_s << QSize(400, 300);
        QTest::newRow("missing folder, svg") << u"no/such/folder/chart.svg"_s << QSize(400, 300);
        QTest::newRow("unknown extension") << u"chart.bmp"_s << QSize(400, 300);
        QTest::newRow("empty size") << u"chart.png"_s << QSize(0, 300);
    }

    void rendererFailsCleanly()
    {
        QFETCH(QString, path);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString target = dir.filePath(path);
        QString error;
        QVERIFY(!TimelineRenderer::render(*m_doc, target, size, false, &error));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!TimelineRenderer::render(*m_doc, target, size, false, nullptr)); // no message asked for
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
