#pragma once

#include <QMainWindow>
#include <QPointer>

class ArtifactBrowser;
class BatchController;
class ExportController;
class EditController;
class ArtifactListModel;
class OpenFieldHint;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;
class RecallClient;
class TimelineDock;
struct ApiError;

// The frame: menus, toolbar (connection, Open field, list actions), status bar (connection, rows,
// load-all progress, rate budget) around the artifact browser page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // A window bound to one client from the start (tests and simple launches).
    MainWindow(RecallClient *client, const QString &connectionLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current workspace. connectionLabel names it for people ("Demo workspace", "EU (Frankfurt)");
    // connectionId keys what is kept per workspace (recent artifacts), the label when empty.
    void setClient(RecallClient *client, const QString &connectionLabel, const QString &connectionId = {});
    // Extra widgets for the toolbar's start (the connection switcher) and actions for the Connection menu.
    void addConnectionControls(QWidget *switcher, const QList<QAction *> &actions);

    ArtifactBrowser *browser() const { return m_browser; }
    EditController *editController() const { return m_edit; }
    BatchController *batchController() const { return m_batch; }
    TimelineDock *timelineDock() const { return m_timeline; }
    ArtifactListModel *artifactModel() const;
    QTableView *artifactView() const;
    QLineEdit *openField() const { return m_openField; }
    OpenFieldHint *openFieldHint() const { return m_openHint; }

    // Selects the artifact once it is loaded, retrieving it if needed; for the command line's id.
    void openArtifact(const QString &artifactId);
    void showError(const ApiError &error);
    // A passing message in the status bar, for timeoutMs (0: until the next one). Unlike
    // QStatusBar::showMessage, which only paints, the text is a label that screen readers announce.
    void showMessage(const QString &text, int timeoutMs = 0);
    QString currentMessage() const;

Q_SIGNALS:
    // Restoring a draft of another workspace: the connection to switch to (a profile id).
    void connectionRequested(const QString &connectionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createEditMenu();
    void createStatusBar();
    void updateBudgetLabel();
    void updateCountLabel();
    void updateRecentMenu();
    void showShortcuts();

    QPointer<RecallClient> m_client;
    ArtifactBrowser *m_browser = nullptr;
    EditController *m_edit = nullptr;
    BatchController *m_batch = nullptr;
    TimelineDock *m_timeline = nullptr;
    ExportController *m_exports = nullptr; // File > Export
    QLineEdit *m_openField = nullptr;
    OpenFieldHint *m_openHint = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QAction *m_quitSeparator = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTimer *m_messageTimer = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QProgressBar *m_loadAllProgress = nullptr;
    QToolButton *m_cancelLoadAll = nullptr;
    QTimer *m_budgetTimer = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_loadMoreAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QMetaObject::Connection m_budgetConnection;
    QMetaObject::Connection m_retryConnection;
    bool m_batchStopConfirmed = false; // a batch under way was stopped to close the window
    bool m_closeConfirmed = false; // unsaved edits were saved or discarded: close for real
};
