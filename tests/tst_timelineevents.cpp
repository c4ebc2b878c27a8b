#include "analysis/eventoverlay.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineeventpainter.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerenderer.h"
#include "timelinefixture.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Doc = std::shared_ptr<const TimelineDocument>;

namespace {

QByteArray person(int id)
{
    const QByteArray name = id == 100 ? "\"Dana Ruiz\"" : id == 300 ? "\"Lee Chen\"" : "\"Sam Never\"";
    return "{\"id\":" + QByteArray::number(id) + ",\"name\":" + name + ",\"is_host\":false,\"platform\":null}";
}

// "action id seconds [text]": a chat's text goes to everyone.
QByteArray eventsJson(const QStringList &items)
{
    QByteArray json = "[";
    int n = 0;
    for (const QString &item : items) {
        const QStringList parts = item.split(u' ');
        const QByteArray data = parts.size() > 3
            ? "{\"text\":\"" + parts.mid(3).join(u' ').toUtf8() + "\",\"to\":\"everyone\"}"
            : QByteArray("null");
        json += (json.size() > 1 ? "," : "") + "{\"id\":\"e"_ba + QByteArray::number(n++) + "\",\"action\":\""
            + parts.at(0).toUtf8() + "\",\"participant\":" + person(parts.at(1).toInt())
            + ",\"timestamp\":{\"absolute\":null,\"relative\":" + parts.at(2).toLatin1() + "},\"data\":" + data + '}';
    }
    return json + ']';
}

std::shared_ptr<const EventOverlay> overlayOf(const Doc &doc, const QStringList &events)
{
    ParticipantFilesParser::EventsResult parsed = ParticipantFilesParser::parseEvents(eventsJson(events));
    if (!parsed.ok())
        return {};
    MeetingFiles files;
    files.document = doc;
    files.events = std::make_shared<const ParticipantEventsFile>(std::move(parsed.file));
    return std::make_shared<const EventOverlay>(EventOverlay::build(files));
}

const QStringList meetingEvents {
    u"join 100 5"_s, u"webcam_on 100 12"_s, u"chat_message 100 30 Hello from Dana"_s, u"webcam_off 100 60"_s,
    u"leave 100 170"_s, u"raise_hand 300 80"_s, u"screenshare_on 300 100"_s, u"screenshare_off 300 140"_s,
    u"chat_message 400 50 nobody hears me"_s, // Sam never spoke: no row
};

} // namespace

class TestTimelineEvents : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TimelineChart> m_chart;
    Doc m_doc;
    std::shared_ptr<const EventOverlay> m_events;

    TimelineChart &chart() { return *m_chart; }
    RowGeometry geometry(int row) const
    {
        return RowGeometry::of(m_chart->rowRect(row).top(), m_chart->chartLayout().rowHeight);
    }
    QPoint markerAt(int row, double seconds) const { return {m_chart->xOf(seconds), geometry(row).markerY}; }

private Q_SLOTS:
    void init()
    {
        m_doc = TimelineFixture::threeSpeakers();
        QVERIFY(m_doc);
        m_events = overlayOf(m_doc, meetingEvents);
        QVERIFY(m_events);
        QCOMPARE(m_events->markerCount(), 2);
        QCOMPARE(m_events->unplacedWithoutRow(), 1);
        m_chart = std::make_unique<TimelineChart>();
        m_chart->resize(900, 420);
        m_chart->setDocument(m_doc);
        m_chart->setEvents(m_events);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        // The geometry the tests aim at: lanes and markers are drawn at this row height.
        QVERIFY(geometry(0).lanes);
        QVERIFY(geometry(0).markers);
    }

    void cleanup()
    {
        m_chart.reset();
        m_events.reset();
    }

    void chatMarkerShowsSenderAndText()
    {
        const QString tip = chart().toolTipAt(markerAt(0, 30));
        QVERIFY2(tip.contains(u"Dana Ruiz"_s) && tip.contains(u"Hello from Dana"_s) && tip.contains(u"to everyone"_s),
            qPrintable(tip));
        QVERIFY2(tip.contains(u"0:00:30"_s), qPrintable(tip));
        // A pixel or two off still finds it; well away it does not.
        QVERIFY(chart().toolTipAt(markerAt(0, 30) + QPoint(2, 1)).contains(u"Hello from Dana"_s));
        QVERIFY(!chart().toolTipAt(markerAt(0, 30) + QPoint(40, 0)).contains(u"Hello from Dana"_s));
    }

    void unknownActionShowsItsRawAction()
    {
        const QString tip = chart().toolTipAt(markerAt(2, 80));
        QVERIFY2(tip.startsWith(u"raise_hand (unknown action)"_s) && tip.contains(u"Lee Chen"_s), qPrintable(tip));
    }

    void lanesAndPresenceExplainThemselves_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        QTest::newRow("webcam") << 0 << 30.0 << u"webcam"_s << u"Dana Ruiz · Webcam on 0:00:12–0:01:00"_s;
        QTest::newRow("screenshare") << 2 << 120.0 << u"screenshare"_s << u"Lee Chen · Screen shared 0:01:40–0:02:20"_s;
        QTest::newRow("presence between bars")
            << 0 << 25.0 << u"bar"_s << u"Dana Ruiz · Present 0:00:05–0:02:50 (joined; left)"_s;
        QTest::newRow("a segment wins over presence") << 0 << 45.0 << u"bar"_s << u"Dana Ruiz\n"_s;
        QTest::newRow("absent: nothing") << 0 << 2.0 << u"bar"_s << QString();
        QTest::newRow("no webcam there") << 0 << 90.0 << u"webcam"_s << u"Dana Ruiz · Present"_s;
    }

    void lanesAndPresenceExplainThemselves()
    {
        QFETCH(int, row);
        QFETCH(double, seconds);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        const RowGeometry g = geometry(row);
        const int y = where == u"webcam"_s ? g.webcamY
            : where == u"screenshare"_s    ? g.screenshareY + 1
                                           : g.barTop + g.barHeight / 2;
        const QString tip = chart().toolTipAt({chart().xOf(seconds), y});
        if (expected.isEmpty())
            QVERIFY2(tip.isEmpty(), qPrintable(tip));
        else
            QVERIFY2(tip.startsWith(expected), qPrintable(tip));
    }

    void clusterListsFiveAndCountsTheRest()
    {
        QStringList events;
        for (int i = 0; i < 8; ++i)
            events << u"chat_message 300 100.0%1 message %2"_s.arg(i).arg(i);
        chart().setEvents(overlayOf(m_doc, events));
        const QStringList lines = chart().toolTipAt(markerAt(2, 100)).split(u'\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(0).contains(u"message 0"_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(5), u"and 3 more"_s);
        // Eight markers within a pixel or two are drawn as one.
        QCOMPARE(TimelineEventPainter::drawnMarkers(*chart().events(), 2, chart().mapping()).size(), 1u);
    }

    // Markers cost pixels, not events: 20 000 events in a row draw at most one marker per few pixels.
    void manyMarkersDrawPerPixel()
    {
        QStringList events;
        for (int i = 0; i < 20000; ++i)
            events << u"raise_hand 300 %1"_s.arg(i * 0.009);
        chart().setEvents(overlayOf(m_doc, events));
        QCOMPARE(chart().events()->markerCount(), 20000);
        const auto drawn = TimelineEventPainter::drawnMarkers(*chart().events(), 2, chart().mapping());
        const int width = chart().chartLayout().plotWidth();
        QVERIFY2(drawn.size() <= size_t(width / TimelineEventPainter::minMarkerGap + 2),
            qPrintable(QString::number(drawn.size())));
        for (size_t i = 1; i < drawn.size(); ++i)
            QVERIFY(drawn[i].first - drawn[i - 1].first >= TimelineEventPainter::minMarkerGap);
        const QStringList lines = chart().toolTipAt(markerAt(2, 90)).split(u'\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.last().startsWith(u"and "_s));
    }

    void hidingEventsRemovesTheirTooltips()
    {
        chart().setEventsVisible(false);
        QVERIFY(!chart().eventsVisible());
        QVERIFY(!chart().toolTipAt(markerAt(0, 30)).contains(u"Hello from Dana"_s));
        QVERIFY(!chart().toolTipAt(markerAt(2, 80)).contains(u"raise_hand"_s));
        QVERIFY(!chart().toolTipAt({chart().xOf(30), geometry(0).webcamY}).contains(u"Webcam"_s));
        chart().setEventsVisible(true);
        QVERIFY(chart().toolTipAt(markerAt(0, 30)).contains(u"Hello from Dana"_s));
    }

    void accessibleDescriptionCountsTheEventsInView()
    {
        QVERIFY2(chart().accessibleDescription().contains(u" 2 participant event"_s),
            qPrintable(chart().accessibleDescription()));
        chart().setVisibleRange({20, 40});
        QVERIFY2(chart().accessibleDescription().contains(u" 1 participant event"_s),
            qPrintable(chart().accessibleDescription()));
        chart().setEventsVisible(false);
        QVERIFY(!chart().accessibleDescription().contains(u"participant event"_s));
    }

    void revealBringsARangeIntoViewAndSelectsTheRow()
    {
        chart().setVisibleRange({0, 20});
        const double span = chart().visibleRange().duration();
        chart().reveal(140, 150, 2);
        const TimeRange v = chart().visibleRange();
        QVERIFY2(v.start <= 140 && v.end >= 150, qPrintable(u"%1 to %2"_s.arg(v.start).arg(v.end)));
        QVERIFY(std::abs(v.duration() - span) < 1e-9); // the zoom stays
        QVERIFY(std::abs((v.start + v.end) / 2 - 145) < 1e-6); // centred
        QCOMPARE(chart().selectedRow(), 2);
        QCOMPARE(chart().revealed(), std::optional<TimeRange>(TimeRange {140, 150}));
        QVERIFY(chart().accessibleDescription().contains(u"Highlighted: 0:02:20.000 to 0:02:30.000."_s));
    }

    void revealZoomsOutToARangeThatDoesNotFit()
    {
        chart().setVisibleRange({0, 10});
        chart().reveal(20, 120);
        const TimeRange v = chart().visibleRange();
        QVERIFY2(v.start < 20 && v.end > 120, qPrintable(u"%1 to %2"_s.arg(v.start).arg(v.end)));
        QVERIFY(v.duration() <= 100 * 1.25);
        QCOMPARE(chart().selectedRow(), -1);
    }

    void revealAnInstantScrollsTheRowIntoView()
    {
        const Doc many = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 40, 30LL * 60 * 1000000);
        QVERIFY(many);
        chart().setDocument(many);
        QCOMPARE(chart().events(), nullptr); // a new document drops the old events
        const int last = chart().rows().back();
        QVERIFY(chart().rowRect(last).isEmpty()); // scrolled out
        chart().zoom(20);
        chart().reveal(1500, 1500, last);
        QVERIFY(!chart().rowRect(last).isEmpty());
        QCOMPARE(chart().selectedRow(), last);
        const TimeRange v = chart().visibleRange();
        QVERIFY(v.start < 1500 && v.end > 1500);
        QCOMPARE(chart().revealed(), std::optional<TimeRange>(TimeRange {1500, 1500}));
    }

    void highlightStaysUntilEscapeOrANewDocument()
    {
        chart().reveal(30, 40, 0);
        chart().zoom(2); // other view changes keep it
        QVERIFY(chart().revealed());
        chart().setFocus();
        QTest::keyClick(&chart(), Qt::Key_Escape);
        QCOMPARE(chart().revealed(), std::nullopt);
        QCOMPARE(chart().selectedRow(), -1);
        chart().reveal(30, 40);
        chart().setDocument(m_doc);
        QCOMPARE(chart().revealed(), std::nullopt);
        QCOMPARE(chart().events(), nullptr);
    }

    void anOverlayOfAnotherDocumentIsNotDrawn()
    {
        const Doc other = TimelineFixture::threeSpeakers();
        chart().setEvents(overlayOf(other, meetingEvents));
        QVERIFY(!chart().toolTipAt(markerAt(0, 30)).contains(u"Hello from Dana"_s));
    }

    // Presence shading changes the pixels of a row inside the stay (here between bars, 25-35 s) and
    // nothing before the join (0-4 s). Compared with the same render without events, so only the tint
    // can differ there.
    void presenceShadesOnlyInsideTheStay_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void presenceShadesOnlyInsideTheStay()
    {
        QFETCH(bool, dark);
        TimelineRenderer::Options options;
        options.size = QSize(1200, 400);
        options.dark = dark;
        const QImage plain = TimelineRenderer::image(*m_doc, options);
        options.events = m_events.get();
        const QImage shaded = TimelineRenderer::image(*m_doc, options);
        QCOMPARE(shaded.size(), plain.size());

        const TimelineFrame f = TimelineRenderer::fittedFrame(*m_doc, options, QGuiApplication::font());
        const int position = int(std::find(f.rows.begin(), f.rows.end(), 0) - f.rows.begin());
        const int top = f.layout.rows.top() + position * f.layout.rowHeight;
        const RowGeometry g = RowGeometry::of(top, f.layout.rowHeight);
        const auto columns = [&](double from, double to) {
            return std::make_pair(f.layout.plotLeft() + int(std::ceil(f.mapping.x(from))),
                f.layout.plotLeft() + int(std::floor(f.mapping.x(to))));
        };
        int changed = 0;
        const auto [in0, in1] = columns(25, 35);
        for (int x = in0; x <= in1; ++x) {
            for (int y = g.tintTop; y < g.webcamY; ++y) {
                if (y >= g.markerY - g.markerRadius - 2 && y <= g.markerY + g.markerRadius + 2
                    && std::abs(x - (f.layout.plotLeft() + int(f.mapping.x(30)))) <= g.markerRadius + 2)
                    continue; // the chat marker at 30 s
                QVERIFY2(shaded.pixel(x, y) != plain.pixel(x, y), qPrintable(u"(%1, %2) unchanged"_s.arg(x).arg(y)));
                ++changed;
            }
        }
        QVERIFY(changed > 100);
        const auto [out0, out1] = columns(0, 4);
        for (int x = out0; x <= out1; ++x) {
            for (int y = top; y < top + f.layout.rowHeight; ++y)
                QVERIFY2(shaded.pixel(x, y) == plain.pixel(x, y), qPrintable(u"(%1, %2) changed"_s.arg(x).arg(y)));
        }
        // The row band's edges stay plain, so neighbouring rows never merge.
        const int clear = f.layout.plotLeft() + int(f.mapping.x(26)); // away from the chat marker at 30 s
        QCOMPARE(shaded.pixel(clear, top), plain.pixel(clear, top));
        QCOMPARE(shaded.pixel(clear, top + f.layout.rowHeight - 1), plain.pixel(clear, top + f.layout.rowHeight - 1));
    }
};

QTEST_MAIN(TestTimelineEvents)
#include "tst_timelineevents.moc"
