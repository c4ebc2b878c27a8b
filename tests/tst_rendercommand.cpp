// `participant-inspector --render`, run as a script would run it: the real executable in a child
// process, with no display and no QT_QPA_PLATFORM, judged by its exit code, stderr and output file.
#include "analysis/supportbundle.h"
#include "demo/demoserver.h"
#include "timelinefixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool finished = false; // exited by itself, without a crash or a timeout
    int exitCode = -1;
    QString out;
    QString err;
};

// displayless: as a script on a server runs it (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM);
// otherwise on the offscreen platform, which the GUI's own --help needs.
Run runApp(const QStringList &arguments, bool displayless = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (displayless)
        env.remove(u"QT_QPA_PLATFORM"_s);
    else
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(PI_APP_PATH), arguments);
    Run run;
    run.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray smallTimeline()
{
    using TimelineFixture::Segment;
    return TimelineFixture::handWritten({{0, -1.5, 4}, {2, 5, 9.5}, {1, 10, 12}, {0, 12.5, 20}, {2, 21, std::nullopt}});
}

// The mean lightness of the image: the dark scheme's chart is darker than the light one's.
double meanLightness(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            sum += QColor(image.pixel(x, y)).lightnessF();
    }
    return sum / ((image.height() + 3) / 4 * ((image.width() + 3) / 4));
}

} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rendersPng_data();
    void rendersPng();
    void schemesDiffer();
    void rendersSvg();
    void failures_data();
    void failures();
    void usage_data();
    void usage();
    void largeDemoMeeting();
    void drawsParticipantEvents();
    void writesTextExports();
    void writesSupportBundle_data();
    void writesSupportBundle();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // small.json drawn at 640x360 in the scheme; a null image (and a warning) when the run fails.
    QImage renderSmall(const QString &scheme);
    void write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestRenderCommand::write(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestRenderCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QString::fromUtf8(PI_APP_PATH)).isExecutable(), PI_APP_PATH);
    QVERIFY(m_dir.isValid());
    write(u"small.json"_s, smallTimeline());
    write(u"truncated.json"_s, R"([{"participant":{"id":1)");
    write(u"error.html"_s,
        "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head><body>Denied</body></html>\n");
    write(u"participants.json"_s, R"([{"id":100,"name":"Dana Ruiz","is_host":true,"platform":"desktop"}])");
    // Dana joins at 0 s and leaves at 20 s; a chat message at 8 s and a raised hand at 16 s.
    const auto event = [](const char *action, const char *at, const char *data) -> QByteArray {
        return "{\"id\":\"e"_ba + at + "\",\"action\":\"" + action
            + "\",\"participant\":{\"id\":100,\"name\":\"Dana Ruiz\"},"
              "\"timestamp\":{\"absolute\":null,\"relative\":"
            + at + "},\"data\":" + data + '}';
    };
    const QByteArray events = '[' + event("join", "0", "null") + ','
        + event("chat_message", "8", "{\"text\":\"hi\",\"to\":\"everyone\"}") + ',' + event("raise_hand", "16", "null")
        + ',' + event("leave", "20", "null");
    write(u"events.json"_s, events + ']');
}

void TestRenderCommand::rendersPng_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << u"light"_s;
    QTest::newRow("dark") << u"dark"_s;
}

QImage TestRenderCommand::renderSmall(const QString &scheme)
{
    const QString output = path(u"small-%1.png"_s.arg(scheme));
    QFile::remove(output);
    const Run run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, output, u"--size"_s, u"640x360"_s,
        u"--scheme"_s, scheme});
    if (!run.finished || run.exitCode != 0 || run.err.contains(u"participant-inspector:"_s)) {
        qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    return QImage(output, "PNG");
}

void TestRenderCommand::rendersPng()
{
    QFETCH(QString, scheme);
    const QImage image = renderSmall(scheme);
    QCOMPARE(image.size(), QSize(640, 360));
    // Drawn, not blank: a background, bars in the speakers' colours, names and an axis.
    QSet<QRgb> colours;
    int saturated = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            saturated += QColor(pixel).hsvSaturation() > 100 ? 1 : 0;
        }
    }
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    QVERIFY2(saturated > 500, qPrintable(QString::number(saturated))); // the bars
}

void TestRenderCommand::schemesDiffer()
{
    const QImage light = renderSmall(u"light"_s);
    const QImage dark = renderSmall(u"dark"_s);
    QVERIFY(!light.isNull() && !dark.isNull());
    QVERIFY2(meanLightness(dark) + 0.3 < meanLightness(light),
        qPrintable(u"%1 %2"_s.arg(meanLightness(dark)).arg(meanLightness(light))));
}

void TestRenderCommand::rendersSvg()
{
    const QString output = path(u"small.svg"_s);
    const Run run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, output, u"--size"_s, u"640x360"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QXmlStreamReader xml(svg);
    QString root;
    qsizetype elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    QVERIFY2(elements > 10, qPrintable(QString::number(elements))); // something drawn inside
}

void TestRenderCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments"); // the files after --render and --output are in the test's directory
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = u"out.png"_s;
    // Files that cannot be drawn: 1.
    QTest::newRow("missing file") << QStringList {u"--render"_s, u"nothing-here.json"_s, u"--output"_s, out} << 1
                                  << u"Cannot open"_s;
    QTest::newRow("truncated JSON") << QStringList {u"--render"_s, u"truncated.json"_s, u"--output"_s, out} << 1
                                    << u"The file ends early at byte 23, before its first element is complete: "
                                       "expecting the rest of a speaker timeline segment"_s;
    QTest::newRow("HTML error page") << QStringList {u"--render"_s, u"error.html"_s, u"--output"_s, out} << 1
                                     << u"The file is a web page (HTML)"_s;
    QTest::newRow("participants file") << QStringList {u"--render"_s, u"participants.json"_s, u"--output"_s, out} << 1
                                       << u"This is a participants file, not a speaker timeline file."_s;
    // Bad command lines: 2.
    QTest::newRow("unknown extension .jpg") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, u"out.jpg"_s}
                                            << 2 << u"The output must end in .png, .svg, .csv, .rttm, .txt or .zip"_s;
    QTest::newRow("--participants without a zip") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out,
        u"--participants"_s, u"p.json"_s} << 2 << u"--participants goes with a support bundle"_s;
    QTest::newRow("bundle with a missing events file") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s,
        u"out.zip"_s, u"--events"_s, u"nothing-here.json"_s}
                                                       << 1 << u"nothing-here.json"_s;
    QTest::newRow("bad range") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, u"out.csv"_s,
        u"--stats"_s, u"--range"_s, u"9,3"_s}
                               << 2 << u"The range must read FROM,TO"_s;
    QTest::newRow("bad size 12x") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out, u"--size"_s,
        u"12x"_s} << 2 << u"The size must read WIDTHxHEIGHT"_s;
    QTest::newRow("size too small") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out, u"--size"_s,
        u"99x60"_s} << 2 << u"from 100x60 to 16384x16384: 99x60"_s;
    QTest::newRow("bad scheme") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out, u"--scheme"_s,
        u"sepia"_s} << 2 << u"The scheme must be light or dark: sepia"_s;
    QTest::newRow("--events of a timeline file") << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out,
        u"--events"_s, u"small.json"_s} << 1 << u"not a participant events file"_s;
    QTest::newRow("--events of a missing file")
        << QStringList {u"--render"_s, u"small.json"_s, u"--output"_s, out, u"--events"_s, u"nothing-here.json"_s} << 1
        << u"Cannot open"_s;
    QTest::newRow("missing --output") << QStringList {u"--render"_s, u"small.json"_s} << 2 << u"--output"_s;
    QTest::newRow("--render without a file") << QStringList {u"--render"_s} << 2 << u"render"_s;
}

void TestRenderCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i - 1) == u"--render" || arguments.at(i - 1) == u"--output"
            || arguments.at(i - 1) == u"--events")
            arguments[i] = path(arguments.at(i));
    }
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    const Run run = runApp(arguments);
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(u"participant-inspector: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no output file, not even an empty one
}

void TestRenderCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("displayless");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::newRow("--render FILE --help")
        << QStringList {u"--render"_s, u"small.json"_s, u"--help"_s} << true << 0 << u"--scheme"_s;
    QTest::newRow("--help --render=FILE")
        << QStringList {u"--help"_s, u"--render=small.json"_s} << true << 0 << u"--output"_s;
    // --help right after --render is taken as the file's name: a usage error, not a crash.
    QTest::newRow("--render --help") << QStringList {u"--render"_s, u"--help"_s} << true << 2 << QString();
    // Without --render, the GUI's own help (which needs a platform, so offscreen here).
    QTest::newRow("--help") << QStringList {u"--help"_s} << false << 0 << u"--demo"_s;
}

void TestRenderCommand::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, displayless);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    for (QString &argument : arguments) {
        if (argument.startsWith(u"--render="_s))
            argument = u"--render="_s + path(argument.mid(9));
        else if (argument.endsWith(u".json"_s))
            argument = path(argument);
    }
    const Run run = runApp(arguments, displayless);
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(stdoutContains), qPrintable(run.out));
    if (exitCode != 0)
        QVERIFY2(run.err.contains(u"participant-inspector: "_s), qPrintable(run.err));
}

// The demo's 4-hour meeting with 40 speakers, as its download serves it, at the default size.
// --events draws the participant events over the rows: the same chart with presence, a chat and an
// unknown action differs from the one without, and only in the plot.
void TestRenderCommand::drawsParticipantEvents()
{
    const QString output = path(u"events.png"_s);
    const Run run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, output, u"--size"_s, u"640x360"_s,
        u"--events"_s, path(u"events.json"_s)});
    QVERIFY2(run.finished && run.exitCode == 0 && !run.err.contains(u"participant-inspector:"_s), qPrintable(run.err));
    const QImage withEvents(output, "PNG");
    const QImage without = renderSmall(u"light"_s);
    QCOMPARE(withEvents.size(), without.size());
    int differ = 0;
    for (int y = 0; y < without.height(); ++y) {
        for (int x = 0; x < without.width(); ++x)
            differ += withEvents.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(differ > 200, qPrintable(QString::number(differ)));
}

void TestRenderCommand::largeDemoMeeting()
{
    DemoServer server;
    const QString id = server.artifactIdWithQuirk(DemoServer::Quirk::LargeMeeting);
    QVERIFY(!id.isEmpty());
    const QByteArray json = server.downloadFileContents(id, u"speaker_timeline"_s);
    QVERIFY(json.size() > 100000);
    write(u"large.json"_s, json);

    const QString output = path(u"large.png"_s);
    const Run run = runApp({u"--render"_s, path(u"large.json"_s), u"--output"_s, output, u"--size"_s, u"1920x1080"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"skipped"_s), qPrintable(run.err));
    QImage image;
    QVERIFY(image.load(output, "PNG"));
    QCOMPARE(image.size(), QSize(1920, 1080));
}

void TestRenderCommand::writesTextExports()
{
    // The small timeline: five segments, one before the recording, one open-ended (tst_timelineexport
    // reads each format back in detail; here the command line writes them).
    const auto lines = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll().split('\n') : QList<QByteArray>();
    };
    const QString csv = path(u"segments.csv"_s);
    Run run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, csv});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lines(csv).size(), 1 + 5 + 1); // header, segments, the empty piece after the last CRLF
    QVERIFY(lines(csv).first().startsWith("participant_id,name,start,end,duration"));

    const QString stats = path(u"stats.csv"_s);
    run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, stats, u"--stats"_s, u"--range"_s, u"0,10"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QByteArray> statsLines = lines(stats);
    QVERIFY(statsLines.first().startsWith("participant_id,name,talk_s"));
    QVERIFY(statsLines.at(statsLines.size() - 2).startsWith("total,"));
    QVERIFY(statsLines.at(statsLines.size() - 2).contains(",0.000000,10.000000,")); // the range
    // The same range as h:mm:ss gives the same file.
    const QString statsClock = path(u"stats-clock.csv"_s);
    run = runApp(
        {u"--render"_s, path(u"small.json"_s), u"--output"_s, statsClock, u"--stats"_s, u"--range"_s, u"0:00,0:10"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lines(statsClock), statsLines);
    // A chart with --range shows only that time: another picture than the whole meeting.
    const QString whole = path(u"whole.png"_s);
    const QString part = path(u"part.png"_s);
    run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, whole, u"--size"_s, u"800x400"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    run = runApp(
        {u"--render"_s, path(u"small.json"_s), u"--output"_s, part, u"--size"_s, u"800x400"_s, u"--range"_s, u"0,5"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QImage(part).size(), QSize(800, 400));
    QVERIFY(QImage(whole) != QImage(part));

    const QString rttm = path(u"speakers.rttm"_s);
    run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, rttm});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QList<QByteArray> rttmLines = lines(rttm);
    // The open-ended segment starts at the recording's end: no length, so no line.
    QCOMPARE(rttmLines.size(), 4 + 1);
    for (const QByteArray &line : rttmLines.mid(0, 4))
        QVERIFY2(line.startsWith("SPEAKER speakers 1 ") && line.split(' ').size() == 10, line.constData());

    const QString labels = path(u"labels.txt"_s);
    run = runApp({u"--render"_s, path(u"small.json"_s), u"--output"_s, labels});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lines(labels).size(), 4 + 1);
    QCOMPARE(lines(labels).first().split('\t').size(), 3);
}

void TestRenderCommand::writesSupportBundle_data()
{
    QTest::addColumn<bool>("withFiles"); // --participants and --events given
    QTest::addColumn<QStringList>("names");
    QTest::newRow("timeline only") << false
                                   << QStringList {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s,
                                          u"segments.csv"_s, u"speaker_timeline.json"_s};
    QTest::newRow("with participants and events")
        << true
        << QStringList {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s, u"segments.csv"_s,
               u"speaker_timeline.json"_s, u"participants.json"_s, u"participant_events.json"_s};
}

void TestRenderCommand::writesSupportBundle()
{
    QFETCH(bool, withFiles);
    QFETCH(QStringList, names);
    write(u"events.json"_s, "[]");
    const QString zip = path(u"bundle-%1.zip"_s.arg(withFiles));
    QStringList arguments {u"--render"_s, path(u"small.json"_s), u"--output"_s, zip, u"--size"_s, u"800x450"_s,
        u"--stats"_s, u"--range"_s, u"0,10"_s};
    if (withFiles)
        arguments << u"--participants"_s << path(u"participants.json"_s) << u"--events"_s << path(u"events.json"_s);
    const Run run = runApp(arguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));

    QString error;
    const auto entries = SupportBundle::list(zip, &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList listed;
    for (const SupportBundle::Entry &entry : *entries)
        listed.append(entry.name);
    QCOMPARE(listed, names);
    QImage chart;
    QVERIFY(chart.loadFromData(*SupportBundle::read(zip, u"chart.png"_s), "PNG"));
    QCOMPARE(chart.size(), QSize(800, 450));
    const QList<QByteArray> stats = SupportBundle::read(zip, u"statistics.csv"_s)->split('\n');
    QVERIFY(stats.first().startsWith("participant_id,name,talk_s"));
    QVERIFY(stats.at(stats.size() - 2).contains(",0.000000,10.000000,")); // the range
    QCOMPARE(*SupportBundle::read(zip, u"speaker_timeline.json"_s), smallTimeline());
    const QString readme = QString::fromUtf8(*SupportBundle::read(zip, u"README.txt"_s));
    QVERIFY2(readme.contains(u"requests.log: made on the command line from local files"_s), qPrintable(readme));
    QVERIFY2(readme.contains(u"Artifact:   none"_s), qPrintable(readme));
    QVERIFY2(readme.contains(u"Participant Inspector "_s + QString::fromUtf8(PI_VERSION_TEXT)), qPrintable(readme));
    QVERIFY(readme.contains(u"the range 0 s to 10 s"_s));
    QCOMPARE(readme.contains(u"participants.json: not given"_s), !withFiles);
}

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
