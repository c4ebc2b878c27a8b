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

QTEST_MAIN(TestOpenField)
#include "tst_openfield.moc"
