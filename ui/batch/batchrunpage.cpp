#include "batchrunpage.h"

#include "batch/batchresultmodel.h"
#include "batchresultfilter.h"
#include "batchtext.h"
#include "noticebar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
using Phase = BatchRunner::Phase;

bool isRunPhase(Phase phase)
{
    return phase == Phase::Running || phase == Phase::Stopped || phase == Phase::Finished;
}
} // namespace

BatchRunPage::BatchRunPage(BatchRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_model(new BatchResultModel(runner, this))
    , m_filter(new BatchResultFilter(this))
    , m_title(new QLabel(this))
    , m_notice(new NoticeBar(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_filterBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"batchRunPage"_s);
    m_filter->setSourceModel(m_model);

    m_title->setObjectName(u"batchPhaseTitle"_s);
    m_title->setAccessibleName(tr("Batch phase"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_notice->setObjectName(u"batchNotice"_s);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setAccessibleName(tr("Batch progress"));
    m_progress->setTextVisible(true);
    // The line under the bar changes four times a second: a fixed name keeps screen readers from
    // reading every count (announce() names the milestones instead).
    m_status->setObjectName(u"batchProgressLine"_s);
    m_status->setAccessibleName(tr("Batch progress"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setToolTip(tr("Requests count the GETs and PATCHes of this batch answered in the last minute; "
                            "time left is estimated from the artifacts settled so far"));

    m_pause = button(tr("&Pause"), u"batchPauseButton"_s, tr("Start no further artifacts; those under way finish"));
    m_cancel = button(tr("&Cancel"), u"batchCancelButton"_s,
        tr("Stop now. A dry run is dropped; a run stops where it is and can be resumed from its journal"));
    m_back = button(tr("&Back to operations"), u"batchBackButton"_s, tr("Change the operations or the artifacts"));
    m_export = button(tr("&Export CSV\u2026"), u"batchExportButton"_s,
        tr("Save the table as a CSV file: each artifact's change, verdict and result"));
    m_review = button(tr("Re&view in editor"), u"batchReviewButton"_s,
        tr("Open the selected conflict in the metadata editor with the operations applied, unsaved, to review "
           "and save by hand"));
    m_run = button(tr("&Run"), u"batchRunButton"_s, QString());
    m_resume = button(tr("&Resume"), u"batchResumeButton"_s,
        tr("Send the changes not sent yet; those already sent are not sent again"));
    m_close = button(tr("C&lose"), u"batchCloseButton"_s, tr("Close this window"));

    m_filterBox->setObjectName(u"batchFilter"_s);
    m_filterBox->setAccessibleName(tr("Show"));
    m_filterBox->setToolTip(tr("Which artifacts the table shows"));
    m_filterBox->addItem(tr("All artifacts"), int(BatchResultFilter::Show::All));
    m_filterBox->addItem(tr("Will change"), int(BatchResultFilter::Show::WillChange));
    m_filterBox->addItem(tr("No change"), int(BatchResultFilter::Show::NoChange));
    m_filterBox->addItem(tr("Problems"), int(BatchResultFilter::Show::Problems));
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setShow(static_cast<BatchResultFilter::Show>(m_filterBox->currentData().toInt())); });
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_filterBox);

    m_table->setObjectName(u"batchTable"_s);
    m_table->setAccessibleName(tr("Artifacts of the batch"));
    m_table->setToolTip(tr("Each artifact with its change (before \u2192 after per key), the dry run's verdict and "
                           "the run's result; Enter on a conflict reviews it in the editor"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true); // a reason runs onto the second line, then ends in …
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Two lines of changes per row (a rename is two); more are in the cell's tooltip.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(BatchResultModel::ChangesColumn, QHeaderView::Stretch);
    // A whole artifact id (a UUID) fits; so does the longest verdict or result word in any language.
    m_table->setColumnWidth(BatchResultModel::ArtifactColumn,
        fontMetrics().horizontalAdvance(u"dddddddd-dddd-dddd-dddd-dddddddddddd"_s) + 16);
    m_table->setColumnWidth(BatchResultModel::VerdictColumn, fontMetrics().averageCharWidth() * 18);
    m_table->setColumnWidth(BatchResultModel::ResultColumn, fontMetrics().averageCharWidth() * 18);
    m_table->setMinimumHeight(fontMetrics().height() * 12);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchRunPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &BatchRunPage::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_review->isVisible() && m_review->isEnabled())
            m_review->click();
    });

    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setAccessibleName(tr("Batch summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_pause);
    progressRow->addWidget(m_cancel);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_status, 1);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_filterBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_export);
    buttons->addWidget(m_review);
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(progressRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    const QList<QWidget *> order {
        m_pause, m_cancel, m_filterBox, m_table, m_back, m_export, m_review, m_run, m_resume, m_close};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_runner)
            return;
        if (m_runner->isPaused())
            m_runner->unpause();
        else
            m_runner->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_runner && !m_runner->run() && m_runner->phase() == Phase::Reviewing)
            m_summary->setText(
                tr("The run did not start: nothing is to be sent, or the journal could not be written."));
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner && !m_detached && m_runner->resume())
            m_notice->dismiss();
    });
    // The journal failed at Run (still Reviewing: Run again) or part-way (Stopped: Resume).
    connect(m_notice, &NoticeBar::actionTriggered, this,
        [this] { (m_runner && m_runner->phase() == Phase::Reviewing ? m_run : m_resume)->click(); });
    connect(m_back, &QPushButton::clicked, this, &BatchRunPage::backRequested);
    connect(m_export, &QPushButton::clicked, this, &BatchRunPage::exportRequested);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const QString id = currentArtifactId(); !id.isEmpty())
            Q_EMIT reviewRequested(id);
    });
    connect(m_close, &QPushButton::clicked, this, &BatchRunPage::closeRequested);

    connect(runner, &BatchRunner::phaseChanged, this, &BatchRunPage::onPhase);
    connect(runner, &BatchRunner::pausedChanged, this, &BatchRunPage::updateButtons);
    connect(runner, &BatchRunner::progressChanged, this, &BatchRunPage::onProgress);
    connect(runner, &BatchRunner::batchReset, this, &BatchRunPage::onPhase);
    connect(runner, &BatchRunner::journalFailed, this, &BatchRunPage::onJournalFailed);
    onPhase();
}

QPushButton *BatchRunPage::button(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    QString plain = text;
    button->setAccessibleName(plain.remove(u'&').remove(u'\u2026'));
    button->setAutoDefault(false); // Enter takes the default chosen for each phase, not the focused button
    return button;
}

QString BatchRunPage::currentArtifactId() const
{
    return m_table->currentIndex().data(BatchResultModel::ArtifactIdRole).toString();
}

void BatchRunPage::setDetached(const QString &why)
{
    m_detached = true;
    m_notice->showNotice(why);
    updateButtons();
}

void BatchRunPage::onPhase()
{
    if (!m_runner)
        return;
    const Phase phase = m_runner->phase();
    m_table->setColumnHidden(BatchResultModel::ResultColumn, !isRunPhase(phase));
    QString title;
    switch (phase) {
    case Phase::Idle:
        break;
    case Phase::DryRun:
        title = tr("Dry run: fetching each artifact and applying the operations; nothing is sent");
        break;
    case Phase::Reviewing:
        title = tr("Dry run complete: check what will change, then Run");
        break;
    case Phase::Running:
        title = tr("Sending the changes");
        break;
    case Phase::Stopped:
        title = tr("Stopped: Resume sends the changes not sent yet");
        break;
    case Phase::Finished:
        title = tr("Batch edit finished");
        break;
    }
    m_title->setText(title);
    m_percent = -1;
    m_quarter = -1;
    onProgress();
    updateButtons();
    if (phase == Phase::Reviewing)
        (m_run->isEnabled() ? m_run : m_back)->setFocus(Qt::OtherFocusReason);
    else if (phase == Phase::Stopped && m_resume->isEnabled())
        m_resume->setFocus(Qt::OtherFocusReason);
    else if (phase == Phase::Finished)
        m_close->setFocus(Qt::OtherFocusReason);
    else if (phase == Phase::DryRun || phase == Phase::Running)
        m_pause->setFocus(Qt::OtherFocusReason);
    if (phase != Phase::Idle)
        announce(m_summary->text().isEmpty() ? title : title + u". "_s + m_summary->text());
}

void BatchRunPage::onProgress()
{
    if (!m_runner)
        return;
    const Phase phase = m_runner->phase();
    const BatchRunner::Progress progress = m_runner->progress();
    const bool running = phase == Phase::DryRun || phase == Phase::Running;
    const int total = std::max(progress.total, 1);
    m_progress->setRange(0, total);
    m_progress->setFormat(tr("%1 of %2").arg(progress.done).arg(progress.total));
    // Whole percents only: each value change is an accessibility event.
    const int percent = int(qint64(progress.done) * 100 / total);
    if (percent != m_percent || !running) {
        m_percent = percent;
        m_progress->setValue(std::min(progress.done, total));
    }
    const QString counted = phase == Phase::DryRun ? tr("fetched") : tr("settled");
    QString line = BatchText::progressLine(progress, counted, QDateTime::currentDateTime());
    if (m_runner->isPaused())
        line = tr("Paused: %n artifact(s) still under way", nullptr, progress.inFlight) + u" \u00b7 "_s + line;
    m_status->setText(running || phase == Phase::Stopped ? line : QString());
    const Batch &batch = m_runner->batch();
    if (phase == Phase::DryRun || phase == Phase::Reviewing)
        m_summary->setText(BatchText::dryRunSummary(batch));
    else if (isRunPhase(phase))
        m_summary->setText(BatchText::runSummary(batch));
    else
        m_summary->clear();
    if (running && progress.total > 0) {
        if (const int quarter = percent / 25; quarter != m_quarter) {
            if (m_quarter >= 0)
                announce(tr("%1 % done").arg(quarter * 25));
            m_quarter = quarter;
        }
    }
    if (phase == Phase::Reviewing)
        updateButtons();
}

void BatchRunPage::onJournalFailed(const QString &why)
{
    m_notice->showNotice(tr("The journal could not be written, so the run stopped before sending anything it could "
                            "not record: %1. Make room or fix the folder, then resume.")
                             .arg(why),
        m_runner && m_runner->phase() == Phase::Reviewing ? tr("&Run") : tr("&Resume"),
        m_runner && m_runner->phase() == Phase::Reviewing ? m_run->toolTip() : m_resume->toolTip());
    m_notice->setAccessibleName(m_notice->text());
    announce(m_notice->text());
    updateButtons();
}

void BatchRunPage::updateButtons()
{
    const Phase phase = m_runner ? m_runner->phase() : Phase::Idle;
    const bool running = phase == Phase::DryRun || phase == Phase::Running;
    const bool paused = m_runner && m_runner->isPaused();
    m_pause->setVisible(running);
    m_pause->setEnabled(!m_detached);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(
        paused ? tr("Start the remaining artifacts again") : tr("Start no further artifacts; those under way finish"));
    m_cancel->setVisible(running);
    m_back->setVisible(phase == Phase::Reviewing || phase == Phase::Stopped || phase == Phase::Finished);
    m_back->setText(phase == Phase::Reviewing ? tr("&Back to operations") : tr("&New batch\u2026"));
    m_back->setAccessibleName(phase == Phase::Reviewing ? tr("Back to operations") : tr("New batch"));
    const int toSend = m_runner ? m_runner->batch().toSend() : 0;
    m_run->setVisible(phase == Phase::Reviewing);
    m_run->setEnabled(toSend > 0 && !m_detached);
    m_run->setText(tr("&Run: send %n change(s)", nullptr, toSend));
    m_run->setAccessibleName(tr("Run: send %n change(s)", nullptr, toSend));
    m_run->setToolTip(toSend > 0 ? tr("Send each change: a fresh GET right before each PATCH, so that an artifact "
                                      "changed since the dry run is a conflict, never overwritten")
                                 : tr("Nothing to send: no artifact would change"));
    m_resume->setVisible(phase == Phase::Stopped);
    m_resume->setEnabled(!m_detached);
    m_export->setVisible(phase != Phase::Idle && phase != Phase::DryRun);
    m_export->setEnabled(m_runner && !m_runner->batch().items.isEmpty());
    const auto state
        = static_cast<BatchItem::RunState>(m_table->currentIndex().data(BatchResultModel::StateRole).toInt());
    m_review->setVisible(isRunPhase(phase));
    m_review->setEnabled(!m_detached && m_table->currentIndex().isValid() && state == BatchItem::RunState::Conflict);
    // Enter does what the phase is for: run once checked, resume when stopped, close when done.
    m_run->setDefault(phase == Phase::Reviewing && m_run->isEnabled());
    m_resume->setDefault(phase == Phase::Stopped && m_resume->isEnabled());
    m_close->setDefault(phase == Phase::Finished || (m_detached && !running));
}

void BatchRunPage::announce(const QString &text)
{
    // A name change is what screen readers speak; the progress line's name is only changed here.
    m_status->setAccessibleName(text);
}
