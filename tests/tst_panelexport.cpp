// File > Export fed by the timeline panel, against the demo server over loopback: the support bundle of
// a downloaded artifact holds all three files, the statistics pane's CSV, the artifact and the client's
// requests about it, and the key in none of them. Also the statistics' note for README.txt.
#include "analysis/exportcontroller.h"
#include "analysis/panelexportsource.h"
#include "analysis/speakerstatsmodel.h"
#include "analysis/statspane.h"
#include "analysis/supportbundle.h"
#include "clientfixture.h"
#include "domain/artifactparser.h"
#include "testsettings.h"
#include "timeline/timelinecache.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepanel.h"
#include "timelinefixture.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPanelExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statsNote_data();
    void statsNote();
    void bundleOfADownloadedArtifact();
};

void TestPanelExport::initTestCase()
{
    useTestSettings(u"tst_panelexport"_s);
}

void TestPanelExport::statsNote_data()
{
    QTest::addColumn<bool>("ranged");
    QTest::addColumn<bool>("merged");
    QTest::addColumn<QString>("note");
    QTest::newRow("whole meeting") << false << false << u"the whole meeting."_s;
    QTest::newRow("range") << true << false << u"the range 5.000 s to 15.000 s."_s;
    QTest::newRow("range, merged")
        << true << true << u"the range 5.000 s to 15.000 s; rows merged as one speaker: Dana Ruiz (100+101)."_s;
}

void TestPanelExport::statsNote()
{
    QFETCH(bool, ranged);
    QFETCH(bool, merged);
    QFETCH(QString, note);
    // Dana Ruiz twice (she rejoined under id 101), and Lee Chen.
    const QByteArray json = TimelineFixture::handWritten({{0, 0, 4}, {2, 5, 9.5}, {0, 12.5, 20}});
    QByteArray twice = json;
    const qsizetype last = twice.lastIndexOf("\"id\":100");
    twice.replace(last, 8, "\"id\":101");
    const auto doc = TimelineFixture::fromJson(twice);
    QVERIFY(doc);
    const std::vector<int> groups = merged ? SpeakerStats::sameNameGroups(doc->timeline()) : std::vector<int>();
    const SpeakerStats stats(doc->timeline(), groups);
    const SpeakerStats::Result result = ranged ? stats.compute(5, 15) : stats.whole();
    QCOMPARE(statsNoteText(result, ranged, *doc), note);
}

void TestPanelExport::bundleOfADownloadedArtifact()
{
    DemoWorkspace ws;
    QVERIFY(ws.start());
    QTemporaryDir dir;
    TimelineCache cache(dir.filePath(u"cache"_s));
    TimelinePanel panel(&cache);
    panel.resize(1200, 600);
    panel.setClient(ws.client.get(), u"demo"_s);
    panel.show();
    panel.setActive(true);
    ExportController exports(&panel);
    exports.setSource(panelExportSource(&panel, [&ws] { return ws.client.get(); }));
    connect(&panel, &TimelinePanel::meetingChanged, &exports, &ExportController::updateActions);
    QStringList errors;
    exports.setErrorReporter([&errors](const QString &text) { errors.append(text); });
    QAction *bundle = exports.action(ExportController::Kind::SupportBundle);
    QVERIFY(!bundle->isEnabled());

    QString id;
    for (const QString &candidate : ws.server->artifactIds()) {
        const Result<Artifact> a = ArtifactParser::artifactFromJson(ws.server->artifactJson(candidate));
        if (a && a.value().status.kind() == StatusKind::Done) {
            id = candidate;
            panel.setArtifact(a.value());
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && panel.meeting().participants && panel.meeting().events, 20000);
    QVERIFY(bundle->isEnabled());
    panel.statsPane()->setRange(TimeRange {0, 60});

    const QString zip = dir.filePath(u"bundle.zip"_s);
    exports.setFileChooser([&zip](const QString &, const QString &, const QString &) { return zip; });
    QSignalSpy messages(&exports, &ExportController::message);
    bundle->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(messages.size(), 1);
    const auto entries = SupportBundle::list(zip);
    QVERIFY(entries);
    QStringList names;
    for (const SupportBundle::Entry &entry : *entries)
        names.append(entry.name);
    QCOMPARE(names,
        QStringList(
            {u"README.txt"_s, u"chart.png"_s, u"statistics.csv"_s, u"segments.csv"_s, u"speaker_timeline.json"_s,
                u"participants.json"_s, u"participant_events.json"_s, u"artifact.json"_s, u"requests.log"_s}));
    const QByteArray key = ws.server->token().toUtf8();
    for (const QString &name : std::as_const(names))
        QVERIFY2(!SupportBundle::read(zip, name)->contains(key), qPrintable(name));
    QCOMPARE(*SupportBundle::read(zip, u"statistics.csv"_s), panel.statsPane()->model()->csv());
    QCOMPARE(*SupportBundle::read(zip, u"participants.json"_s), ws.server->downloadFileContents(id, u"participants"_s));
    const QString log = QString::fromUtf8(*SupportBundle::read(zip, u"requests.log"_s));
    // The three downloads, each filed under the artifact, signatures redacted.
    QCOMPARE(log.count(u"signature=[redacted]"_s), 3);
    for (const QString &file : {u"speaker_timeline"_s, u"participants"_s, u"participant_events"_s})
        QVERIFY2(log.contains(u"/artifacts/%1/%2.json"_s.arg(id, file)), qPrintable(log));
    const QString readme = QString::fromUtf8(*SupportBundle::read(zip, u"README.txt"_s));
    QVERIFY2(readme.contains(u"Artifact:   "_s + id), qPrintable(readme));
    QVERIFY2(readme.contains(u"Connection: 127.0.0.1:"_s), qPrintable(readme));
    QVERIFY2(readme.contains(u"the range 0.000 s to 60.000 s"_s), qPrintable(readme));
    QVERIFY(SupportBundle::read(zip, u"artifact.json"_s)->contains(id.toUtf8()));
}

QTEST_MAIN(TestPanelExport)
#include "tst_panelexport.moc"
