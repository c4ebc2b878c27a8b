#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"
#include "domain/result.h"
#include "searchtexts.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <vector>

class RecallClient;

// The artifacts of one workspace as the List endpoint returns them, a page at a time: the first page
// on reload(), the next whenever a view asks (canFetchMore/fetchMore follow the page's `next`), or
// every page in a row on loadAll().
//
// Rows are stored compactly because support staff load whole workspaces (100 000 artifacts and more):
// ids as QUuid, times as epoch milliseconds, status and sub-code interned, metadata as compact JSON
// and the quick filter's search texts as UTF-8 end to end in SearchTexts (bench_artifactlist measures
// about 640 bytes per artifact, search text included; the target is 1 KB).
// A page is read artifact by artifact (see ArtifactParser): what cannot be identified is skipped and
// reported (itemsSkipped, lastPageSkipped, skippedCount), and loading goes on. Only a page that cannot
// be read at all, or a `next` link no URL can be made of, stops loading with loadFailed.
//
// A row keeps what the list shows and nothing else: NOT the download URLs (signed and expiring, so a
// stored copy would go stale anyway) and NOT the recording's metadata. artifact(row) therefore returns
// an Artifact with empty `downloads` and `recording.metadata == nullopt`; the detail pane re-retrieves
// the artifact on selection to get both fresh.
class ArtifactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        StatusColumn,
        IdColumn,
        RecordingColumn,
        CreatedColumn,
        UpdatedColumn,
        SubCodeColumn,
        MetadataColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        ArtifactIdRole = Qt::UserRole, // QString, full id
        StatusCodeRole, // QString, raw code as sent
        StatusKindRole, // int, StatusKind
        SortRole, // a value that sorts naturally for the column (QDateTime, QString)
        ArtifactRole, // QVariant<Artifact>, rebuilt from the row (see the class comment)
        SearchTextRole, // QString, every column's text (full ids) case-folded; what the quick filter searches
    };
    Q_ENUM(Roles)

    explicit ArtifactListModel(RecallClient *client, QObject *parent = nullptr);
    ~ArtifactListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Switching workspaces: drops the pending request and every row. Loads nothing by itself; the
    // API filter is kept (call reload() with the filter wanted for the new workspace).
    void setClient(RecallClient *client);
    RecallClient *client() const;

    // Loads the first page with this filter. Ends a load-all as cancelled. With the same filter the rows
    // stay until the new first page replaces them (isRefreshing(), rows in italics); with another
    // filter they are dropped at once.
    void reload(const ListFilter &filter = {});
    bool isRefreshing() const { return m_refreshing; }
    ListFilter filter() const { return m_filter; }
    bool isLoading() const { return m_pendingRequest != 0; }
    bool hasMore() const { return !m_next.isEmpty(); }
    // Pages received since reload() (the first page is page 1).
    int pagesLoaded() const { return m_pagesLoaded; }
    // Why the last page request failed; nullopt once a page arrives, and after reload() or setClient().
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Follows `next` page after page (each through the client, so through the rate budget) until the
    // last page, reporting loadAllProgress() after each. Starts with the first page when none is
    // loaded yet. With nothing left to load, loadAllFinished(true) is emitted before this returns.
    void loadAll();
    // Cancels the in-flight page request and stops; the rows loaded so far stay.
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    // What the latest page could not read, and the totals since reload() or setClient(): for a notice
    // "N artifacts on this page could not be read" with the reasons and excerpts under Details.
    QList<SkippedItem> lastPageSkipped() const { return m_lastPageSkipped; }
    int skippedCount() const { return m_skippedCount; }
    // Invalid UTF-8 sequences read as U+FFFD: on the latest page, and since reload() or setClient().
    int lastPageReplacedUtf8Sequences() const { return m_lastPageReplaced; }
    int replacedUtf8Sequences() const { return m_replacedCount; }

    // Raw status code -> number of rows with it (codes without rows are absent).
    QMap<QString, int> statusCounts() const;

    // The time relative forms ("3 min ago") are computed against; invalid: the current time (default).
    void setNow(const QDateTime &now);
    QDateTime now() const;

    // An empty Artifact for a row that does not exist (no current row, a row since removed).
    Artifact artifact(int row) const;
    // SearchTextRole and StatusCodeRole without a QVariant, for the filter proxy's per-keystroke scan.
    // The search text as case-folded UTF-8: half the memory of UTF-16 and half the bytes per keystroke.
    QByteArrayView searchText(int row) const { return m_searchTexts.at(row); }
    const QString &statusCode(int row) const { return string(m_rows[static_cast<std::size_t>(row)].status); }
    int rowOf(const QString &artifactId) const;
    // Whether a loaded row belongs to this recording (a scan: for a user's action, not per row).
    bool hasRecording(const QString &recordingId) const;
    // Loaded artifact ids, and distinct recording ids, that start with prefix (lower case), in row
    // order, at most limit of each (scans: for a user's action, not per row).
    QStringList artifactIdsWithPrefix(const QString &prefix, int limit) const;
    QStringList recordingIdsWithPrefix(const QString &prefix, int limit) const;
    // Replaces the row with the same id in place (live status, a metadata save).
    void updateArtifact(const Artifact &artifact);
    // Adds an artifact that no loaded page holds (one opened by id), or updates it when present.
    void insertArtifact(const Artifact &artifact);
    // Drops the row of an artifact the server no longer knows (404); false when no row has that id.
    bool removeArtifact(const QString &artifactId);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshingChanged(bool refreshing);
    // After a page's rows are in, before pageLoaded(): the items of that page that were not read.
    void itemsSkipped(const QList<SkippedItem> &items);
    // After a page's rows are in, before pageLoaded(): that page's invalid UTF-8 sequences, read as U+FFFD.
    void utf8Replaced(int count);
    void pageLoaded(int rowsAdded);
    // A page could not be read, the request failed, or (after pageLoaded) the page's `next` link is
    // unreadable: then loading stops there, hasMore() is false, and error.bodyExcerpt holds the link.
    void loadFailed(const ApiError &error);
    void loadAllProgress(int pagesLoaded, int rowsLoaded);
    // completed is false when cancelled, failed, or ended by reload()/setClient().
    void loadAllFinished(bool completed);
    void statusCountsChanged();

private:
    // One artifact as the list keeps it; see the class comment for what is left out.
    struct Row
    {
        QUuid id; // null when the id is not a canonical UUID: idText holds it then
        QUuid recordingId;
        qint64 createdMs = 0; // invalidTime when unknown
        qint64 updatedMs = 0;
        quint32 idText = 0; // interned string, 0: none (the QUuid is the id)
        quint32 recordingText = 0;
        quint32 status = 0; // interned raw status code
        quint32 subCode = 0; // interned sub_code, 0: null
        quint32 problems = 0; // interned Artifact::problems, one per line; 0: none
        quint16 replacedUtf8 = 0; // Artifact::replacedUtf8Sequences, saturated
        bool metadataUnreadable = false;
        QByteArray metadata; // MetadataJson of the map (non-strings as the server wrote them), empty for {}
        QString summary; // metadataSummary(), shown and sorted on constantly
        friend bool operator==(const Row &, const Row &) = default;
    };

    Row makeRow(const Artifact &artifact);
    // Every column's text (full ids) in one line, case-folded UTF-8: what the quick filter searches.
    static QByteArray searchTextOf(const Artifact &artifact, const Row &row);
    QString idOf(const Row &row) const;
    QString recordingIdOf(const Row &row) const;
    quint32 intern(const QString &text);
    const QString &string(quint32 index) const { return m_strings.at(index); }
    void countStatus(quint32 status, int delta);
    void insertRows(QList<Artifact> &&fresh);
    void clearRows();
    void requestPage(const QUrl &next);
    void onPage(const Result<ArtifactPage> &result);
    void setPending(quint64 request);
    void setRefreshing(bool refreshing);
    void cancelPending();
    void finishLoadAll(bool completed);
    // The latest page's next link is unreadable: says so (loadFailed) and ends a load-all.
    void stopAtUnreadableNext();
    void refreshRelativeTimes();

    QPointer<RecallClient> m_client;
    std::vector<Row> m_rows;
    SearchTexts m_searchTexts; // row by row with m_rows
    QHash<QUuid, int> m_rowByUuid;
    QHash<QString, int> m_rowByOddId; // ids that are not canonical UUIDs
    // Status codes, sub-codes and odd ids repeat across rows: each distinct string is kept once.
    QStringList m_strings;
    QHash<QString, quint32> m_stringIndex;
    QHash<quint32, int> m_statusRows; // interned status code -> rows
    ListFilter m_filter;
    QUrl m_next;
    std::optional<ApiError> m_lastError;
    QString m_unreadableNext; // the latest page's next link when it was unreadable
    QList<SkippedItem> m_lastPageSkipped;
    int m_skippedCount = 0;
    int m_lastPageReplaced = 0;
    int m_replacedCount = 0;
    quint64 m_pendingRequest = 0;
    bool m_firstPageLoaded = false;
    int m_pagesLoaded = 0;
    bool m_refreshing = false; // a reload of the same list: the old rows stay until its first page
    bool m_loadingAll = false;
    int m_loadAllPages = 0;
    QDateTime m_now;
    QTimer m_relativeTimer;
};
