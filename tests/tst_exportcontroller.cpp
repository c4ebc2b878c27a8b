// File > Export driven through its real actions on a real chart (offscreen): each export read back,
// the dialogs replaced by test hooks so that no native dialog opens.
#include "analysis/exportcontroller.h"
#include "analysis/imagesizedialog.h"
#include "analysis/supportbundle.h"
#include "testsettings.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerenderer.h"
#include "timelinefixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString fakeKey = u"pi-export-key-0d1e2f3a4b5c6d7e"_s;
const QString artifactId = u"9b1e4c1a-0000-4000-8000-00000000beef"_s;

QByteArray smallTimeline()
{
    return TimelineFixture::handWritten({{0, -1.5, 4}, {2, 5, 9.5}, {1, 10, 12}, {0, 12.5, 20}, {2, 21, 30}});
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> out = bytes.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return out;
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsNeedATimeline();
    void menuAndShortcut();
    void suggestedNames_data();
    void suggestedNames();
    void png_data();
    void png();
    void currentViewIsWhatTheChartShows();
    void svg();
    void textExports_data();
    void textExports();
    void statsFromTheSource();
    void supportBundle();
    void cancelledWritesNothing();
    void writeFailureReported();
    void folderRemembered();
    void imageSizeDialog();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The chooser answers with this file; the last suggestion it was given is kept.
    void chooseFile(const QString &file);

    QTemporaryDir m_dir;
    std::shared_ptr<const TimelineDocument> m_doc;
    std::unique_ptr<QWidget> m_window;
    TimelineChart *m_chart = nullptr;
    ExportController *m_exports = nullptr;
    QString m_suggested;
    QStringList m_errors;
    std::optional<ImageSizeDialog::Choice> m_imageChoice;
    bool m_hasTimeline = true;
};

void TestExportController::initTestCase()
{
    useTestSettings(u"tst_exportcontroller"_s);
    QVERIFY(m_dir.isValid());
    QFile file(path(u"speaker_timeline.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallTimeline());
    file.close();
    m_doc = TimelineFixture::fromJson(smallTimeline());
    QVERIFY(m_doc);
}

void TestExportController::init()
{
    QSettings().clear();
    m_window = std::make_unique<QWidget>();
    m_chart = new TimelineChart(m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_chart);
    m_window->resize(900, 400);
    m_chart->setDocument(m_doc);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_hasTimeline = true;
    m_errors.clear();
    m_imageChoice = ImageSizeDialog::Choice {QSize(1280, 720), true};
    m_exports = new ExportController(m_window.get());
    ExportSource source;
    source.meeting = [this] {
        MeetingFiles meeting;
        if (m_hasTimeline)
            meeting.document = m_doc;
        return meeting;
    };
    source.chart = [this] { return m_chart; };
    source.artifact = [] {
        Artifact artifact;
        artifact.id = artifactId;
        artifact.status.code = u"done"_s;
        return std::optional<Artifact>(artifact);
    };
    source.filePaths = [this] { return QStringList {path(u"speaker_timeline.json"_s), QString(), QString()}; };
    // A log that (wrongly) holds the key: the bundle must still leave it out.
    source.requestLog = []() -> QString { return u"GET /api/v1/participant_events/x/ 200 key="_s + fakeKey + u'\n'; };
    source.title = [] { return u"Weekly sync"_s; };
    source.connection = [] { return Connection {QUrl(u"https://us-east-1.recall.ai"_s), fakeKey}; };
    m_exports->setSource(source);
    m_exports->setImageChooser([this](QSize, const QString &) { return m_imageChoice; });
    m_exports->setErrorReporter([this](const QString &text) { m_errors.append(text); });
}

void TestExportController::cleanup()
{
    m_window.reset();
    m_chart = nullptr;
    m_exports = nullptr;
}

void TestExportController::chooseFile(const QString &file)
{
    m_exports->setFileChooser([this, file](const QString &, const QString &suggested, const QString &) {
        m_suggested = suggested;
        return file;
    });
}

void TestExportController::actionsNeedATimeline()
{
    const auto actions = m_exports->actions();
    QCOMPARE(actions.size(), 7);
    for (const QAction *action : actions)
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    m_hasTimeline = false;
    m_exports->updateActions();
    // Without a timeline only the bundle stays: an artifact that failed still has its JSON and requests.
    for (const QAction *action : actions) {
        const bool bundle = action == m_exports->action(ExportController::Kind::SupportBundle);
        QVERIFY2(action->isEnabled() == bundle, qPrintable(action->objectName()));
    }
    const QString file = path(u"no-timeline.zip"_s);
    chooseFile(file);
    m_exports->action(ExportController::Kind::SupportBundle)->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const auto entries = SupportBundle::list(file);
    QVERIFY(entries);
    QStringList names;
    for (const SupportBundle::Entry &entry : *entries)
        names << entry.name;
    QVERIFY2(names.contains(u"artifact.json"_s) && names.contains(u"README.txt"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(!names.contains(u"chart.png"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(!SupportBundle::read(file, u"README.txt"_s)->contains(fakeKey.toUtf8()));

    // Following a chart: its document going away disables them by itself.
    m_hasTimeline = true;
    m_exports->updateActions();
    m_exports->setSource(ExportSource::fromChart(m_chart));
    m_exports->followChart(m_chart);
    QVERIFY(m_exports->action(ExportController::Kind::Png)->isEnabled());
    m_chart->setDocument(nullptr);
    QVERIFY(!m_exports->action(ExportController::Kind::Png)->isEnabled());
    m_chart->setDocument(m_doc);
    QVERIFY(m_exports->action(ExportController::Kind::Png)->isEnabled());
}

void TestExportController::menuAndShortcut()
{
    QCOMPARE(m_exports->menu()->objectName(), u"exportMenu"_s);
    const auto actions = m_exports->actions();
    for (const QAction *action : actions) {
        QVERIFY(m_exports->menu()->actions().contains(action));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text())); // reachable by keyboard
    }
    QCOMPARE(m_exports->action(ExportController::Kind::SupportBundle)->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

void TestExportController::suggestedNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    using Kind = ExportController::Kind;
    QTest::newRow("png") << int(Kind::Png) << u"artifact-%1-timeline.png"_s.arg(artifactId);
    QTest::newRow("svg") << int(Kind::Svg) << u"artifact-%1-timeline.svg"_s.arg(artifactId);
    QTest::newRow("segments") << int(Kind::SegmentsCsv) << u"artifact-%1-segments.csv"_s.arg(artifactId);
    QTest::newRow("stats") << int(Kind::StatsCsv) << u"artifact-%1-statistics.csv"_s.arg(artifactId);
    QTest::newRow("rttm") << int(Kind::Rttm) << u"artifact-%1-speakers.rttm"_s.arg(artifactId);
    QTest::newRow("labels") << int(Kind::AudacityLabels) << u"artifact-%1-labels.txt"_s.arg(artifactId);
    QTest::newRow("bundle") << int(Kind::SupportBundle) << u"artifact-%1-support.zip"_s.arg(artifactId);
}

void TestExportController::suggestedNames()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(m_exports->suggestedName(ExportController::Kind(kind)), name);
    // A local file: named for its title.
    ExportSource local;
    local.meeting = [this] { return MeetingFiles {m_doc, nullptr, nullptr}; };
    local.title = [] { return u"Team call: 17/07.json"_s; };
    m_exports->setSource(local);
    QVERIFY2(m_exports->suggestedName(ExportController::Kind(kind)).startsWith(u"Team-call-17-07-"_s),
        qPrintable(m_exports->suggestedName(ExportController::Kind(kind))));
}

void TestExportController::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("currentView");
    QTest::newRow("HD, current view") << QSize(1280, 720) << true;
    QTest::newRow("small, whole meeting") << QSize(320, 200) << false;
    QTest::newRow("portrait, current view") << QSize(600, 900) << true;
}

void TestExportController::png()
{
    QFETCH(QSize, size);
    QFETCH(bool, currentView);
    m_imageChoice = ImageSizeDialog::Choice {size, currentView};
    const QString file = path(u"chart.png"_s);
    QFile::remove(file);
    chooseFile(file);
    QSignalSpy messages(m_exports, &ExportController::message);
    m_exports->action(ExportController::Kind::Png)->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QCOMPARE(image.size(), size);
    QCOMPARE(messages.size(), 1);
    const QString text = messages.first().first().toString();
    QVERIFY2(text.contains(u"chart.png"_s), qPrintable(text));
    QVERIFY2(text.contains(u"%1 \u00d7 %2"_s.arg(size.width()).arg(size.height())), qPrintable(text));
}

void TestExportController::currentViewIsWhatTheChartShows()
{
    m_chart->setRowOrder(TimelineDocument::RowOrder::TalkTime);
    m_chart->setVisibleRange({4, 11});
    const TimelineRenderer::Options options = TimelineRenderer::currentView(*m_chart, QSize(800, 300), false);
    QCOMPARE(options.rows, m_chart->rows());
    QVERIFY(options.visible);
    QCOMPARE(*options.visible, m_chart->visibleRange());

    const auto exportWith = [this](bool currentView, const QString &name) {
        m_imageChoice = ImageSizeDialog::Choice {QSize(800, 300), currentView};
        chooseFile(path(name));
        m_exports->action(ExportController::Kind::Png)->trigger();
        return QImage(path(name), "PNG");
    };
    const QImage zoomed = exportWith(true, u"zoomed.png"_s);
    const QImage whole = exportWith(false, u"whole.png"_s);
    QCOMPARE(zoomed.size(), QSize(800, 300));
    QCOMPARE(whole.size(), QSize(800, 300));
    QVERIFY(zoomed != whole);
    // The frame of the current view is the chart's: same range, same rows.
    const TimelineFrame frame = TimelineRenderer::fittedFrame(*m_doc, options, m_chart->font());
    QCOMPARE(frame.rows, m_chart->rows());
    QVERIFY(qAbs(frame.mapping.visible().start - 4) < 1e-6);
    QVERIFY(qAbs(frame.mapping.visible().end - 11) < 1e-6);
}

void TestExportController::svg()
{
    m_imageChoice = ImageSizeDialog::Choice {QSize(1920, 1080), false};
    const QString file = path(u"chart.svg"_s);
    chooseFile(file);
    m_exports->action(ExportController::Kind::Svg)->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const QByteArray svg = readAll(file);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 1920 1080\""));
}

void TestExportController::textExports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    using Kind = ExportController::Kind;
    QTest::newRow("segments CSV") << int(Kind::SegmentsCsv) << u"segments.csv"_s;
    QTest::newRow("stats CSV") << int(Kind::StatsCsv) << u"stats.csv"_s;
    QTest::newRow("RTTM") << int(Kind::Rttm) << u"meeting.rttm"_s;
    QTest::newRow("Audacity labels") << int(Kind::AudacityLabels) << u"labels.txt"_s;
}

void TestExportController::textExports()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    chooseFile(path(file));
    QSignalSpy messages(m_exports, &ExportController::message);
    m_exports->action(ExportController::Kind(kind))->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(messages.size(), 1);
    const QList<QByteArray> rows = lines(readAll(path(file)));
    switch (ExportController::Kind(kind)) {
    case ExportController::Kind::SegmentsCsv:
        QCOMPARE(rows.size(), 1 + 5);
        QVERIFY(rows.first().startsWith("participant_id,name,start,end,duration"));
        QVERIFY(rows.at(1).split(',').size() >= 8);
        break;
    case ExportController::Kind::StatsCsv:
        QVERIFY(rows.first().startsWith("participant_id,name,talk_s"));
        QVERIFY(rows.last().startsWith("total,"));
        break;
    case ExportController::Kind::Rttm:
        QCOMPARE(rows.size(), 5);
        for (const QByteArray &row : rows) {
            const QList<QByteArray> fields = row.split(' ');
            QCOMPARE(fields.size(), 10);
            QCOMPARE(fields.at(0), QByteArray("SPEAKER"));
            QCOMPARE(fields.at(1), QByteArray("meeting")); // the file's name
            bool ok = false;
            QVERIFY(fields.at(4).toDouble(&ok) > 0 && ok);
        }
        break;
    case ExportController::Kind::AudacityLabels:
        QCOMPARE(rows.size(), 5);
        for (const QByteArray &row : rows)
            QCOMPARE(row.split('\t').size(), 3);
        break;
    default:
        QFAIL("not a text export");
    }
}

void TestExportController::statsFromTheSource()
{
    ExportSource source = ExportSource::fromChart(m_chart);
    source.statsCsv = [] { return QByteArray("participant_id,name\r\ntotal,\r\n"); };
    m_exports->setSource(source);
    chooseFile(path(u"pane.csv"_s));
    m_exports->action(ExportController::Kind::StatsCsv)->trigger();
    QCOMPARE(readAll(path(u"pane.csv"_s)), QByteArray("participant_id,name\r\ntotal,\r\n"));
}

void TestExportController::supportBundle()
{
    const QString file = path(u"bundle.zip"_s);
    chooseFile(file);
    QSignalSpy messages(m_exports, &ExportController::message);
    m_exports->action(ExportController::Kind::SupportBundle)->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(QFileInfo(m_suggested).fileName(), u"artifact-%1-support.zip"_s.arg(artifactId));
    QString error;
    const auto entries = SupportBundle::list(file, &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList names;
    for (const SupportBundle::Entry &entry : *entries)
        names.append(entry.name);
    QCOMPARE(names,
        QStringList({u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s, u"segments.csv"_s,
            u"speaker_timeline.json"_s, u"artifact.json"_s, u"requests.log"_s}));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(
        messages.first().first().toString().contains(u"7 files"_s), qPrintable(messages.first().first().toString()));
    for (const QString &name : std::as_const(names)) {
        const auto bytes = SupportBundle::read(file, name);
        QVERIFY(bytes);
        QVERIFY2(!bytes->contains(fakeKey.toUtf8()), qPrintable(name));
    }
    QImage chart;
    QVERIFY(chart.loadFromData(*SupportBundle::read(file, u"chart.png"_s), "PNG"));
    QCOMPARE(chart.size(), QSize(1920, 1080));
    const QString readme = QString::fromUtf8(*SupportBundle::read(file, u"README.txt"_s));
    QVERIFY(readme.contains(artifactId));
    QVERIFY(readme.contains(u"Connection: us-east-1.recall.ai"_s));
    QVERIFY(readme.contains(u"participants.json: not downloaded"_s));
    QVERIFY(readme.contains(u"participant_events.json: not downloaded"_s));
    QCOMPARE(*SupportBundle::read(file, u"speaker_timeline.json"_s), smallTimeline());
    QVERIFY(SupportBundle::read(file, u"artifact.json"_s)->contains(artifactId.toUtf8()));
}

void TestExportController::cancelledWritesNothing()
{
    chooseFile(QString());
    QSignalSpy messages(m_exports, &ExportController::message);
    const auto actions = m_exports->actions();
    for (QAction *action : actions)
        action->trigger();
    m_imageChoice.reset(); // the size dialog cancelled
    chooseFile(path(u"never.png"_s));
    m_exports->action(ExportController::Kind::Png)->trigger();
    QVERIFY(!QFile::exists(path(u"never.png"_s)));
    QCOMPARE(messages.size(), 0);
    QVERIFY(m_errors.isEmpty());
}

void TestExportController::writeFailureReported()
{
    const auto actions = m_exports->actions();
    for (QAction *action : actions) {
        m_errors.clear();
        chooseFile(path(u"no-such-folder/out.%1"_s.arg(action->objectName().section(u'_', -1))));
        action->trigger();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(u"no-such-folder"_s), qPrintable(m_errors.first()));
    }
}

void TestExportController::folderRemembered()
{
    QDir(m_dir.path()).mkpath(u"sub"_s);
    chooseFile(path(u"sub/first.csv"_s));
    m_exports->action(ExportController::Kind::SegmentsCsv)->trigger();
    QCOMPARE(QSettings().value("export/folder"_L1).toString(), path(u"sub"_s));
    chooseFile(path(u"sub/second"_s)); // no suffix: the export's own is added
    m_exports->action(ExportController::Kind::Rttm)->trigger();
    QCOMPARE(m_suggested, path(u"sub/artifact-%1-speakers.rttm"_s.arg(artifactId)));
    QVERIFY(QFile::exists(path(u"sub/second.rttm"_s)));
}

void TestExportController::imageSizeDialog()
{
    ImageSizeDialog dialog(QSize(901, 401), u"PNG"_s);
    QCOMPARE(dialog.choice(), (ImageSizeDialog::Choice {QSize(901, 401), true}));
    QCOMPARE(dialog.presetBox()->currentIndex(), 0);
    const QList<QWidget *> widgets {dialog.widthBox(), dialog.heightBox(), dialog.presetBox(),
        dialog.currentViewButton(), dialog.wholeMeetingButton()};
    for (const QWidget *widget : widgets) {
        QVERIFY(!widget->objectName().isEmpty());
        QVERIFY(!widget->accessibleName().isEmpty() || !widget->toolTip().isEmpty());
    }
    // A preset fills both boxes; typing a preset's numbers selects it; other numbers are Custom.
    dialog.presetBox()->setCurrentIndex(3);
    Q_EMIT dialog.presetBox()->activated(3);
    QCOMPARE(dialog.choice().size, QSize(3840, 2160));
    dialog.widthBox()->setValue(1280);
    QCOMPARE(dialog.presetBox()->currentIndex(), dialog.presetBox()->count() - 1);
    dialog.heightBox()->setValue(720);
    QCOMPARE(dialog.presetBox()->currentIndex(), 1);
    dialog.wholeMeetingButton()->setChecked(true);
    QCOMPARE(dialog.choice(), (ImageSizeDialog::Choice {QSize(1280, 720), false}));
    dialog.setChoice({QSize(5, 99999), true});
    QCOMPARE(dialog.choice().size, QSize(ImageSizeDialog::minWidth, ImageSizeDialog::maxSide));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
