#pragma once

#include "edit/historystore.h"

#include <QWidget>

#include <functional>

class NoticeBar;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

// The saves made from this computer to one artifact (HistoryStore), newest first: when, on which
// connection, to the artifact or its recording, and what changed. Selecting one shows every changed key
// before and after. "Revert to this" asks for the map as it was before that save, "Apply this again" for
// the map it left; the panel itself never sends anything: the owner turns the map into an edit that goes
// through the normal save path (merge, preview, verify). Saves the store could not read are named in a
// notice above the list, never silently dropped.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    enum Columns { TimeColumn, ConnectionColumn, TargetColumn, ChangesColumn, ColumnCount };
    Q_ENUM(Columns)
    enum DiffColumns { KeyColumn, BeforeColumn, AfterColumn, ChangeColumn, DiffColumnCount };
    Q_ENUM(DiffColumns)

    explicit HistoryPanel(QWidget *parent = nullptr);

    // Where the saves come from (not owned; nullptr for none), and whose saves to list.
    void setStore(HistoryStore *store);
    void setArtifact(const QString &connection, const QString &artifactId);
    // How a connection key reads for people (a profile's name rather than its id); default: the key.
    void setConnectionNamer(std::function<QString(const QString &key)> namer) { m_namer = std::move(namer); }
    // Reads the store again, after a save; keeps the selected save selected when it is still listed.
    void reload();
    // Lists these instead of reading a store (newest first, as HistoryStore lists them).
    void setListing(const HistoryStore::Listing &listing);
    void setEntries(const QList<HistoryStore::Entry> &entries) { setListing({entries, {}}); }

    QList<HistoryStore::Entry> entries() const { return m_entries; }
    // The selected save's row, -1 for none; selecting shows its changes.
    int currentRow() const;
    void setCurrentRow(int row);

    // The time "5 min ago" counts from; invalid (the default): the current time. For tests and shots.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    // The map before the selected save, for the target that save changed.
    void revertRequested(const Metadata &map, const HistoryStore::Target &target);
    // The map the selected save left, to set it again (after someone else changed it since).
    void applyAgainRequested(const Metadata &map, const HistoryStore::Target &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString connectionName(const QString &key) const;
    void fillList();
    void refreshTimes();
    void showEntry(int row);
    QDateTime now() const;

    HistoryStore *m_store = nullptr;
    QString m_connection;
    std::function<QString(const QString &)> m_namer;
    QString m_artifactId;
    QList<HistoryStore::Entry> m_entries;
    QDateTime m_fixedNow;

    NoticeBar *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTreeWidget *m_diff = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_applyAgain = nullptr;
    QTimer *m_clock = nullptr;
};
