// The metadata save flow as the main window wires it, against the demo server over loopback: the
// preview, conflicts, a merging server, field errors, rate limits, dropped connections, a vanished
// artifact, drafts across windows, Save / Discard / Cancel before leaving, and the local history.
#include "artifactbrowser.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "domain/metadatajson.h"
#include "edit/conflictview.h"
#include "edit/editcontroller.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "edit/metadatatextedit.h"
#include "edit/saveoutcomebar.h"
#include "edit/savepreviewdialog.h"
#include "edit/savesemantics.h"
#include "mainwindow.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "models/statuspoller.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 15000;
const QString connectionKey = u"Demo workspace"_s;

QByteArray headerOf(const DemoServer::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Every text a person could read in a widget tree (labels, buttons, fields, table cells, tooltips).
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts {root->windowTitle(), root->toolTip()};
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        else if (const auto *line = qobject_cast<const QLineEdit *>(w))
            texts << line->text();
        else if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            texts << edit->toPlainText();
        if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (const QTableWidgetItem *item = table->item(r, c))
                        texts << item->text() << item->toolTip();
                }
            }
        }
    }
    return texts;
}

} // namespace

class TestEditController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cleanSaveThroughThePreview();
    void previewOffSavesAtOnceButConflictsStillAsk();
    void conflictOnTheSameKey_data();
    void conflictOnTheSameKey();
    void changeOnAnotherKeyMergesByItself();
    void mergingServerKeepsAKeyUntilRemoved();
    void fieldErrorsLandOnTheirRows();
    void rateLimitedSaveCountsDownThenSaves();
    void droppedConnectionIsRetriedWithTheSameKey();
    void goneArtifactKeepsEditsAndDraft();
    void draftIsWrittenAtOnceAndRemovedWhenUndone();
    void draftOutlivesTheWindowAndIsRestored();
    void corruptDraftIsReportedAndOthersOffered();
    void draftOfAChangedArtifactOpensTheConflictView();
    void selectingAnotherArtifactAsks();
    void reloadAsks();
    void closingAsks();
    void historyRevertsThroughTheNormalSave();
    void recordingMetadataSavesThroughTheSameEditor();

private:
    void openWindow();
    // Brings the main window to the front again (a closed dialog or message box leaves it inactive for
    // a moment), so that shortcuts and the focus go where a person would expect.
    void activate();
    MetadataEditor *editor() const;
    EditController *controller() const;
    SaveOutcomeBar *bar() const;
    // A done artifact on the first page whose metadata has at least `keys` short string values.
    QString editableArtifact(int keys, const QStringList &skip = {}) const;
    // Selects the artifact's row, as a click would, and waits until its map is in the editor.
    void open(const QString &id);
    // Types value into the key's value cell (F2, select all, type, Enter), adding the key if needed.
    // expected: what the cell holds afterwards when it is not the text typed (a JSON cell).
    void type(const QString &key, const QString &value, std::optional<MetadataValue> expected = std::nullopt);
    void removeKey(const QString &key);
    // Only this artifact's row in view, so that no status poll takes a fault meant for the save.
    void showOnly(const QString &id);
    int rowOfKey(const QString &key) const;
    void pressSave();
    SavePreviewDialog *waitForPreview();
    void send(SavePreviewDialog *dialog);
    QMessageBox *waitForQuestion();
    void clickRow(const QString &id);
    Metadata serverMetadata(const QString &id) const;
    // Another client (its own budget) writes the map, as someone else would.
    void changeOnServer(const QString &id, const Metadata &map);
    QList<DemoServer::RecordedRequest> patches() const;
    QStringList draftIds() const;

    QTemporaryDir m_home;
    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEditController::initTestCase()
{
    // Drafts, history and settings go under a home of this test's own (test-mode QStandardPaths
    // puts them below it), so nothing of a real user's and nothing of an earlier run is read.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    useTestSettings(u"tst_editcontroller"_s);
}

void TestEditController::init()
{
    QSettings().clear();
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    openWindow();
    const QString drafts = controller()->drafts()->folder();
    QVERIFY2(drafts.startsWith(m_home.path()), qPrintable(drafts));
    QVERIFY(controller()->history()->folder().startsWith(m_home.path()));
    QDir(drafts).removeRecursively();
    QDir(controller()->history()->folder()).removeRecursively();
}

void TestEditController::openWindow()
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>(m_client.get(), connectionKey);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->artifactModel()->rowCount() > 0 && !m_window->artifactModel()->isLoading(), timeoutMs);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        editor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEditController::activate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEditController::cleanup()
{
    // Nothing may ask a question on the way out.
    if (m_window && controller()->hasUnsavedEdits()) {
        editor()->model()->revertAll();
    }
    m_tester.reset();
    m_window.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

MetadataEditor *TestEditController::editor() const
{
    return m_window->browser()->detailPane()->editor();
}

EditController *TestEditController::controller() const
{
    return m_window->editController();
}

SaveOutcomeBar *TestEditController::bar() const
{
    return controller()->outcomeBar();
}

QString TestEditController::editableArtifact(int keys, const QStringList &skip) const
{
    const ArtifactListModel *model = m_window->artifactModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Artifact a = model->artifact(row);
        if (skip.contains(a.id) || a.status.kind() != StatusKind::Done || a.metadataUnreadable)
            continue;
        const Metadata &map = a.metadata;
        const bool plain = std::all_of(map.cbegin(), map.cend(),
            [](const MetadataValue &v) { return v.isString() && !v->contains(u'\n') && v->size() < 100; });
        if (map.size() >= keys && plain && !map.contains(u"ticket"_s))
            return a.id;
    }
    return {};
}

void TestEditController::clickRow(const QString &id)
{
    ArtifactBrowser *browser = m_window->browser();
    const int sourceRow = m_window->artifactModel()->rowOf(id);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index
        = browser->proxy()->mapFromSource(m_window->artifactModel()->index(sourceRow, ArtifactListModel::IdColumn));
    QVERIFY(index.isValid());
    browser->view()->scrollTo(index);
    const QRect rect = browser->view()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(browser->view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

void TestEditController::open(const QString &id)
{
    clickRow(id);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact() && pane->artifact()->id == id && !pane->isLoading(), timeoutMs);
    QTRY_VERIFY(editor()->isEditable());
    QCOMPARE(editor()->model()->base(), pane->artifact()->metadata);
}

int TestEditController::rowOfKey(const QString &key) const
{
    const MetadataEditModel *model = editor()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MetadataEditModel::KeyColumn).data(Qt::EditRole).toString() == key)
            return row;
    }
    return -1;
}

void TestEditController::type(const QString &key, const QString &value, std::optional<MetadataValue> expected)
{
    activate();
    QTableView *table = editor()->table();
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    auto openEditor = [table]() -> QLineEdit * {
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return line && table->viewport()->isAncestorOf(line) ? line : nullptr;
    };
    QLineEdit *line = nullptr;
    int row = rowOfKey(key);
    if (row < 0) {
        QTest::keyClick(table, Qt::Key_Insert);
        QTRY_VERIFY((line = openEditor()));
        QTest::keyClicks(line, key);
        QTest::keyClick(line, Qt::Key_Tab);
        QTRY_VERIFY((line = openEditor()) && table->currentIndex().column() == MetadataEditModel::ValueColumn);
        row = rowOfKey(key);
    } else {
        table->setCurrentIndex(editor()->model()->index(row, MetadataEditModel::ValueColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY((line = openEditor()));
        line->selectAll();
    }
    QTest::keyClicks(line, value);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!openEditor());
    QCOMPARE(editor()->model()->edited().value(key), expected.value_or(MetadataValue(value)));
}

void TestEditController::showOnly(const QString &id)
{
    m_window->browser()->quickFilter()->setText(id);
    QTRY_COMPARE(m_window->browser()->proxy()->rowCount(), 1);
    QTRY_VERIFY(m_window->browser()->poller()->watched().isEmpty());
    QCOMPARE(m_window->browser()->currentArtifactId(), id);
}

void TestEditController::removeKey(const QString &key)
{
    activate();
    QTableView *table = editor()->table();
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());
    const int row = rowOfKey(key);
    QVERIFY(row >= 0);
    table->setCurrentIndex(editor()->model()->index(row, MetadataEditModel::KeyColumn));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(editor()->model()->state(row), MetadataEditModel::RowState::Removed);
}

void TestEditController::pressSave()
{
    QVERIFY2(editor()->saveAction()->isEnabled(), qPrintable(editor()->saveAction()->toolTip()));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor()->isBusy() || bar()->state() != SaveOutcomeBar::State::Idle);
}

SavePreviewDialog *TestEditController::waitForPreview()
{
    SavePreviewDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = controller()->previewDialog();
            return dialog && dialog->isVisible();
        },
        timeoutMs);
    if (!shown)
        return nullptr;
    // The dialog is the one the window's tree holds, by name.
    return m_window->findChild<SavePreviewDialog *>(u"savePreviewDialog"_s) == dialog ? dialog : nullptr;
}

void TestEditController::send(SavePreviewDialog *dialog)
{
    auto *sendButton = dialog->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(sendButton);
    QTRY_VERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
}

QMessageBox *TestEditController::waitForQuestion()
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = controller()->leaveQuestion();
            return box && box->isVisible();
        },
        timeoutMs);
    if (!shown || box->objectName() != u"unsavedQuestion"_s || box->windowModality() != Qt::WindowModal)
        return nullptr;
    return box;
}

Metadata TestEditController::serverMetadata(const QString &id) const
{
    return MetadataJson::fromObject(m_server->artifactJson(id).value("metadata"_L1).toObject());
}

void TestEditController::changeOnServer(const QString &id, const Metadata &map)
{
    RateBudget budget(m_clock.get());
    RecallClient other(&budget);
    other.setConnection({m_server->baseUrl(), m_server->token()});
    bool done = false;
    bool ok = false;
    other.updateMetadata(id, map, this, [&](const Result<Artifact> &r) {
        done = true;
        ok = r.ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
    QVERIFY(ok);
    QCOMPARE(serverMetadata(id), map);
}

QList<DemoServer::RecordedRequest> TestEditController::patches() const
{
    return recordedRequests(*m_server, "PATCH");
}

QStringList TestEditController::draftIds() const
{
    QStringList ids;
    const DraftStore::Listing listing = controller()->drafts()->list();
    for (const DraftStore::Draft &d : listing.drafts)
        ids << d.artifactId;
    return ids;
}

void TestEditController::cleanSaveThroughThePreview()
{
    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    Metadata expected = editor()->model()->base();
    type(u"ticket"_s, u"SUP-4711"_s);
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-4711"_s));
    QCOMPARE(draftIds(), QStringList {id});

    m_server->clearRecordedRequests();
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(patches().isEmpty()); // nothing goes out before Send
    QVERIFY(!dialog->hasConflicts());
    QCOMPARE(dialog->shownRequest().verb, QByteArray("PATCH"));
    QVERIFY(dialog->shownRequest().url.path().contains(id));
    // The request as it will go, the key nowhere in the dialog.
    const QStringList texts = visibleTexts(dialog);
    QVERIFY(texts.join(u'\n').contains(u"SUP-4711"_s));
    QVERIFY(texts.join(u'\n').contains(u"Authorization"_s));
    for (const QString &text : texts)
        QVERIFY2(!text.contains(m_server->token()), qPrintable(text));
    QCOMPARE(dialog->diffRows().size(), 1);

    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QVERIFY2(bar()->summaryText().startsWith(u"Saved."_s), qPrintable(bar()->summaryText()));
    QVERIFY(bar()->isVisible());
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(patches().size(), 1);
    QVERIFY(!headerOf(patches().first(), "Idempotency-Key").isEmpty());
    // The pane, the editor and the list row all show the server's answer.
    QCOMPARE(m_window->browser()->detailPane()->artifact()->metadata, expected);
    QCOMPARE(editor()->model()->base(), expected);
    QVERIFY(!editor()->model()->isModified());
    QVERIFY(!editor()->isBusy());
    QCOMPARE(m_window->artifactModel()->artifact(m_window->artifactModel()->rowOf(id)).metadata, expected);
    // One history entry, no draft.
    const HistoryStore::Listing history = controller()->history()->entries(connectionKey, id);
    QCOMPARE(history.entries.size(), 1);
    QCOMPARE(history.entries.first().after, expected);
    QVERIFY(draftIds().isEmpty());
    QVERIFY(QDir(controller()->drafts()->folder()).entryList({u"*.draft"_s}, QDir::Files).isEmpty());
    QVERIFY(m_window->currentMessage().contains(u"Saved"_s));
}

void TestEditController::previewOffSavesAtOnceButConflictsStillAsk()
{
    QAction *preview = controller()->previewAction();
    QVERIFY(preview->isChecked());
    preview->setChecked(false);
    QCOMPARE(QSettings().value("edit/previewBeforeSaving"_L1).toBool(), false);

    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    Metadata expected = editor()->model()->base();
    type(u"ticket"_s, u"SUP-QUIET"_s);
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-QUIET"_s));
    QSignalSpy previews(controller()->saver(), &MetadataSaver::previewReady);
    pressSave();
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(previews.count(), 0);
    QVERIFY(!controller()->previewDialog());

    // Someone else changes the same key: the dialog comes anyway, with the conflict.
    const Metadata base = editor()->model()->base();
    Metadata theirs = base;
    theirs.insert(u"ticket"_s, MetadataValue(u"SUP-THEIRS"_s));
    changeOnServer(id, theirs);
    type(u"ticket"_s, u"SUP-MINE"_s);
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(dialog->hasConflicts());
    QCOMPARE(dialog->conflictView()->conflictCount(), 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"useAllMineButton"_s), Qt::LeftButton);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id).value(u"ticket"_s), MetadataValue(u"SUP-MINE"_s));
    QVERIFY(!preview->isChecked()); // still off
}

void TestEditController::conflictOnTheSameKey_data()
{
    QTest::addColumn<bool>("mine");
    QTest::newRow("theirs") << false;
    QTest::newRow("mine") << true;
}

void TestEditController::conflictOnTheSameKey()
{
    QFETCH(bool, mine);
    const QString id = editableArtifact(3);
    QVERIFY(!id.isEmpty());
    open(id);
    const Metadata base = editor()->model()->base();
    const QStringList keys = base.keys();
    const QString same = keys.at(0);
    const QString other = keys.at(1);
    type(same, u"my value"_s);
    type(u"ticket"_s, u"SUP-7"_s);

    // Between load and save, someone else changes the same key and another one.
    Metadata theirs = base;
    theirs.insert(same, MetadataValue(u"their value"_s));
    theirs.insert(other, MetadataValue(u"their other"_s));
    changeOnServer(id, theirs);

    m_server->clearRecordedRequests();
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    ConflictView *view = dialog->conflictView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->conflictCount(), 1);
    QCOMPARE(view->merge().conflicts.first().key, same);
    auto *sendButton = dialog->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(!sendButton->isEnabled());
    QVERIFY(sendButton->toolTip().contains(u"left to choose: 1"_s));
    QCOMPARE(bar()->state(), SaveOutcomeBar::State::Working);

    auto *choice = dialog->findChild<QRadioButton *>(mine ? u"conflictMine0"_s : u"conflictTheirs0"_s);
    QVERIFY(choice && choice->isVisible());
    QTest::mouseClick(choice, Qt::LeftButton);
    QTRY_VERIFY(sendButton->isEnabled());
    // The request shown is the one that goes.
    const QByteArray shownBody = dialog->shownRequest().body;
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(patches().size(), 1);
    QCOMPARE(patches().first().body, shownBody);

    Metadata expected = theirs;
    expected.insert(same, MetadataValue(mine ? u"my value"_s : u"their value"_s));
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-7"_s));
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(editor()->model()->base(), expected);
    QVERIFY(!editor()->model()->isModified());
}

void TestEditController::changeOnAnotherKeyMergesByItself()
{
    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    const Metadata base = editor()->model()->base();
    const QString other = base.firstKey();
    type(u"ticket"_s, u"SUP-8"_s);
    Metadata theirs = base;
    theirs.insert(other, MetadataValue(u"changed elsewhere"_s));
    theirs.insert(u"added_elsewhere"_s, MetadataValue(u"yes"_s));
    changeOnServer(id, theirs);

    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(!dialog->hasConflicts());
    QVERIFY(!dialog->findChild<QWidget *>(u"conflictBox"_s)->isVisible());
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    Metadata expected = theirs;
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-8"_s));
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(editor()->model()->base(), expected);
}

void TestEditController::mergingServerKeepsAKeyUntilRemoved()
{
    m_server->setMergeOnPatch(true);
    const QString id = editableArtifact(3);
    QVERIFY(!id.isEmpty());
    open(id);
    const QStringList keys = editor()->model()->base().keys();
    const QString gone = keys.at(0);
    removeKey(gone);
    QVERIFY(!editor()->model()->edited().contains(gone));
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Differs, timeoutMs);
    QVERIFY(serverMetadata(id).contains(gone)); // the server merged: the key stayed
    const QStringList differences = bar()->differenceTexts();
    QCOMPARE(differences.size(), 1);
    QVERIFY2(differences.first().contains(u'\u201c' + gone + u'\u201d') && differences.first().contains(u"kept"_s),
        qPrintable(differences.first()));
    QPushButton *removeKept = bar()->removeKeptButton();
    QVERIFY(removeKept->isVisible());
    QCOMPARE(removeKept->text().remove(u'&'), u"Remove kept keys"_s);
    QCOMPARE(SaveSemantics::of(connectionKey), SaveSemantics::Patch::Merges);

    // The kept key goes again, as null, through the preview.
    m_server->clearRecordedRequests();
    QTest::mouseClick(removeKept, Qt::LeftButton);
    dialog = waitForPreview();
    QVERIFY(dialog);
    const QString body = dialog->findChild<QPlainTextEdit *>(u"requestBody"_s)->toPlainText();
    QVERIFY2(body.contains(u'"' + gone + u"\": null"_s), qPrintable(body));
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QVERIFY(!serverMetadata(id).contains(gone));
    QVERIFY(patches().first().body.contains(QByteArray('"' + gone.toUtf8() + "\":null")));
    QCOMPARE(editor()->model()->base(), serverMetadata(id));

    // The next save on this connection sends a removed key as null at once.
    const QString next = keys.at(1);
    removeKey(next);
    m_server->clearRecordedRequests();
    pressSave();
    dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPlainTextEdit *>(u"requestBody"_s)->toPlainText().contains(u'"' + next + u"\": null"_s));
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QVERIFY(!serverMetadata(id).contains(next));
    QCOMPARE(patches().size(), 1);
    QVERIFY(!bar()->removeKeptButton()->isVisible());
}

void TestEditController::fieldErrorsLandOnTheirRows()
{
    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    const Metadata before = serverMetadata(id);
    const QString changedKey = editor()->model()->base().firstKey();
    type(changedKey, u"fine"_s);
    // A number is not a string: the demo server refuses it, like the API.
    QVERIFY(editor()->setTextMode(true));
    QPlainTextEdit *text = editor()->textEdit()->editor();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u"score: =42"_s);
    QTRY_COMPARE_WITH_TIMEOUT(editor()->model()->edited().value(u"score"_s), MetadataValue::rawJson(u"42"_s), 5000);
    QVERIFY(editor()->setTextMode(false));
    const Metadata edited = editor()->model()->edited();

    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Failed, timeoutMs);
    QVERIFY2(bar()->summaryText().contains(u"refused 1 value"_s), qPrintable(bar()->summaryText()));
    const QModelIndex state = editor()->model()->index(rowOfKey(u"score"_s), MetadataEditModel::StateColumn);
    QCOMPARE(state.data().toString(), u"server: Not a valid string."_s);
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"The server said: Not a valid string."_s));
    // Everything kept: the edits, the other rows' states, the draft; nothing changed on the server.
    QCOMPARE(editor()->model()->edited(), edited);
    QCOMPARE(editor()->model()->state(rowOfKey(changedKey)), MetadataEditModel::RowState::Changed);
    QCOMPARE(
        editor()->model()->index(rowOfKey(changedKey), MetadataEditModel::StateColumn).data().toString(), u"changed"_s);
    QCOMPARE(editor()->model()->state(rowOfKey(u"score"_s)), MetadataEditModel::RowState::Added);
    QVERIFY(!editor()->isBusy());
    QCOMPARE(serverMetadata(id), before);
    QCOMPARE(draftIds(), QStringList {id});
    QVERIFY(controller()->history()->entries(connectionKey, id).entries.isEmpty());

    // Fixing the value (a JSON string makes it text) clears the message and saves.
    type(u"score"_s, u"\"42\""_s, MetadataValue(u"42"_s));
    QCOMPARE(
        editor()->model()->index(rowOfKey(u"score"_s), MetadataEditModel::StateColumn).data().toString(), u"added"_s);
    pressSave();
    dialog = waitForPreview();
    QVERIFY(dialog);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id).value(u"score"_s), MetadataValue(u"42"_s));
}

void TestEditController::rateLimitedSaveCountsDownThenSaves()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    showOnly(id);
    Metadata expected = editor()->model()->base();
    type(u"ticket"_s, u"SUP-429"_s);
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-429"_s));
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    // What the bar says each time the saver reports the wait (the bar hears it first).
    QStringList countdown;
    connect(controller()->saver(), &MetadataSaver::waiting, this, [this, &countdown](qint64 msLeft) {
        if (msLeft > 0)
            countdown << bar()->waitingText();
    });
    // Two throttled answers, each asking for 600 s of server time (0.6 s here).
    m_server->setRetryAfterOverride("600");
    m_server->failNextRequests(2, 429);
    m_server->clearRecordedRequests();
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, 30000);
    QVERIFY(!countdown.isEmpty());
    const QRegularExpression format(u"^Waiting for the rate limit: [1-9][0-9]* s$"_s);
    for (const QString &line : std::as_const(countdown))
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    QVERIFY(bar()->waitingText().isEmpty()); // gone once it went through
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(patches().size(), 3);
    QCOMPARE(headerOf(patches().at(0), "Idempotency-Key"), headerOf(patches().at(2), "Idempotency-Key"));
}

void TestEditController::droppedConnectionIsRetriedWithTheSameKey()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    showOnly(id);
    Metadata expected = editor()->model()->base();
    type(u"ticket"_s, u"SUP-CUT"_s);
    expected.insert(u"ticket"_s, MetadataValue(u"SUP-CUT"_s));
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    // The server applies the PATCH, then the connection breaks in the middle of the answer.
    m_server->clearRecordedRequests();
    m_server->cutNextApiBodies(1);
    QSignalSpy served(m_server.get(), &DemoServer::requestServed);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    const auto sent = patches();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).body, sent.at(1).body);
    QVERIFY(!headerOf(sent.at(0), "Idempotency-Key").isEmpty());
    QCOMPARE(headerOf(sent.at(0), "Idempotency-Key"), headerOf(sent.at(1), "Idempotency-Key"));
    // One change: the map as wanted, one save in the history, and no differences reported.
    QCOMPARE(serverMetadata(id), expected);
    QCOMPARE(controller()->history()->entries(connectionKey, id).entries.size(), 1);
    QVERIFY(bar()->differenceTexts().isEmpty());
}

void TestEditController::goneArtifactKeepsEditsAndDraft()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    type(u"ticket"_s, u"SUP-404"_s);
    const Metadata edited = editor()->model()->edited();
    m_server->purgeArtifact(id);
    pressSave();
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Failed, timeoutMs);
    QVERIFY2(bar()->summaryText().contains(u"gone"_s), qPrintable(bar()->summaryText()));
    QVERIFY(bar()->summaryText().contains(u"Your edits are kept in the draft."_s));
    QVERIFY(!controller()->previewDialog());
    QCOMPARE(editor()->model()->edited(), edited);
    QVERIFY(editor()->model()->isModified());
    QVERIFY(!editor()->isBusy());
    QCOMPARE(draftIds(), QStringList {id});
    QCOMPARE(controller()->drafts()->list().drafts.first().edited, edited);
}

void TestEditController::draftIsWrittenAtOnceAndRemovedWhenUndone()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    QVERIFY(draftIds().isEmpty());
    type(u"ticket"_s, u"SUP-D1"_s);
    QCOMPARE(draftIds(), QStringList {id});
    const DraftStore::Draft draft = controller()->drafts()->list().drafts.first();
    QCOMPARE(draft.connection, connectionKey);
    QCOMPARE(draft.edited, editor()->model()->edited());
    QCOMPARE(draft.base, editor()->model()->base());
    // Every step is in the draft at once.
    type(u"ticket"_s, u"SUP-D2"_s);
    QCOMPARE(controller()->drafts()->list().drafts.first().edited.value(u"ticket"_s), MetadataValue(u"SUP-D2"_s));
    // Every step back keeps a draft while the map differs from the one loaded; back there, none.
    activate();
    editor()->table()->setFocus();
    int steps = 0;
    while (editor()->undoAction()->isEnabled() && steps < 10) {
        QTest::keyClick(editor()->table(), Qt::Key_Z, Qt::ControlModifier);
        ++steps;
        if (editor()->model()->isModified())
            QCOMPARE(draftIds(), QStringList {id});
    }
    QCOMPARE(steps, 4); // add the row, name its key, its value, the second value
    QVERIFY(!editor()->model()->isModified());
    QVERIFY(draftIds().isEmpty());
    // Redo writes it again.
    QTest::keyClick(editor()->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editor()->model()->isModified());
    QCOMPARE(draftIds(), QStringList {id});
}

void TestEditController::draftOutlivesTheWindowAndIsRestored()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    type(u"ticket"_s, u"SUP-CRASH"_s);
    const Metadata edited = editor()->model()->edited();
    // Gone without a close (a crash or a kill): the draft stays.
    m_tester.reset();
    m_window.reset();
    QCOMPARE(DraftStore().list().drafts.size(), 1);

    openWindow();
    QVERIFY(!controller()->hasUnsavedEdits());
    QCOMPARE(draftIds(), QStringList {id});
    QPointer<QDialog> dialog = controller()->offerDrafts();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), u"draftsDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(u"draftsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), id);
    QCOMPARE(list->topLevelItem(0)->text(1), connectionKey);
    QVERIFY(!dialog->findChild<QLabel *>(u"unreadableDrafts"_s)->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"restoreDraftButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact() && pane->artifact()->id == id && !pane->isLoading(), timeoutMs);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), id);
    QTRY_COMPARE(editor()->model()->edited(), edited);
    QVERIFY(controller()->hasUnsavedEdits());
    QCOMPARE(editor()->model()->state(rowOfKey(u"ticket"_s)), MetadataEditModel::RowState::Added);
    QVERIFY(!controller()->previewDialog()); // the map did not change meanwhile: no save started
    // And it saves like any edit, removing the draft.
    pressSave();
    SavePreviewDialog *preview = waitForPreview();
    QVERIFY(preview);
    send(preview);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id), edited);
    QVERIFY(draftIds().isEmpty());
}

void TestEditController::corruptDraftIsReportedAndOthersOffered()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    type(u"ticket"_s, u"SUP-KEEP"_s);
    m_tester.reset();
    m_window.reset();
    const QString folder = DraftStore().folder();
    QFile garbage(folder + u"/0123456789abcdef-0123456789abcdef.draft"_s);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    static const char junk[] = "\x00\xff{not a draft";
    garbage.write(junk, sizeof junk - 1); // a NUL, a byte that is no UTF-8, and no JSON
    garbage.close();

    openWindow();
    QPointer<QDialog> dialog = controller()->offerDrafts();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *unreadable = dialog->findChild<QLabel *>(u"unreadableDrafts"_s);
    QVERIFY(unreadable->isVisible());
    QVERIFY2(unreadable->text().contains(garbage.fileName()), qPrintable(unreadable->text()));
    QVERIFY(unreadable->text().startsWith(u"1 draft file"_s));
    auto *list = dialog->findChild<QTreeWidget *>(u"draftsList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), id);
    // Discard removes that draft's file only; the unreadable one is left where it is.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"discardDraftButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(draftIds().isEmpty());
    QVERIFY(garbage.exists());
    QCOMPARE(controller()->drafts()->list().unreadable.size(), 1);
    QVERIFY(!controller()->hasUnsavedEdits());
}

void TestEditController::draftOfAChangedArtifactOpensTheConflictView()
{
    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    const Metadata base = editor()->model()->base();
    const QString key = base.firstKey();
    type(key, u"from the draft"_s);
    m_tester.reset();
    m_window.reset();
    // While the app was gone, someone changed the same key.
    Metadata theirs = base;
    theirs.insert(key, MetadataValue(u"changed live"_s));
    changeOnServer(id, theirs);

    openWindow();
    QPointer<QDialog> drafts = controller()->offerDrafts();
    QVERIFY(drafts);
    QTRY_VERIFY(drafts->isVisible());
    QTest::mouseClick(drafts->findChild<QPushButton *>(u"restoreDraftButton"_s), Qt::LeftButton);
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(dialog->hasConflicts());
    QVERIFY(dialog->conflictView()->isVisible());
    QCOMPARE(dialog->conflictView()->conflictCount(), 1);
    const MetadataMerge::Conflict conflict = dialog->conflictView()->merge().conflicts.first();
    QCOMPARE(conflict.key, key);
    QVERIFY(!dialog->findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    // The edits are in place behind the dialog.
    QCOMPARE(editor()->model()->edited().value(key), MetadataValue(u"from the draft"_s));
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"conflictMine0"_s), Qt::LeftButton);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id).value(key), MetadataValue(u"from the draft"_s));
    QVERIFY(draftIds().isEmpty());
}

void TestEditController::selectingAnotherArtifactAsks()
{
    const QString a = editableArtifact(1);
    const QString b = editableArtifact(1, {a});
    const QString c = editableArtifact(1, {a, b});
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    open(a);
    const Metadata serverA = serverMetadata(a);
    type(u"ticket"_s, u"SUP-A"_s);
    const Metadata editedA = editor()->model()->edited();

    // Cancel: the selection and the edits stay.
    clickRow(b);
    QMessageBox *box = waitForQuestion();
    QVERIFY(box);
    QVERIFY(box->text().contains(a));
    QVERIFY(box->informativeText().contains(u"Another artifact was selected."_s));
    QCOMPARE(m_window->browser()->currentArtifactId(), a);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!controller()->leaveQuestion());
    QCOMPARE(m_window->browser()->currentArtifactId(), a);
    QCOMPARE(m_window->browser()->detailPane()->artifact()->id, a);
    QCOMPARE(editor()->model()->edited(), editedA);
    QCOMPARE(draftIds(), QStringList {a});

    // Discard: on to B, A's edits and draft gone, nothing sent.
    clickRow(b);
    box = waitForQuestion();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(m_window->browser()->currentArtifactId(), b);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->detailPane()->artifact()->id == b, timeoutMs);
    QTRY_VERIFY(!m_window->browser()->detailPane()->isLoading());
    QVERIFY(!editor()->model()->isModified());
    QCOMPARE(editor()->model()->base(), serverMetadata(b));
    QVERIFY2(draftIds().isEmpty(), qPrintable(draftIds().join(u", "_s) + u" / a = "_s + a + u", b = "_s + b));
    QCOMPARE(serverMetadata(a), serverA);

    // Save: B is saved (through the preview), then C is shown.
    type(u"ticket"_s, u"SUP-B"_s);
    const Metadata editedB = editor()->model()->edited();
    clickRow(c);
    box = waitForQuestion();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QCOMPARE(m_window->browser()->currentArtifactId(), b);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->browser()->currentArtifactId(), c, timeoutMs);
    QCOMPARE(serverMetadata(b), editedB);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->detailPane()->artifact()->id == c, timeoutMs);
    QVERIFY(!editor()->model()->isModified());
    QVERIFY(draftIds().isEmpty());
}

void TestEditController::reloadAsks()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    type(u"ticket"_s, u"SUP-R"_s);
    const Metadata edited = editor()->model()->edited();
    const auto listRequests = [this] {
        int n = 0;
        const auto requests = m_server->apiRequests();
        for (const auto &r : requests)
            n += r.method == "GET" && r.path.endsWith(u"/participant_events/"_s) ? 1 : 0;
        return n;
    };

    m_server->clearRecordedRequests();
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QMessageBox *box = waitForQuestion();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"The list is being reloaded."_s));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!controller()->leaveQuestion());
    QTest::qWait(100);
    QCOMPARE(listRequests(), 0);
    QCOMPARE(editor()->model()->edited(), edited);

    activate();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    box = waitForQuestion();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listRequests() > 0, timeoutMs);
    QVERIFY(!editor()->model()->isModified());
    QVERIFY(draftIds().isEmpty());
}

void TestEditController::closingAsks()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    type(u"ticket"_s, u"SUP-C"_s);
    const Metadata edited = editor()->model()->edited();

    QVERIFY(!m_window->close());
    QMessageBox *box = waitForQuestion();
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(u"The window is being closed."_s));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!controller()->leaveQuestion());
    QVERIFY(m_window->isVisible());
    QCOMPARE(editor()->model()->edited(), edited);
    QCOMPARE(draftIds(), QStringList {id});

    // Save: the save goes through, then the window closes.
    QVERIFY(!m_window->close());
    box = waitForQuestion();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY(m_window->isVisible());
    send(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), timeoutMs);
    QCOMPARE(serverMetadata(id), edited);
    QVERIFY(draftIds().isEmpty());
}

void TestEditController::historyRevertsThroughTheNormalSave()
{
    const QString id = editableArtifact(2);
    QVERIFY(!id.isEmpty());
    open(id);
    const Metadata before = editor()->model()->base();
    type(u"ticket"_s, u"SUP-H"_s);
    removeKey(before.firstKey());
    const Metadata after = editor()->model()->edited();
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id), after);

    activate();
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QPointer<QDialog> history;
    QTRY_VERIFY((history = m_window->findChild<QDialog *>(u"historyDialog"_s)) && history->isVisible());
    auto *list = history->findChild<QTreeWidget *>(u"historyList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    auto *revert = history->findChild<QPushButton *>(u"historyRevert"_s);
    QTRY_VERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QTRY_VERIFY(!history);
    // An ordinary edit: the map as before, modified, saved through the preview.
    QCOMPARE(editor()->model()->edited(), before);
    QVERIFY(editor()->model()->isModified());
    QCOMPARE(editor()->model()->base(), after);
    QVERIFY(m_window->currentMessage().contains(u"Ctrl+S"_s));
    QCOMPARE(draftIds(), QStringList {id});
    m_server->clearRecordedRequests();
    pressSave();
    dialog = waitForPreview();
    QVERIFY(dialog);
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    QCOMPARE(serverMetadata(id), before);
    QCOMPARE(patches().size(), 1);
    QCOMPARE(controller()->history()->entries(connectionKey, id).entries.size(), 2);
}

void TestEditController::recordingMetadataSavesThroughTheSameEditor()
{
    const QString id = editableArtifact(1);
    QVERIFY(!id.isEmpty());
    open(id);
    ArtifactDetailPane *pane = m_window->browser()->detailPane();
    // The recording's map comes with the full artifact, not with the list row.
    QTRY_VERIFY_WITH_TIMEOUT(pane->artifact()->recording.metadata.has_value() && !pane->isLoading(), timeoutMs);
    const QString recordingId = pane->artifact()->recording.id;
    const Metadata artifactMap = serverMetadata(id);
    auto *edit = pane->findChild<QPushButton *>(u"editRecordingButton"_s);
    QVERIFY(edit && edit->isVisible() && edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(pane->editTarget(), ArtifactDetailPane::EditTarget::Recording);
    QCOMPARE(editor()->model()->base(), MetadataJson::fromObject(*pane->artifact()->recording.metadata));
    QVERIFY(editor()->isEditable());

    type(u"review_note"_s, u"checked by support"_s);
    QCOMPARE(draftIds(), QStringList {id}); // the recording's draft, under its artifact
    m_server->clearRecordedRequests();
    pressSave();
    SavePreviewDialog *dialog = waitForPreview();
    QVERIFY(dialog);
    QVERIFY2(dialog->shownRequest().url.path().endsWith(u"/recording/"_s + recordingId + u'/'),
        qPrintable(dialog->shownRequest().url.path()));
    send(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(bar()->state(), SaveOutcomeBar::State::Saved, timeoutMs);
    const QJsonObject recording
        = m_server->artifactJson(id).value("recording"_L1).toObject().value("metadata"_L1).toObject();
    QCOMPARE(recording.value("review_note"_L1).toString(), u"checked by support"_s);
    QCOMPARE(serverMetadata(id), artifactMap); // the artifact's own map is untouched
    QVERIFY(pane->artifact()->recording.metadata->contains("review_note"_L1)); // the read-only table too
    const auto entries = controller()->history()->entries(connectionKey, id).entries;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().target.kind, HistoryStore::TargetKind::Recording);
    QCOMPARE(entries.first().target.id, recordingId);
    QVERIFY(draftIds().isEmpty());

    // Back to the artifact's own map: with unsaved edits, it asks first; Discard drops them.
    type(u"review_note"_s, u"again"_s);
    QTest::mouseClick(pane->findChild<QPushButton *>(u"backToArtifactMetadataButton"_s), Qt::LeftButton);
    QTRY_VERIFY(controller()->leaveQuestion());
    QCOMPARE(pane->editTarget(), ArtifactDetailPane::EditTarget::Recording);
    controller()->leaveQuestion()->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(pane->editTarget(), ArtifactDetailPane::EditTarget::Artifact);
    QCOMPARE(editor()->model()->base(), artifactMap);
    QVERIFY(!editor()->model()->isModified());
    QVERIFY(draftIds().isEmpty());
}

QTEST_MAIN(TestEditController)
#include "tst_editcontroller.moc"
