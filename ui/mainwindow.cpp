#include "mainwindow.h"

#include "models/artifactlistmodel.h"
#include "net/recallclient.h"
#include "statusdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(RecallClient *client, const QString &connectionLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new ArtifactListModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_budgetTimer(new QTimer(this))
{
    setWindowTitle(tr("Participant Inspector \u2014 %1").arg(connectionLabel));
    setWindowIcon(QIcon(u":/icons/participant-inspector.svg"_s));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArtifactListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"artifactTable"_s);
    m_view->setAccessibleName(tr("Artifacts"));
    m_view->setToolTip(tr("The workspace's participant-events artifacts; more load as you scroll"));
    m_view->setItemDelegateForColumn(ArtifactListModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArtifactListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ArtifactListModel::StatusColumn, 130);
    m_view->setColumnWidth(ArtifactListModel::IdColumn, 90);
    m_view->setColumnWidth(ArtifactListModel::RecordingColumn, 90);
    m_view->setColumnWidth(ArtifactListModel::CreatedColumn, 140);
    m_view->setColumnWidth(ArtifactListModel::UpdatedColumn, 140);
    m_view->setColumnWidth(ArtifactListModel::SubCodeColumn, 190);
    setCentralWidget(m_view);

    createActions();
    createStatusBar();
    m_connectionLabel->setText(tr("Connected to %1").arg(connectionLabel));

    connect(m_model, &ArtifactListModel::loadFailed, this, &MainWindow::showError);
    connect(m_model, &ArtifactListModel::pageLoaded, this, [this] {
        updateCountLabel();
        if (!m_pendingSelection.isEmpty())
            selectArtifact(m_pendingSelection);
    });
    connect(m_model, &ArtifactListModel::loadingChanged, this, [this](bool loading) {
        m_loadMoreAction->setEnabled(!loading && m_model->hasMore());
        updateCountLabel();
    });
    connect(m_client->budget(), &RateBudget::stateChanged, this, &MainWindow::updateBudgetLabel);
    connect(m_client, &RecallClient::retrying, this, [this](const QString &what, int attempt, qint64 delayMs) {
        statusBar()->showMessage(
            tr("Retrying %1 (attempt %2) in %3 s").arg(what).arg(attempt + 1).arg((delayMs + 999) / 1000), 5000);
    });
    // The countdown after a 429 ticks while anything waits; the budget itself only reports changes.
    m_budgetTimer->setInterval(500);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::updateBudgetLabel);

    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry"_L1).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value("mainWindow/artifactColumns"_L1).toByteArray());
    if (!settings.contains("mainWindow/geometry"_L1))
        resize(1180, 720);

    updateBudgetLabel();
    m_model->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_reloadAction
        = new QAction(QIcon::fromTheme(u"view-refresh"_s, QIcon(u":/icons/view-refresh.svg"_s)), tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Load the artifact list again from the first page (%1)")
                                   .arg(m_reloadAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_reloadAction, &QAction::triggered, this, [this] { m_model->reload(m_model->filter()); });

    m_loadMoreAction
        = new QAction(QIcon::fromTheme(u"go-bottom"_s, QIcon(u":/icons/go-bottom.svg"_s)), tr("Load &more"), this);
    m_loadMoreAction->setShortcut(Qt::CTRL | Qt::Key_M);
    m_loadMoreAction->setToolTip(tr("Load the next page of artifacts (%1)")
                                     .arg(m_loadMoreAction->shortcut().toString(QKeySequence::NativeText)));
    m_loadMoreAction->setEnabled(false);
    connect(m_loadMoreAction, &QAction::triggered, this, [this] { m_model->fetchMore({}); });

    auto *quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About Participant Inspector"), this);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Participant Inspector"),
            tr("<p><b>Participant Inspector %1</b></p><p>Find Recall.ai participant-events artifacts, "
               "correct their metadata and see who spoke when.</p>")
                .arg(QApplication::applicationVersion()));
    });

    fileMenu->addAction(quitAction);
    viewMenu->addAction(m_reloadAction);
    viewMenu->addAction(m_loadMoreAction);
    helpMenu->addAction(aboutAction);
    toolBar->addAction(m_reloadAction);
    toolBar->addAction(m_loadMoreAction);
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
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
}

void MainWindow::updateBudgetLabel()
{
    const RateBudget::State state = m_client->budget()->state();
    const qint64 pausedMs = std::max(state.list.pausedForMs, state.perId.pausedForMs);
    QString text;
    if (pausedMs > 0)
        text = tr("Rate limited: retrying in %1 s").arg((pausedMs + 999) / 1000);
    else if (state.totalQueued() > 0)
        text = tr("%n request(s) queued", nullptr, state.totalQueued());
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
    const int rows = m_model->rowCount();
    QString text = tr("%n artifact(s)", nullptr, rows);
    if (m_model->isLoading())
        text += tr(", loading\u2026");
    else if (m_model->hasMore())
        text += tr(", more available");
    m_countLabel->setText(text);
    m_loadMoreAction->setEnabled(!m_model->isLoading() && m_model->hasMore());
}

void MainWindow::showError(const ApiError &error)
{
    statusBar()->showMessage(error.message, 15000);
    // Window-modal and without a nested event loop: network callbacks keep running behind it.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Participant Inspector"), error.message, QMessageBox::Ok, this);
    box->setObjectName(u"errorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.hint());
    box->setDetailedText(error.displayText());
    box->open();
}

void MainWindow::openArtifact(const QString &artifactId)
{
    m_pendingSelection = artifactId;
    if (m_model->rowOf(artifactId) >= 0) {
        selectArtifact(artifactId);
        return;
    }
    m_client->retrieveArtifact(artifactId, this, [this, artifactId](const Result<Artifact> &result) {
        if (!result) {
            m_pendingSelection.clear();
            showError(result.error());
            return;
        }
        statusBar()->showMessage(tr("Artifact %1: %2").arg(result->id, result->status.code), 15000);
    });
}

void MainWindow::selectArtifact(const QString &artifactId)
{
    const int row = m_model->rowOf(artifactId);
    if (row < 0)
        return;
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ArtifactListModel::IdColumn));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("mainWindow/geometry"_L1, saveGeometry());
    settings.setValue("mainWindow/artifactColumns"_L1, m_view->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}
