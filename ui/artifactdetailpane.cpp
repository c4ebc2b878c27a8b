#include "artifactdetailpane.h"

#include "core/timeformat.h"
#include "detailfields.h"
#include "domain/metadatajson.h"
#include "downloadsgroup.h"
#include "edit/metadataeditmodel.h"
#include "edit/metadataeditor.h"
#include "maptable.h"
#include "models/metadatatablemodel.h"
#include "noticebar.h"
#include "statuscolors.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace DetailFields;

namespace {

constexpr int maxTableRows = 8; // longer maps scroll inside their table instead of stretching the pane
constexpr int keyColumnMaxWidth = 140; // leaves the value column room at the pane's narrowest

QString dash()
{
    return u"\u2014"_s;
}

void fitHeight(QTableView *view)
{
    const int rows = std::clamp(view->model()->rowCount(), 1, maxTableRows);
    view->setFixedHeight(2 * view->frameWidth() + view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize());
}

// Null and empty cells read as secondary (italic, a colour between Text and Base); JSON values are
// monospace so that 42 never passes for the text "42". Styled at paint time from the view's palette,
// so switching themes needs nothing else.
class MetadataDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using Kind = MetadataTableModel::ValueKind;
        const auto kind = static_cast<Kind>(index.data(MetadataTableModel::ValueKindRole).toInt());
        if (kind == Kind::Json) {
            option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        } else if (kind == Kind::Null || kind == Kind::Empty) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, StatusColors::secondaryText(option->palette));
        } else {
            return;
        }
        option->fontMetrics = QFontMetrics(option->font);
    }
};

} // namespace

// The status as a chip, drawn like the list's StatusDelegate: StatusColors' palette-derived colours,
// its icon and the code's text. A QLabel so that text() and accessibility work as usual.
class StatusChip : public QLabel
{
    Q_OBJECT
    Q_PROPERTY(QColor chipBackground READ chipBackground)
    Q_PROPERTY(QColor chipForeground READ chipForeground)
public:
    explicit StatusChip(QWidget *parent)
        : QLabel(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    void setStatus(StatusKind kind, const QString &code)
    {
        m_kind = kind;
        m_code = code;
        setText(chipStyle().label);
        updateGeometry();
    }
    QColor chipBackground() const { return chipStyle().background; }
    QColor chipForeground() const { return chipStyle().foreground; }
    QSize sizeHint() const override { return StatusColors::chipSize(chipStyle(), fontMetrics()); }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        StatusColors::paintChip(&painter, rect(), chipStyle(), fontMetrics());
    }

private:
    StatusStyle chipStyle() const { return StatusColors::style(m_kind, m_code, palette()); }

    StatusKind m_kind = StatusKind::Unknown;
    QString m_code;
};

ArtifactDetailPane::ArtifactDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_notice(new NoticeBar(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select an artifact to see its details"), this))
    , m_loadingLabel(new QLabel(tr("Refreshing\u2026"), this))
    , m_minuteTimer(new QTimer(this))
{
    m_placeholder->setObjectName(u"placeholderLabel"_s);
    m_placeholder->setAccessibleName(m_placeholder->text());
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);

    m_loadingLabel->setObjectName(u"loadingLabel"_s);
    m_loadingLabel->setAccessibleName(tr("Refreshing the artifact"));
    m_loadingLabel->setToolTip(tr("Retrieving the latest version of this artifact"));
    m_loadingLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_loadingLabel->setContentsMargins(0, 2, 8, 0);
    QFont small = m_loadingLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    small.setItalic(true);
    m_loadingLabel->setFont(small);
    // Keeps its line while hidden so that the details do not jump whenever a refresh starts or ends.
    QSizePolicy policy = m_loadingLabel->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_loadingLabel->setSizePolicy(policy);
    m_loadingLabel->hide();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"detailScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Everything inside reflows (wrapping labels, wrapping form rows, eliding tables), so the content
    // always takes the viewport's width. QScrollArea alone would keep it as wide as before a vertical
    // scroll bar appeared and add a needless horizontal one (eventFilter pins the width).
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    setMinimumWidth(300); // narrower, a UUID no longer fits its line beside a vertical scroll bar
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    // What the server sent but the app could not read; the rest is shown as far as it was readable.
    m_problems = new QLabel(content);
    m_problems->setObjectName(u"fieldProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setAccessibleName(tr("Fields that could not be read"));
    m_problems->setFrameShape(QFrame::StyledPanel);
    m_problems->setMargin(6);
    m_problems->hide();
    contentLayout->addWidget(m_problems);
    contentLayout->addWidget(createStatusGroup());
    contentLayout->addWidget(createIdentityGroup());
    auto *metadataGroup = m_metadataGroup = new QGroupBox(tr("Metadata"), this);
    m_editor = new MetadataEditor(metadataGroup);
    connect(m_editor, &MetadataEditor::copied, this, &ArtifactDetailPane::copied);
    auto *back = new QPushButton(tr("Back to the artifact's metadata"), metadataGroup);
    back->setObjectName(u"backToArtifactMetadataButton"_s);
    back->setAccessibleName(tr("Edit the artifact's metadata again"));
    back->setToolTip(tr("Leave the recording's metadata and edit the artifact's own again"));
    connect(back, &QPushButton::clicked, this, [this] { Q_EMIT editTargetRequested(EditTarget::Artifact); });
    m_backToArtifact = back;
    auto *metadataLayout = new QVBoxLayout(metadataGroup);
    metadataLayout->addWidget(back, 0, Qt::AlignLeft);
    metadataLayout->addWidget(m_editor);
    contentLayout->addWidget(metadataGroup);
    m_recordingModel = new MetadataTableModel(this);
    QGroupBox *recordingGroup
        = createMapGroup(tr("Recording metadata"), m_recordingModel, &m_recordingTable, &m_recordingEmpty);
    auto *editRecording = new QPushButton(tr("Edit recording metadata"), recordingGroup);
    editRecording->setObjectName(u"editRecordingButton"_s);
    editRecording->setAccessibleName(tr("Edit the recording's metadata"));
    editRecording->setToolTip(tr("Open the parent recording's metadata in the editor above; it is shared by "
                                 "every artifact of the recording, and values that are not text are edited as JSON"));
    connect(editRecording, &QPushButton::clicked, this, [this] { Q_EMIT editTargetRequested(EditTarget::Recording); });
    m_editRecording = editRecording;
    static_cast<QVBoxLayout *>(recordingGroup->layout())->addWidget(editRecording, 0, Qt::AlignLeft);
    contentLayout->addWidget(recordingGroup);
    m_downloads = new DownloadsGroup(content);
    connect(m_downloads, &DownloadsGroup::copied, this, &ArtifactDetailPane::copied);
    contentLayout->addWidget(m_downloads);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    nameTables();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(m_stack, 1);
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        if (m_artifact)
            Q_EMIT removeRequested(m_artifact->id);
    });

    // Tab walks what can be copied or read further, top to bottom.
    QWidget *const order[] = {m_subCode, m_artifactId, m_copyArtifactId, m_recordingId, m_copyRecordingId,
        m_editor->table(), m_editor->lastInTabOrder(), m_recordingTable};
    for (size_t i = 1; i < std::size(order); ++i) {
        if (order[i - 1] != m_editor->table()) // the editor orders its own widgets
            QWidget::setTabOrder(order[i - 1], order[i]);
    }

    m_minuteTimer->setInterval(std::chrono::minutes(1));
    connect(m_minuteTimer, &QTimer::timeout, this, &ArtifactDetailPane::refreshTimes);
    clear();
}

ArtifactDetailPane::~ArtifactDetailPane() = default;

QGroupBox *ArtifactDetailPane::createStatusGroup()
{
    auto *group = new QGroupBox(tr("Status"), this);
    m_chip = new StatusChip(group);
    m_chip->setObjectName(u"statusChip"_s);
    m_subCode = createValueLabel(u"subCodeLabel"_s, group, true);
    m_statusUpdated = createValueLabel(u"statusUpdatedLabel"_s, group);
    QFormLayout *form = createForm(group);
    form->addRow(tr("Status:"), m_chip);
    form->addRow(tr("Sub code:"), m_subCode);
    form->addRow(tr("Updated:"), m_statusUpdated);
    return group;
}

QGroupBox *ArtifactDetailPane::createIdentityGroup()
{
    auto *group = new QGroupBox(tr("Artifact"), this);
    QFormLayout *form = createForm(group);
    // Each id gets a line of its own under its caption and copy button: a UUID in a monospace font
    // plus a button does not fit one line of a 300 px pane, and ids break badly when wrapped.
    const auto addIdRows = [group, form](const QString &caption, QLabel *label, QAbstractButton *button) {
        auto *captionLabel = new QLabel(caption, group);
        captionLabel->setBuddy(label);
        auto *header = new QHBoxLayout;
        header->addWidget(captionLabel, 1);
        header->addWidget(button);
        form->addRow(header);
        // Monospace glyphs run wide: at 90 % of the text size a UUID still fits that line.
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(label->font().pointSizeF() * 0.9);
        label->setFont(mono);
        form->addRow(label);
    };
    m_artifactId = createValueLabel(u"artifactIdLabel"_s, group, true);
    m_copyArtifactId = createCopyButton(
        u"copyArtifactIdButton"_s, tr("Copy artifact id"), tr("Copy the full artifact id to the clipboard"));
    connect(m_copyArtifactId, &QAbstractButton::clicked, this,
        [this] { copyToClipboard(m_artifact ? m_artifact->id : QString(), tr("artifact id")); });
    m_recordingId = createValueLabel(u"recordingIdLabel"_s, group, true);
    m_copyRecordingId = createCopyButton(
        u"copyRecordingIdButton"_s, tr("Copy recording id"), tr("Copy the full recording id to the clipboard"));
    connect(m_copyRecordingId, &QAbstractButton::clicked, this,
        [this] { copyToClipboard(m_artifact ? m_artifact->recording.id : QString(), tr("recording id")); });
    m_created = createValueLabel(u"createdLabel"_s, group);

    addIdRows(tr("Artifact id:"), m_artifactId, m_copyArtifactId);
    addIdRows(tr("Recording id:"), m_recordingId, m_copyRecordingId);
    form->addRow(tr("Created:"), m_created);
    return group;
}

QGroupBox *ArtifactDetailPane::createMapGroup(
    const QString &title, MetadataTableModel *model, QTableView **table, QLabel **empty)
{
    auto *group = new QGroupBox(title, this);
    auto *view = new MapTable(group);
    view->setModel(model);
    view->setItemDelegate(new MetadataDelegate(view));
    view->horizontalHeader()->setMaximumSectionSize(keyColumnMaxWidth);
    connect(view, &MapTable::copied, this, &ArtifactDetailPane::copied);
    *table = view;
    *empty = createValueLabel({}, group);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(view);
    layout->addWidget(*empty);
    return group;
}

void ArtifactDetailPane::nameTables()
{
    m_recordingTable->setObjectName(u"recordingMetadataTable"_s);
    m_recordingTable->setAccessibleName(tr("Recording metadata"));
    m_recordingTable->setToolTip(tr("The parent recording's metadata as the server has it; values that are not "
                                    "text are shown as JSON. Ctrl+C copies the cell, Enter shows the whole value. "
                                    "“Edit recording metadata” opens it in the editor"));
    m_recordingEmpty->setObjectName(u"recordingMetadataEmptyLabel"_s);
}

QAbstractButton *ArtifactDetailPane::createCopyButton(
    const QString &objectName, const QString &accessibleName, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    button->setText(tr("Copy"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    return button;
}

void ArtifactDetailPane::setArtifact(const Artifact &artifact)
{
    const bool sameArtifact = m_artifact && m_artifact->id == artifact.id;
    if (!sameArtifact) {
        m_notice->dismiss();
        m_missing = false;
        m_editTarget = EditTarget::Artifact; // each artifact opens on its own metadata
    }
    m_artifact = artifact;
    refresh();
    // A refresh of the same artifact keeps the reader's place; another artifact starts at the top.
    if (!sameArtifact)
        m_scroll->verticalScrollBar()->setValue(0);
    Q_EMIT artifactShown(artifact);
}

void ArtifactDetailPane::clear()
{
    m_notice->dismiss();
    m_missing = false;
    m_artifact.reset();
    refresh();
}

Metadata ArtifactDetailPane::editorSource() const
{
    if (!m_artifact)
        return {};
    if (m_editTarget == EditTarget::Artifact)
        return m_artifact->metadata;
    return MetadataJson::fromObject(m_artifact->recording.metadata.value_or(QJsonObject()));
}

void ArtifactDetailPane::setEditTarget(EditTarget target)
{
    m_editTarget = target;
    m_editor->setMetadata(editorSource());
    updateEditTargetControls();
    updateEditable();
}

void ArtifactDetailPane::updateEditTargetControls()
{
    const bool recording = m_editTarget == EditTarget::Recording;
    m_metadataGroup->setTitle(recording ? tr("Recording metadata (editing)") : tr("Metadata"));
    m_editor->table()->setAccessibleName(recording ? tr("Recording metadata being edited") : tr("Artifact metadata"));
    m_backToArtifact->setVisible(recording);
    m_editRecording->setVisible(!recording);
    m_editRecording->setEnabled(m_artifact && !m_artifact->recording.id.isEmpty() && !m_missing);
}

void ArtifactDetailPane::updateEditable()
{
    if (!m_artifact) {
        m_editor->setEditable(false);
        return;
    }
    if (m_editTarget == EditTarget::Recording) {
        if (m_missing)
            m_editor->setEditable(false,
                tr("Recall does not know this artifact any more, so its recording cannot "
                   "be saved from here."));
        else if (!m_artifact->recording.metadata && m_loading)
            m_editor->setEditable(false, tr("Loading the recording's metadata…"));
        else
            m_editor->setEditable(true);
        return;
    }
    if (m_artifact->metadataUnreadable) {
        m_editor->setEditable(false,
            tr("The server sent metadata that could not be read as a map of keys to values (see the note above); "
               "saving would overwrite what could not be read, so it is read-only here."));
    } else if (m_missing) {
        m_editor->setEditable(false,
            tr("Recall does not know this artifact any more, so its metadata cannot be saved. Your edits stay "
               "here and in the draft until you discard them."));
    } else if (m_artifact->status.kind() == StatusKind::Deleted) {
        m_editor->setEditable(false, tr("The artifact is deleted: its metadata can no longer be changed."));
    } else {
        m_editor->setEditable(true);
    }
}

void ArtifactDetailPane::setMissing(const ApiError &error)
{
    if (!m_artifact)
        return;
    m_missing = true;
    updateEditTargetControls();
    updateEditable();
    m_notice->showNotice(tr("Recall does not know this artifact any more: %1 It was removed for good, or it "
                            "belongs to a workspace in another region. The details below are as last seen.")
                             .arg(error.message),
        tr("&Remove from list"), tr("Remove this artifact's row from the list (nothing is deleted on the server)"));
}

void ArtifactDetailPane::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    refreshTimes();
}

void ArtifactDetailPane::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingLabel->setVisible(loading);
    if (m_artifact)
        updateEditable(); // the recording's map may be what was being waited for
    if (m_artifact) {
        fillRecordingMetadata();
        m_downloads->setArtifact(*m_artifact, m_loading);
    }
}

void ArtifactDetailPane::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(what);
}

QDateTime ArtifactDetailPane::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

bool ArtifactDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_scroll->widget())
        m_scroll->widget()->setMaximumWidth(m_scroll->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

void ArtifactDetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTimes(); // "3 min ago" went stale while hidden
    m_minuteTimer->start();
}

void ArtifactDetailPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_minuteTimer->stop();
}

void ArtifactDetailPane::refresh()
{
    if (!m_artifact) {
        m_editor->setMetadata({});
        m_editor->setEditable(false);
        m_editorArtifactId.clear();
        m_recordingModel->clear();
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const Artifact &a = *m_artifact;
    m_chip->setStatus(a.status.kind(), a.status.code);
    m_chip->setAccessibleName(tr("Status: %1").arg(m_chip->text()));
    m_chip->setToolTip(a.status.kind() == StatusKind::Unknown
            ? tr("A status this version does not know yet, shown as the server sent it")
            : QString());
    const QString subCode = !a.status.subCode ? dash()
        : a.status.subCode->isEmpty()         ? tr("(empty)")
                                              : *a.status.subCode;
    setField(m_subCode, tr("Sub code"), subCode, tr("Recall's free-text reason, mostly sent when processing failed"));
    setField(m_artifactId, tr("Artifact id"), a.id.isEmpty() ? dash() : a.id);
    setField(m_recordingId, tr("Recording id"), a.recording.id.isEmpty() ? dash() : a.recording.id,
        a.recording.id.isEmpty() ? tr("The server sent no recording id") : QString());
    m_copyArtifactId->setEnabled(!a.id.isEmpty());
    m_copyRecordingId->setEnabled(!a.recording.id.isEmpty());
    refreshTimes();

    QStringList problems = a.problems;
    if (a.replacedUtf8Sequences > 0) {
        problems.append(tr("%n invalid character sequence(s) shown as \uFFFD", nullptr, a.replacedUtf8Sequences));
    }
    const QString problemText = problems.isEmpty()
        ? QString()
        : tr("Shown as far as it could be read:") + u"\n\u2022 "_s + problems.join(u"\n\u2022 "_s);
    m_problems->setText(problemText);
    m_problems->setAccessibleDescription(problemText);
    m_problems->setVisible(!problemText.isEmpty());

    // A newer copy of the artifact being edited keeps the edits, and what is being typed into a cell or
    // the text: they merge with the live map on save.
    if (m_editorArtifactId != a.id || (!m_editor->model()->isModified() && !m_editor->hasPendingInput()))
        m_editor->setMetadata(editorSource());
    m_editorArtifactId = a.id;
    updateEditTargetControls();
    updateEditable();
    fillRecordingMetadata();
    m_downloads->setArtifact(*m_artifact, m_loading);
    m_stack->setCurrentWidget(m_scroll);
}

void ArtifactDetailPane::refreshTimes()
{
    if (!m_artifact)
        return;
    const QDateTime current = now();
    const auto show = [&current](QLabel *label, const QString &field, const QDateTime &time) {
        if (time.isValid())
            setField(
                label, field, TimeFormat::localWithRelative(time, current), tr("%1 UTC").arg(TimeFormat::utc(time)));
        else
            setField(label, field, dash(), tr("The server sent no readable time"));
    };
    show(m_created, tr("Created"), m_artifact->createdAt);
    show(m_statusUpdated, tr("Status updated"), m_artifact->status.updatedAt);
}

void ArtifactDetailPane::fillRecordingMetadata()
{
    const std::optional<QJsonObject> &metadata = m_artifact->recording.metadata;
    m_recordingModel->setJson(metadata.value_or(QJsonObject()));
    const bool empty = !metadata || metadata->isEmpty();
    m_recordingTable->setVisible(!empty);
    m_recordingEmpty->setVisible(empty);
    fitHeight(m_recordingTable);
    // Copies of list rows carry no recording metadata: while the full artifact is on its way, its
    // absence says nothing yet.
    if (!metadata && m_loading)
        setField(m_recordingEmpty, tr("Recording metadata"), tr("loading\u2026"));
    else if (!metadata)
        setField(m_recordingEmpty, tr("Recording metadata"), tr("none"), tr("The recording's metadata is null"));
    else
        setField(m_recordingEmpty, tr("Recording metadata"), tr("none (empty)"), tr("An empty object"));
}

#include "artifactdetailpane.moc"
