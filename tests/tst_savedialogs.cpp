// The save flow's widgets on the offscreen platform: choosing sides in a conflict, the request
// preview (the key never shown), and what the outcome bar says about the server's answer.
#include "edit/conflictview.h"
#include "edit/saveoutcomebar.h"
#include "edit/savepreviewdialog.h"
#include "testsettings.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Side = MetadataMerge::Side;
using Difference = MetadataVerify::Difference;
using Kind = Difference::Kind;

namespace {
const QString secretKey = u"sk_live_9f3b7c1e5a2d4f6890ab"_s;
const QString artifactId = u"5ef4b4e1-8a7e-4c0b-9d11-aa2b3c4d5e6f"_s;

// Loaded, edited and live maps with two conflicts (note, ticket) and keys that merge by themselves.
struct SaveCase
{
    Metadata base {
        {u"customer"_s, u"Acme"_s}, {u"note"_s, u"call back"_s}, {u"owner"_s, u"dana"_s}, {u"ticket"_s, u"SUP-4411"_s}};
    Metadata mine {{u"customer"_s, u"Acme Corporation"_s}, {u"owner"_s, u"dana"_s}, {u"ticket"_s, u"SUP-4412"_s},
        {u"reviewed_by"_s, std::nullopt}};
    Metadata theirs {{u"customer"_s, u"Acme"_s}, {u"note"_s, u"called back on Tuesday, waiting for logs"_s},
        {u"owner"_s, u"dana"_s}, {u"ticket"_s, u"SUP-4500"_s},
        {u"score"_s, MetadataValue::rawJson(u"12345678901234567890"_s)}};
    MetadataMerge::Result merge = MetadataMerge::merge(base, mine, theirs);
};

// What the save coordinator passes: here deliberately NOT redacted, so the dialog's own hiding is tested.
SavePreviewDialog::RequestFor unredactedRequests()
{
    return [](const Metadata &map) {
        const Connection connection {QUrl(u"https://us-east-1.recall.ai"_s), secretKey};
        return RequestBuilder::patchMetadata(connection, artifactId, map, "3d9c0a57-idem");
    };
}

// Every text a widget shows or says: label and button texts, tooltips, accessible texts, editors,
// item views' cells and headers.
QStringList allTexts(const QWidget *root)
{
    QStringList texts {root->windowTitle(), root->toolTip(), root->accessibleName()};
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->statusTip() << w->whatsThis()
              << w->windowTitle();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            texts << edit->toPlainText();
        if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                             int(Qt::AccessibleDescriptionRole), int(Qt::EditRole)})
                        texts << model->data(index, role).toString();
                }
            }
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
        }
    }
    return texts;
}

QStringList cellTexts(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts << table->model()->index(row, column).data().toString();
    return texts;
}
} // namespace

class TestSaveDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void conflictViewShowsEachSide();
    void conflictViewChoosesPerKey();
    void useAllMineAndAllTheirs();
    void conflictViewIsKeyboardReachable();

    void sendStaysDisabledUntilEveryConflictIsResolved();
    void cleanMergeCanBeSentAtOnce();
    void escapeCancels();
    void previewShowsTheRequestAndTheChanges();
    void keyNeverAppears();
    void everyInteractiveWidgetIsNamed();

    void outcomeForEachDifference_data();
    void outcomeForEachDifference();
    void matchingAnswerIsOneSentence();
    void keptKeysOfferRemoval();
    void failureAndStage();
    void waitingCountsDown();

    void screenshots();
};

void TestSaveDialogs::initTestCase()
{
    useTestSettings(u"tst_savedialogs"_s);
}

void TestSaveDialogs::conflictViewShowsEachSide()
{
    const SaveCase c;
    QCOMPARE(c.merge.conflicts.size(), 2); // note (removed here, changed there), ticket (changed on both)
    ConflictView view;
    view.setMerge(c.merge);
    QCOMPARE(view.findChild<QLabel *>(u"conflictKey0"_s)->text(), u"note"_s);
    QCOMPARE(view.findChild<QLabel *>(u"conflictBase0"_s)->text(), u"call back"_s);
    auto *mineNote = view.findChild<QRadioButton *>(u"conflictMine0"_s);
    QCOMPARE(mineNote->text(), u"(absent)"_s);
    QVERIFY(mineNote->font().italic());
    QCOMPARE(mineNote->accessibleName(), u"Keep my value for note"_s);
    auto *theirsNote = view.findChild<QRadioButton *>(u"conflictTheirs0"_s);
    QVERIFY(!theirsNote->font().italic());
    QVERIFY(theirsNote->toolTip().contains(u"called back on Tuesday, waiting for logs"_s));
    QCOMPARE(theirsNote->accessibleName(), u"Take the server's value for note"_s);
    QCOMPARE(view.findChild<QRadioButton *>(u"conflictTheirs1"_s)->text(), u"SUP-4500"_s);

    // Long values are cut in the row and whole in the tooltip; null is "null", not text.
    MetadataMerge::Result long_;
    const QString longValue = QString(u"x"_s).repeated(300);
    long_.conflicts.append({u"summary"_s, std::nullopt, MetadataValue(longValue), MetadataValue(std::nullopt)});
    view.setMerge(long_);
    auto *mine = view.findChild<QRadioButton *>(u"conflictMine0"_s);
    QVERIFY(mine->text().size() < 80);
    QVERIFY(mine->text().endsWith(u'\u2026'));
    QVERIFY(mine->toolTip().contains(longValue));
    QCOMPARE(view.findChild<QRadioButton *>(u"conflictTheirs0"_s)->text(), u"null"_s);
    QVERIFY(view.findChild<QRadioButton *>(u"conflictTheirs0"_s)->font().italic());
    QCOMPARE(view.findChildren<QRadioButton *>().size(), 2); // the earlier rows are gone
    QVERIFY(view.findChild<QLabel *>(u"conflictHeader"_s)->text().contains(u"kept as merged: 0."_s));
}

void TestSaveDialogs::conflictViewChoosesPerKey()
{
    const SaveCase c;
    ConflictView view;
    QSignalSpy complete(&view, &ConflictView::completeChanged);
    view.setMerge(c.merge);
    QCOMPARE(complete.count(), 1);
    QCOMPARE(complete.takeFirst().at(0).toBool(), false);
    QVERIFY(!view.isComplete());
    QCOMPARE(view.unresolvedCount(), 2);
    QVERIFY(!view.resolved());
    const QString header = view.findChild<QLabel *>(u"conflictHeader"_s)->text();
    QVERIFY2(header.startsWith(u"Keys without a conflict, kept as merged: %1."_s.arg(c.merge.merged.size())),
        qPrintable(header));
    QVERIFY2(header.contains(u"Left to choose: 2."_s), qPrintable(header));

    view.findChild<QRadioButton *>(u"conflictTheirs1"_s)->click(); // ticket: theirs
    QCOMPARE(view.pick(1), ConflictView::Pick::Theirs);
    QCOMPARE(view.pick(0), ConflictView::Pick::None);
    QVERIFY(!view.isComplete());
    QCOMPARE(complete.count(), 0);
    view.findChild<QRadioButton *>(u"conflictMine0"_s)->click(); // note: mine (removed)
    QVERIFY(view.isComplete());
    QCOMPARE(complete.count(), 1);
    QCOMPARE(complete.takeFirst().at(0).toBool(), true);
    const QList<Side> expected {c.merge.conflicts.at(0).mine, c.merge.conflicts.at(1).theirs};
    QCOMPARE(view.choices(), expected);
    const Metadata resolved = *view.resolved();
    QVERIFY(!resolved.contains(u"note"_s));
    QCOMPARE(resolved.value(u"ticket"_s), MetadataValue(u"SUP-4500"_s));
    QCOMPARE(resolved, MetadataMerge::resolved(c.merge, expected));

    // Changing a choice keeps it complete; clearing one makes it incomplete again.
    view.setPick(1, ConflictView::Pick::Mine);
    QCOMPARE(view.choices().at(1), c.merge.conflicts.at(1).mine);
    QCOMPARE(complete.count(), 0);
    view.setPick(0, ConflictView::Pick::None);
    QCOMPARE(view.pick(0), ConflictView::Pick::None);
    QVERIFY(!view.isComplete());
    QCOMPARE(complete.count(), 1);
}

void TestSaveDialogs::useAllMineAndAllTheirs()
{
    const SaveCase c;
    ConflictView view;
    view.setMerge(c.merge);
    QSignalSpy complete(&view, &ConflictView::completeChanged);
    view.findChild<QPushButton *>(u"useAllMineButton"_s)->click();
    QVERIFY(view.isComplete());
    QCOMPARE(complete.count(), 1);
    QCOMPARE(view.choices(), (QList<Side> {c.merge.conflicts.at(0).mine, c.merge.conflicts.at(1).mine}));
    view.findChild<QPushButton *>(u"useAllTheirsButton"_s)->click();
    QCOMPARE(view.choices(), (QList<Side> {c.merge.conflicts.at(0).theirs, c.merge.conflicts.at(1).theirs}));
    QCOMPARE(complete.count(), 1);

    // A clean merge needs no choice: complete, and nothing to use all of.
    ConflictView clean;
    clean.setMerge(MetadataMerge::merge(c.base, c.mine, c.base));
    QVERIFY(clean.isComplete());
    QVERIFY(clean.choices().isEmpty());
    QVERIFY(!clean.findChild<QPushButton *>(u"useAllMineButton"_s)->isEnabled());
}

void TestSaveDialogs::conflictViewIsKeyboardReachable()
{
    const SaveCase c;
    ConflictView view;
    view.setMerge(c.merge);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.findChild<QRadioButton *>(u"conflictMine0"_s)->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 12; ++i) {
        reached.insert(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const QString &name : {u"conflictMine0"_s, u"conflictMine1"_s, u"useAllMineButton"_s, u"useAllTheirsButton"_s})
        QVERIFY2(reached.contains(name), qPrintable(name));
    // Space picks the focused side, arrows move within the key's pair.
    auto *mine1 = view.findChild<QRadioButton *>(u"conflictMine1"_s);
    mine1->setFocus();
    QTest::keyClick(mine1, Qt::Key_Space);
    QCOMPARE(view.pick(1), ConflictView::Pick::Mine);
    QTest::keyClick(mine1, Qt::Key_Right);
    QCOMPARE(view.pick(1), ConflictView::Pick::Theirs);
}

void TestSaveDialogs::sendStaysDisabledUntilEveryConflictIsResolved()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    QSignalSpy made(&dialog, &SavePreviewDialog::choicesMade);
    dialog.setSave(c.theirs, c.merge, unredactedRequests());
    auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(dialog.hasConflicts());
    QVERIFY(dialog.findChild<QWidget *>(u"conflictBox"_s)->isVisibleTo(&dialog));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(u"left to choose: 2"_s), qPrintable(send->toolTip()));
    QVERIFY(!dialog.findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
    QVERIFY(dialog.curlCommand().isEmpty());
    QVERIFY(dialog.shownRequest().body.isEmpty());
    QVERIFY(!dialog.metadataToSend());

    dialog.conflictView()->setPick(0, ConflictView::Pick::Theirs);
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(u"left to choose: 1"_s), qPrintable(send->toolTip()));
    QCOMPARE(made.count(), 0);
    dialog.conflictView()->setPick(1, ConflictView::Pick::Mine);
    QVERIFY(send->isEnabled());
    QVERIFY(dialog.canSend());
    QCOMPARE(made.count(), 1);
    QCOMPARE(made.at(0).at(0).value<QList<Side>>(), dialog.choices());
    QVERIFY(!send->toolTip().contains(u"left to choose"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());

    // The preview stands for the choices: the body carries them.
    const Metadata expected = MetadataMerge::resolved(c.merge, dialog.choices());
    QCOMPARE(dialog.metadataToSend(), expected);
    QVERIFY(dialog.shownRequest().body.contains("\"ticket\":\"SUP-4412\""));
    QVERIFY(dialog.shownRequest().body.contains("waiting for logs"));

    // Enter sends (Send is the default button).
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    send->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Undoing a choice disables Send again.
    dialog.conflictView()->setPick(1, ConflictView::Pick::None);
    QVERIFY(!send->isEnabled());
}

void TestSaveDialogs::cleanMergeCanBeSentAtOnce()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    const auto merge = MetadataMerge::merge(c.base, c.mine, c.base);
    QVERIFY(merge.clean());
    QSignalSpy made(&dialog, &SavePreviewDialog::choicesMade);
    dialog.setSave(c.base, merge, unredactedRequests());
    QVERIFY(!dialog.hasConflicts());
    QVERIFY(!dialog.findChild<QWidget *>(u"conflictBox"_s)->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    QCOMPARE(made.count(), 0); // nothing was chosen
    QCOMPARE(dialog.metadataToSend(), merge.merged);

    auto *skip = dialog.findChild<QCheckBox *>(u"skipPreviewCheck"_s);
    QVERIFY(!dialog.skipPreviewNextTime());
    skip->click();
    QVERIFY(dialog.skipPreviewNextTime());
    dialog.setSkipPreviewNextTime(false);
    QVERIFY(!skip->isChecked());

    // Without a request builder there is nothing to send.
    SavePreviewDialog empty;
    QVERIFY(!empty.canSend());
    QVERIFY(!empty.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
}

void TestSaveDialogs::escapeCancels()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    dialog.setSave(c.theirs, c.merge, unredactedRequests());
    dialog.conflictView()->useAllMine();
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestSaveDialogs::previewShowsTheRequestAndTheChanges()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    dialog.setSave(c.theirs, c.merge, unredactedRequests());
    dialog.conflictView()->useAllMine(); // note removed, ticket SUP-4412

    const QString line = dialog.findChild<QLabel *>(u"requestLine"_s)->text();
    QCOMPARE(line,
        u"PATCH "_s
            + RequestBuilder::artifactUrl(QUrl(u"https://us-east-1.recall.ai"_s), artifactId).toDisplayString());

    auto *headers = dialog.findChild<QTableView *>(u"headerTable"_s);
    const QStringList names = cellTexts(headers, 0);
    const QStringList values = cellTexts(headers, 1);
    QVERIFY(names.contains(u"Idempotency-Key"_s));
    QCOMPARE(values.at(names.indexOf(u"Idempotency-Key"_s)), u"3d9c0a57-idem"_s);
    QCOMPARE(values.at(names.indexOf(u"Authorization"_s)), u"\u2022\u2022\u2022\u2022 (hidden)"_s);
    QCOMPARE(values.at(names.indexOf(u"Content-Type"_s)), u"application/json"_s);

    // The body indented, every value as sent: the big number is not rewritten as a double.
    auto *body = dialog.findChild<QPlainTextEdit *>(u"requestBody"_s);
    QVERIFY(body->isReadOnly());
    QCOMPARE(body->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    const QString text = body->toPlainText();
    QVERIFY2(text.startsWith(u"{\n  \"metadata\": {\n    \""_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"score\": 12345678901234567890"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"reviewed_by\": null"_s), qPrintable(text));

    // The changes against the live map, in words.
    auto *diff = dialog.findChild<QTableView *>(u"diffTable"_s);
    QCOMPARE(cellTexts(diff, 0), (QStringList {u"customer"_s, u"note"_s, u"reviewed_by"_s, u"ticket"_s}));
    QCOMPARE(cellTexts(diff, 1),
        (QStringList {u"Acme"_s, u"called back on Tuesday, waiting for logs"_s, u"(absent)"_s, u"SUP-4500"_s}));
    QCOMPARE(cellTexts(diff, 2), (QStringList {u"Acme Corporation"_s, u"(absent)"_s, u"null"_s, u"SUP-4412"_s}));
    QCOMPARE(cellTexts(diff, 3), (QStringList {u"changed"_s, u"removed"_s, u"added"_s, u"changed"_s}));
    QCOMPARE(diff->model()->headerData(1, Qt::Horizontal).toString(), u"On the server now"_s);
    QCOMPARE(dialog.diffRows().size(), 4);
    QCOMPARE(dialog.diffRows().at(2).after, MetadataMerge::Side(MetadataValue(std::nullopt)));
    QCOMPARE(diff->model()->index(2, 2).data(Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(dialog.findChild<QLabel *>(u"diffNote"_s)->text().contains(u"1 added, 2 changed, 1 removed"_s));

    // Taking theirs everywhere leaves only my one-sided changes.
    dialog.conflictView()->useAllTheirs();
    QCOMPARE(cellTexts(diff, 0), (QStringList {u"customer"_s, u"reviewed_by"_s}));
}

void TestSaveDialogs::keyNeverAppears()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    dialog.setSave(c.theirs, c.merge, unredactedRequests());
    const auto check = [&](const char *when) {
        const QStringList texts = allTexts(&dialog);
        QVERIFY(texts.size() > 50);
        for (const QString &text : texts)
            QVERIFY2(!text.contains(secretKey), when);
        QVERIFY2(!dialog.curlCommand().contains(secretKey), when);
        QVERIFY2(!dialog.shownRequest().header("Authorization").contains(secretKey.toUtf8()), when);
    };
    check("while a conflict is open");
    dialog.conflictView()->useAllTheirs();
    check("with the request shown");
    QVERIFY(allTexts(&dialog).contains(u"\u2022\u2022\u2022\u2022 (hidden)"_s));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    dialog.findChild<QPushButton *>(u"copyCurlButton"_s)->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.curlCommand());
    QVERIFY(!copied.contains(secretKey));
    QVERIFY2(copied.contains(u"-H \"Authorization: Token $RECALL_API_KEY\""_s), qPrintable(copied));
    QVERIFY(copied.startsWith(u"curl -X PATCH 'https://us-east-1.recall.ai/"_s));
    QVERIFY(copied.contains(u"-H 'Idempotency-Key: 3d9c0a57-idem'"_s));
    QVERIFY(copied.contains(u"--data-raw '{\"metadata\":{"_s));
    check("after copying");
}

void TestSaveDialogs::everyInteractiveWidgetIsNamed()
{
    const SaveCase c;
    SavePreviewDialog dialog;
    dialog.setSave(c.theirs, c.merge, unredactedRequests());
    dialog.conflictView()->useAllMine();
    SaveOutcomeBar bar;
    bar.setOutcome({{Kind::Kept, u"owner"_s, std::nullopt, MetadataValue(u"dana"_s)}});
    for (const QWidget *root : {static_cast<QWidget *>(&dialog), static_cast<QWidget *>(&bar)}) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        int checked = 0;
        for (const QWidget *w : widgets) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || qobject_cast<const QTabBar *>(w)
                || qobject_cast<const QTabBar *>(w->parent()))
                continue; // the tab bar (and its scroll buttons) belong to their named QTabWidget
            if (qobject_cast<const QWidget *>(w->parent()) && w->parent()->inherits("QAbstractScrollArea"))
                continue; // a view's viewport
            const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            QVERIFY2(!w->objectName().isEmpty(), qPrintable(what));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(what));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(what));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }
}

void TestSaveDialogs::outcomeForEachDifference_data()
{
    QTest::addColumn<Difference>("difference");
    QTest::addColumn<QString>("text");
    QTest::newRow("kept") << Difference {Kind::Kept, u"owner"_s, std::nullopt, MetadataValue(u"dana"_s)}
                          << u"\u201cowner\u201d kept: still there although removed; the server merges instead of "
                             "replacing. The answer holds \u201c"
                             "dana\u201d."_s;
    QTest::newRow("dropped") << Difference {Kind::Dropped, u"reviewed_by"_s, MetadataValue(std::nullopt), std::nullopt}
                             << u"\u201creviewed_by\u201d dropped: sent as null, missing from the answer."_s;
    QTest::newRow("altered")
        << Difference {Kind::Altered, u"ticket"_s, MetadataValue(u"SUP-1"_s), MetadataValue(u"sup-1"_s)}
        << u"\u201cticket\u201d altered: sent \u201cSUP-1\u201d, the answer holds \u201csup-1\u201d."_s;
    QTest::newRow("altered to a number") << Difference {Kind::Altered, u"score"_s, MetadataValue(u"7"_s),
        MetadataValue::rawJson(u"7"_s)} << u"\u201cscore\u201d altered: sent \u201c7\u201d, the answer holds 7."_s;
    QTest::newRow("added") << Difference {Kind::Added, u"source"_s, std::nullopt, MetadataValue(u""_s)}
                           << u"\u201csource\u201d added: in the answer without being sent, as (empty)."_s;
}

void TestSaveDialogs::outcomeForEachDifference()
{
    QFETCH(Difference, difference);
    QFETCH(QString, text);
    SaveOutcomeBar bar;
    bar.setOutcome({difference});
    QVERIFY(bar.isVisibleTo(nullptr) || !bar.isHidden());
    QCOMPARE(bar.state(), SaveOutcomeBar::State::Differs);
    QVERIFY2(bar.summaryText().startsWith(u"Saved, but the server's answer differs"_s), qPrintable(bar.summaryText()));
    QCOMPARE(bar.differenceTexts(), QStringList {text});
    QCOMPARE(SaveOutcomeBar::describe(difference), text);
    const bool kept = difference.kind == Kind::Kept;
    QCOMPARE(bar.removeKeptButton()->isVisibleTo(&bar), kept);
    QCOMPARE(bar.findChild<QLabel *>(u"outcomeExplanation"_s)->isVisibleTo(&bar), kept);
}

void TestSaveDialogs::matchingAnswerIsOneSentence()
{
    SaveOutcomeBar bar;
    QVERIFY(bar.isHidden());
    bar.setOutcome({});
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.state(), SaveOutcomeBar::State::Saved);
    QCOMPARE(bar.summaryText(), u"Saved. The server's answer matches what was sent."_s);
    QVERIFY(bar.differenceTexts().isEmpty());
    QVERIFY(!bar.removeKeptButton()->isVisibleTo(&bar));
    bar.findChild<QAbstractButton *>(u"outcomeClose"_s)->click();
    QVERIFY(bar.isHidden());
    QCOMPARE(bar.state(), SaveOutcomeBar::State::Idle);
}

void TestSaveDialogs::keptKeysOfferRemoval()
{
    SaveOutcomeBar bar;
    QSignalSpy remove(&bar, &SaveOutcomeBar::removeKeptKeysRequested);
    bar.setOutcome({{Kind::Added, u"a"_s, std::nullopt, MetadataValue(u"1"_s)},
        {Kind::Kept, u"b"_s, std::nullopt, MetadataValue(u"2"_s)},
        {Kind::Kept, u"c"_s, std::nullopt, MetadataValue(std::nullopt)}});
    QCOMPARE(bar.differenceTexts().size(), 3);
    QVERIFY(bar.differenceTexts().at(2).contains(u"The answer holds null"_s));
    QVERIFY(bar.removeKeptButton()->isVisibleTo(&bar));
    QVERIFY(bar.findChild<QLabel *>(u"outcomeExplanation"_s)->text().contains(u"merges"_s));
    bar.removeKeptButton()->click();
    QCOMPARE(remove.count(), 1);

    // The next outcome replaces the list: no stale lines, no stale button.
    bar.setOutcome({});
    QVERIFY(bar.differenceTexts().isEmpty());
    QVERIFY(!bar.removeKeptButton()->isVisibleTo(&bar));
    QCOMPARE(bar.findChildren<QLabel *>(QRegularExpression(u"^outcomeDifference"_s)).size(), 0);
}

void TestSaveDialogs::failureAndStage()
{
    SaveOutcomeBar bar;
    bar.setStage(u"Sending the map\u2026"_s);
    QCOMPARE(bar.state(), SaveOutcomeBar::State::Working);
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.findChild<QLabel *>(u"outcomeStage"_s)->text(), u"Sending the map\u2026"_s);
    QVERIFY(bar.summaryText().isEmpty());
    const QColor plain = bar.palette().color(QPalette::Window);

    bar.setFailure(u"the server answered 400: metadata values must be strings."_s);
    QCOMPARE(bar.state(), SaveOutcomeBar::State::Failed);
    QCOMPARE(bar.summaryText(), u"Not saved: the server answered 400: metadata values must be strings."_s);
    QVERIFY(!bar.findChild<QLabel *>(u"outcomeStage"_s)->isVisibleTo(&bar));
    QVERIFY(bar.palette().color(QPalette::Window) != plain); // tinted, and said in words above

    bar.setStage(u"Fetching the map on the server\u2026"_s);
    QVERIFY(bar.summaryText().isEmpty());
    QCOMPARE(bar.palette().color(QPalette::Window), plain);
    bar.clear();
    QVERIFY(bar.isHidden());
}

void TestSaveDialogs::waitingCountsDown()
{
    SaveOutcomeBar bar;
    bar.setStage(u"Sending the map\u2026"_s);
    QVERIFY(bar.waitingText().isEmpty());
    bar.setWaiting(12000);
    QCOMPARE(bar.waitingText(), u"Waiting for the rate limit: 12 s"_s);
    bar.setWaiting(11001);
    QCOMPARE(bar.waitingText(), u"Waiting for the rate limit: 12 s"_s); // whole seconds, rounded up
    bar.setWaiting(0);
    QVERIFY(bar.waitingText().isEmpty());
    QVERIFY(!bar.findChild<QLabel *>(u"outcomeWaiting"_s)->isVisibleTo(&bar));

    bar.setWaiting(1200);
    QCOMPARE(bar.waitingText(), u"Waiting for the rate limit: 2 s"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bar.waitingText(), u"Waiting for the rate limit: 1 s"_s, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(bar.waitingText().isEmpty(), 2000); // hidden at 0 by itself
    bar.setWaiting(5000);
    bar.setOutcome({});
    QVERIFY(bar.waitingText().isEmpty()); // an answer ends the wait
}

// PI_SCREENSHOT_DIR=/some/dir writes each widget in the light and the dark scheme there, for eyes.
void TestSaveDialogs::screenshots()
{
    const QString dir = qEnvironmentVariable("PI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PI_SCREENSHOT_DIR to write screenshots of the save dialogs");
    QVERIFY(QDir().mkpath(dir));
    const SaveCase c;
    for (const Theme::Scheme scheme : {Theme::Scheme::Light, Theme::Scheme::Dark}) {
        Theme::apply(scheme);
        const QString suffix = Theme::toString(scheme);
        const auto save = [&](QWidget *w, const QString &name) {
            QVERIFY(w->grab().save(dir + u'/' + name + u'-' + suffix + u".png"_s));
        };
        {
            SavePreviewDialog dialog;
            dialog.setSave(c.theirs, c.merge, unredactedRequests());
            dialog.conflictView()->setPick(1, ConflictView::Pick::Mine);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, u"preview-conflicts-open"_s);
            dialog.conflictView()->setPick(0, ConflictView::Pick::Theirs);
            QTest::qWait(20);
            save(&dialog, u"preview-conflicts-resolved"_s);
            dialog.findChild<QTabWidget *>(u"previewTabs"_s)->setCurrentIndex(1);
            QTest::qWait(20);
            save(&dialog, u"preview-conflicts-request"_s);
        }
        {
            SavePreviewDialog dialog;
            dialog.setSave(c.base, MetadataMerge::merge(c.base, c.mine, c.base), unredactedRequests());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(&dialog, u"preview-clean"_s);
        }
        {
            QWidget host;
            host.resize(520, 10);
            auto *layout = new QVBoxLayout(&host);
            auto *saved = new SaveOutcomeBar(&host);
            auto *differs = new SaveOutcomeBar(&host);
            auto *failed = new SaveOutcomeBar(&host);
            auto *working = new SaveOutcomeBar(&host);
            for (QWidget *w : {saved, differs, failed, working})
                layout->addWidget(w);
            layout->addStretch();
            saved->setOutcome({});
            differs->setOutcome({{Kind::Added, u"source"_s, std::nullopt, MetadataValue(u"crm"_s)},
                {Kind::Altered, u"ticket"_s, MetadataValue(u"SUP-4412"_s), MetadataValue(u"sup-4412"_s)},
                {Kind::Dropped, u"reviewed_by"_s, MetadataValue(std::nullopt), std::nullopt},
                {Kind::Kept, u"note"_s, std::nullopt, MetadataValue(u"called back on Tuesday, waiting for logs"_s)}});
            failed->setFailure(u"the server answered 400: a value is longer than 500 characters."_s);
            working->setStage(u"Sending the map\u2026"_s);
            working->setWaiting(12000);
            host.show();
            QVERIFY(QTest::qWaitForWindowExposed(&host));
            host.resize(520, host.sizeHint().height());
            QTest::qWait(20);
            save(&host, u"outcome"_s);
        }
    }
    Theme::apply(Theme::Scheme::System);
}

QTEST_MAIN(TestSaveDialogs)
#include "tst_savedialogs.moc"
