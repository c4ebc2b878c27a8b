// The speaker timeline panel against the demo server over loopback: it follows the artifact it is
// given (downloading only while active), draws the 4-hour, 40-speaker meeting, says why there is no
// timeline, stops and tries again, and opens local files of each kind (also dropped on it).
#include "analysis/datacheckmodel.h"
#include "analysis/datacheckspane.h"
#include "analysis/eventoverlay.h"
#include "analysis/eventspane.h"
#include "analysis/eventtablemodel.h"
#include "analysis/participantspane.h"
#include "analysis/participanttreemodel.h"
#include "analysis/speakerstatsmodel.h"
#include "analysis/statspane.h"
#include "clientfixture.h"
#include "domain/artifactparser.h"
#include "testsettings.h"
#include "timeline/timelinecache.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinepanel.h"
#include "timelinefixture.h"

#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using TimelineFixture::writeFile;

namespace {

Artifact artifactFrom(const DemoServer &server, const QString &id)
{
    const Result<Artifact> artifact = ArtifactParser::artifactFromJson(server.artifactJson(id));
    return artifact ? artifact.value() : Artifact();
}

const QByteArray twoSpeakers = R"([
  {"participant": {"id": 7, "name": "Dana Ruiz", "is_host": true, "platform": "desktop", "extra_data": null},
   "start_timestamp": {"absolute": "2025-07-17T00:00:04.500000Z", "relative": 4.5},
   "end_timestamp": {"absolute": "2025-07-17T00:00:35.890000Z", "relative": 35.89}},
  {"participant": {"id": 8, "name": null, "is_host": null, "platform": null, "extra_data": null},
   "start_timestamp": {"absolute": "2025-07-17T00:00:30Z", "relative": 30},
   "end_timestamp": null}
])";

QString otherDoneArtifact(const DemoServer &server, const QString &notThis)
{
    for (const QString &id : server.artifactIds()) {
        if (id != notThis && artifactFrom(server, id).status.kind() == StatusKind::Done)
            return id;
    }
    return {};
}

} // namespace

class TestTimelinePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void drawsTheLargeDemoMeeting();
    void sidePanesMoveTheChart();
    void downloadsNothingWhileInactive();
    void sameVersionIsNotFetchedAgain();
    void notDoneSaysWhy();
    void cancelThenTryAgain();
    void switchingConnectionsClearsTheChart();
    void expiredLinkStillDraws();
    void fileVanishedBeforeReadingIsFetchedAgain();
    void opensLocalFilesOfEachKind();
    void droppedFileOpens();
    void everyControlIsNamed();
    void anotherSourceWhileHiddenStopsTheOldWork();
    void anotherArtifactHidesTheShownChart();
    void timelineWithoutSpeechSaysSo_data();
    void timelineWithoutSpeechSaysSo();

private:
    int speakerTimelineDownloads() const;

    DemoWorkspace m_ws;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TimelineCache> m_cache;
    std::unique_ptr<TimelinePanel> m_panel;
};

void TestTimelinePanel::initTestCase()
{
    useTestSettings(u"tst_timelinepanel"_s);
}

void TestTimelinePanel::init()
{
    QSettings().clear(); // each test starts from the defaults (events shown, a silence of 120 s)
    QVERIFY(m_ws.start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<TimelineCache>(m_dir->filePath(u"cache"_s));
    m_panel = std::make_unique<TimelinePanel>(m_cache.get());
    m_panel->resize(1200, 600);
    m_panel->setClient(m_ws.client.get(), u"demo"_s);
    m_panel->show();
    m_panel->setActive(true);
}

void TestTimelinePanel::cleanup()
{
    m_panel.reset();
    m_cache.reset();
    m_dir.reset();
    m_ws.reset();
}

int TestTimelinePanel::speakerTimelineDownloads() const
{
    int count = 0;
    const auto requests = m_ws.server->downloadRequests();
    for (const auto &request : requests)
        count += request.path.contains(u"speaker_timeline"_s) ? 1 : 0;
    return count;
}

void TestTimelinePanel::drawsTheLargeDemoMeeting()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    QVERIFY(!id.isEmpty());
    m_panel->setArtifact(artifactFrom(*m_ws.server, id));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    QCOMPARE(m_panel->chart()->document()->rowCount(), 40);
    QVERIFY(m_panel->chart()->isVisible());
    QVERIFY2(m_panel->statusText().contains(u"40 speaker"_s), qPrintable(m_panel->statusText()));
    QVERIFY(m_panel->stateText().isEmpty());
    // The whole meeting is in view: four hours.
    QVERIFY(m_panel->chart()->visibleRange().duration() >= 4 * 3600);
    // The other two files follow into the cache, and are read for the side panes.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->meeting().participants && m_panel->meeting().events, 20000);
    QCOMPARE(m_panel->meeting().document, m_panel->chart()->document());
    QVERIFY(m_panel->meeting().participants->participants.size() >= 40);
    QVERIFY(!m_panel->meeting().events->events.empty());
    QCOMPARE(m_panel->sourcePaths().size(), 3);
    QVERIFY(!m_panel->sourcePaths().at(1).isEmpty());
    QCOMPARE(m_panel->statsPane()->model()->rowCount(), 41);
    const TimelineCache::Key key = TimelineCache::keyFor(u"demo"_s, artifactFrom(*m_ws.server, id));
    QVERIFY(m_cache->has(key, TimelineFile::Participants));
    QVERIFY(m_cache->has(key, TimelineFile::ParticipantEvents));
    QVERIFY(m_panel->cancelButton()->isHidden());
}

// The events table, the participants tree and the data checks each move the chart to what is chosen;
// another artifact replaces all of them, and the chart's events are always its own meeting's.
void TestTimelinePanel::sidePanesMoveTheChart()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::UnknownAction);
    QVERIFY(!id.isEmpty());
    m_panel->setArtifact(artifactFrom(*m_ws.server, id));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->meeting().document && m_panel->meeting().events && m_panel->meeting().participants, 20000);
    TimelineChart *chart = m_panel->chart();
    QVERIFY(chart->events());
    QVERIFY(chart->events()->markerCount() > 0);

    // A chat message in the events table: the chart shows its moment and the sender's row.
    QTableView *events = m_panel->eventsPane()->view();
    QTRY_VERIFY(events->model()->rowCount() > 0);
    int chat = -1;
    for (int r = 0; r < events->model()->rowCount() && chat < 0; ++r) {
        const QModelIndex index = events->model()->index(r, 0);
        if (index.data(EventTableModel::ActionRole).toString() == u"chat_message"_s
            && index.data(EventTableModel::TimelineRowRole).toInt() >= 0)
            chat = r;
    }
    QVERIFY(chat >= 0);
    const QModelIndex chatIndex = events->model()->index(chat, 0);
    const double at = chatIndex.data(EventTableModel::TimeRole).toDouble();
    events->setFocus();
    events->selectRow(chat);
    QVERIFY(chart->revealed());
    QCOMPARE(chart->revealed()->start, at);
    QCOMPARE(chart->selectedRow(), chatIndex.data(EventTableModel::TimelineRowRole).toInt());
    QVERIFY(chart->visibleRange().start <= at && at <= chart->visibleRange().end);
    // Its marker on the sender's row tells the message on hover.
    const ParticipantEventsFile &file = *m_panel->meeting().events;
    const ParticipantEvent &event = file.events[size_t(chatIndex.data(EventTableModel::EventIndexRole).toInt())];
    const QString text = file.chats.at(event.detail).text;
    const QRect band = chart->rowRect(chart->selectedRow());
    bool told = false;
    for (int y = band.top(); y <= band.bottom() && !told; ++y)
        told = chart->toolTipAt(QPoint(chart->xOf(at), y)).contains(text.left(20).toHtmlEscaped());
    QVERIFY2(told, qPrintable(text));

    // A participant who spoke: their row.
    QTreeView *participants = m_panel->participantsPane()->view();
    for (int r = 0; r < participants->model()->rowCount(); ++r) {
        const QModelIndex index = participants->model()->index(r, 0);
        const int row = index.data(ParticipantTreeModel::TimelineRowRole).toInt();
        if (row < 0 || row == chart->selectedRow())
            continue;
        participants->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(chart->selectedRow(), row);
        break;
    }

    // A data check's first location: silences of more than a second, which every meeting has.
    m_panel->checksPane()->setSilenceSeconds(1);
    QTreeView *checks = m_panel->checksPane()->view();
    QTRY_VERIFY(checks->model()->rowCount() > 0);
    QModelIndex location;
    for (int r = 0; r < checks->model()->rowCount() && !location.isValid(); ++r) {
        const QModelIndex finding = checks->model()->index(r, 0);
        if (checks->model()->rowCount(finding) > 0)
            location = checks->model()->index(0, 0, finding);
    }
    QVERIFY(location.isValid());
    checks->selectionModel()->setCurrentIndex(
        location, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(chart->revealed());
    QCOMPARE(chart->revealed()->start, location.data(DataCheckModel::FromRole).toDouble());

    // Another artifact: every pane and the chart's events belong to it, nothing of the first stays.
    const QString other = otherDoneArtifact(*m_ws.server, id);
    m_panel->setArtifact(artifactFrom(*m_ws.server, other));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->meeting().document && m_panel->meeting().events, 20000);
    QCOMPARE(m_panel->meeting().document, chart->document());
    QVERIFY(!chart->revealed());
    QTRY_VERIFY(chart->events());
    QCOMPARE(chart->events()->meeting().document, chart->document());
    QCOMPARE(chart->events()->meeting().events, m_panel->meeting().events);
    QCOMPARE(m_panel->statsPane()->model()->document(), chart->document());
    QTRY_COMPARE(m_panel->eventsPane()->model()->rowCount(), int(m_panel->meeting().events->events.size()));
}

void TestTimelinePanel::downloadsNothingWhileInactive()
{
    m_panel->setActive(false);
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_panel->setArtifact(artifactFrom(*m_ws.server, id));
    QTest::qWait(300);
    QCOMPARE(speakerTimelineDownloads(), 0);
    QVERIFY(!m_panel->chart()->document());
    m_panel->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    QCOMPARE(speakerTimelineDownloads(), 1);
}

void TestTimelinePanel::sameVersionIsNotFetchedAgain()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    const Artifact artifact = artifactFrom(*m_ws.server, id);
    m_panel->setArtifact(artifact);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    const auto shown = m_panel->chart()->document();
    m_panel->setArtifact(artifact); // the pane shows the retrieved copy of the same version
    QTest::qWait(200);
    QCOMPARE(m_panel->chart()->document(), shown);
    QCOMPARE(speakerTimelineDownloads(), 1);
}

void TestTimelinePanel::notDoneSaysWhy()
{
    // Processing: the timeline comes once done; failed and deleted: it never will.
    const QList<std::pair<StatusKind, QString>> kinds {{StatusKind::Processing, u"once it is done"_s},
        {StatusKind::Failed, u"made no speaker timeline"_s}, {StatusKind::Deleted, u"files are gone"_s}};
    for (const auto &[kind, says] : kinds) {
        const QStringList ids = m_ws.server->artifactIds();
        const auto found = std::find_if(ids.cbegin(), ids.cend(),
            [&](const QString &id) { return artifactFrom(*m_ws.server, id).status.kind() == kind; });
        QVERIFY2(found != ids.cend(), qPrintable(statusCodeFor(kind)));
        // Another artifact is news even without a timeline: File > Export offers its support bundle.
        QSignalSpy changed(m_panel.get(), &TimelinePanel::meetingChanged);
        m_panel->setArtifact(artifactFrom(*m_ws.server, *found));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_panel->artifact()->id, *found);
        QVERIFY2(m_panel->stateText().contains(says), qPrintable(m_panel->stateText()));
        QVERIFY(!m_panel->chart()->isVisible());
    }
    QCOMPARE(m_ws.server->downloadRequests().size(), 0);
}

void TestTimelinePanel::cancelThenTryAgain()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_panel->setArtifact(artifactFrom(*m_ws.server, id));
    QVERIFY(m_panel->isBusy());
    QVERIFY(m_panel->cancelButton()->isVisible());
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    QVERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->stateText().contains(u"Stopped"_s), qPrintable(m_panel->stateText()));
    QVERIFY(m_panel->retryButton()->isVisible());
    QTest::qWait(200);
    QVERIFY(!m_panel->chart()->document()); // nothing of the stopped work arrives late
    QTest::mouseClick(m_panel->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    QVERIFY(m_panel->retryButton()->isHidden());
}

void TestTimelinePanel::switchingConnectionsClearsTheChart()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_panel->setArtifact(artifactFrom(*m_ws.server, id));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    DemoWorkspace other;
    QVERIFY(other.start());
    m_panel->setClient(other.client.get(), u"other"_s);
    QVERIFY(!m_panel->chart()->document());
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!m_panel->stateText().isEmpty());
    m_panel->setClient(nullptr, {});
    other.reset();
}

void TestTimelinePanel::expiredLinkStillDraws()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_ws.server->setDownloadLinkLifetimeMs(-1000); // every link handed out has expired already
    const Artifact stale = artifactFrom(*m_ws.server, id);
    m_ws.server->setDownloadLinkLifetimeMs(3600 * 1000);
    m_panel->setArtifact(stale);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    QCOMPARE(m_panel->chart()->document()->rowCount(), 40);
}

// Preferences > Clear cache between the download and the read: the panel fetches the file once more
// instead of showing "cannot open".
void TestTimelinePanel::fileVanishedBeforeReadingIsFetchedAgain()
{
    const QString id = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    const Artifact artifact = artifactFrom(*m_ws.server, id);
    m_panel->setArtifact(artifact);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 20000);
    const QString vanished = m_cache->path(TimelineCache::keyFor(u"demo"_s, artifact), TimelineFile::SpeakerTimeline);
    QVERIFY(m_cache->clear());
    QVERIFY(!QFile::exists(vanished));
    QVERIFY(QMetaObject::invokeMethod(m_panel.get(), "onFileReady", Q_ARG(TimelineFile, TimelineFile::SpeakerTimeline),
        Q_ARG(QString, vanished), Q_ARG(bool, true)));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(vanished), 20000); // downloaded again
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy() && m_panel->chart()->document(), 20000);
    QCOMPARE(m_panel->chart()->document()->rowCount(), 40);
    QVERIFY2(m_panel->stateText().isEmpty(), qPrintable(m_panel->stateText()));
    QCOMPARE(speakerTimelineDownloads(), 2);
}

void TestTimelinePanel::opensLocalFilesOfEachKind()
{
    m_panel->setClient(nullptr, {}); // offline
    const QString timeline = writeFile(*m_dir, u"meeting.json"_s, twoSpeakers);
    m_panel->openFile(timeline);
    QTRY_VERIFY(m_panel->chart()->document());
    QCOMPARE(m_panel->chart()->document()->rowCount(), 2);
    QCOMPARE(m_panel->chart()->document()->rowName(1), u"(no name) #8"_s);

    const QString participants = writeFile(*m_dir, u"p.json"_s,
        R"([{"id": 1, "name": "Ana", "is_host": false, "platform": "desktop", "extra_data": null},
            {"id": 2, "name": "Bo", "is_host": true, "platform": "dial-in", "extra_data": null}])");
    m_panel->openFile(participants);
    QTRY_VERIFY2(m_panel->stateText().contains(u"participants file"_s), qPrintable(m_panel->stateText()));
    QVERIFY2(m_panel->stateText().contains(u"Ana, Bo"_s), qPrintable(m_panel->stateText()));
    QVERIFY(!m_panel->chart()->document());

    const QString events = writeFile(*m_dir, u"e.json"_s,
        R"([{"id": "a", "action": "join", "participant": {"id": 1, "name": "Ana"},
             "timestamp": {"absolute": "2025-07-17T00:00:01Z", "relative": 1}, "data": null},
            {"id": "b", "action": "hand_raised", "participant": {"id": 1, "name": "Ana"},
             "timestamp": {"absolute": null, "relative": 2}, "data": null}])");
    m_panel->openFile(events);
    QTRY_VERIFY2(m_panel->stateText().contains(u"participant events file"_s), qPrintable(m_panel->stateText()));
    QVERIFY2(m_panel->stateText().contains(u"hand_raised 1"_s), qPrintable(m_panel->stateText()));

    const QString html = writeFile(*m_dir, u"error.json"_s, "<html><body>403 Forbidden</body></html>");
    m_panel->openFile(html);
    QTRY_VERIFY(!m_panel->stateText().isEmpty() && !m_panel->isBusy());
    QVERIFY2(m_panel->stateText().contains(u"HTML"_s, Qt::CaseInsensitive), qPrintable(m_panel->stateText()));

    // Cut short: what was read before the cut is drawn, and the notice says where the file broke.
    const QString truncated = writeFile(*m_dir, u"cut.json"_s, twoSpeakers.left(twoSpeakers.indexOf("},\n  {") + 2));
    m_panel->openFile(truncated);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->chart()->document());
    QCOMPARE(m_panel->chart()->document()->timeline().segmentCount(), 1);
    QVERIFY2(m_panel->noticeText().contains(u"byte"_s), qPrintable(m_panel->noticeText()));

    m_panel->openFile(m_dir->filePath(u"missing.json"_s));
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->stateText().contains(u"missing.json"_s), qPrintable(m_panel->stateText()));
}

void TestTimelinePanel::droppedFileOpens()
{
    const QString timeline = writeFile(*m_dir, u"dropped.json"_s, twoSpeakers);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(timeline)});
    const QPoint at = m_panel->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);
    QTRY_VERIFY(m_panel->chart()->document());
    QCOMPARE(m_panel->chart()->document()->rowCount(), 2);

    // Two files, or a web link, are not taken.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(timeline), QUrl::fromLocalFile(timeline)});
    QDragEnterEvent refused(at, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_panel.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestTimelinePanel::everyControlIsNamed()
{
    const auto widgets = m_panel->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(m_panel.get()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
            qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
    }
}

void TestTimelinePanel::timelineWithoutSpeechSaysSo_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty list") << QByteArray("[]");
    QTest::newRow("empty list, whitespace") << QByteArray(" [ \n ] \n");
    QTest::newRow("only elements of the wrong shape") << QByteArray(
        R"([{"participant": {"id": 7, "name": "Dana"}, "start_timestamp": null, "end_timestamp": null}])");
}

void TestTimelinePanel::timelineWithoutSpeechSaysSo()
{
    QFETCH(QByteArray, bytes);
    // First a real chart, so that the empty one must replace it.
    m_panel->openFile(writeFile(*m_dir, u"meeting.json"_s, twoSpeakers));
    QTRY_VERIFY(m_panel->chart()->document());
    m_panel->openFile(writeFile(*m_dir, u"silent.json"_s, bytes));
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->stateText().contains(u"no speech"_s), qPrintable(m_panel->stateText()));
    QVERIFY(!m_panel->chart()->document());
    QVERIFY(!m_panel->chart()->isVisible());
    QVERIFY2(!m_panel->statusText().contains(u"0 speaker"_s), qPrintable(m_panel->statusText()));
}

void TestTimelinePanel::anotherArtifactHidesTheShownChart()
{
    const QString first = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_panel->setArtifact(artifactFrom(*m_ws.server, first));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    const auto shown = m_panel->chart()->document();
    const QString second = otherDoneArtifact(*m_ws.server, first);
    QVERIFY(!second.isEmpty());
    m_panel->setArtifact(artifactFrom(*m_ws.server, second));
    QVERIFY(m_panel->isBusy());
    // While the second one downloads, the first one's speakers are not shown as the second's.
    QVERIFY(!m_panel->chart()->isVisible());
    QVERIFY(m_panel->chart()->document() != shown);
    QVERIFY(!m_panel->stateText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document() && m_panel->chart()->isVisible(), 20000);
    QVERIFY(m_panel->chart()->document() != shown);
    QVERIFY(m_panel->stateText().isEmpty());
}

void TestTimelinePanel::anotherSourceWhileHiddenStopsTheOldWork()
{
    const QString first = m_ws.server->artifactIdWithQuirk(DemoQuirk::LargeMeeting);
    m_panel->setArtifact(artifactFrom(*m_ws.server, first));
    QVERIFY(m_panel->isBusy());
    // Hidden mid-download: the same artifact goes on (it is shown again when the dock comes back) ...
    m_panel->setActive(false);
    QVERIFY(m_panel->isBusy());
    // ... but once another artifact is selected, the first is nobody's: nothing more of it.
    const QString second = otherDoneArtifact(*m_ws.server, first);
    QVERIFY(!second.isEmpty());
    m_panel->setArtifact(artifactFrom(*m_ws.server, second));
    QVERIFY(!m_panel->isBusy());
    QTest::qWait(1000);
    QVERIFY(!m_panel->chart()->document());
    QCOMPARE(m_ws.client->requestsInFlight(), 0);
    m_panel->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->chart()->document(), 20000);
    const QByteArray secondFile = m_ws.server->downloadFileContents(second, u"speaker_timeline"_s);
    QVERIFY(!secondFile.isEmpty());
    QVERIFY(m_panel->chart()->document()->timeline().source().startsWith(secondFile));

    // The same for a local file chosen while hidden.
    m_panel->setArtifact(artifactFrom(*m_ws.server, first));
    QVERIFY(m_panel->isBusy());
    m_panel->setActive(false);
    m_panel->openFile(writeFile(*m_dir, u"meeting.json"_s, twoSpeakers));
    QVERIFY(!m_panel->isBusy());
}

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
