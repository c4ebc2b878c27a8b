#include "artifactdetailpane.h"
#include "core/timeformat.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "models/metadatatablemodel.h"
#include "statuscolors.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString artifactId = u"5b9d7e40-1c2d-4a3b-9f00-abcdef012345"_s;
const QString recordingId = u"0c1e2f30-7aaa-4bbb-8ccc-123456789abc"_s;
const QDateTime createdAt(QDate(2025, 7, 16), QTime(19, 17, 42, 123), QTimeZone::utc());
const QDateTime now = createdAt.addSecs(3 * 3600);
const QString dash = u"\u2014"_s;

QUrl signedUrl(const QString &file)
{
    return QUrl(u"https://recall-downloads.example.net/artifacts/"_s % file
        % u".json?X-Amz-Signature=topsecret&X-Amz-Expires=3600"_s);
}

Artifact makeArtifact(const QString &code)
{
    Artifact a;
    a.id = artifactId;
    a.recording.id = recordingId;
    a.recording.metadata = QJsonObject {{u"meeting"_s, u"Weekly sync"_s}, {u"attendees"_s, 7},
        {u"tags"_s, QJsonArray {u"a"_s, u"b"_s}}, {u"owner"_s, QJsonValue::Null}};
    a.createdAt = createdAt;
    a.status.code = code;
    a.status.updatedAt = createdAt.addSecs(30 * 60);
    a.metadata = {{u"customer"_s, u"Acme"_s}, {u"Case"_s, u"4711"_s}, {u"zone"_s, u"eu"_s}};
    if (code == "done"_L1 || code == "deleted"_L1) {
        a.downloads.participants = signedUrl(u"participants"_s);
        a.downloads.participantEvents = signedUrl(u"events"_s);
        a.downloads.speakerTimeline = signedUrl(u"timeline"_s);
    }
    return a;
}

QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString() % u'=' % model->index(row, 1).data().toString());
    return rows;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// How the table's delegate would style a cell; initStyleOption is protected, so reach it through a
// pointer to member named via a derived class (legal, and still a virtual call).
QStyleOptionViewItem styledCell(const QTableView *table, int row, int column)
{
    struct Access : QStyledItemDelegate
    {
        using QStyledItemDelegate::initStyleOption;
    };
    QStyleOptionViewItem option;
    option.initFrom(table);
    const auto init = &Access::initStyleOption;
    const auto *delegate = qobject_cast<const QStyledItemDelegate *>(table->itemDelegate());
    (delegate->*init)(&option, table->model()->index(row, column));
    return option;
}

QColor grey(int lightness)
{
    return QColor::fromHsl(0, 0, lightness);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, grey(45));
    p.setColor(QPalette::WindowText, grey(225));
    p.setColor(QPalette::Base, grey(30));
    p.setColor(QPalette::AlternateBase, grey(50));
    p.setColor(QPalette::Text, grey(230));
    p.setColor(QPalette::Button, grey(55));
    p.setColor(QPalette::ButtonText, grey(225));
    p.setColor(QPalette::Mid, grey(80));
    p.setColor(QPalette::PlaceholderText, grey(150));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, grey(239));
    p.setColor(QPalette::WindowText, grey(0));
    p.setColor(QPalette::Base, grey(255));
    p.setColor(QPalette::AlternateBase, grey(247));
    p.setColor(QPalette::Text, grey(0));
    p.setColor(QPalette::Button, grey(239));
    p.setColor(QPalette::ButtonText, grey(0));
    p.setColor(QPalette::Mid, grey(184));
    return p;
}

} // namespace

class TestArtifactDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsFields_data();
    void showsFields();
    void nullAndEmptyLookDistinct();
    void unreadableFieldsAreSaid();
    void longValuesElideWithFullToolTip();
    void valuesCopyAndOpenInFull();
    void copyButtonsCopyFullIds_data();
    void copyButtonsCopyFullIds();
    void copyRecordingIdDisabledWithoutId();
    void clearShowsPlaceholder();
    void loadingIndicator();
    void relativeTimesFollowNow();
    void minuteTimerRunsOnlyWhileVisible();
    void downloadToolTipsShowHostOnly();
    void everyInteractiveChildIsNamed();
    void tabWalksThroughCopyableParts();
    void chipTextIsReadable_data();
    void chipTextIsReadable();
    void fitsNarrowWidth();
    void screenshots();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *found = m_pane->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QString text(const QString &labelName) const { return child<QLabel>(labelName)->text(); }

    std::unique_ptr<ArtifactDetailPane> m_pane;
};

void TestArtifactDetailPane::init()
{
    m_pane = std::make_unique<ArtifactDetailPane>();
    m_pane->setNow(now);
    m_pane->resize(420, 900);
}

void TestArtifactDetailPane::cleanup()
{
    m_pane.reset();
}

void TestArtifactDetailPane::showsFields_data()
{
    QTest::addColumn<Artifact>("artifact");
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<QStringList>("downloads");
    QTest::addColumn<QStringList>("metadata"); // empty: the "none" label instead of the table
    QTest::addColumn<QStringList>("recordingMetadata");
    QTest::addColumn<QString>("recordingEmpty"); // shown instead of the table when set

    const QStringList available {u"available"_s, u"available"_s, u"available"_s};
    const QStringList notYet {u"not available yet"_s, u"not available yet"_s, u"not available yet"_s};
    const QStringList notAvailable {u"not available"_s, u"not available"_s, u"not available"_s};
    const QStringList metadata {u"Case=4711"_s, u"customer=Acme"_s, u"zone=eu"_s};
    const QStringList recording {u"attendees=7"_s, u"meeting=Weekly sync"_s, u"owner=null"_s, u"tags=[\"a\",\"b\"]"_s};

    Artifact a = makeArtifact(u"done"_s);
    QTest::newRow("done with downloads") << a << u"done"_s << dash << available << metadata << recording << QString();
    a = makeArtifact(u"processing"_s);
    QTest::newRow("processing") << a << u"processing"_s << dash << notYet << metadata << recording << QString();
    a = makeArtifact(u"failed"_s);
    a.status.subCode = u"media_pipeline_error: no audio"_s;
    QTest::newRow("failed with sub_code") << a << u"failed"_s << u"media_pipeline_error: no audio"_s << notAvailable
                                          << metadata << recording << QString();
    // A deleted artifact's files are gone even if a stale response still carries links.
    a = makeArtifact(u"deleted"_s);
    QTest::newRow("deleted") << a << u"deleted"_s << dash << notAvailable << metadata << recording << QString();
    a = makeArtifact(u"archived"_s);
    a.downloads.participants = signedUrl(u"participants"_s);
    QTest::newRow("unknown future code archived")
        << a << u"archived"_s << dash << QStringList {u"available"_s, u"not available"_s, u"not available"_s}
        << metadata << recording << QString();
    a = makeArtifact(u"done"_s);
    a.recording.metadata.reset();
    QTest::newRow("missing recording metadata")
        << a << u"done"_s << dash << available << metadata << QStringList() << u"none"_s;
    a = makeArtifact(u"done"_s);
    a.metadata[u"customer"_s] = std::nullopt;
    QTest::newRow("null metadata value") << a << u"done"_s << dash << available
                                         << QStringList {u"Case=4711"_s, u"customer=null"_s, u"zone=eu"_s} << recording
                                         << QString();
    a = makeArtifact(u"done"_s);
    a.metadata.clear();
    a.recording.metadata = QJsonObject();
    QTest::newRow("empty metadata") << a << u"done"_s << dash << available << QStringList() << QStringList()
                                    << u"none (empty)"_s;
    a = makeArtifact(u"failed"_s);
    a.status.subCode = QString(u""_s);
    a.metadata = {{u"note"_s, u""_s}};
    QTest::newRow("empty sub_code and empty value") << a << u"failed"_s << u"(empty)"_s << notAvailable
                                                    << QStringList {u"note=(empty)"_s} << recording << QString();
}

void TestArtifactDetailPane::showsFields()
{
    QFETCH(Artifact, artifact);
    QFETCH(QString, chip);
    QFETCH(QString, subCode);
    QFETCH(QStringList, downloads);
    QFETCH(QStringList, metadata);
    QFETCH(QStringList, recordingMetadata);
    QFETCH(QString, recordingEmpty);

    m_pane->show();
    m_pane->setArtifact(artifact);
    QCOMPARE(m_pane->artifact(), artifact);
    QVERIFY(child<QWidget>(u"statusChip"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"placeholderLabel"_s)->isVisible());
    QCOMPARE(text(u"statusChip"_s), chip);
    QCOMPARE(text(u"subCodeLabel"_s), subCode);
    QCOMPARE(text(u"artifactIdLabel"_s), artifactId);
    QCOMPARE(text(u"recordingIdLabel"_s), recordingId);

    QCOMPARE(text(u"createdLabel"_s), TimeFormat::localWithRelative(createdAt, now));
    QVERIFY(text(u"createdLabel"_s).endsWith(u"(3 h ago)"_s));
    QVERIFY(child<QLabel>(u"createdLabel"_s)->toolTip().contains(u"2025-07-16T19:17:42.123Z"_s));
    QCOMPARE(text(u"statusUpdatedLabel"_s), TimeFormat::localWithRelative(artifact.status.updatedAt, now));
    QVERIFY(child<QLabel>(u"statusUpdatedLabel"_s)->toolTip().contains(TimeFormat::utc(artifact.status.updatedAt)));

    const QStringList shownDownloads {
        text(u"downloadsParticipants"_s), text(u"downloadsParticipantEvents"_s), text(u"downloadsSpeakerTimeline"_s)};
    QCOMPARE(shownDownloads, downloads);
    QVERIFY(text(u"downloadsNote"_s).contains(u"expire"_s));

    auto *metadataTable = child<QTableView>(u"metadataTable"_s);
    QAbstractItemModelTester metadataTester(
        metadataTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowsOf(metadataTable->model()), metadata);
    QVERIFY(metadataTable->isVisible()); // the editor: empty or not, keys can be added
    QCOMPARE(metadataTable->model()->headerData(0, Qt::Horizontal).toString(), u"Key"_s);
    if (!metadata.isEmpty())
        QVERIFY(metadataTable->model()->flags(metadataTable->model()->index(0, 1)) & Qt::ItemIsEditable);

    auto *recordingTable = child<QTableView>(u"recordingMetadataTable"_s);
    QAbstractItemModelTester recordingTester(
        recordingTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowsOf(recordingTable->model()), recordingMetadata);
    QCOMPARE(recordingTable->isVisible(), recordingEmpty.isEmpty());
    auto *recordingEmptyLabel = child<QLabel>(u"recordingMetadataEmptyLabel"_s);
    QCOMPARE(recordingEmptyLabel->isVisible(), !recordingEmpty.isEmpty());
    if (!recordingEmpty.isEmpty())
        QCOMPARE(recordingEmptyLabel->text(), recordingEmpty);
}

void TestArtifactDetailPane::nullAndEmptyLookDistinct()
{
    Artifact a = makeArtifact(u"done"_s);
    a.metadata = {{u"a"_s, std::nullopt}, {u"b"_s, u""_s}, {u"c"_s, u"null"_s}};
    m_pane->setArtifact(a);
    auto *table = child<QTableView>(u"metadataTable"_s);
    QCOMPARE(rowsOf(table->model()), (QStringList {u"a=null"_s, u"b=(empty)"_s, u"c=null"_s}));
    QVERIFY(styledCell(table, 0, 1).font.italic());
    QVERIFY(styledCell(table, 1, 1).font.italic());
    QVERIFY(!styledCell(table, 2, 1).font.italic()); // the text "null" is data, not the marker
    QVERIFY(styledCell(table, 0, 1).palette.color(QPalette::Text) != table->palette().color(QPalette::Text));
    const QAbstractItemModel *model = table->model();
    QVERIFY(model->index(0, 1).data(Qt::ToolTipRole) != model->index(1, 1).data(Qt::ToolTipRole));
    QCOMPARE(model->index(0, 1).data(MetadataEditModel::ValueKindRole).toInt(), int(MetadataValue::Kind::Null));
    QCOMPARE(model->index(1, 1).data(Qt::EditRole).toString(), QString());
    // JSON in the recording's map is monospace, so 7 does not pass for the text "7".
    auto *recording = child<QTableView>(u"recordingMetadataTable"_s);
    QCOMPARE(recording->model()->index(0, 1).data().toString(), u"7"_s);
    QVERIFY(styledCell(recording, 0, 1).font.fixedPitch()
        || styledCell(recording, 0, 1).font.family() != recording->font().family());
}

void TestArtifactDetailPane::longValuesElideWithFullToolTip()
{
    Artifact a = makeArtifact(u"done"_s);
    const QString longValue = QString(u"word "_s).repeated(100).trimmed();
    a.metadata = {{u"long"_s, longValue}};
    m_pane->show();
    m_pane->setArtifact(a);
    auto *table = child<QTableView>(u"metadataTable"_s);
    const QModelIndex value = table->model()->index(0, 1);
    QCOMPARE(value.data().toString(), longValue);
    // The tooltip holds every word, in lines a reader can follow (80 characters at most).
    const QString tip = value.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(u"<br>"_s));
    QString plain = tip;
    plain.remove(QRegularExpression(u"<[^>]*>"_s));
    QCOMPARE(plain.split(u' ', Qt::SkipEmptyParts).size(), 100);
    for (const QString &line : tip.split(u"<br>"_s))
        QVERIFY2(QString(line).remove(QRegularExpression(u"<[^>]*>"_s)).size() <= 80, qPrintable(line));
    QCOMPARE(table->textElideMode(), Qt::ElideRight);
    QVERIFY(!table->wordWrap());
    QVERIFY(table->visualRect(value).width() < table->fontMetrics().horizontalAdvance(longValue));
}

void TestArtifactDetailPane::copyButtonsCopyFullIds_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("keyboard");
    QTest::newRow("artifact id, mouse") << u"copyArtifactIdButton"_s << artifactId << u"artifact id"_s << false;
    QTest::newRow("artifact id, keyboard") << u"copyArtifactIdButton"_s << artifactId << u"artifact id"_s << true;
    QTest::newRow("recording id, mouse") << u"copyRecordingIdButton"_s << recordingId << u"recording id"_s << false;
}

void TestArtifactDetailPane::copyButtonsCopyFullIds()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    QFETCH(QString, what);
    QFETCH(bool, keyboard);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setArtifact(makeArtifact(u"done"_s));
    QGuiApplication::clipboard()->setText(u"something else"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"something else"_s); // the offscreen clipboard works
    QSignalSpy copied(m_pane.get(), &ArtifactDetailPane::copied);
    auto *copy = child<QAbstractButton>(button);
    QVERIFY(copy->isEnabled());
    if (keyboard) {
        copy->setFocus(Qt::TabFocusReason);
        QTest::keyClick(copy, Qt::Key_Space);
    } else {
        QTest::mouseClick(copy, Qt::LeftButton);
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), what);
}

void TestArtifactDetailPane::copyRecordingIdDisabledWithoutId()
{
    Artifact a = makeArtifact(u"done"_s);
    a.recording.id.clear();
    m_pane->setArtifact(a);
    QCOMPARE(text(u"recordingIdLabel"_s), dash);
    QVERIFY(!child<QAbstractButton>(u"copyRecordingIdButton"_s)->isEnabled());
    QVERIFY(child<QAbstractButton>(u"copyArtifactIdButton"_s)->isEnabled());
}

void TestArtifactDetailPane::clearShowsPlaceholder()
{
    m_pane->show();
    auto *placeholder = child<QLabel>(u"placeholderLabel"_s);
    QVERIFY(placeholder->isVisible()); // nothing selected yet
    QCOMPARE(placeholder->text(), u"Select an artifact to see its details"_s);
    m_pane->setArtifact(makeArtifact(u"done"_s));
    QVERIFY(!placeholder->isVisible());
    m_pane->clear();
    QVERIFY(placeholder->isVisible());
    QVERIFY(!m_pane->artifact());
    QVERIFY(!child<QWidget>(u"statusChip"_s)->isVisible());
    QCOMPARE(child<QTableView>(u"metadataTable"_s)->model()->rowCount(), 0);
}

void TestArtifactDetailPane::loadingIndicator()
{
    m_pane->show();
    auto *loading = child<QLabel>(u"loadingLabel"_s);
    QVERIFY(!loading->isVisible());
    m_pane->setLoading(true);
    QVERIFY(m_pane->isLoading());
    QVERIFY(loading->isVisible());
    QVERIFY(loading->text().startsWith(u"Refreshing"_s));
    // A list row's copy: no links and no recording metadata, which says nothing until the
    // retrieved artifact arrives.
    Artifact listCopy = makeArtifact(u"done"_s);
    listCopy.downloads = {};
    listCopy.recording.metadata.reset();
    m_pane->setArtifact(listCopy);
    QVERIFY(loading->isVisible()); // new data does not end a refresh; the main window does
    QCOMPARE(text(u"downloadsParticipants"_s), u"checking\u2026"_s);
    QCOMPARE(text(u"recordingMetadataEmptyLabel"_s), u"loading\u2026"_s);
    m_pane->setArtifact(makeArtifact(u"done"_s));
    QCOMPARE(text(u"downloadsParticipants"_s), u"available"_s);
    m_pane->setLoading(false);
    QVERIFY(!loading->isVisible());
    m_pane->setArtifact(listCopy);
    QCOMPARE(text(u"downloadsParticipants"_s), u"not available"_s);
    QCOMPARE(text(u"recordingMetadataEmptyLabel"_s), u"none"_s);
}

void TestArtifactDetailPane::relativeTimesFollowNow()
{
    m_pane->setArtifact(makeArtifact(u"done"_s));
    QVERIFY(text(u"createdLabel"_s).endsWith(u"(3 h ago)"_s));
    m_pane->setNow(createdAt.addDays(2));
    QCOMPARE(text(u"createdLabel"_s), TimeFormat::localWithRelative(createdAt, createdAt.addDays(2)));
    QVERIFY(text(u"createdLabel"_s).endsWith(u"(2 day(s) ago)"_s)); // no translator: English plurals raw
    m_pane->setNow(QDateTime()); // back to the clock
    QCOMPARE(text(u"createdLabel"_s), TimeFormat::localWithRelative(createdAt, QDateTime::currentDateTimeUtc()));
}

void TestArtifactDetailPane::minuteTimerRunsOnlyWhileVisible()
{
    auto *timer = m_pane->findChild<QTimer *>();
    QVERIFY(timer);
    QVERIFY(!timer->isActive());
    m_pane->show();
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 60 * 1000);
    m_pane->hide();
    QVERIFY(!timer->isActive());
}

void TestArtifactDetailPane::downloadToolTipsShowHostOnly()
{
    m_pane->setArtifact(makeArtifact(u"done"_s));
    const QString tip = child<QLabel>(u"downloadsParticipants"_s)->toolTip();
    QVERIFY(tip.contains(u"recall-downloads.example.net"_s));
    const auto labels = m_pane->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        for (const QString &shown : {label->text(), label->toolTip(), label->accessibleName()}) {
            QVERIFY2(!shown.contains(u"topsecret"_s), qPrintable(label->objectName()));
            QVERIFY2(!shown.contains(u"/artifacts/"_s), qPrintable(label->objectName()));
        }
    }
}

void TestArtifactDetailPane::everyInteractiveChildIsNamed()
{
    m_pane->show();
    m_pane->setArtifact(makeArtifact(u"done"_s));
    QList<QWidget *> interactive;
    const auto widgets = m_pane->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QHeaderView *>(w) || !w->isVisibleTo(m_pane.get()))
            continue; // hidden ones (the table's corner button) cannot be reached
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w))
            interactive.append(w);
    }
    // two copy buttons, two tables, three Copy link buttons, the editor's six buttons, Edit recording metadata
    QCOMPARE(interactive.size(), 14);
    for (const QWidget *w : std::as_const(interactive)) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        bool hasBuddy = false;
        for (const QLabel *label : m_pane->findChildren<QLabel *>())
            hasBuddy = hasBuddy || label->buddy() == w;
        QVERIFY2(!w->toolTip().isEmpty() || hasBuddy, qPrintable(w->objectName()));
    }
    // Named labels carry a name for screen readers too, as in the main window.
    for (const QLabel *label : m_pane->findChildren<QLabel *>()) {
        if (!label->objectName().isEmpty() && !label->objectName().startsWith("qt_"_L1))
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }
}

void TestArtifactDetailPane::tabWalksThroughCopyableParts()
{
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->setArtifact(makeArtifact(u"done"_s));
    child<QWidget>(u"subCodeLabel"_s)->setFocus(Qt::TabFocusReason);
    QStringList visited {QApplication::focusWidget()->objectName()};
    while (visited.size() < 20 && visited.constLast() != u"recordingMetadataTable"_s) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    // The editor's table first, then its enabled buttons (the table took a current row on focus, so
    // Remove is on; Restore needs a removed row, Revert all and Save a change).
    QCOMPARE(visited,
        (QStringList {u"subCodeLabel"_s, u"artifactIdLabel"_s, u"copyArtifactIdButton"_s, u"recordingIdLabel"_s,
            u"copyRecordingIdButton"_s, u"metadataTable"_s, u"addKeyButton"_s, u"removeKeyButton"_s,
            u"textModeButton"_s, u"recordingMetadataTable"_s}));
}

void TestArtifactDetailPane::chipTextIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("code");
    const QStringList codes {u"done"_s, u"processing"_s, u"failed"_s, u"deleted"_s, u"archived"_s};
    for (const QString &code : codes) {
        QTest::addRow("light, %s", qPrintable(code)) << lightPalette() << code;
        QTest::addRow("dark, %s", qPrintable(code)) << darkPalette() << code;
    }
}

void TestArtifactDetailPane::chipTextIsReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, code);
    m_pane->setPalette(palette);
    m_pane->setArtifact(makeArtifact(code));
    QWidget *chip = child<QWidget>(u"statusChip"_s);
    const auto foreground = chip->property("chipForeground").value<QColor>();
    const auto background = chip->property("chipBackground").value<QColor>();
    QVERIFY2(contrast(foreground, background) >= 4.5,
        qPrintable(u"%1 on %2: %3"_s.arg(foreground.name(), background.name()).arg(contrast(foreground, background))));
    // The chip paints exactly StatusColors' style for the palette it inherited from the pane.
    const StatusStyle expected = StatusColors::style(statusKindFromCode(code), code, palette);
    QCOMPARE(foreground, expected.foreground);
    QCOMPARE(background, expected.background);
    // The null marker in the tables stays readable in the same palette.
    Artifact a = makeArtifact(code);
    a.metadata = {{u"gone"_s, std::nullopt}};
    m_pane->setArtifact(a);
    const QStyleOptionViewItem marker = styledCell(child<QTableView>(u"metadataTable"_s), 0, 1);
    QVERIFY(contrast(marker.palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
}

void TestArtifactDetailPane::fitsNarrowWidth()
{
    m_pane->resize(300, 500); // short enough for a vertical scroll bar, which takes width too
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setArtifact(makeArtifact(u"done"_s));
    auto *scroll = m_pane->findChild<QScrollArea *>();
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QCOMPARE(scroll->widget()->width(), scroll->viewport()->width()); // nothing hides behind the scroll bar
    for (const QString &name : {u"artifactIdLabel"_s, u"copyArtifactIdButton"_s, u"downloadsNote"_s}) {
        const QWidget *w = child<QWidget>(name);
        const int left = w->mapTo(scroll->viewport(), QPoint()).x();
        QVERIFY2(left >= 0 && left + w->width() <= scroll->viewport()->width(), qPrintable(name));
    }
    const auto *id = child<QLabel>(u"artifactIdLabel"_s);
    QVERIFY(id->width() >= id->fontMetrics().horizontalAdvance(artifactId)); // on one line, unbroken
}

// PI_SAVE_SCREENSHOTS=1 writes /tmp/detailpane-*.png for looking at the pane with human eyes.
void TestArtifactDetailPane::screenshots()
{
    if (!qEnvironmentVariableIsSet("PI_SAVE_SCREENSHOTS"))
        QSKIP("set PI_SAVE_SCREENSHOTS to write /tmp/detailpane-*.png");
    Artifact a = makeArtifact(u"failed"_s);
    a.status.subCode = u"media_pipeline_error: the bot lost its audio stream"_s;
    a.metadata = {{u"customer"_s, u"Acme Corporation"_s}, {u"ticket"_s, u"SUP-4711"_s}, {u"owner"_s, std::nullopt},
        {u"escalation_contact_email_address"_s, u"ops@example.com"_s}, {u"note"_s, u""_s},
        {u"summary"_s, QString(u"A long free text value. "_s).repeated(8)}};
    const struct
    {
        const char *name;
        QPalette palette;
        int width;
        Artifact artifact;
    } shots[] = {{"light", lightPalette(), 440, a}, {"dark", darkPalette(), 440, a},
        {"light-narrow", lightPalette(), 300, makeArtifact(u"done"_s)},
        {"dark-narrow", darkPalette(), 300, makeArtifact(u"archived"_s)}};
    for (const auto &shot : shots) {
        ArtifactDetailPane pane;
        pane.setPalette(shot.palette);
        pane.setAutoFillBackground(true);
        pane.setNow(now);
        pane.resize(shot.width, shot.width > 300 ? 980 : 640);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setArtifact(shot.artifact);
        pane.setLoading(shot.width > 300);
        QTest::qWait(50);
        QVERIFY(pane.grab().save(u"/tmp/detailpane-%1.png"_s.arg(QLatin1StringView(shot.name))));
    }
    ArtifactDetailPane empty;
    empty.resize(300, 300);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QVERIFY(empty.grab().save(u"/tmp/detailpane-placeholder.png"_s));
}

void TestArtifactDetailPane::unreadableFieldsAreSaid()
{
    Artifact a = makeArtifact(u"done"_s);
    a.metadata.clear();
    a.metadataUnreadable = true;
    a.problems = {u"metadata could not be read: a list, not an object"_s};
    a.replacedUtf8Sequences = 2;
    m_pane->setArtifact(a);
    auto *problems = child<QLabel>(u"fieldProblems"_s);
    QVERIFY(problems->isVisibleTo(m_pane.get()));
    QVERIFY(problems->text().contains(u"a list, not an object"_s));
    QVERIFY(problems->text().contains(u"2 invalid character sequence"_s));
    QCOMPARE(problems->accessibleDescription(), problems->text());
    QVERIFY2(text(u"metadataReadOnlyLabel"_s).contains(u"could not be read"_s),
        qPrintable(text(u"metadataReadOnlyLabel"_s)));
    QVERIFY(!m_pane->editor()->isEditable()); // saving would overwrite what could not be read

    m_pane->setArtifact(makeArtifact(u"done"_s)); // a readable one: no note
    QVERIFY(!problems->isVisibleTo(m_pane.get()));
}

void TestArtifactDetailPane::valuesCopyAndOpenInFull()
{
    Artifact a = makeArtifact(u"done"_s);
    const QString token = QString(u"x"_s).repeated(500); // one unbroken token
    const QString lines = u"first line\nsecond line"_s;
    a.metadata = {{u"a_token"_s, token}, {u"b_lines"_s, lines}, {u"c_null"_s, std::nullopt}};
    m_pane->show();
    m_pane->setArtifact(a);
    auto *table = child<QTableView>(u"metadataTable"_s);
    QVERIFY(table->toolTip().contains(u"Ctrl+C"_s));
    // Even a token without spaces wraps in its tooltip.
    const QString tip = table->model()->index(0, 1).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.count(u"<br>"_s), 6);

    // Ctrl+C copies the value as stored: the newline, not the cell's \u21b5.
    QSignalSpy copied(m_pane.get(), &ArtifactDetailPane::copied);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 1));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), lines);
    QCOMPARE(copied.count(), 1);
    table->setCurrentIndex(table->model()->index(2, 1));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"null"_s);

    // Enter edits the cell; Shift+F2 opens the whole value in a larger editor, where a newline can be typed.
    table->setCurrentIndex(table->model()->index(1, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QCOMPARE(QApplication::focusWidget()->parentWidget(), table->viewport());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_F2, Qt::ShiftModifier);
    QDialog *valueEditor = nullptr;
    QTRY_VERIFY((valueEditor = m_pane->window()->findChild<QDialog *>(u"valueEditor"_s)));
    auto *text = valueEditor->findChild<QPlainTextEdit *>(u"valueEditorText"_s);
    QCOMPARE(text->toPlainText(), lines);
    QVERIFY(!text->accessibleName().isEmpty());
    text->setPlainText(lines + u"\nthird line"_s);
    QVERIFY(valueEditor->findChild<QLabel *>(u"valueEditorCount"_s)->text().contains(u"33 / 500"_s));
    valueEditor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_pane->editor()->model()->edited().value(u"b_lines"_s), MetadataValue(lines + u"\nthird line"_s));
    QCOMPARE(table->model()->index(1, 1).data().toString(), u"first line\u21b5second line\u21b5third line"_s);
}

QTEST_MAIN(TestArtifactDetailPane)
#include "tst_artifactdetailpane.moc"
