#include "mainwindow.h"

#include "analysis/analysistabs.h"
#include "analysis/exportcontroller.h"
#include "analysis/panelexportsource.h"
#include "artifactbrowser.h"
#include "artifactdeleter.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "batch/batchcontroller.h"
#include "core/filtersettings.h"
#include "core/retrytext.h"
#include "core/timeformat.h"
#include "edit/editcontroller.h"
#include "edit/metadataeditor.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "net/recallclient.h"
#include "openfieldhint.h"
#include "panecycler.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinedock.h"
#include "timeline/timelinepanel.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new ArtifactBrowser(this))
    , m_edit(new EditController(m_browser->detailPane(), this, nullptr, nullptr, this))
    , m_batch(new BatchController(m_browser, m_edit, this, nullptr, this))
    , m_budgetTimer(new QTimer(this))
{
    // The desktop adds the application's display name to every title; the title itself names the
    // workspace once there is one.
    setWindowIcon(QIcon(u":/icons/participant-inspector.svg"_s));
    setCentralWidget(m_browser);
    m_timeline = new TimelineDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    setAcceptDrops(true); // a Recall file dropped anywhere opens in the timeline
    createActions();
    createStatusBar();

    // F6 crosses the window pane by pane; Tab walks the fields of each, toolbar buttons included.
    auto *panes = new PaneCycler(this);
    panes->addPane(m_toolBar, m_openField);
    panes->addPane(m_browser->filterArea());
    panes->addPane(m_browser->view());
    panes->addPane(m_browser->detailPane());
    panes->addPane(m_timeline->panel(), m_timeline->panel()->chart());
    panes->addPane(m_timeline->panel()->analysisTabs());
    const auto toolBarActions = m_toolBar->actions();
    for (QAction *action : toolBarActions) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setFocusPolicy(Qt::TabFocus);
    }

    // Unsaved metadata edits are never left behind without a question.
    m_browser->setLeaveGuard(
        [this](const QString &why, std::function<void()> proceed) {
            return m_edit->confirmLeave(why, std::move(proceed));
        },
        [this] { return m_edit->hasUnsavedEdits(); });
    connect(m_edit, &EditController::message, this, &MainWindow::showMessage);
    connect(m_batch, &BatchController::message, this, &MainWindow::showMessage);
    connect(m_edit, &EditController::openRequested, m_browser, &ArtifactBrowser::openArtifact);
    connect(m_edit, &EditController::artifactSaved, m_browser, &ArtifactBrowser::applyFreshCopy);
    connect(m_edit, &EditController::connectionRequested, this, &MainWindow::connectionRequested);
    connect(m_browser, &ArtifactBrowser::errorOccurred, this, &MainWindow::showError);
    connect(m_browser, &ArtifactBrowser::message, this, &MainWindow::showMessage);
    connect(m_browser, &ArtifactBrowser::artifactOpened, this, &MainWindow::updateRecentMenu);
    // The timeline follows the artifact the detail pane shows.
    connect(
        m_browser->detailPane(), &ArtifactDetailPane::artifactShown, m_timeline->panel(), &TimelinePanel::setArtifact);
    connect(m_timeline->panel(), &TimelinePanel::message, this, &MainWindow::showMessage);
    ArtifactListModel *model = m_browser->model();
    connect(model, &ArtifactListModel::pageLoaded, this, &MainWindow::updateCountLabel);
    connect(model, &ArtifactListModel::loadingChanged, this, &MainWindow::updateCountLabel);
    connect(model, &ArtifactListModel::loadFailed, this, &MainWindow::updateCountLabel);
    connect(model, &ArtifactListModel::refreshingChanged, this, &MainWindow::updateCountLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_browser->proxy(), &ArtifactFilterProxyModel::filterChanged, this, &MainWindow::updateCountLabel);
    connect(model, &ArtifactListModel::loadAllProgress, this, [this](int pages, int rows) {
        m_loadAllProgress->setFormat(
            tr("Loading all: %n page(s)", nullptr, pages) + u", "_s + tr("%n artifact(s)", nullptr, rows));
        m_loadAllProgress->show();
        m_cancelLoadAll->show();
    });
    connect(model, &ArtifactListModel::loadAllFinished, this, [this](bool completed) {
        m_loadAllProgress->hide();
        m_cancelLoadAll->hide();
        showMessage(completed ? tr("Every artifact is loaded.") : tr("Loading all was stopped."), 8000);
        updateCountLabel();
    });

    m_budgetTimer->setInterval(500);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::updateBudgetLabel);

    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry"_L1).toByteArray());
    restoreState(settings.value("mainWindow/state"_L1).toByteArray());
    m_browser->restoreState(settings);
    if (!settings.contains("mainWindow/geometry"_L1))
        resize(1280, 760);
    if (!settings.contains("mainWindow/state"_L1))
        resizeDocks({m_timeline}, {height() * 2 / 5}, Qt::Vertical);
    updateRecentMenu();
    updateCountLabel();
}

MainWindow::MainWindow(RecallClient *client, const QString &connectionLabel, QWidget *parent)
    : MainWindow(parent)
{
    setClient(client, connectionLabel);
}

MainWindow::~MainWindow() = default;

ArtifactListModel *MainWindow::artifactModel() const
{
    return m_browser->model();
}

QTableView *MainWindow::artifactView() const
{
    return m_browser->view();
}

void MainWindow::setClient(RecallClient *client, const QString &connectionLabel, const QString &connectionId)
{
    disconnect(m_budgetConnection);
    disconnect(m_retryConnection);
    m_client = client;
    setWindowTitle(connectionLabel);
    m_connectionLabel->setText(tr("Connected to %1").arg(connectionLabel));
    if (client) {
        m_budgetConnection = connect(client->budget(), &RateBudget::stateChanged, this, &MainWindow::updateBudgetLabel);
        m_retryConnection
            = connect(client, &RecallClient::retrying, this, [this](const QString &what, int attempt, qint64 delayMs) {
                  // In words: what waits, why, which retry and when.
                  const RateBudget::State state = m_client->budget()->state();
                  const RetryText::Context context {std::max(state.list.pausedForMs, state.perId.pausedForMs) > 0,
                      m_browser->model()->isRefreshing() ? 1 : m_browser->model()->pagesLoaded() + 1};
                  showMessage(RetryText::describe(what, attempt, delayMs, context), 5000);
              });
    }
    m_edit->setClient(client, connectionId.isEmpty() ? connectionLabel : connectionId);
    m_batch->setClient(client, connectionLabel, connectionId);
    m_browser->setClient(client, connectionId.isEmpty() ? connectionLabel : connectionId);
    m_timeline->panel()->setClient(client, connectionId.isEmpty() ? connectionLabel : connectionId);
    updateBudgetLabel();
    updateRecentMenu();
}

void MainWindow::addConnectionControls(QWidget *switcher, const QList<QAction *> &actions)
{
    if (switcher) {
        QAction *first = m_toolBar->actions().value(0);
        m_toolBar->insertWidget(first, switcher);
        m_toolBar->insertSeparator(first);
        // Left to right, as it reads: the workspace, the Open field, then on into the browser.
        QWidget::setTabOrder(switcher, m_openField);
    }
    m_connectionMenu->insertActions(m_quitSeparator, actions);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_timeline->openFileAction());
    addAction(m_timeline->openFileAction());
    // File > Export: what the timeline panel shows, the connection's request log for the bundle.
    m_exports = new ExportController(this);
    m_exports->setSource(panelExportSource(m_timeline->panel(), [this] { return m_client.data(); }));
    connect(m_timeline->panel(), &TimelinePanel::meetingChanged, m_exports, &ExportController::updateActions);
    connect(m_exports, &ExportController::message, this, &MainWindow::showMessage);
    fileMenu->addMenu(m_exports->menu());
    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    createEditMenu();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto makeAction = [this](const QIcon &icon, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(key);
        action->setToolTip(tip % u" ("_s % key.toString(QKeySequence::NativeText) % u')');
        action->setStatusTip(tip);
        addAction(action); // shortcuts work while the toolbar is hidden too
        return action;
    };

    m_reloadAction = makeAction(QIcon::fromTheme(u"view-refresh"_s, QIcon(u":/icons/view-refresh.svg"_s)),
        tr("&Reload"), QKeySequence::Refresh, tr("Load the artifact list again from the first page"));
    connect(m_reloadAction, &QAction::triggered, this,
        [this] { m_edit->confirmLeave(tr("The list is being reloaded."), [this] { m_browser->reload(); }); });
    m_loadMoreAction = makeAction(QIcon::fromTheme(u"go-down"_s, QIcon(u":/icons/go-bottom.svg"_s)), tr("Load &more"),
        QKeySequence(Qt::CTRL | Qt::Key_M), tr("Load the next page of artifacts"));
    connect(m_loadMoreAction, &QAction::triggered, m_browser, &ArtifactBrowser::fetchMore);
    m_loadAllAction = makeAction(QIcon::fromTheme(u"go-bottom"_s, QIcon(u":/icons/go-bottom.svg"_s)), tr("Load &all"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("Load every page of artifacts, within the rate limit"));
    connect(m_loadAllAction, &QAction::triggered, m_browser, &ArtifactBrowser::loadAll);

    QAction *openAction
        = makeAction(QIcon(), tr("&Open bot, artifact or recording\u2026"), QKeySequence(Qt::CTRL | Qt::Key_L),
            tr("Open a bot id, an artifact id, a recording id, or a pasted URL or text containing one"));
    QAction *quickFilterAction
        = makeAction(QIcon(), tr("&Quick filter"), QKeySequence::Find, tr("Filter the loaded rows across all columns"));
    connect(quickFilterAction, &QAction::triggered, m_browser, &ArtifactBrowser::focusQuickFilter);
    QAction *filterAction = makeAction(QIcon(), tr("Server &filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        tr("Edit the server-side filters (recording, status, created)"));
    connect(filterAction, &QAction::triggered, this,
        [this] { m_browser->findChild<QLineEdit *>(u"recordingFilter"_s)->setFocus(Qt::ShortcutFocusReason); });
    QAction *listAction = makeAction(
        QIcon(), tr("Artifact &list"), QKeySequence(Qt::ALT | Qt::Key_1), tr("Move the focus to the artifact list"));
    connect(listAction, &QAction::triggered, this, [this] { m_browser->view()->setFocus(Qt::ShortcutFocusReason); });

    m_openField = new QLineEdit(this);
    m_openField->setObjectName(u"openField"_s);
    m_openField->setPlaceholderText(tr("Open a bot, artifact or recording id, or a URL (%1)")
                                        .arg(openAction->shortcut().toString(QKeySequence::NativeText)));
    m_openField->setAccessibleName(tr("Open bot, artifact or recording"));
    m_openField->setToolTip(
        tr("Paste a bot id, an artifact id, a recording id, or any URL or text containing one, then Enter"));
    m_openField->setClearButtonEnabled(true);
    m_openField->setMinimumWidth(220);
    m_openField->setCompleter(new QCompleter(new QStringListModel(this), m_openField));
    connect(openAction, &QAction::triggered, this, [this] {
        m_openField->setFocus(Qt::ShortcutFocusReason);
        m_openField->selectAll();
    });
    m_openHint = new OpenFieldHint(this);
    connect(m_browser, &ArtifactBrowser::openFeedback, m_openHint, &OpenFieldHint::setText);
    connect(m_browser, &ArtifactBrowser::openChoices, m_openHint, &OpenFieldHint::setChoices);
    connect(m_openHint, &OpenFieldHint::chosen, m_browser, &ArtifactBrowser::open);
    connect(m_openField, &QLineEdit::textEdited, m_openHint, &OpenFieldHint::clear);
    connect(m_openField, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_openField->text().trimmed();
        if (!text.isEmpty())
            m_browser->openText(text);
    });

    auto *quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *aboutAction = new QAction(tr("&About Participant Inspector"), this);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Participant Inspector"),
            tr("<p><b>Participant Inspector %1</b></p><p>Find Recall.ai participant-events artifacts "
               "and see their status and details at a glance.</p>")
                .arg(QApplication::applicationVersion()));
    });

    // Connection controls arrive later (addConnectionControls) and go above Quit, which stays last.
    m_quitSeparator = m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(quitAction);
    viewMenu->addAction(m_reloadAction);
    viewMenu->addAction(m_loadMoreAction);
    viewMenu->addAction(m_loadAllAction);
    viewMenu->addSeparator();
    viewMenu->addAction(quickFilterAction);
    viewMenu->addAction(filterAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_timeline->toggleAction());
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Colour scheme"));
    auto *themeGroup = new QActionGroup(this);
    const std::pair<Theme::Scheme, QString> schemes[] = {{Theme::Scheme::System, tr("&Desktop")},
        {Theme::Scheme::Light, tr("&Light")}, {Theme::Scheme::Dark, tr("D&ark")}};
    for (const auto &[scheme, label] : schemes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(Theme::saved() == scheme);
        action->setActionGroup(themeGroup);
        connect(action, &QAction::triggered, this, [scheme] { Theme::apply(scheme); });
    }
    goMenu->addAction(openAction);
    goMenu->addAction(listAction);
    m_recentMenu = goMenu->addMenu(tr("&Recent artifacts"));
    helpMenu->addAction(shortcutsAction);
    helpMenu->addAction(aboutAction);

    m_toolBar->addWidget(m_openField);
    m_toolBar->addWidget(m_openHint);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reloadAction);
    m_toolBar->addAction(m_loadMoreAction);
    m_toolBar->addAction(m_loadAllAction);
}

// The metadata editor's actions (they live in the editor, which gives them their shortcuts): the
// menu shows each with its shortcut and the name of the step Undo and Redo would take.
void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    const MetadataEditor *editor = m_browser->detailPane()->editor();
    editMenu->addAction(editor->undoAction());
    editMenu->addAction(editor->redoAction());
    editMenu->addSeparator();
    editMenu->addAction(editor->addAction());
    editMenu->addAction(editor->removeAction());
    editMenu->addAction(editor->restoreAction());
    editMenu->addAction(editor->revertAllAction());
    editMenu->addAction(editor->editWholeValueAction());
    editMenu->addSeparator();
    editMenu->addAction(editor->textModeAction());
    editMenu->addSeparator();
    editMenu->addAction(editor->saveAction());
    editMenu->addAction(m_edit->previewAction());
    editMenu->addAction(m_edit->historyAction());
    addAction(m_edit->historyAction());
    editMenu->addSeparator();
    editMenu->addAction(m_browser->deleter()->action()); // the artifact itself, on the server
    editMenu->addAction(m_batch->action()); // many artifacts at once, on the server
    editMenu->addAction(m_batch->resumeAction());
    addAction(m_batch->action());
    editMenu->addSeparator();
    editMenu->addAction(SettingsDialog::createAction(this));
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setAccessibleName(tr("Loaded artifacts"));
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(u"budgetLabel"_s);
    m_budgetLabel->setAccessibleName(tr("Rate budget"));
    m_budgetLabel->setToolTip(tr("Requests waiting for the API's rate limit (60 list and 300 per-artifact "
                                 "requests a minute by default)"));
    // Cursor pages carry no total, so loading all shows what has arrived rather than a percentage.
    m_loadAllProgress = new QProgressBar(this);
    m_loadAllProgress->setObjectName(u"loadAllProgress"_s);
    m_loadAllProgress->setAccessibleName(tr("Loading all artifacts"));
    m_loadAllProgress->setRange(0, 0);
    m_loadAllProgress->setTextVisible(true);
    m_loadAllProgress->setMaximumWidth(320);
    m_loadAllProgress->hide();
    m_cancelLoadAll = new QToolButton(this);
    m_cancelLoadAll->setObjectName(u"cancelLoadAll"_s);
    m_cancelLoadAll->setText(tr("Cancel"));
    m_cancelLoadAll->setAccessibleName(tr("Cancel loading all"));
    m_cancelLoadAll->setToolTip(tr("Stop loading more pages (Esc)"));
    m_cancelLoadAll->setShortcut(Qt::Key_Escape);
    m_cancelLoadAll->hide();
    connect(m_cancelLoadAll, &QToolButton::clicked, m_browser, &ArtifactBrowser::cancelLoadAll);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"statusMessage"_s);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setAccessibleDescription(tr("The latest message"));
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { showMessage({}); });

    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_loadAllProgress);
    statusBar()->addPermanentWidget(m_cancelLoadAll);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
}

void MainWindow::updateBudgetLabel()
{
    if (!m_client) {
        m_budgetLabel->clear();
        m_budgetTimer->stop();
        return;
    }
    const RateBudget::State state = m_client->budget()->state();
    const qint64 pausedMs = std::max(state.list.pausedForMs, state.perId.pausedForMs);
    QString text;
    const int inARow = std::max(state.list.throttledInARow, state.perId.throttledInARow);
    if (pausedMs > 0 && inARow > 1)
        text = tr("Rate limited %n time(s) in a row: waiting %1 s", nullptr, inARow).arg((pausedMs + 999) / 1000);
    else if (pausedMs > 0)
        text = tr("Rate limited: retrying in %1 s").arg((pausedMs + 999) / 1000);
    else if (state.totalQueued() > 0)
        text = tr("%n request(s) queued", nullptr, state.totalQueued()) + u", "_s
            + tr("next in %1 s").arg((std::min(state.list.msUntilNextSlot, state.perId.msUntilNextSlot) + 999) / 1000);
    else
        text = tr("Rate budget: OK");
    m_budgetLabel->setText(text);
    if (pausedMs > 0 || state.totalQueued() > 0)
        m_budgetTimer->start();
    else
        m_budgetTimer->stop();
}

void MainWindow::updateCountLabel()
{
    ArtifactListModel *model = m_browser->model();
    const int shown = m_browser->proxy()->rowCount();
    // "12 of 300 artifacts shown" while the quick filter or the legend hides loaded rows.
    QString text = shown == model->rowCount() ? tr("%n artifact(s)", nullptr, model->rowCount())
                                              : tr("%1 of %n artifact(s) shown", nullptr, model->rowCount()).arg(shown);
    if (model->isRefreshing())
        text += tr(", refreshing\u2026");
    else if (model->isLoading())
        text += tr(", loading\u2026");
    else if (model->lastError())
        text += tr(", loading failed");
    else if (model->hasMore())
        text += tr(", more available");
    m_countLabel->setText(text);
    m_loadMoreAction->setEnabled(!model->isLoading() && model->hasMore());
    m_loadAllAction->setEnabled(model->hasMore() && !model->isLoadingAll());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QList<FilterSettings::RecentArtifact> recent = FilterSettings::recentArtifacts(m_browser->connectionKey());
    QStringList ids;
    for (const FilterSettings::RecentArtifact &artifact : recent) {
        // "5ef4b4e1-… — done, 2025-07-16 21:17": enough to recognise the one a customer asked about.
        QStringList about;
        if (!artifact.statusCode.isEmpty())
            about.append(artifact.statusCode);
        if (artifact.createdAt.isValid())
            about.append(TimeFormat::local(artifact.createdAt));
        const QString text = about.isEmpty() ? artifact.id : artifact.id % u" \u2014 "_s % about.join(u", "_s);
        m_recentMenu->addAction(text, this, [this, id = artifact.id] { m_browser->openArtifact(id); });
        ids.append(artifact.id);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (auto *completions = qobject_cast<QStringListModel *>(m_openField->completer()->model()))
        completions->setStringList(ids);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showError(const ApiError &error)
{
    showMessage(error.message, 15000);
    // Window-modal without a nested event loop: network callbacks keep running behind it.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Participant Inspector"), error.message, QMessageBox::Ok, this);
    box->setObjectName(u"errorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.hint());
    box->setDetailedText(error.displayText());
    box->open();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(text);
    m_messageLabel->setToolTip(text); // the label may be cut short on a narrow window
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_messageLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (timeoutMs > 0)
        m_messageTimer->start(timeoutMs);
    else
        m_messageTimer->stop();
}

QString MainWindow::currentMessage() const
{
    return m_messageLabel->text();
}

void MainWindow::openArtifact(const QString &artifactId)
{
    m_browser->openArtifact(artifactId);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_timeline->openFile(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits first, the batch last: the batch is stopped only when nothing else can keep the
    // window open any more. Each answer counts for the close it was asked for, never for a later one
    // (a Cancel at the other question leaves nothing confirmed behind), and a batch started while
    // the edits question was open is still asked about.
    if (!m_closeConfirmed && m_edit->hasUnsavedEdits()) {
        event->ignore();
        m_edit->confirmLeave(tr("The window is being closed."), [this] {
            m_closeConfirmed = true;
            close();
            m_closeConfirmed = false;
        });
        return;
    }
    if (!m_batchStopConfirmed && !m_batch->confirmQuit([this] {
            m_batchStopConfirmed = true;
            close();
            m_batchStopConfirmed = false;
        })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("mainWindow/geometry"_L1, saveGeometry());
    settings.setValue("mainWindow/state"_L1, saveState());
    m_browser->saveState(settings);
    QMainWindow::closeEvent(event);
}
