#pragma once

#include <QMainWindow>

class ArtifactListModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class RecallClient;
struct ApiError;

// The first window: the workspace's artifacts with their status at a glance, the connection and the
// rate budget in the status bar. Browser, editor and timeline pages arrive as their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // connectionLabel names the workspace for people ("Demo workspace", "EU (Frankfurt)").
    MainWindow(RecallClient *client, const QString &connectionLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArtifactListModel *artifactModel() const { return m_model; }
    QTableView *artifactView() const { return m_view; }

    // Selects the artifact once it is loaded, retrieving it if needed; for the command line's id.
    void openArtifact(const QString &artifactId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void updateBudgetLabel();
    void updateCountLabel();
    void showError(const ApiError &error);
    void selectArtifact(const QString &artifactId);

    RecallClient *m_client = nullptr;
    ArtifactListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QTimer *m_budgetTimer = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_loadMoreAction = nullptr;
    QString m_pendingSelection;
};
