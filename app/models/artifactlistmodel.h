#pragma once

#include "domain/apierror.h"
#include "domain/artifact.h"

#include <QAbstractTableModel>
#include <QPointer>

class RecallClient;

// The artifacts of one workspace as the List endpoint returns them, a page at a time: the first page
// on reload(), the next whenever a view asks (canFetchMore/fetchMore follow the page's `next`).
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
        ArtifactRole, // QVariant<Artifact>
    };
    Q_ENUM(Roles)

    explicit ArtifactListModel(RecallClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Drops every row and loads the first page with this filter.
    void reload(const ListFilter &filter = {});
    ListFilter filter() const { return m_filter; }
    bool isLoading() const { return m_pendingRequest != 0; }
    bool hasMore() const { return !m_next.isEmpty(); }

    const Artifact &artifact(int row) const { return m_rows.at(row); }
    int rowOf(const QString &artifactId) const;
    // Replaces the row with the same id in place (live status, a metadata save).
    void updateArtifact(const Artifact &artifact);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadFailed(const ApiError &error);

private:
    void requestPage(const QUrl &next);
    void setPending(quint64 request);

    QPointer<RecallClient> m_client;
    QList<Artifact> m_rows;
    QHash<QString, int> m_rowById;
    ListFilter m_filter;
    QUrl m_next;
    quint64 m_pendingRequest = 0;
    bool m_firstPageLoaded = false;
};
