#include "timeline/timelinerenderer.h"

#include "analysis/eventoverlay.h"
#include "theme.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepainter.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

TimelineColors colorsFor(bool dark)
{
    return TimelineColors::fromPalette(Theme::palette(dark ? Theme::Scheme::Dark : Theme::Scheme::Light));
}

} // namespace

TimelineFrame TimelineRenderer::fittedFrame(const TimelineDocument &document, const Options &options, const QFont &font)
{
    TimelineFrame f;
    f.rows = options.rows.empty() ? document.rowOrder(options.order) : options.rows;
    const int nameWidth = TimelinePainter::nameColumnWidth(document, font);
    f.layout = TimelineLayout::compute(
        options.size, QFontMetrics(font), nameWidth, int(f.rows.size()), TimelineLayout::RowFit::Shrink);
    f.mapping = TimeMapping(document.content(), f.layout.plotWidth());
    if (options.visible)
        f.mapping.zoomTo(*options.visible);
    f.wallClock = options.wallClock;
    if (options.events && options.events->meeting().document.get() == &document)
        f.events = options.events;
    return f;
}

TimelineRenderer::Options TimelineRenderer::currentView(const TimelineChart &chart, QSize size, bool dark)
{
    Options options;
    options.size = size;
    options.dark = dark;
    options.order = chart.rowOrder();
    options.wallClock = chart.isWallClock();
    options.visible = chart.visibleRange();
    options.rows = chart.rows();
    options.events = chart.eventsVisible() ? chart.events().get() : nullptr;
    return options;
}

QImage TimelineRenderer::image(const TimelineDocument &document, const Options &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const QFont font = QGuiApplication::font();
    const TimelineColors colors = colorsFor(options.dark);
    image.fill(colors.window);
    QPainter p(&image);
    TimelinePainter(document, colors, font).paint(&p, fittedFrame(document, options, font));
    return image;
}

bool TimelineRenderer::render(
    const TimelineDocument &document, const QString &outputPath, QSize size, bool dark, QString *error)
{
    Options options;
    options.size = size;
    options.dark = dark;
    return render(document, outputPath, options, error);
}

bool TimelineRenderer::render(
    const TimelineDocument &document, const QString &outputPath, const Options &options, QString *error)
{
    const QString suffix = QFileInfo(outputPath).suffix().toLower();
    if (suffix != "png"_L1 && suffix != "svg"_L1) {
        //: %1 is the output file the user asked for
        setError(error, tr("Cannot render to %1: the file name must end in .png or .svg.").arg(outputPath));
        return false;
    }
    if (options.size.width() <= 0 || options.size.height() <= 0 || options.size.width() > 16384
        || options.size.height() > 16384) {
        //: %1 is the output file, %2 x %3 the size asked for
        setError(error,
            tr("Cannot render %1: %2 x %3 pixels is not a size from 1 to 16384 pixels each way.")
                .arg(outputPath)
                .arg(options.size.width())
                .arg(options.size.height()));
        return false;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
        return false;
    }
    if (suffix == "png"_L1) {
        const QImage picture = image(document, options);
        if (picture.isNull() || !picture.save(&file, "PNG")) {
            file.cancelWriting();
            setError(error, tr("Cannot write %1: the image could not be encoded.").arg(outputPath));
            return false;
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setTitle(tr("Speaker timeline"));
        svg.setResolution(96);
        const QFont font = QGuiApplication::font();
        const TimelineColors colors = colorsFor(options.dark);
        QPainter p;
        if (!p.begin(&svg)) {
            file.cancelWriting();
            setError(error, tr("Cannot write %1: the SVG could not be started.").arg(outputPath));
            return false;
        }
        TimelinePainter(document, colors, font).paint(&p, fittedFrame(document, options, font));
        p.end();
    }
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(outputPath, file.errorString()));
        return false;
    }
    return true;
}
