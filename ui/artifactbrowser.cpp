#include "artifactbrowser.h"

#include "adaptivesplitter.h"
#include "artifactdeleter.h"
#include "artifactdetailpane.h"
#include "artifacttable.h"
#include "browse/openresolver.h"
#include "core/filtersettings.h"
#include "core/idextractor.h"
#include "detailfeeder.h"
#include "emptystate.h"
#include "filterbar.h"
#include "models/artifactfilterproxymodel.h"
#include "models/artifactlistmodel.h"
#include "models/statuspoller.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "pageproblemsbar.h"
#include "statuscolors.h"
#include "statuslegend.h"
#include "twopartbar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int quickFilterDelayMs = 150;
constexpr int watchDelayMs = 300;
// Narrower than this, the details go below the list instead of beside it.
constexpr int sideBySideMinWidth = 960;

} // namespace

ArtifactBrowser::ArtifactBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArtifactListModel(nullptr, this))
    , m_proxy(new ArtifactFilterProxyModel(this))
    , m_poller(new StatusPoller(this))
    , m_filterBar(new FilterBar(this))
    , m_quickFilter(new QLineEdit(this))
    , m_legend(new StatusLegend(this))
    , m_view(new ArtifactTable(this))
    , m_detail(new ArtifactDetailPane(this))
    , m_splitter(new AdaptiveSplitter(sideBySideMinWidth, 560, this))
    , m_quickFilterDebounce(new QTimer(this))
    , m_watchDebounce(new QTimer(this))
    , m_resolver(new OpenResolver(this))
    , m_feeder(new DetailFeeder(m_detail, m_model, this))
    , m_gate(new SelectionGate(m_view, this))
{
    connect(m_feeder, &DetailFeeder::message, this, &ArtifactBrowser::message);
    m_proxy->setSourceModel(m_model);

    m_quickFilter->setObjectName(u"quickFilter"_s);
    m_quickFilter->setPlaceholderText(tr("Quick filter (%1): text or regular expression")
                                          .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setToolTip(tr("Filters the loaded rows across all columns as you type; case-insensitive, "
                                 "regular expressions allowed"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->installEventFilter(this); // Esc clears it
    m_quickFilterDebounce->setSingleShot(true);
    m_quickFilterDebounce->setInterval(quickFilterDelayMs);
    connect(m_quickFilter, &QLineEdit::textChanged, m_quickFilterDebounce, qOverload<>(&QTimer::start));
    connect(m_quickFilterDebounce, &QTimer::timeout, this, &ArtifactBrowser::applyQuickFilter);

    m_view->setModel(m_proxy);
    m_deleter = new ArtifactDeleter(m_view, m_model, m_feeder, m_detail, this);
    connect(m_deleter, &ArtifactDeleter::message, this, &ArtifactBrowser::message);
    connect(m_view, &ArtifactTable::loadAllRequested, this, &ArtifactBrowser::loadAll);
    connect(m_view, &ArtifactTable::copied, this,
        [this](const QString &what, const QString &id) { Q_EMIT message(tr("Copied %1 %2").arg(what, id), 4000); });

    // The quick filter with the legend beside it, or above it when the list is narrow.
    auto *quickRow = new TwoPartBar(this);
    quickRow->setObjectName(u"quickFilterRow"_s);
    m_quickFilter->setMinimumWidth(160);
    m_searchAllAction = new QAction(tr("Search all pages"), this);
    m_searchAllAction->setObjectName(u"searchAllPages"_s);
    connect(m_searchAllAction, &QAction::triggered, this, [this] {
        Q_EMIT message(tr("Loading every page to search them all\u2026"), 5000);
        m_model->loadAll();
    });
    m_searchAllButton = new QToolButton(this);
    m_searchAllButton->setObjectName(u"searchAllPagesButton"_s);
    m_searchAllButton->setDefaultAction(m_searchAllAction);
    m_searchAllButton->setAccessibleName(tr("Search all pages"));
    m_searchAllButton->hide();
    quickRow->first()->addWidget(m_quickFilter, 1);
    quickRow->first()->addWidget(m_searchAllButton);
    quickRow->second()->addWidget(m_legend);

    auto *listPage = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    m_filterArea = new QWidget(listPage);
    m_filterArea->setObjectName(u"filterArea"_s);
    auto *filterLayout = new QVBoxLayout(m_filterArea);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->setSpacing(2);
    filterLayout->addWidget(m_filterBar);
    filterLayout->addWidget(quickRow);
    listLayout->addWidget(m_filterArea);
    m_pageProblems = new PageProblemsBar(m_model, listPage);
    connect(m_pageProblems, &PageProblemsBar::summaryChanged, this,
        [this](const QString &summary) { Q_EMIT message(summary, 15000); });
    listLayout->addWidget(m_pageProblems);
    listLayout->addWidget(m_view, 1);
    m_splitter->addWidget(listPage);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(u"browserSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filterBar, &FilterBar::applied, this, [this](const ListFilter &filter) {
        FilterSettings::setLastFilter(filter);
        dropOpenRequest();
        m_model->reload(filter);
    });
    connect(m_filterBar, &FilterBar::cleared, this, &ArtifactBrowser::clearClientFilters);
    connect(m_legend, &StatusLegend::checkedCodesChanged, m_proxy, &ArtifactFilterProxyModel::setStatusCodes);
    connect(m_model, &ArtifactListModel::statusCountsChanged, this,
        [this] { m_legend->setCounts(m_model->statusCounts()); });
    connect(m_model, &ArtifactListModel::loadFailed, this, &ArtifactBrowser::errorOccurred);
    connect(m_model, &ArtifactListModel::loadFailed, this, &ArtifactBrowser::forgetPendingOpen);
    connect(m_model, &ArtifactListModel::pageLoaded, this, &ArtifactBrowser::onPageLoaded);
    // An empty table says why it is empty, and offers what helps.
    m_retryAction = new QAction(tr("&Retry"), this);
    m_retryAction->setObjectName(u"retryLoad"_s);
    m_retryAction->setToolTip(tr("Ask for the first page again"));
    connect(m_retryAction, &QAction::triggered, this, &ArtifactBrowser::reload);
    m_manageConnectionsAction = new QAction(tr("&Manage connections\u2026"), this);
    m_manageConnectionsAction->setObjectName(u"manageConnections"_s);
    m_manageConnectionsAction->setToolTip(tr("Check the API key, the region or the address of this connection"));
    connect(m_manageConnectionsAction, &QAction::triggered, this, &ArtifactBrowser::manageConnectionsRequested);
    m_emptyState = m_view->emptyState();
    // The pane shows the current row. A reload, a filter or a removal can take that row away without
    // the view announcing a new current index, and then the pane must not go on showing it.
    const auto onRowsChanged = [this] {
        syncDetailWithCurrent();
        updateEmptyNote();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ArtifactBrowser::updateEmptyNote);
    connect(m_model, &ArtifactListModel::loadingChanged, this, &ArtifactBrowser::updateEmptyNote);
    connect(m_model, &ArtifactListModel::loadFailed, this, &ArtifactBrowser::updateEmptyNote);
    for (const auto signal : {&ArtifactListModel::loadingChanged, &ArtifactListModel::loadAllFinished})
        connect(m_model, signal, this, &ArtifactBrowser::updateSearchAllPages);
    connect(m_proxy, &ArtifactFilterProxyModel::filterChanged, this, &ArtifactBrowser::updateSearchAllPages);
    connect(m_proxy, &ArtifactFilterProxyModel::filterChanged, this, &ArtifactBrowser::updateEmptyNote);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArtifactBrowser::onCurrentChanged);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { noteOpened(m_model->artifact(m_proxy->mapToSource(index).row())); });
    connect(m_detail, &ArtifactDetailPane::copied, this,
        [this](const QString &what) { Q_EMIT message(tr("Copied %1").arg(what), 3000); });
    connect(m_detail, &ArtifactDetailPane::removeRequested, this, [this](const QString &artifactId) {
        if (m_model->removeArtifact(artifactId))
            Q_EMIT message(tr("Removed %1 from the list").arg(artifactId), 5000);
    });

    // Live status: the processing rows in view are watched, re-evaluated when the view moves.
    m_watchDebounce->setSingleShot(true);
    m_watchDebounce->setInterval(watchDelayMs);
    connect(m_watchDebounce, &QTimer::timeout, this, &ArtifactBrowser::updateWatched);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_watchDebounce, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_watchDebounce, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, m_watchDebounce, qOverload<>(&QTimer::start));
    connect(m_poller, &StatusPoller::artifactUpdated, m_model, &ArtifactListModel::updateArtifact);
    connect(m_poller, &StatusPoller::artifactUpdated, m_feeder, &DetailFeeder::update);
    connect(m_poller, &StatusPoller::statusChanged, this, [this](const Artifact &artifact) {
        Q_EMIT message(tr("Artifact %1 is now %2").arg(artifact.id.left(8), artifact.status.code), 10000);
    });

    // What the Open field's id turned out to be.
    m_resolver->setLoaded(m_model);
    m_filterBar->setRecordingLookup(
        [this](const QString &prefix) { return m_model->recordingIdsWithPrefix(prefix, 12); });
    connect(m_resolver, &OpenResolver::artifactFound, this, &ArtifactBrowser::onArtifactResolved);
    connect(m_resolver, &OpenResolver::recordingFound, this, [this](const QString &id) {
        m_pendingSelection.clear();
        showRecording(id);
        Q_EMIT message(tr("%1 is a recording id; showing its artifacts").arg(id), 10000);
    });
    connect(m_resolver, &OpenResolver::notFound, this, [this](const QString &id) {
        m_pendingSelection.clear();
        Q_EMIT openFeedback(
            tr("%1 was not found in this workspace as an artifact, bot or recording (it may be in another region)")
                .arg(id));
    });
    connect(m_resolver, &OpenResolver::prefixNotFound, this, [this](const QString &prefix) {
        Q_EMIT openFeedback(m_model->hasMore()
                ? tr("No loaded artifact or recording starts with %1; short ids match loaded rows only (Load all, "
                     "or paste the whole id)")
                      .arg(prefix)
                : tr("No artifact or recording of this list starts with %1").arg(prefix));
    });
    connect(m_resolver, &OpenResolver::choicesFound, this,
        [this](const QString &prefix, const QList<OpenRequest> &candidates) {
            Q_EMIT openFeedback(
                tr("%n loaded id(s) start with %1: choose one, or type more", nullptr, int(candidates.size()))
                    .arg(prefix));
            Q_EMIT openChoices(tr("Matches"), candidates);
        });
    // A bot id: its recordings' artifacts, or in words why there are none. The bot goes by its short
    // id: the whole one is in the field.
    connect(
        m_resolver, &OpenResolver::botChoices, this, [this](const QString &botId, const QList<OpenRequest> &choices) {
            m_pendingSelection.clear();
            const int count = int(choices.size());
            Q_EMIT openFeedback(tr("Bot %1 has %n recording(s) with participant events: choose one", nullptr, count)
                                    .arg(botId.left(8)));
            Q_EMIT openChoices(tr("%n recording(s)", nullptr, count), choices);
        });
    connect(m_resolver, &OpenResolver::botWithoutArtifacts, this,
        [this](const QString &botId, OpenResolver::BotGap gap, int recordings, const QString &artifactId) {
            m_pendingSelection.clear();
            const QString bot = botId.left(8);
            switch (gap) {
            case OpenResolver::BotGap::NoRecording:
                Q_EMIT openFeedback(tr("Bot %1 has no recording yet, so no participant events").arg(bot));
                break;
            case OpenResolver::BotGap::NotCaptured:
                Q_EMIT openFeedback(
                    tr("Bot %1 has no participant events in its %n recording(s) (not captured)", nullptr, recordings)
                        .arg(bot));
                break;
            case OpenResolver::BotGap::ArtifactNotFound:
                Q_EMIT openFeedback(
                    tr("Bot %1 names participant events %2, which this workspace no longer has (deleted?)")
                        .arg(bot, artifactId));
                break;
            }
        });
    connect(m_resolver, &OpenResolver::botNotFound, this, [this](const QString &botId) {
        m_pendingSelection.clear();
        Q_EMIT openFeedback(
            tr("Bot %1 was not found in this workspace (it may be in another region)").arg(botId.left(8)));
    });
    connect(m_resolver, &OpenResolver::failed, this, [this](const ApiError &error) {
        m_pendingSelection.clear();
        Q_EMIT errorOccurred(error);
    });

    m_filterBar->setFilter(FilterSettings::lastFilter());
    updateEmptyNote();
    updateSearchAllPages();
}

ArtifactBrowser::~ArtifactBrowser() = default;

bool ArtifactBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a non-empty quick filter clears it. Claiming the key at ShortcutOverride keeps the
    // window's Esc (cancel Load all) from taking it first.
    if (watched == m_quickFilter && !m_quickFilter->text().isEmpty()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        if (event->type() == QEvent::KeyPress) {
            m_quickFilter->clear();
            applyQuickFilter();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ArtifactBrowser::setClient(RecallClient *client, const QString &connectionKey)
{
    m_connectionKey = connectionKey;
    // Nothing asked of the previous workspace may land in this one: its answers are dropped, and an
    // artifact being opened there is not opened here.
    cancelOwnRequests();
    forgetPendingOpen();
    m_pendingSelection.clear();
    m_client = client;
    m_resolver->setClient(client);
    m_feeder->setClient(client);
    m_deleter->setClient(client);
    m_model->setClient(client);
    m_poller->setClient(client);
    if (client)
        m_model->reload(m_filterBar->filter());
}

void ArtifactBrowser::reload()
{
    dropOpenRequest();
    m_model->reload(m_filterBar->filter());
}

void ArtifactBrowser::fetchMore()
{
    m_model->fetchMore({});
}

void ArtifactBrowser::loadAll()
{
    m_model->loadAll();
}

void ArtifactBrowser::cancelLoadAll()
{
    m_model->cancelLoadAll();
}

void ArtifactBrowser::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void ArtifactBrowser::applyQuickFilter()
{
    const bool valid = m_proxy->setQuickFilter(m_quickFilter->text());
    QPalette pal = palette();
    if (!valid)
        pal.setColor(QPalette::Base, StatusColors::invalidBase(pal));
    m_quickFilter->setPalette(pal);
    m_quickFilter->setToolTip(valid ? tr("Filters the loaded rows across all columns as you type; "
                                         "case-insensitive, regular expressions allowed")
                                    : tr("Invalid pattern: %1").arg(m_proxy->quickFilterError()));
    m_watchDebounce->start();
}

void ArtifactBrowser::openText(const QString &text)
{
    const QList<OpenRequest> found = IdExtractor::parseAll(text);
    Q_EMIT openFeedback({});
    if (found.isEmpty()) {
        Q_EMIT openChoices({}, {});
        Q_EMIT openFeedback(tr("No bot, artifact or recording id found in \u201c%1\u201d").arg(text.left(80)));
        return;
    }
    // Text with several ids opens the first and offers the others.
    Q_EMIT openChoices(
        found.size() > 1 ? tr("%n more id(s) in the text", nullptr, int(found.size() - 1)) : QString(), found.mid(1));
    open(found.constFirst());
}

void ArtifactBrowser::open(const OpenRequest &request)
{
    dropOpenRequest(); // one open at a time: the one before is dropped, whatever this one is
    switch (request.kind) {
    case OpenRequest::Kind::Nothing:
        return;
    case OpenRequest::Kind::Recording:
        showRecording(request.id);
        Q_EMIT message(tr("Showing the artifacts of recording %1").arg(request.id), 8000);
        return;
    case OpenRequest::Kind::Artifact:
    case OpenRequest::Kind::Unknown:
        openArtifact(request.id);
        return;
    case OpenRequest::Kind::Prefix:
        m_resolver->resolvePrefix(request.id);
        return;
    case OpenRequest::Kind::Bot:
        m_resolver->resolveBot(request.id);
        return;
    }
}

void ArtifactBrowser::openArtifact(const QString &artifactId)
{
    dropOpenRequest();
    if (const int row = m_model->rowOf(artifactId); row >= 0) {
        onArtifactResolved(m_model->artifact(row));
        return;
    }
    m_pendingSelection = artifactId;
    m_resolver->resolve(artifactId);
}

void ArtifactBrowser::onArtifactResolved(const Artifact &artifact)
{
    noteOpened(artifact);
    if (const int row = m_model->rowOf(artifact.id); row >= 0) {
        selectRow(row);
        return;
    }
    if (m_filterBar->filter().matches(artifact)) {
        m_model->insertArtifact(artifact);
        selectRow(m_model->rowOf(artifact.id));
        return;
    }
    // A row that the server filters exclude would make the list lie about them: clear them, and show
    // the artifact among the unfiltered rows.
    m_pendingArtifact = artifact;
    m_filterBar->setFilter({});
    FilterSettings::setLastFilter({});
    m_model->reload({});
    Q_EMIT message(tr("Cleared the list filters, which %1 does not match").arg(artifact.id.left(8)), 10000);
}

void ArtifactBrowser::noteOpened(const Artifact &artifact)
{
    if (artifact.id.isEmpty())
        return;
    FilterSettings::addRecentArtifact(m_connectionKey, artifact);
    Q_EMIT artifactOpened(artifact.id);
}

void ArtifactBrowser::cancelOwnRequests()
{
    m_resolver->setClient(nullptr);
}

void ArtifactBrowser::showRecording(const QString &recordingId)
{
    dropOpenRequest();
    ListFilter filter;
    filter.recordingId = recordingId;
    m_filterBar->setFilter(filter);
    FilterSettings::setLastFilter(filter);
    m_selectFirstOnLoad = true;
    m_model->reload(filter);
}

void ArtifactBrowser::forgetPendingOpen()
{
    m_pendingArtifact.reset();
    m_selectFirstOnLoad = false;
}

void ArtifactBrowser::dropOpenRequest()
{
    // The user asked for something else: an artifact still being looked up must not be selected, or
    // its answer undo what was asked since (clear the filters it does not match).
    m_resolver->cancel();
    m_pendingSelection.clear();
    forgetPendingOpen();
}

void ArtifactBrowser::onPageLoaded()
{
    const bool selectFirst = std::exchange(m_selectFirstOnLoad, false);
    if (m_pendingArtifact) {
        const Artifact artifact = *std::exchange(m_pendingArtifact, std::nullopt);
        m_model->insertArtifact(artifact); // updates the row when the page already holds it
        selectRow(m_model->rowOf(artifact.id));
    } else if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
        selectRow(m_model->rowOf(m_pendingSelection));
    } else if (selectFirst && m_proxy->rowCount() > 0) {
        // Opened through its recording id: the artifact shown counts as opened too.
        const QModelIndex first = m_proxy->index(0, ArtifactListModel::IdColumn);
        m_view->setCurrentIndex(first);
        noteOpened(m_model->artifact(m_proxy->mapToSource(first).row()));
    }
    m_watchDebounce->start();
}

void ArtifactBrowser::syncDetailWithCurrent()
{
    if (!m_view->currentIndex().isValid() && !m_gate->holdsDetail())
        m_feeder->clear();
}

void ArtifactBrowser::updateEmptyNote()
{
    QString note;
    QList<QAction *> actions;
    if (m_proxy->rowCount() == 0) {
        if (m_model->rowCount() > 0) {
            note = tr("No loaded artifact matches the quick filter or the chosen statuses.");
            if (m_model->hasMore()) {
                note += u'\n' + tr("More pages exist; the filter searches only the loaded ones.");
                actions = {m_searchAllAction};
            }
        } else if (m_model->isLoading()) {
            note = tr("Loading artifacts\u2026");
        } else if (const std::optional<ApiError> &error = m_model->lastError()) {
            // Never "no artifacts" when the list could not be asked: that is what people would believe.
            note = tr("Loading the artifacts failed: %1").arg(error->message);
            if (const QString hint = error->hint(); !hint.isEmpty())
                note += u'\n' + hint;
            actions = {m_retryAction, m_manageConnectionsAction};
        } else if (!m_pageProblems->skipped().isEmpty()) {
            note = tr("No artifact of the list could be read: %n skipped (Details above).", nullptr,
                static_cast<int>(m_pageProblems->skipped().size()));
        } else if (!m_filterBar->filter().isEmpty()) {
            note = tr("No artifact matches the filters above.");
        } else if (m_client) {
            note = tr("This workspace has no artifacts yet.");
        }
    }
    m_emptyState->showState(note, actions);
}

void ArtifactBrowser::updateSearchAllPages()
{
    const RateBudget *budget = m_client ? m_client->budget() : nullptr;
    m_searchAllAction->setToolTip(
        tr("Load every remaining page of the list, then filter them all: one request per page, within the "
           "workspace's limit of %n list request(s) a minute",
            nullptr, budget ? budget->limits().listPerMinute : RateBudget::Limits().listPerMinute));
    m_searchAllAction->setEnabled(!m_model->isLoadingAll());
    m_view->loadAllToSortAction()->setEnabled(m_model->hasMore() && !m_model->isLoadingAll());
    m_searchAllButton->setToolTip(m_searchAllAction->toolTip());
    m_searchAllButton->setVisible(m_proxy->isFiltering() && m_model->hasMore());
}

QString ArtifactBrowser::currentArtifactId() const
{
    return m_view->currentIndex().data(ArtifactListModel::ArtifactIdRole).toString();
}

void ArtifactBrowser::clearClientFilters()
{
    m_quickFilter->clear();
    m_legend->setCheckedCodes({});
    applyQuickFilter();
}

void ArtifactBrowser::selectRow(int sourceRow)
{
    if (sourceRow < 0)
        return;
    m_pendingSelection.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, ArtifactListModel::IdColumn));
    if (!index.isValid()) {
        // Hidden by the quick filter or the legend: show it rather than silently not selecting.
        clearClientFilters();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, ArtifactListModel::IdColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ArtifactBrowser::onCurrentChanged()
{
    if (m_gate->isRestoring())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        if (!m_gate->holdsDetail())
            m_feeder->clear();
        return;
    }
    const Artifact target = m_model->artifact(m_proxy->mapToSource(current).row());
    const QString shown = m_feeder->shownId();
    const QModelIndex back = m_proxy->mapFromSource(m_model->index(m_model->rowOf(shown), current.column()));
    const bool now = m_gate->admit(shown, target.id, back, [this](const QString &id) {
        if (const int row = m_model->rowOf(id); row >= 0)
            selectRow(row);
    });
    if (now)
        m_feeder->show(target);
}

void ArtifactBrowser::setLeaveGuard(LeaveGuard guard, std::function<bool()> holdDetail)
{
    m_gate->setGuard(std::move(guard), std::move(holdDetail));
}

void ArtifactBrowser::applyFreshCopy(const Artifact &artifact)
{
    m_model->updateArtifact(artifact);
    m_feeder->update(artifact);
}

void ArtifactBrowser::updateWatched()
{
    const int first = m_view->rowAt(0);
    if (first < 0) {
        m_poller->setWatched({});
        return;
    }
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    QStringList ids;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ArtifactListModel::StatusKindRole).toInt() == static_cast<int>(StatusKind::Processing))
            ids.append(index.data(ArtifactListModel::ArtifactIdRole).toString());
    }
    m_poller->setWatched(ids);
}

void ArtifactBrowser::saveState(QSettings &settings) const
{
    // The details' width as the user left it beside the list, also when the window is narrow now.
    settings.setValue("browser/splitter"_L1, m_splitter->wideState());
    settings.setValue("browser/columns"_L1, m_view->horizontalHeader()->saveState());
}

void ArtifactBrowser::restoreState(const QSettings &settings)
{
    m_splitter->restoreWideState(settings.value("browser/splitter"_L1).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value("browser/columns"_L1).toByteArray());
}
