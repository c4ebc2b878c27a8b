#include "savepreviewdialog.h"

#include "conflictview.h"
#include "edit/requestpreview.h"
#include "requesttext.h"
#include "valuetext.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum DiffColumn { DiffKey, DiffBefore, DiffAfter, DiffChange, DiffColumnCount };

QTableWidget *readOnlyTable(const QStringList &headings, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QTableWidgetItem *valueItem(const std::optional<MetadataValue> &value)
{
    const ValueText::Shown shown = ValueText::show(value);
    QTableWidgetItem *item = textItem(shown.text, shown.toolTip);
    item->setFont(ValueText::fontFor(shown, item->font()));
    return item;
}
} // namespace

SavePreviewDialog::SavePreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"savePreviewDialog"_s);
    setWindowTitle(tr("Review the Save"));
    buildUi();
    refresh();
}

SavePreviewDialog::~SavePreviewDialog() = default;

void SavePreviewDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"previewIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_conflicts = new ConflictView(this);
    m_conflictBox = new QGroupBox(tr("Conflicts"), this);
    m_conflictBox->setObjectName(u"conflictBox"_s);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addWidget(m_conflicts);
    connect(m_conflicts, &ConflictView::choicesChanged, this, &SavePreviewDialog::refresh);

    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingNote"_s);
    m_pending->setWordWrap(true);
    m_pending->setAlignment(Qt::AlignCenter);
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setText(tr("Choose a value for every conflicting key above to see the request that will be sent."));

    // The changes tab: what the server holds before and after.
    m_diffNote = new QLabel(this);
    m_diffNote->setObjectName(u"diffNote"_s);
    m_diffNote->setWordWrap(true);
    m_diffNote->setTextFormat(Qt::PlainText);
    m_diffTable = readOnlyTable({tr("Key"), tr("On the server now"), tr("After sending"), tr("Change")}, this);
    m_diffTable->setObjectName(u"diffTable"_s);
    m_diffTable->setAccessibleName(tr("Changes on the server"));
    m_diffTable->setToolTip(tr("Every key this save adds, changes or removes on the server"));
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffKey, QHeaderView::ResizeToContents);
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffBefore, QHeaderView::Stretch);
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffAfter, QHeaderView::Stretch);
    m_diffTable->horizontalHeader()->setSectionResizeMode(DiffChange, QHeaderView::ResizeToContents);
    auto *changesPage = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addWidget(m_diffNote);
    changesLayout->addWidget(m_diffTable, 1);

    // The request tab: exactly what goes over the wire, the key hidden.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_requestLine = new QLabel(this);
    m_requestLine->setObjectName(u"requestLine"_s);
    m_requestLine->setFont(mono);
    m_requestLine->setTextFormat(Qt::PlainText);
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setWordWrap(true);
    m_headerTable = readOnlyTable({tr("Header"), tr("Value")}, this);
    m_headerTable->setObjectName(u"headerTable"_s);
    m_headerTable->setAccessibleName(tr("Request headers"));
    m_headerTable->setToolTip(tr("The headers sent with the request; the API key is hidden"));
    m_headerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headerTable->horizontalHeader()->setStretchLastSection(true);
    m_headerTable->setFont(mono);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"requestBody"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setToolTip(tr("The JSON body sent, indented for reading; values exactly as sent"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_body->setFont(mono);
    auto *requestPage = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPage);
    requestLayout->addWidget(m_requestLine);
    requestLayout->addWidget(m_headerTable);
    requestLayout->addWidget(m_body, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"previewTabs"_s);
    m_tabs->setAccessibleName(tr("Preview"));
    m_tabs->setToolTip(tr("What changes on the server, and the request that does it (Ctrl+Tab switches)"));
    m_tabs->addTab(changesPage, tr("C&hanges"));
    m_tabs->addTab(requestPage, tr("&Request"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"previewStack"_s);
    m_stack->addWidget(m_pending);
    m_stack->addWidget(m_tabs);

    m_skip = new QCheckBox(tr("&Don't show this preview before saving"), this);
    m_skip->setObjectName(u"skipPreviewCheck"_s);
    m_skip->setAccessibleName(tr("Don't show this preview before saving"));
    m_skip->setToolTip(tr("Save without this preview from now on; it still opens when a conflict needs a choice"));

    m_copied = new QLabel(this);
    m_copied->setObjectName(u"copiedNote"_s);
    m_copied->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"previewButtons"_s);
    m_send = m_buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setText(tr("&Send"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close without saving; your edits stay (Esc)"));
    cancel->setAutoDefault(false);
    m_copyCurl = m_buttons->addButton(tr("Copy as c&url"), QDialogButtonBox::ActionRole);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setAccessibleName(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("Copy a curl command for this request; it reads the key from $RECALL_API_KEY"));
    m_copyCurl->setAutoDefault(false);
    connect(m_copyCurl, &QPushButton::clicked, this, &SavePreviewDialog::copyCurl);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSend())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_skip);
    bottom->addStretch();
    bottom->addWidget(m_copied);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_conflictBox);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_buttons);
    resize(760, 640);
}

void SavePreviewDialog::setSave(const Metadata &live, const MetadataMerge::Result &merge, RequestFor requestFor)
{
    m_live = live;
    m_requestFor = std::move(requestFor);
    m_conflicts->setMerge(merge); // refreshes through choicesChanged
    m_conflictBox->setVisible(hasConflicts());
    m_intro->setText(hasConflicts()
            ? tr("Someone changed the server's map since you loaded it. Resolve each conflict, check the changes, "
                 "then send.")
            : tr("Saving sends the complete map. Check what changes on the server, then send."));
    m_tabs->setCurrentIndex(0);
    if (hasConflicts())
        m_conflicts->setFocus();
    else
        m_send->setFocus();
}

bool SavePreviewDialog::hasConflicts() const
{
    return m_conflicts->conflictCount() > 0;
}

bool SavePreviewDialog::canSend() const
{
    return m_conflicts->isComplete() && m_requestFor != nullptr;
}

QList<MetadataMerge::Side> SavePreviewDialog::choices() const
{
    return m_conflicts->choices();
}

std::optional<Metadata> SavePreviewDialog::metadataToSend() const
{
    return m_requestFor ? m_conflicts->resolved() : std::nullopt;
}

QString SavePreviewDialog::curlCommand() const
{
    return canSend() ? RequestText::curlCommand(m_request) : QString();
}

bool SavePreviewDialog::skipPreviewNextTime() const
{
    return m_skip->isChecked();
}

void SavePreviewDialog::setSkipPreviewNextTime(bool skip)
{
    m_skip->setChecked(skip);
}

void SavePreviewDialog::refresh()
{
    const std::optional<Metadata> toSend = metadataToSend();
    m_copied->clear();
    if (!toSend) {
        m_request = {};
        m_diff.clear();
        m_stack->setCurrentWidget(m_pending);
        const qsizetype open = m_conflicts->unresolvedCount();
        m_send->setEnabled(false);
        m_send->setToolTip(m_requestFor
                ? tr("Choose mine or theirs for every conflicting key first (left to choose: %1)").arg(open)
                : tr("Nothing to send yet"));
        m_copyCurl->setEnabled(false);
        return;
    }
    m_diff = MetadataDiff::diff(m_live, *toSend);
    showRequest(m_requestFor(*toSend));
    showDiff();
    m_stack->setCurrentWidget(m_tabs);
    m_send->setEnabled(true);
    m_send->setToolTip(tr("Send this request and save the map (Enter)"));
    m_copyCurl->setEnabled(true);
    if (hasConflicts())
        Q_EMIT choicesMade(m_conflicts->choices());
}

void SavePreviewDialog::showRequest(const ApiRequest &request)
{
    // Whatever requestFor returned, nothing kept or shown here carries the key.
    m_request = RequestPreview::redactedRequest(request);
    const RequestPreview::Shown shown = RequestPreview::redacted(request);
    const QString line = shown.method + u' ' + shown.url;
    m_requestLine->setText(line);
    m_requestLine->setAccessibleName(tr("Request: %1").arg(line));
    m_requestLine->setToolTip(line);

    m_headerTable->setRowCount(int(shown.headers.size()));
    for (int row = 0; row < shown.headers.size(); ++row) {
        const auto &[name, value] = shown.headers.at(row);
        m_headerTable->setItem(row, 0, textItem(name));
        m_headerTable->setItem(row, 1, textItem(value));
    }
    m_headerTable->resizeRowsToContents();
    // Every header in view without scrolling (there are five or six); the body takes the rest.
    int height = m_headerTable->horizontalHeader()->sizeHint().height() + 2 * m_headerTable->frameWidth();
    for (int row = 0; row < m_headerTable->rowCount() && row < 8; ++row)
        height += m_headerTable->rowHeight(row);
    m_headerTable->setFixedHeight(height);
    m_body->setPlainText(shown.body);
}

void SavePreviewDialog::showDiff()
{
    m_diffTable->setRowCount(int(m_diff.size()));
    qsizetype added = 0;
    qsizetype changed = 0;
    qsizetype removed = 0;
    for (int row = 0; row < m_diff.size(); ++row) {
        const MetadataDiff::DiffRow &d = m_diff.at(row);
        const ValueText::Shown key = ValueText::show(MetadataValue(d.key));
        m_diffTable->setItem(row, DiffKey, textItem(d.key.isEmpty() ? tr("(empty key)") : key.text, key.toolTip));
        m_diffTable->setItem(row, DiffBefore, valueItem(d.before));
        m_diffTable->setItem(row, DiffAfter, valueItem(d.after));
        m_diffTable->setItem(row, DiffChange, textItem(MetadataDiff::kindText(d.kind)));
        added += d.kind == MetadataDiff::DiffRow::Kind::Added;
        changed += d.kind == MetadataDiff::DiffRow::Kind::Changed;
        removed += d.kind == MetadataDiff::DiffRow::Kind::Removed;
    }
    m_diffTable->setVisible(!m_diff.isEmpty());
    m_diffNote->setText(m_diff.isEmpty()
            ? tr("Nothing changes: the map to send equals the map on the server now.")
            : tr("On the server: %1 added, %2 changed, %3 removed.").arg(added).arg(changed).arg(removed));
    m_tabs->setTabText(0, m_diff.isEmpty() ? tr("C&hanges") : tr("C&hanges (%1)").arg(m_diff.size()));
}

void SavePreviewDialog::copyCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    m_copied->setText(tr("Copied; set RECALL_API_KEY before running it."));
}
