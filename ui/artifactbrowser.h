#pragma once

#include "core/idextractor.h"
#include "domain/apierror.h"
#include "domain/artifact.h"
#include "selectiongate.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class AdaptiveSplitter;
class ArtifactDeleter;
class ArtifactDetailPane;
class ArtifactFilterProxyModel;
class ArtifactListModel;
class ArtifactTable;
class DetailFeeder;
class EmptyState;
class FilterBar;
class OpenResolver;
class PageProblemsBar;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class RecallClient;
class StatusLegend;
class StatusPoller;

// The page support staff live in: server filters, the quick filter and the status legend above the
// artifact table, the selected artifact's details beside it, and live status for the processing
// rows in view. Talks to the API only through the RecallClient it is given.
class ArtifactBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactBrowser(QWidget *parent = nullptr);
    ~ArtifactBrowser() override;

    // The current workspace's client; rows of the previous one are dropped. nullptr empties the page.
    // connectionKey names the connection for what is kept per workspace (recent artifacts).
    void setClient(RecallClient *client, const QString &connectionKey = {});
    QString connectionKey() const { return m_connectionKey; }

    ArtifactListModel *model() const { return m_model; }
    ArtifactFilterProxyModel *proxy() const { return m_proxy; }
    ArtifactTable *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The server filters with the quick filter and the legend: one pane for F6.
    QWidget *filterArea() const { return m_filterArea; }
    StatusLegend *legend() const { return m_legend; }
    QLineEdit *quickFilter() const { return m_quickFilter; }
    ArtifactDetailPane *detailPane() const { return m_detail; }
    StatusPoller *poller() const { return m_poller; }
    EmptyState *emptyState() const { return m_emptyState; }
    PageProblemsBar *pageProblems() const { return m_pageProblems; }
    // "Delete artifact…" for the current row, and the delete in flight.
    ArtifactDeleter *deleter() const { return m_deleter; }
    // Load every remaining page, then filter them all: offered while the quick filter or the legend
    // hides rows and more pages exist, since filtering alone never loads pages.
    QAction *searchAllPagesAction() const { return m_searchAllAction; }

    void reload();
    void fetchMore();
    void loadAll();
    void cancelLoadAll();
    void focusQuickFilter();
    // Text from the Open field: an artifact id (selected, retrieved if not loaded), a recording id
    // (the list is filtered to that recording), a bot id (its recording's artifact, or its recordings'
    // artifacts to choose from), or any URL or sentence that contains one.
    void openText(const QString &text);
    // Selects the artifact, retrieving it (and adding it to the list) when it is not loaded. An id the
    // workspace does not know as an artifact shows its recording's artifacts if it is a recording id;
    // otherwise the list stays as it was and message() says it was not found.
    void openArtifact(const QString &artifactId);
    // One id as IdExtractor read it (a choice offered through openChoices(), for one).
    void open(const OpenRequest &request);
    QString currentArtifactId() const;

    // Asked before the details move on to another artifact the user picked: true to go on now, false
    // to stay (proceed may be called later). While holdDetail() is true, rows that vanish (a filter, a
    // removal) leave the details as they are instead of clearing them. See EditController::confirmLeave.
    using LeaveGuard = SelectionGate::Guard;
    void setLeaveGuard(LeaveGuard guard, std::function<bool()> holdDetail);
    // The server's answer to a change made here (a saved edit): the row and the details show it.
    void applyFreshCopy(const Artifact &artifact);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void errorOccurred(const ApiError &error);
    void artifactOpened(const QString &artifactId);
    // The user asked to fix the connection (after a failed load).
    void manageConnectionsRequested();
    // What became of the Open field's text, for a note beside the field (empty: nothing to say).
    void openFeedback(const QString &text);
    // Ids to offer instead (the other ids of the text, what a short id matches); empty: none.
    void openChoices(const QString &title, const QList<OpenRequest> &choices);

private:
    void applyQuickFilter();
    void onCurrentChanged();
    void updateWatched();
    void selectRow(int sourceRow);
    void clearClientFilters(); // the quick filter and the legend's statuses
    void showRecording(const QString &recordingId);
    void onArtifactResolved(const Artifact &artifact);
    void noteOpened(const Artifact &artifact); // recents and artifactOpened()
    void cancelOwnRequests();
    void updateSearchAllPages();
    void onPageLoaded();
    void forgetPendingOpen();
    void dropOpenRequest();
    void syncDetailWithCurrent();
    void updateEmptyNote();

    QPointer<RecallClient> m_client;
    QString m_connectionKey;
    ArtifactListModel *m_model = nullptr;
    ArtifactFilterProxyModel *m_proxy = nullptr;
    StatusPoller *m_poller = nullptr;
    FilterBar *m_filterBar = nullptr;
    QWidget *m_filterArea = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    StatusLegend *m_legend = nullptr;
    ArtifactTable *m_view = nullptr;
    ArtifactDetailPane *m_detail = nullptr;
    AdaptiveSplitter *m_splitter = nullptr;
    QTimer *m_quickFilterDebounce = nullptr;
    QTimer *m_watchDebounce = nullptr;
    QString m_pendingSelection;
    // Opened by id while the server filters exclude it: shown once the unfiltered list arrives.
    std::optional<Artifact> m_pendingArtifact;
    bool m_selectFirstOnLoad = false; // a recording was opened: select its first artifact
    EmptyState *m_emptyState = nullptr; // over the table when it has no rows, saying why
    PageProblemsBar *m_pageProblems = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_manageConnectionsAction = nullptr;
    QAction *m_searchAllAction = nullptr;
    QToolButton *m_searchAllButton = nullptr;
    OpenResolver *m_resolver = nullptr;
    DetailFeeder *m_feeder = nullptr; // the pane's fresh copies and download sizes
    SelectionGate *m_gate = nullptr; // asks before the details leave an artifact with unsaved edits
    ArtifactDeleter *m_deleter = nullptr;
};
