// The Open field takes ids as people have them: the short ids the table shows, several ids in one
// pasted text, and says in words beside the field what became of them. Against the demo server.
#include "artifactbrowser.h"
#include "demoworkspace.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/artifactlistmodel.h"
#include "openfieldhint.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestOpenField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shortIdOpensTheLoadedArtifact();
    void shortRecordingIdShowsItsArtifacts();
    void shortIdMatchingSeveralOffersThem();
    void shortIdMatchingNothingSaysSo();
    void secondIdIsOffered();
    void recordingFilterTakesShortIds();
    void placeholderNamesTheBotId();
    void botIdOpensItsArtifact();
    void botWithTwoRecordingsOffersBoth();
    void botWithoutArtifactsSaysSo_data();
    void botWithoutArtifactsSaysSo();
    void unknownBotOrGoneArtifactSaysSo();
    void textNamingABotAsksForTheBotFirst_data();
    void textNamingABotAsksForTheBotFirst();

private:
    void enter(const QString &text);
    OpenFieldHint *hint() const { return m_window->openFieldHint(); }

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestOpenField::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOpenField::init()
{
    QSettings().clear();
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    m_window = std::make_unique<MainWindow>(m_client.get(), u"Demo workspace"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->artifactModel()->rowCount() > 0 && !m_window->artifactModel()->isLoading());
}

void TestOpenField::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

void TestOpenField::enter(const QString &text)
{
    QLineEdit *field = m_window->openField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestOpenField::shortIdOpensTheLoadedArtifact()
{
    const Artifact a = m_window->artifactModel()->artifact(7);
    enter(a.id.left(8).toUpper());
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), a.id);
    QVERIFY(hint()->text().isEmpty());
}

void TestOpenField::shortRecordingIdShowsItsArtifacts()
{
    // A recording none of whose ids starts like an artifact's.
    ArtifactListModel *model = m_window->artifactModel();
    QString recording;
    for (int row = 0; row < model->rowCount() && recording.isEmpty(); ++row) {
        const QString candidate = model->artifact(row).recording.id;
        if (model->artifactIdsWithPrefix(candidate.left(8), 2).isEmpty())
            recording = candidate;
    }
    QVERIFY(!recording.isEmpty());
    enter(recording.left(8));
    QTRY_COMPARE(m_window->browser()->filterBar()->filter().recordingId, recording);
}

void TestOpenField::shortIdMatchingSeveralOffersThem()
{
    Artifact one = m_window->artifactModel()->artifact(0);
    Artifact two = one;
    one.id = u"abcdef12-0000-4000-8000-000000000001"_s;
    two.id = u"abcdef12-0000-4000-8000-000000000002"_s;
    m_window->artifactModel()->insertArtifact(one);
    m_window->artifactModel()->insertArtifact(two);
    enter(u"abcdef12"_s);
    QTRY_VERIFY(hint()->text().contains(u"2 loaded"_s));
    QToolButton *choices = hint()->choicesButton();
    QVERIFY(choices->isVisible());
    QVERIFY(!choices->accessibleName().isEmpty());
    const QList<QAction *> offered = choices->menu()->actions();
    QCOMPARE(offered.size(), 2);
    QVERIFY(offered.at(1)->text().contains(two.id));
    offered.at(1)->trigger();
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), two.id);
}

void TestOpenField::shortIdMatchingNothingSaysSo()
{
    enter(u"0000ff"_s);
    QTRY_VERIFY(!hint()->text().isEmpty());
    QVERIFY2(hint()->text().contains(u"starts with 0000ff"_s), qPrintable(hint()->text()));
    // Beside the field, readable by screen readers.
    auto *label = hint()->findChild<QLabel *>(u"openFieldHintText"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->accessibleName(), hint()->text());
    // Typing again clears it.
    QTest::keyClick(m_window->openField(), Qt::Key_A);
    QVERIFY(hint()->text().isEmpty());
}

void TestOpenField::secondIdIsOffered()
{
    const Artifact first = m_window->artifactModel()->artifact(2);
    const Artifact second = m_window->artifactModel()->artifact(5);
    enter(u"Customer asks about "_s + first.id + u" and "_s + second.id);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), first.id);
    QToolButton *choices = hint()->choicesButton();
    QTRY_VERIFY(choices->isVisible());
    QVERIFY2(choices->text().contains(u"1 more"_s), qPrintable(choices->text()));
    QCOMPARE(choices->menu()->actions().size(), 1);
    choices->menu()->actions().constFirst()->trigger();
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), second.id);
    QVERIFY(!choices->isVisible());
}

void TestOpenField::recordingFilterTakesShortIds()
{
    FilterBar *bar = m_window->browser()->filterBar();
    const QString recording = m_window->artifactModel()->artifact(0).recording.id;
    QLineEdit *field = bar->recordingEdit();
    field->setFocus();
    QTest::keyClicks(field, recording.left(8));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(bar->filter().recordingId, recording);

    field->clear();
    QTest::keyClicks(field, u"0000ff00"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(bar->recordingProblem().contains(u"No loaded recording"_s), qPrintable(bar->recordingProblem()));
    QCOMPARE(bar->filter().recordingId, recording); // the filter in force stays
    auto *problem = bar->findChild<QLabel *>(u"recordingProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->accessibleName(), bar->recordingProblem());
}

void TestOpenField::placeholderNamesTheBotId()
{
    QLineEdit *field = m_window->openField();
    QVERIFY2(field->placeholderText().contains(u"bot"_s), qPrintable(field->placeholderText()));
    QVERIFY2(field->toolTip().contains(u"bot id"_s), qPrintable(field->toolTip()));
    QVERIFY(field->accessibleName().contains(u"bot"_s));
}

void TestOpenField::botIdOpensItsArtifact()
{
    // The id customers quote; its artifact is far beyond the loaded page.
    const QString artifact = m_server->artifactIds().at(183);
    QCOMPARE(m_window->artifactModel()->rowOf(artifact), -1);
    enter(m_server->botIdForRecording(m_server->recordingIdOf(artifact)));
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), artifact);
    QVERIFY2(hint()->text().isEmpty(), qPrintable(hint()->text()));
    QVERIFY(!hint()->choicesButton()->isVisible());
    QVERIFY(m_window->browser()->filterBar()->filter().isEmpty());
}

void TestOpenField::botWithTwoRecordingsOffersBoth()
{
    const QString botId = m_server->botIdWithRecordings(2);
    const QString older = m_server->artifactIds().at(3);
    const QString newer = m_server->artifactIds().at(2);
    const QString before = m_window->browser()->currentArtifactId();
    enter(botId);
    QTRY_VERIFY(!hint()->text().isEmpty());
    QVERIFY2(hint()->text().contains(u"Bot "_s + botId.left(8)) && hint()->text().contains(u"2 recording"_s),
        qPrintable(hint()->text()));
    QToolButton *choices = hint()->choicesButton();
    QVERIFY(choices->isVisible());
    QVERIFY(!choices->accessibleName().isEmpty());
    QVERIFY(!choices->toolTip().isEmpty());
    const QList<QAction *> offered = choices->menu()->actions();
    QCOMPARE(offered.size(), 2);
    QVERIFY2(offered.at(0)->text().contains(older), qPrintable(offered.at(0)->text()));
    QVERIFY2(offered.at(1)->text().contains(newer), qPrintable(offered.at(1)->text()));
    QVERIFY2(offered.at(0)->text().contains(u"recording started"_s), qPrintable(offered.at(0)->text()));
    QCOMPARE(m_window->browser()->currentArtifactId(), before); // nothing opened until one is chosen
    offered.at(0)->trigger();
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), older);
    QVERIFY(!choices->isVisible());
}

void TestOpenField::botWithoutArtifactsSaysSo_data()
{
    QTest::addColumn<QString>("botId");
    QTest::addColumn<QString>("said");
    const DemoServer twin;
    QTest::newRow("no recording yet") << twin.botIdWithRecordings(0) << u"has no recording yet"_s;
    QTest::newRow("not captured") << twin.botIdWithoutParticipantEvents()
                                  << u"no participant events in its 1 recording(s) (not captured)"_s;
}

void TestOpenField::botWithoutArtifactsSaysSo()
{
    QFETCH(QString, botId);
    QFETCH(QString, said);
    const QString before = m_window->browser()->currentArtifactId();
    enter(u"bot "_s + botId);
    QTRY_VERIFY(!hint()->text().isEmpty());
    QVERIFY2(hint()->text().contains(u"Bot "_s + botId.left(8)) && hint()->text().contains(said),
        qPrintable(hint()->text()));
    auto *label = hint()->findChild<QLabel *>(u"openFieldHintText"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->accessibleName(), hint()->text());
    QCOMPARE(m_window->browser()->currentArtifactId(), before);
    QVERIFY(m_window->browser()->filterBar()->filter().isEmpty());
}

void TestOpenField::unknownBotOrGoneArtifactSaysSo()
{
    enter(u"bot_id=0000b0b0-0000-4000-8000-000000000000"_s);
    QTRY_VERIFY(!hint()->text().isEmpty());
    QVERIFY2(hint()->text().contains(u"Bot 0000b0b0 was not found"_s), qPrintable(hint()->text()));

    // The newest artifact of its recording (the one its bot names), removed for good.
    const QStringList ids = m_server->artifactIds();
    int index = 77;
    while (m_server->recordingIdOf(ids.at(index - 1)) == m_server->recordingIdOf(ids.at(index)))
        --index;
    const QString artifact = ids.at(index);
    m_server->purgeArtifact(artifact);
    enter(m_server->botIdForRecording(m_server->recordingIdOf(artifact)));
    QTRY_VERIFY(hint()->text().contains(artifact));
    QVERIFY2(hint()->text().contains(u"no longer has"_s), qPrintable(hint()->text()));
}

void TestOpenField::textNamingABotAsksForTheBotFirst_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("bot <id>") << u"Customer's bot "_s;
    QTest::newRow("dashboard link") << u"https://us-east-1.recall.ai/dashboard/bots/"_s;
    QTest::newRow("bot_id=") << u"webhook: bot_id="_s;
}

void TestOpenField::textNamingABotAsksForTheBotFirst()
{
    QFETCH(QString, prefix);
    const QString artifact = m_server->artifactIds().at(140);
    const QString botId = m_server->botIdForRecording(m_server->recordingIdOf(artifact));
    m_server->clearRecordedRequests();
    enter(prefix + botId);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), artifact);
    // The requests about this bot (status polls of processing rows may come in between).
    QStringList paths;
    for (const DemoServer::RecordedRequest &request : m_server->apiRequests()) {
        if (request.path.contains(botId) || request.path.contains(artifact)
            || request.query.hasQueryItem(u"recording_id"_s))
            paths.append(request.path);
    }
    // Straight to Retrieve Bot: no Retrieve of the bot id as an artifact, no recording probe. (The
    // details pane then retrieves the artifact it shows once more, as for any artifact opened.)
    const QString bot = u"/api/v1/bot/"_s + botId + u'/';
    const QString retrieve = u"/api/v1/participant_events/"_s + artifact + u'/';
    QVERIFY2(paths.size() >= 2, qPrintable(paths.join(u' ')));
    QCOMPARE(paths.mid(0, 2), QStringList({bot, retrieve}));
    QCOMPARE(paths.mid(2), QStringList(paths.size() - 2, retrieve));
}

QTEST_MAIN(TestOpenField)
#include "tst_openfield.moc"
