#include "batchdialog.h"

#include "batch/batchcsv.h"
#include "batch/batchrunner.h"
#include "batchoperationrow.h"
#include "batchoperationseditor.h"
#include "batchrunpage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr auto exportFolderSetting = "batch/exportFolder"_L1;
using Phase = BatchRunner::Phase;
} // namespace

BatchDialog::BatchDialog(RecallClient *client, BatchJournal *journal, HistoryStore *history,
    const QString &connectionKey, const QString &connectionLabel, QWidget *parent)
    : QDialog(parent)
    , m_runner(new BatchRunner(client, journal, this))
    , m_connectionKey(connectionKey)
    , m_connectionLabel(connectionLabel)
    , m_pages(new QStackedWidget(this))
    , m_exportNote(new QLabel(this))
{
    setObjectName(u"batchDialog"_s);
    setWindowTitle(tr("Batch edit \u2014 %1").arg(connectionLabel));
    setModal(false);
    m_runner->setConnectionName(connectionKey);
    m_runner->setHistoryStore(history);

    m_operationsPage = createOperationsPage();
    m_runPage = new BatchRunPage(m_runner, this);
    m_pages->addWidget(m_operationsPage);
    m_pages->addWidget(m_runPage);
    m_exportNote->setObjectName(u"batchExportNote"_s);
    m_exportNote->setTextFormat(Qt::PlainText);
    m_exportNote->setWordWrap(true);
    m_exportNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_exportNote);

    connect(m_runPage, &BatchRunPage::backRequested, this, &BatchDialog::showOperationsPage);
    connect(m_runPage, &BatchRunPage::closeRequested, this, &BatchDialog::reject);
    connect(m_runPage, &BatchRunPage::exportRequested, this, &BatchDialog::chooseExportFile);
    connect(m_runPage, &BatchRunPage::reviewRequested, this,
        [this](const QString &id) { Q_EMIT reviewRequested(id, m_runner->batch().operations); });
    connect(m_runner, &BatchRunner::phaseChanged, this, [this](Phase phase) {
        // A dry run cancelled goes back to the operations; anything else is the run page's.
        if (phase == Phase::Idle)
            showOperationsPage();
        else
            showRunPage();
        m_exportNote->hide();
    });
    resize(980, 640);
    showOperationsPage();
}

BatchDialog::~BatchDialog()
{
    // The runner is a child: nothing it says while going may reach a half-destroyed window.
    m_runner->disconnect(this);
}

QWidget *BatchDialog::createOperationsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"batchOperationsPage"_s);
    auto *intro = new QLabel(tr("Describe the changes, in order. The dry run fetches every artifact and shows what "
                                "would change; nothing is sent until you press Run."),
        page);
    intro->setWordWrap(true);
    m_editor = new BatchOperationsEditor(page);

    auto *scopeBox = new QGroupBox(tr("Artifacts"), page);
    scopeBox->setObjectName(u"batchScope"_s);
    m_selectionScope = new QRadioButton(scopeBox);
    m_selectionScope->setObjectName(u"batchScopeSelection"_s);
    m_selectionScope->setToolTip(tr("The rows selected in the list (Ctrl+click or Shift+click to select several)"));
    m_shownScope = new QRadioButton(scopeBox);
    m_shownScope->setObjectName(u"batchScopeShown"_s);
    m_shownScope->setToolTip(tr("Every row the list shows now: the server filters, the quick filter and the "
                                "legend's statuses all apply"));
    auto *group = new QButtonGroup(scopeBox);
    group->addButton(m_selectionScope);
    group->addButton(m_shownScope);
    m_scopeNote = new QLabel(scopeBox);
    m_scopeNote->setObjectName(u"batchScopeNote"_s);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setTextFormat(Qt::PlainText);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_selectionScope);
    scopeLayout->addWidget(m_shownScope);
    scopeLayout->addWidget(m_scopeNote);

    m_startProblem = new QLabel(page);
    m_startProblem->setObjectName(u"batchStartProblem"_s);
    m_startProblem->setWordWrap(true);
    m_startProblem->setTextFormat(Qt::PlainText);
    QSizePolicy keepPlace = m_startProblem->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true); // the buttons stay at the right, with or without a problem
    m_startProblem->setSizePolicy(keepPlace);
    m_startProblem->hide();
    m_dryRun = new QPushButton(tr("&Dry run"), page);
    m_dryRun->setObjectName(u"batchDryRunButton"_s);
    m_dryRun->setAccessibleName(tr("Dry run"));
    m_dryRun->setDefault(true);
    m_closeOperations = new QPushButton(tr("C&lose"), page);
    m_closeOperations->setObjectName(u"batchCloseOperationsButton"_s);
    m_closeOperations->setAccessibleName(tr("Close"));
    m_closeOperations->setToolTip(tr("Close this window; nothing was sent"));
    m_closeOperations->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startProblem, 1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_closeOperations);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(scopeBox);
    layout->addLayout(buttons);
    QWidget::setTabOrder(m_editor->lastInTabOrder(), m_selectionScope);
    QWidget::setTabOrder(m_selectionScope, m_shownScope);
    QWidget::setTabOrder(m_shownScope, m_dryRun);
    QWidget::setTabOrder(m_dryRun, m_closeOperations);

    connect(m_editor, &BatchOperationsEditor::changed, this, &BatchDialog::updateDryRunButton);
    for (QRadioButton *radio : {m_selectionScope, m_shownScope}) {
        connect(radio, &QRadioButton::clicked, this, [this] {
            m_scopeChosen = true;
            updateScope();
        });
    }
    connect(m_dryRun, &QPushButton::clicked, this, &BatchDialog::startDryRun);
    connect(m_closeOperations, &QPushButton::clicked, this, &BatchDialog::reject);
    return page;
}

bool BatchDialog::isOnOperationsPage() const
{
    return m_pages->currentWidget() == m_operationsPage;
}

void BatchDialog::showOperationsPage()
{
    // After a run, the operations it ran are the starting point of the next batch.
    if (m_runner->phase() != Phase::Idle && !m_runner->batch().operations.isEmpty()
        && m_editor->operations() != m_runner->batch().operations)
        m_editor->setOperations(m_runner->batch().operations);
    m_pages->setCurrentWidget(m_operationsPage);
    updateScope();
    m_editor->setCurrentRow(0);
    if (BatchOperationRow *first = m_editor->row(0))
        first->kindBox()->setFocus(Qt::OtherFocusReason);
}

void BatchDialog::showRunPage()
{
    m_pages->setCurrentWidget(m_runPage);
}

void BatchDialog::setScope(const Scope &scope)
{
    m_scope = scope;
    updateScope();
}

void BatchDialog::setKeyLookup(std::function<QStringList(const QStringList &)> lookup)
{
    m_keyLookup = std::move(lookup);
    updateScope();
}

QStringList BatchDialog::scopeIds() const
{
    return m_selectionScope->isChecked() ? m_scope.selected : m_scope.shown;
}

void BatchDialog::updateScope()
{
    const int selected = int(m_scope.selected.size());
    const int shown = int(m_scope.shown.size());
    m_selectionScope->setText(tr("The %n &selected artifact(s)", nullptr, selected));
    m_selectionScope->setAccessibleName(tr("The %n selected artifact(s)", nullptr, selected));
    m_selectionScope->setEnabled(selected > 0);
    m_shownScope->setText(tr("&All %n row(s) shown in the list", nullptr, shown));
    m_shownScope->setAccessibleName(tr("All %n row(s) shown in the list", nullptr, shown));
    // Until the user picks, several selected rows mean the selection, otherwise everything shown.
    if (!m_scopeChosen || !m_selectionScope->isEnabled()) {
        const bool useSelection = selected > 1 || (selected == 1 && shown <= 1);
        (useSelection ? m_selectionScope : m_shownScope)->setChecked(true);
    }
    m_scopeNote->setText(m_shownScope->isChecked() && m_scope.morePages
            ? tr("The list has more pages: only the loaded rows are included (Load all first to include every "
                 "artifact).")
            : QString());
    m_scopeNote->setVisible(!m_scopeNote->text().isEmpty());
    if (m_keyLookup && isOnOperationsPage())
        m_editor->setKeySuggestions(m_keyLookup(scopeIds()));
    updateDryRunButton();
}

void BatchDialog::updateDryRunButton()
{
    QString problem;
    const BatchRunner::Phase phase = m_runner->phase();
    if (m_detached)
        problem = tr("The connection this window was opened for is closed.");
    else if (phase == Phase::DryRun || phase == Phase::Running)
        problem = tr("A batch is under way.");
    else if (!m_editor->firstProblem().isEmpty())
        problem = m_editor->firstProblem();
    else if (scopeIds().isEmpty())
        problem = tr("No artifact to work on: select rows in the list, or show some.");
    m_dryRun->setEnabled(problem.isEmpty());
    m_dryRun->setToolTip(problem.isEmpty()
            ? tr("Fetch each of the %n artifact(s) and show what would change; nothing is sent", nullptr,
                int(scopeIds().size()))
            : tr("Cannot start: %1").arg(problem));
    // The editor's own line says what is wrong with the operations; this one says the rest.
    const bool other = !problem.isEmpty() && problem != m_editor->firstProblem();
    m_startProblem->setText(other ? problem : QString());
    m_startProblem->setVisible(other);
}

bool BatchDialog::startDryRun()
{
    updateDryRunButton();
    if (!m_dryRun->isEnabled())
        return false;
    m_exportNote->hide();
    if (!m_runner->startDryRun(scopeIds(), m_editor->operations())) {
        m_startProblem->setText(tr("The dry run did not start."));
        m_startProblem->show();
        return false;
    }
    showRunPage();
    return true;
}

bool BatchDialog::resume(const Batch &batch)
{
    if (m_detached)
        return false;
    m_editor->setOperations(batch.operations);
    showRunPage();
    if (!m_runner->resume(batch)) {
        showOperationsPage();
        return false;
    }
    return true;
}

void BatchDialog::detach(const QString &why)
{
    if (m_detached)
        return;
    m_detached = true;
    if (m_closeQuestion)
        m_closeQuestion->reject();
    const Phase phase = m_runner->phase();
    if (phase == Phase::DryRun || phase == Phase::Running)
        m_runner->cancel();
    m_runPage->setDetached(why);
    if (isOnOperationsPage())
        showRunPage();
    m_editor->setReadOnly(true);
    updateDryRunButton();
}

bool BatchDialog::holdsWork() const
{
    const Phase phase = m_runner->phase();
    return !m_detached && (phase == Phase::DryRun || phase == Phase::Running || phase == Phase::Stopped);
}

void BatchDialog::reject()
{
    const Phase phase = m_runner->phase();
    if (phase == Phase::DryRun) {
        m_runner->cancel(); // nothing was sent: the dry run simply ends
        QDialog::reject();
        return;
    }
    if (phase != Phase::Running || m_runner->isPaused()) {
        QDialog::reject();
        return;
    }
    if (m_closeQuestion)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Batch edit under way"),
        tr("%1 of %2 changes are settled; the others are still to be sent.")
            .arg(m_runner->progress().done)
            .arg(m_runner->progress().total),
        QMessageBox::NoButton, this);
    box->setObjectName(u"batchCloseQuestion"_s);
    box->setInformativeText(tr("Pause and close: the artifacts under way finish, no others start; the batch can be "
                               "resumed later, also after a restart. Keep running: the changes go on being sent "
                               "with this window closed."));
    QPushButton *pause = box->addButton(tr("&Pause and close"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(pause);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_closeQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, pause, keep] {
        if (box->clickedButton() == pause) {
            m_runner->pause();
            QDialog::reject();
        } else if (box->clickedButton() == keep) {
            Q_EMIT message(tr("The batch edit goes on in the background: Edit > Batch edit shows it."), 8000);
            QDialog::reject();
        }
    });
    box->open();
}

void BatchDialog::chooseExportFile()
{
    if (m_fileDialog)
        return;
    QString folder = QSettings().value(exportFolderSetting).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Batch &batch = m_runner->batch();
    const QString name
        = u"batch-edit-%1-%2.csv"_s.arg(batch.createdAt.toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s), batch.id.left(8));
    auto *dialog = new QFileDialog(
        this, tr("Export the batch as CSV"), QDir(folder).filePath(name), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(u"batchExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchDialog::exportCsv);
    m_fileDialog = dialog;
    dialog->open();
}

bool BatchDialog::exportCsv(const QString &path)
{
    QString why;
    const bool ok = BatchCsv::write(m_runner->batch(), path, &why);
    if (ok) {
        QSettings().setValue(exportFolderSetting, QFileInfo(path).absolutePath());
        m_exportNote->setText(tr("Exported %n artifact(s) to %1", nullptr, int(m_runner->batch().items.size()))
                                  .arg(QDir::toNativeSeparators(path)));
    } else {
        m_exportNote->setText(tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    m_exportNote->show();
    Q_EMIT message(m_exportNote->text(), 8000);
    return ok;
}
