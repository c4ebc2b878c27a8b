// Deleting an artifact: only after a confirmation that names it, exactly one DELETE, and then the row
// shows what the server says (deleted, or gone). Driven through the real browser against the demo
// server over loopback.
#include "artifactbrowser.h"
#include "artifactdeleter.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "core/timeformat.h"
#include "deleteconfirmation.h"
#include "demoworkspace.h"
#include "mainwindow.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "noticebar.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int requestsWith(const DemoServer &server, const QByteArray &method, const QString &artifactId = {})
{
    const auto requests = server.apiRequests();
    return static_cast<int>(std::count_if(requests.cbegin(), requests.cend(),
        [&](const auto &r) { return r.method == method && (artifactId.isEmpty() || r.path.contains(artifactId)); }));
}

} // namespace

class TestArtifactDeleter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void confirmationNamesTheArtifact();
    void notConfirmingSendsNothing_data();
    void notConfirmingSendsNothing();
    void confirmingDeletesOnceAndTheRowShowsDeleted();
    void actionIsDisabledWithoutARowAndForADeletedOne();
    void shortcutWorksInTheTableOnly();
    void goneArtifactShowsTheNotice_data();
    void goneArtifactShowsTheNotice();
    void failureSaysSoAndChangesNothing_data();
    void failureSaysSoAndChangesNothing();
    void switchingClientMidDeleteCallsNobodyBack();
    void switchingClientClosesTheConfirmation();
    void mainWindowOffersItInTheEditMenu();
    void screenshot();

private:
    // Selects the first row with this status (its fresh copy retrieved) and returns its artifact.
    Artifact selectRowWithStatus(const QString &code);
    DeleteConfirmation *openConfirmation();
    void confirm();
    ArtifactDeleter *deleter() const { return m_browser->deleter(); }
    QString rowStatus(const QString &id) const;

    DemoWorkspace m_workspace;
    std::unique_ptr<ArtifactBrowser> m_browser;
};

void TestArtifactDeleter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArtifactDeleter::init()
{
    QSettings().clear();
    QVERIFY(m_workspace.start());
    m_browser = std::make_unique<ArtifactBrowser>();
    m_browser->resize(1200, 700);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    m_browser->setClient(m_workspace.client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->isLoading(), 10000);
}

void TestArtifactDeleter::cleanup()
{
    m_browser.reset();
    m_workspace.reset();
}

Artifact TestArtifactDeleter::selectRowWithStatus(const QString &code)
{
    ArtifactListModel *model = m_browser->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->statusCode(row) != code)
            continue;
        const Artifact artifact = model->artifact(row);
        m_browser->openArtifact(artifact.id);
        if (m_browser->currentArtifactId() != artifact.id)
            return {};
        // The pane's own retrieve is done, so that what the test sees next comes from the delete.
        if (!QTest::qWaitFor([this] { return !m_browser->detailPane()->isLoading(); }, 5000))
            return {};
        return artifact;
    }
    return {};
}

DeleteConfirmation *TestArtifactDeleter::openConfirmation()
{
    if (!deleter()->action()->isEnabled())
        return nullptr;
    deleter()->action()->trigger();
    DeleteConfirmation *dialog = deleter()->confirmation();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestArtifactDeleter::confirm()
{
    DeleteConfirmation *dialog = deleter()->confirmation();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY(!deleter()->confirmation());
}

QString TestArtifactDeleter::rowStatus(const QString &id) const
{
    const int row = m_browser->model()->rowOf(id);
    return row < 0 ? QString() : m_browser->model()->statusCode(row);
}

void TestArtifactDeleter::confirmationNamesTheArtifact()
{
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    DeleteConfirmation *dialog = openConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->artifactId(), artifact.id);
    const QString text = dialog->text();
    // The full ids (the list shows short ones), created in local time and in UTC, the status now.
    QVERIFY2(text.contains(artifact.id), qPrintable(text));
    QVERIFY2(text.contains(artifact.recording.id), qPrintable(text));
    QVERIFY2(text.contains(TimeFormat::local(artifact.createdAt)), qPrintable(text));
    QVERIFY2(text.contains(TimeFormat::utc(artifact.createdAt)), qPrintable(text));
    QVERIFY2(text.contains(u"done"_s), qPrintable(text));
    QVERIFY2(text.contains(u"cannot be undone"_s), qPrintable(text));
    QVERIFY(dialog->windowModality() != Qt::NonModal);

    // Cancel is the default and has the focus; the destructive button is not the default.
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->deleteButton()->isDefault());
    QCOMPARE(dialog->focusWidget(), dialog->cancelButton());
    QCOMPARE(dialog->deleteButton()->text().remove(u'&'), u"Delete artifact"_s);

    // Every control says what it is and does.
    const auto buttons = dialog->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    for (const QPushButton *button : buttons) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
    }
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        // A form's field names are read with their values (the value's accessible name carries both).
        if (label->buddy() || !label->objectName().startsWith(u"delete"_s))
            continue;
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
        if (label->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->objectName()));
    }
    dialog->reject();
}

void TestArtifactDeleter::notConfirmingSendsNothing_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("Cancel button") << 0;
    QTest::newRow("Esc") << 1;
    QTest::newRow("Enter, the default button") << 2;
    QTest::newRow("closing the window") << 3;
}

void TestArtifactDeleter::notConfirmingSendsNothing()
{
    QFETCH(int, how);
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    DeleteConfirmation *dialog = openConfirmation();
    QVERIFY(dialog);
    QSignalSpy finished(deleter(), &ArtifactDeleter::finished);
    switch (how) {
    case 0:
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        break;
    case 1:
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
        break;
    case 2:
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        break;
    case 3:
        dialog->close();
        break;
    }
    QTRY_VERIFY(!deleter()->confirmation());
    QTest::qWait(100);
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 0);
    QVERIFY(!deleter()->isDeleting());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(rowStatus(artifact.id), u"done"_s);
    QVERIFY(deleter()->action()->isEnabled()); // and it can be asked again
}

void TestArtifactDeleter::confirmingDeletesOnceAndTheRowShowsDeleted()
{
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    QVERIFY(openConfirmation());
    // What the server was asked from now on belongs to the delete.
    m_workspace.server->clearRecordedRequests();
    m_workspace.server->setLatencyMs(150);
    QSignalSpy messages(m_browser.get(), &ArtifactBrowser::message);
    QSignalSpy finished(deleter(), &ArtifactDeleter::finished);
    confirm();

    // In flight: said so, and not to be asked twice.
    QVERIFY(deleter()->isDeleting());
    QCOMPARE(deleter()->pendingId(), artifact.id);
    QVERIFY(!deleter()->action()->isEnabled());
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.constLast().at(0).toString().startsWith(u"Deleting"_s),
        qPrintable(messages.constLast().at(0).toString()));
    deleter()->deleteArtifact(artifact.id); // a second ask meanwhile is ignored

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.constFirst().at(0).toString(), artifact.id);
    QCOMPARE(finished.constFirst().at(1).value<ArtifactDeleter::Outcome>(), ArtifactDeleter::Outcome::Deleted);
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 1);
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE", artifact.id), 1);
    QVERIFY(requestsWith(*m_workspace.server, "GET", artifact.id) >= 1); // read back
    QCOMPARE(rowStatus(artifact.id), u"deleted"_s);
    QCOMPARE(m_browser->view()->currentIndex().data(ArtifactListModel::StatusCodeRole).toString(), u"deleted"_s);
    QCOMPARE(m_browser->detailPane()->artifact()->status.code, u"deleted"_s);
    QVERIFY(!m_browser->detailPane()->notice()->isVisible());
    QVERIFY(messages.constLast().at(0).toString().contains(artifact.id));
    QVERIFY(!deleter()->isDeleting());
    QVERIFY(!deleter()->action()->isEnabled()); // the row is deleted now
}

void TestArtifactDeleter::actionIsDisabledWithoutARowAndForADeletedOne()
{
    QAction *action = deleter()->action();
    QVERIFY(!m_browser->view()->currentIndex().isValid());
    QVERIFY(!action->isEnabled());
    action->trigger();
    QVERIFY(!deleter()->confirmation());

    const Artifact deleted = selectRowWithStatus(u"deleted"_s);
    QVERIFY(!deleted.id.isEmpty());
    QVERIFY(!action->isEnabled());
    deleter()->confirmCurrent();
    QVERIFY(!deleter()->confirmation());

    const Artifact done = selectRowWithStatus(u"done"_s);
    QVERIFY(!done.id.isEmpty());
    QVERIFY(action->isEnabled());
    // Its status turning to deleted (the status poller, another person) disables it in place.
    Artifact changed = m_browser->model()->artifact(m_browser->model()->rowOf(done.id));
    changed.status.code = u"deleted"_s;
    m_browser->model()->updateArtifact(changed);
    QVERIFY(!action->isEnabled());

    // The table's context menu offers it; without a client the action is off.
    QVERIFY(m_browser->view()->actions().contains(action));
    selectRowWithStatus(u"failed"_s);
    QVERIFY(action->isEnabled());
    m_browser->setClient(nullptr);
    QVERIFY(!action->isEnabled());
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 0);
}

void TestArtifactDeleter::shortcutWorksInTheTableOnly()
{
    QCOMPARE(deleter()->action()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    m_browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));

    // Elsewhere (the quick filter) Shift+Del is the field's own key.
    m_browser->quickFilter()->setFocus();
    QTest::keyClick(m_browser->quickFilter(), Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(!deleter()->confirmation());
    // Plain Del in the table asks nothing either.
    m_browser->view()->setFocus();
    QTest::keyClick(m_browser->view(), Qt::Key_Delete);
    QVERIFY(!deleter()->confirmation());

    QTest::keyClick(m_browser->view(), Qt::Key_Delete, Qt::ShiftModifier);
    QTRY_VERIFY(deleter()->confirmation());
    QCOMPARE(deleter()->confirmation()->artifactId(), artifact.id);
    QVERIFY(!deleter()->action()->isEnabled()); // one confirmation at a time
    deleter()->confirmation()->reject();
    QTRY_VERIFY(!deleter()->confirmation());
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 0);
}

void TestArtifactDeleter::goneArtifactShowsTheNotice_data()
{
    QTest::addColumn<bool>("goneBeforeDelete");
    // The DELETE itself answers 404 (purged meanwhile), or it succeeds and the read-back answers 404.
    QTest::newRow("DELETE answers 404") << true;
    QTest::newRow("read-back answers 404") << false;
}

void TestArtifactDeleter::goneArtifactShowsTheNotice()
{
    QFETCH(bool, goneBeforeDelete);
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    QVERIFY(!m_browser->detailPane()->notice()->isVisible());
    DemoServer *server = m_workspace.server.get();
    if (goneBeforeDelete) {
        server->purgeArtifact(artifact.id);
    } else {
        connect(server, &DemoServer::requestServed, server, [server, id = artifact.id](const QString &method) {
            if (method == "DELETE"_L1)
                server->purgeArtifact(id);
        });
    }
    QSignalSpy finished(deleter(), &ArtifactDeleter::finished);
    QVERIFY(openConfirmation());
    confirm();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.constFirst().at(1).value<ArtifactDeleter::Outcome>(), ArtifactDeleter::Outcome::Missing);
    QCOMPARE(requestsWith(*server, "DELETE"), 1);
    NoticeBar *notice = m_browser->detailPane()->notice();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"404"_s), qPrintable(notice->text()));
    QCOMPARE(m_browser->detailPane()->artifact()->id, artifact.id);
    // The row stays until the user drops it through the notice.
    QCOMPARE(rowStatus(artifact.id), u"done"_s);
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QCOMPARE(m_browser->model()->rowOf(artifact.id), -1);
    QCOMPARE(requestsWith(*server, "DELETE"), 1);
}

void TestArtifactDeleter::failureSaysSoAndChangesNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("said");
    QTest::newRow("500 internal error") << 500 << u"500"_s;
    QTest::newRow("firewall 403 page") << 403 << u"403"_s;
}

void TestArtifactDeleter::failureSaysSoAndChangesNothing()
{
    QFETCH(int, fault);
    QFETCH(QString, said);
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    const int rows = m_browser->model()->rowCount();
    QVERIFY(openConfirmation());
    m_workspace.server->clearRecordedRequests();
    if (fault == 403)
        m_workspace.server->setFirewallBlock(true);
    else
        m_workspace.server->failNextRequests(1, fault);
    QSignalSpy messages(m_browser.get(), &ArtifactBrowser::message);
    QSignalSpy finished(deleter(), &ArtifactDeleter::finished);
    confirm();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.constFirst().at(1).value<ArtifactDeleter::Outcome>(), ArtifactDeleter::Outcome::Failed);
    const QString text = messages.constLast().at(0).toString();
    QVERIFY2(
        text.contains(u"Could not delete"_s) && text.contains(artifact.id) && text.contains(said), qPrintable(text));
    // Nothing changed: the row, the details, and nothing read back (status polls of other rows may run).
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 1);
    QCOMPARE(requestsWith(*m_workspace.server, "GET", artifact.id), 0);
    QCOMPARE(m_browser->model()->rowCount(), rows);
    QCOMPARE(rowStatus(artifact.id), u"done"_s);
    QCOMPARE(m_browser->detailPane()->artifact()->status.code, u"done"_s);
    QVERIFY(!m_browser->detailPane()->notice()->isVisible());
    QCOMPARE(m_browser->currentArtifactId(), artifact.id);
    QVERIFY(deleter()->action()->isEnabled()); // free to try again
}

void TestArtifactDeleter::switchingClientMidDeleteCallsNobodyBack()
{
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    QVERIFY(openConfirmation());
    m_workspace.server->setLatencyMs(400);
    confirm();
    QVERIFY(deleter()->isDeleting());

    DemoServer::Options options;
    options.seed = 4242;
    DemoWorkspace other;
    QVERIFY(other.start(options));
    QSignalSpy finished(deleter(), &ArtifactDeleter::finished);
    QSignalSpy messages(deleter(), &ArtifactDeleter::message);
    m_browser->setClient(other.client.get());
    QVERIFY(!deleter()->isDeleting());
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->model()->isLoading(), 10000);
    QTest::qWait(800); // past the old server's answer
    QCOMPARE(finished.size(), 0);
    // Only what the switch itself said: the outcome there is unknown.
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().at(0).toString().contains(u"unknown"_s),
        qPrintable(messages.constFirst().at(0).toString()));
    // The new workspace heard nothing of it: no DELETE, no read-back.
    QCOMPARE(requestsWith(*other.server, "DELETE"), 0);
    QCOMPARE(requestsWith(*other.server, "GET", artifact.id), 0);
    QCOMPARE(m_browser->model()->rowOf(artifact.id), -1);
    QVERIFY(!m_browser->detailPane()->notice()->isVisible());
    m_browser->setClient(nullptr); // before `other` goes
}

void TestArtifactDeleter::switchingClientClosesTheConfirmation()
{
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    QVERIFY(openConfirmation());
    DemoWorkspace other;
    QVERIFY(other.start());
    m_browser->setClient(other.client.get());
    QTRY_VERIFY(!deleter()->confirmation());
    QTest::qWait(100);
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 0);
    QCOMPARE(requestsWith(*other.server, "DELETE"), 0);
    m_browser->setClient(nullptr);
}

void TestArtifactDeleter::mainWindowOffersItInTheEditMenu()
{
    m_browser.reset();
    MainWindow window(m_workspace.client.get(), u"Demo"_s);
    auto *editMenu = window.menuBar()->findChild<QMenu *>(u"editMenu"_s);
    QVERIFY(editMenu);
    QAction *action = window.browser()->deleter()->action();
    QVERIFY(editMenu->actions().contains(action));
    QVERIFY(window.browser()->view()->actions().contains(action));
    QVERIFY(!action->isEnabled());
    // Nothing else in the window deletes: this is its only action that can.
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *other : actions) {
        if (other != action)
            QVERIFY2(!other->text().contains(u"Delete"_s, Qt::CaseInsensitive), qPrintable(other->text()));
    }
}

// PI_SCREENSHOT_DIR=/some/dir saves the confirmation there for a person to look at.
void TestArtifactDeleter::screenshot()
{
    const Artifact artifact = selectRowWithStatus(u"done"_s);
    QVERIFY(!artifact.id.isEmpty());
    DeleteConfirmation *dialog = openConfirmation();
    QVERIFY(dialog);
    // Nothing cut off: the dialog is at least as large as its contents want.
    QVERIFY(dialog->width() >= dialog->sizeHint().width());
    QVERIFY(dialog->deleteButton()->isVisible());
    QVERIFY(dialog->cancelButton()->isVisible());
    const QString dir = qEnvironmentVariable("PI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog->grab().save(dir + u"/delete-confirmation.png"_s));
        QVERIFY(m_browser->window()->grab().save(dir + u"/delete-browser-behind.png"_s));
    }
    dialog->reject();
    QCOMPARE(requestsWith(*m_workspace.server, "DELETE"), 0);
}

QTEST_MAIN(TestArtifactDeleter)
#include "tst_artifactdeleter.moc"
