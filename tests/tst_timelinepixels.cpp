#include "timeline/timelinecolors.h"
#include "timeline/timelinepainter.h"
#include "timelinefixture.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Doc = std::shared_ptr<const TimelineDocument>;

// The level of detail must give exactly the pixels of drawing every segment: the chart draws each row
// from CoverageLevels::pixelSpans, and a test-only switch of the painter draws every segment with the
// same pixel rule instead. Both frames are compared pixel for pixel, whole (rows, overlap lane, axis,
// names, overview), at several zooms and sizes, for a Zoom-like and a Meet-like meeting.
class TestTimelinePixels : public QObject
{
    Q_OBJECT
private:
    static Doc zoomLike()
    {
        static const Doc doc = TimelineFixture::demoMeeting(MeetingPlatform::Zoom, 14, 75LL * 60 * 1000000,
            NegativeStartFeature | OpenEndedFeature | OverlapFeature | NullNameFeature, 11);
        return doc;
    }
    static Doc meetLike()
    {
        static const Doc doc = TimelineFixture::demoMeeting(
            MeetingPlatform::GoogleMeet, 9, 120LL * 60 * 1000000, OpenEndedFeature | SameNameFeature, 23);
        return doc;
    }

    static QImage paint(const TimelineDocument &doc, const TimelineFrame &frame, QSize size, bool everySegment)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPalette palette;
        const TimelineColors colors = TimelineColors::fromPalette(palette);
        TimelineFrame f = frame;
        f.everySegment = everySegment;
        QPainter p(&image);
        TimelinePainter(doc, colors, QFontDatabase::systemFont(QFontDatabase::GeneralFont)).paint(&p, f);
        p.end();
        return image;
    }

    // anchor: which segment to zoom around, as a fraction of the file's segments.
    static TimelineFrame frameFor(const TimelineDocument &doc, QSize size, double zoom, double anchor, int scrollY = 0)
    {
        const QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        TimelineFrame f;
        f.rows = doc.rowOrder(TimelineDocument::RowOrder::FirstSpeech);
        f.layout = TimelineLayout::compute(size, QFontMetrics(font), TimelinePainter::nameColumnWidth(doc, font),
            int(f.rows.size()), TimelineLayout::RowFit::Scroll);
        f.mapping = TimeMapping(doc.content(), f.layout.plotWidth());
        // Zoom around the start of a segment, so that even the deepest zoom shows a bar.
        const auto segments = doc.timeline().segments();
        const double at = segments[std::min(size_t(anchor * double(segments.size())), segments.size() - 1)].start;
        f.mapping.zoomAround(f.mapping.x(at), zoom);
        f.scrollY = std::min(scrollY, f.layout.maxScroll(int(f.rows.size())));
        return f;
    }

    static QString firstDifference(const QImage &a, const QImage &b)
    {
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (a.pixel(x, y) != b.pixel(x, y))
                    return u"first difference at (%1, %2): %3 vs %4"_s.arg(x)
                        .arg(y)
                        .arg(a.pixel(x, y), 8, 16)
                        .arg(b.pixel(x, y), 8, 16);
            }
        }
        return u"none"_s;
    }

private Q_SLOTS:
    // A 40-speaker call: every speaker gets a colour of their own, in both schemes.
    void speakerColoursDoNotRepeatWithinFortyTwo()
    {
        for (const bool dark : {false, true}) {
            QPalette palette;
            palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x20) : Qt::white);
            palette.setColor(QPalette::Window, dark ? QColor(0x2a, 0x2a, 0x2c) : QColor(0xef, 0xef, 0xef));
            palette.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : Qt::black);
            const TimelineColors colors = TimelineColors::fromPalette(palette);
            QSet<QRgb> seen;
            for (int i = 0; i < 42; ++i) {
                const QColor c = colors.speaker(i);
                QVERIFY2(!seen.contains(c.rgb()), qPrintable(u"speaker %1 repeats %2"_s.arg(i).arg(c.name())));
                QVERIFY(c != colors.base);
                seen.insert(c.rgb());
            }
        }
    }

    void levelOfDetailGivesTheSamePixelsAsEverySegment_data()
    {
        QTest::addColumn<bool>("zoom");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor");
        QTest::addColumn<int>("scrollY");
        const QList<QSize> sizes {{1920, 1080}, {640, 480}, {333, 260}};
        const QList<std::pair<const char *, double>> zooms {
            {"fitted", 1}, {"x7", 7}, {"x60", 60}, {"x900", 900}, {"x40000", 40000}, {"zoomed out", 0.2}};
        for (const bool zoom : {true, false}) {
            for (const QSize &size : sizes) {
                for (const auto &[name, factor] : zooms) {
                    QTest::addRow("%s %dx%d %s", zoom ? "zoom-like" : "meet-like", size.width(), size.height(), name)
                        << zoom << size << factor << 0.37 << 0;
                }
            }
        }
        QTest::addRow("zoom-like 640x300 scrolled x12") << true << QSize(640, 300) << 12.0 << 0.8 << 90;
        QTest::addRow("meet-like 1280x200 scrolled at the end x25") << false << QSize(1280, 200) << 25.0 << 1.0 << 40;
    }

    void levelOfDetailGivesTheSamePixelsAsEverySegment()
    {
        QFETCH(bool, zoom);
        QFETCH(QSize, size);
        QFETCH(double, factor);
        QFETCH(double, anchor);
        QFETCH(int, scrollY);
        const Doc doc = zoom ? zoomLike() : meetLike();
        QVERIFY(doc);
        QVERIFY2(doc->timeline().segmentCount() > 150, qPrintable(QString::number(doc->timeline().segmentCount())));
        const TimelineFrame frame = frameFor(*doc, size, factor, anchor, scrollY);
        const QImage lod = paint(*doc, frame, size, false);
        const QImage every = paint(*doc, frame, size, true);
        QVERIFY2(lod == every, qPrintable(firstDifference(lod, every)));
        // The widget's kept overview draws the same pixels as drawing it again.
        TimelineFrame cached = frame;
        const QImage overview = TimelinePainter(
            *doc, TimelineColors::fromPalette(QPalette()), QFontDatabase::systemFont(QFontDatabase::GeneralFont))
                                    .overviewImage(frame);
        cached.overview = &overview;
        const QImage withCache = paint(*doc, cached, size, false);
        QVERIFY2(lod == withCache, qPrintable(firstDifference(lod, withCache)));

        // And the frame shows bars at all: some pixel of the rows has a speaker's colour.
        const TimelineColors colors = TimelineColors::fromPalette(QPalette());
        int barPixels = 0;
        const QRect rows = frame.layout.rows;
        for (int y = rows.top(); y <= rows.bottom(); y += 2) {
            for (int x = rows.left(); x <= rows.right(); x += 3)
                barPixels += colors.speakers.contains(QColor(lod.pixel(x, y))) ? 1 : 0;
        }
        QVERIFY2(barPixels > 0, "no bar drawn");
    }

    void segmentsNarrowerThanAPixelKeepTheirPixel_data()
    {
        QTest::addColumn<double>("length");
        QTest::newRow("zero length") << 0.0;
        QTest::newRow("one microsecond") << 1e-6;
        QTest::newRow("a tenth of a pixel") << 0.1 * 3600.0 / 400;
    }

    void segmentsNarrowerThanAPixelKeepTheirPixel()
    {
        QFETCH(double, length);
        // An hour of one speaker, and one tiny segment of another in the middle of a long silence.
        const Doc doc = TimelineFixture::fromJson(
            TimelineFixture::handWritten({{0, 0, 10}, {0, 3590, 3600}, {2, 1800.25, 1800.25 + length}}));
        QVERIFY(doc);
        const QSize size(700, 300);
        const TimelineFrame frame = frameFor(*doc, size, 1, 0.5);
        const QImage image = paint(*doc, frame, size, false);
        QCOMPARE(image, paint(*doc, frame, size, true));
        const int row = 1; // Lee Chen: participants are numbered as they first appear
        const auto position = std::find(frame.rows.begin(), frame.rows.end(), row) - frame.rows.begin();
        const int y = frame.layout.rows.top() + int(position) * frame.layout.rowHeight + frame.layout.rowHeight / 2;
        const int x = frame.layout.plotLeft() + int(std::floor(frame.mapping.x(1800.25)));
        const TimelineColors colors = TimelineColors::fromPalette(QPalette());
        QCOMPARE(QColor(image.pixel(x, y)), colors.speaker(row));
    }

    // The last speaker of a Meet-like call still talking at the end: nobody spoke after them, so
    // their open-ended segment starts where the recording ends. It shows as a stub in their colour.
    void openEndedSegmentAtTheEndShowsAStub()
    {
        const Doc doc = TimelineFixture::fromJson(TimelineFixture::handWritten({{0, 0, 10}, {2, 10, std::nullopt}}));
        QVERIFY(doc);
        const QSize size(700, 300);
        const TimelineFrame frame = frameFor(*doc, size, 1, 0.5);
        const QImage image = paint(*doc, frame, size, false);
        QCOMPARE(image, paint(*doc, frame, size, true));
        const int row = 1; // Lee Chen
        const auto position = std::find(frame.rows.begin(), frame.rows.end(), row) - frame.rows.begin();
        const int y = frame.layout.rows.top() + int(position) * frame.layout.rowHeight + frame.layout.rowHeight / 2;
        const int x0 = frame.layout.plotLeft() + int(std::floor(frame.mapping.x(10)));
        const TimelineColors colors = TimelineColors::fromPalette(QPalette());
        int marked = 0;
        for (int x = x0; x < x0 + 20 && x < image.width(); ++x)
            marked += QColor(image.pixel(x, y)) != colors.base && QColor(image.pixel(x, y)) != colors.alternateBase;
        QVERIFY2(marked >= 8, qPrintable(QString::number(marked)));
    }
};

QTEST_MAIN(TestTimelinePixels)
#include "tst_timelinepixels.moc"
