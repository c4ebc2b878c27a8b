#pragma once

#include "analysis/speakerstats.h"
#include "timeline/timelinedocument.h"

#include <QAbstractTableModel>
#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

// The statistics table beside the chart: one row per speaker (or merged speakers), then a totals row,
// for the whole meeting or the chosen range. A range change recomputes every cell from prefix sums
// (SpeakerStats::compute, O(rows · log n)) and reports dataChanged, so a sorting proxy re-sorts and a
// million segments stay interactive; a merge rebuilds (O(n log n)) and resets the model.
// Display text is for people (h:mm:ss, "42.1 %", "≈" for estimates); SortRole gives numbers.
class SpeakerStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Speaker, Talk, Share, Turns, LongestTurn, Overlap, FirstSpeech, LastSpeech, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a number (seconds, share, count); the totals row sorts last anyway
        TimelineRowRole, // the participant index of the row's first member; -1 on the totals row
        MembersRole, // QList<qsizetype>: the participant indexes counted in the row
        TotalsRole, // true on the totals row
    };

    explicit SpeakerStatsModel(QObject *parent = nullptr);
    ~SpeakerStatsModel() override;

    // A new meeting: whole meeting, nothing merged.
    void setDocument(std::shared_ptr<const TimelineDocument> document);
    std::shared_ptr<const TimelineDocument> document() const { return m_document; }

    // Only [from, to]; nullopt: the whole meeting.
    void setRange(std::optional<TimeRange> range);
    std::optional<TimeRange> range() const { return m_range; }

    // Which participant indexes count as one speaker (see SpeakerStats); empty: none merged.
    void setGroups(std::vector<int> groupOf);
    const std::vector<int> &groups() const { return m_groups; }

    const SpeakerStats::Result &result() const { return m_result; }
    // The statistics as CSV (TimelineExport::statsCsv) for what the table shows now.
    QByteArray csv() const;
    // "Whole meeting 0:45:10 · speech 0:40:02 · silence 0:05:08 · overlap 0:02:10", or for a range.
    QString summary() const;
    // A speaker's name as the Speaker column shows it ("Ana Silva", "Ana Silva (2 ids merged)").
    QString speakerName(const SpeakerStats::Row &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A duration as short as reads well: "8.3 s", "2:15", "1:02:03".
    static QString durationText(double seconds);

private:
    void rebuild();
    void recompute();
    QVariant rowData(const SpeakerStats::Row &row, int column, int role) const;
    QVariant totalsData(int column, int role) const;

    std::shared_ptr<const TimelineDocument> m_document;
    std::unique_ptr<SpeakerStats> m_stats;
    std::vector<int> m_groups;
    std::optional<TimeRange> m_range;
    SpeakerStats::Result m_result;
};
