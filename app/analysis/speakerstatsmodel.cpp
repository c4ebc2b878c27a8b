#include "speakerstatsmodel.h"

#include "analysis/timelineexport.h"
#include "timeline/timeticks.h"

#include <QFont>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QVariant optionalSeconds(const std::optional<double> &seconds)
{
    return seconds ? QVariant(*seconds) : QVariant();
}

} // namespace

SpeakerStatsModel::SpeakerStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SpeakerStatsModel::~SpeakerStatsModel() = default;

void SpeakerStatsModel::setDocument(std::shared_ptr<const TimelineDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_groups.clear();
    m_range.reset();
    rebuild();
    endResetModel();
}

void SpeakerStatsModel::setRange(std::optional<TimeRange> range)
{
    if (range && range->end < range->start)
        range = TimeRange {range->end, range->start};
    m_range = range;
    recompute();
    if (!m_result.rows.isEmpty() || rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SpeakerStatsModel::setGroups(std::vector<int> groupOf)
{
    beginResetModel();
    m_groups = std::move(groupOf);
    rebuild();
    endResetModel();
}

void SpeakerStatsModel::rebuild()
{
    m_stats.reset();
    if (m_document)
        m_stats = std::make_unique<SpeakerStats>(m_document->timeline(), m_groups);
    recompute();
}

void SpeakerStatsModel::recompute()
{
    if (!m_stats) {
        m_result = {};
        return;
    }
    m_result = m_range ? m_stats->compute(m_range->start, m_range->end) : m_stats->whole();
}

QByteArray SpeakerStatsModel::csv() const
{
    return m_document ? TimelineExport::statsCsv(m_document->timeline(), m_result) : QByteArray();
}

QString SpeakerStatsModel::durationText(double seconds)
{
    // As short as reads well in a narrow table: "8.3 s", "2:15", "1:02:03".
    const double magnitude = std::abs(seconds);
    if (magnitude < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', magnitude == std::floor(magnitude) ? 0 : 1));
    const auto whole = qint64(std::llround(magnitude));
    const QString sign = seconds < 0 ? u"-"_s : QString();
    if (whole < 3600)
        return sign + u"%1:%2"_s.arg(whole / 60).arg(whole % 60, 2, 10, QChar(u'0'));
    return sign
        + u"%1:%2:%3"_s.arg(whole / 3600).arg(whole / 60 % 60, 2, 10, QChar(u'0')).arg(whole % 60, 2, 10, QChar(u'0'));
}

QString SpeakerStatsModel::summary() const
{
    if (!m_document)
        return {};
    const SpeakerStats::Totals &t = m_result.totals;
    const QString parts = tr("speech %1 · silence %2 · overlap %3")
                              .arg(durationText(t.speech), durationText(t.silence), durationText(t.overlap));
    if (!m_range)
        return tr("Whole meeting %1 · %2").arg(durationText(t.length), parts);
    return tr("Range %1 – %2 (%3) · %4")
        .arg(TimeTicks::relativeLabel(t.from, 0.1), TimeTicks::relativeLabel(t.to, 0.1), durationText(t.length), parts);
}

QString SpeakerStatsModel::speakerName(const SpeakerStats::Row &row) const
{
    if (!m_document)
        return {};
    if (row.members.size() > 1)
        return tr("%1 (%n ids merged)", nullptr, int(row.members.size())).arg(m_document->rowName(row.row));
    // Two rows of one name (a rejoin, or namesakes) are told apart by id, as the chart does.
    return m_document->rowLabels().value(row.row);
}

int SpeakerStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_result.rows.size()) + 1;
}

int SpeakerStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_result.rows.size())
        return totalsData(index.column(), role);
    return rowData(m_result.rows.at(index.row()), index.column(), role);
}

QVariant SpeakerStatsModel::rowData(const SpeakerStats::Row &row, int column, int role) const
{
    switch (role) {
    case TimelineRowRole:
        return qlonglong(row.row);
    case MembersRole:
        return QVariant::fromValue(row.members);
    case TotalsRole:
        return false;
    case Qt::TextAlignmentRole:
        return column == Speaker ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    const QLocale locale;
    const QString estimate = row.estimated ? u"\u2248"_s : QString();
    if (role == SortRole) {
        switch (column) {
        case Speaker:
            return speakerName(row).toLower();
        case Talk:
            return row.talk;
        case Share:
            return row.share;
        case Turns:
            return row.turns;
        case LongestTurn:
            return row.longestTurn;
        case Overlap:
            return row.overlap;
        case FirstSpeech:
            return optionalSeconds(row.firstSpeech);
        case LastSpeech:
            return optionalSeconds(row.lastSpeech);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Speaker:
            return speakerName(row);
        case Talk:
            return QString(estimate + durationText(row.talk));
        case Share:
            return QString(estimate + locale.toString(row.share * 100, 'f', 1) + u" %"_s);
        case Turns:
            return locale.toString(row.turns);
        case LongestTurn:
            return durationText(row.longestTurn);
        case Overlap:
            return durationText(row.overlap);
        case FirstSpeech:
            return row.firstSpeech ? TimeTicks::relativeLabel(*row.firstSpeech, 1) : u"\u2014"_s;
        case LastSpeech:
            return row.lastSpeech ? QString(estimate + TimeTicks::relativeLabel(*row.lastSpeech, 1)) : u"\u2014"_s;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList notes;
        if (column == Speaker && row.members.size() > 1) {
            QStringList ids;
            for (const qsizetype member : row.members)
                ids << u"#"_s + QString::number(m_document->timeline().participants().at(member).id);
            notes << tr("Merged: %1 count as one speaker. Unmerge to see them apart.").arg(ids.join(u", "_s));
        }
        if (row.estimated && column != Speaker)
            notes << tr("Estimated: an open-ended turn counts up to the end of the recording.");
        if (row.beforeRecording && (column == FirstSpeech || column == Talk))
            notes << tr("Includes speech before the recording started (negative times).");
        if (column == Talk && notes.isEmpty())
            notes << tr("Time this speaker talked in the range; their own overlapping turns count once");
        if (column == Overlap && notes.isEmpty())
            notes << tr("Time this speaker talked while someone else talked too");
        return notes.isEmpty() ? QVariant() : QVariant(notes.join(u'\n'));
    }
    if (role == Qt::FontRole && column == Speaker && row.members.size() > 1) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant SpeakerStatsModel::totalsData(int column, int role) const
{
    const SpeakerStats::Totals &t = m_result.totals;
    switch (role) {
    case TimelineRowRole:
        return qlonglong(-1);
    case MembersRole:
        return QVariant::fromValue(QList<qsizetype>());
    case TotalsRole:
        return true;
    case Qt::TextAlignmentRole:
        return column == Speaker ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SortRole:
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Speaker:
            return tr("Length %1, silence (nobody speaks) %2").arg(durationText(t.length), durationText(t.silence));
        case Talk:
            return tr("Time anyone speaks");
        case Share:
            return tr("Share of the range in which anyone speaks");
        case Overlap:
            return tr("Time two or more speak at once");
        case FirstSpeech:
            return tr("When anyone first spoke in the range");
        case LastSpeech:
            return tr("When anyone last stopped speaking in the range");
        default:
            return {};
        }
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    const QString estimate = t.estimated ? u"\u2248"_s : QString();
    switch (column) {
    case Speaker:
        return display ? QVariant(tr("All speakers")) : QVariant();
    case Talk:
        return display ? QVariant(QString(estimate + durationText(t.speech))) : QVariant(t.speech);
    case Share: {
        const double share = t.length > 0 ? t.speech / t.length : 0;
        return display ? QVariant(QString(QLocale().toString(share * 100, 'f', 1) + u" %"_s)) : QVariant(share);
    }
    case Overlap:
        return display ? QVariant(durationText(t.overlap)) : QVariant(t.overlap);
    case FirstSpeech:
    case LastSpeech: {
        // The earliest first and the latest last speech of anyone in the range.
        std::optional<double> at;
        for (const SpeakerStats::Row &row : m_result.rows) {
            const std::optional<double> &mine = column == FirstSpeech ? row.firstSpeech : row.lastSpeech;
            if (mine && (!at || (column == FirstSpeech ? *mine < *at : *mine > *at)))
                at = mine;
        }
        if (!display)
            return optionalSeconds(at);
        return at ? TimeTicks::relativeLabel(*at, 1) : u"\u2014"_s;
    }
    default:
        return {};
    }
}

QVariant SpeakerStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Speaker:
        return tip ? tr("The speaker; merged rows count several ids as one person") : tr("Speaker");
    case Talk:
        return tip ? tr("Talk time in the range (\u2248: estimated from an open-ended turn)") : tr("Talk");
    case Share:
        return tip ? tr("Share of all speech in the range") : tr("Share");
    case Turns:
        return tip ? tr("Stretches of speech; a speaker's turns that touch or overlap count as one") : tr("Turns");
    case LongestTurn:
        return tip ? tr("The longest turn, as far as it lies in the range") : tr("Longest");
    case Overlap:
        return tip ? tr("Time spoken while someone else spoke") : tr("Overlap");
    case FirstSpeech:
        return tip ? tr("When they first spoke (recording time; negative: before the recording)") : tr("First");
    case LastSpeech:
        return tip ? tr("When they last stopped speaking") : tr("Last");
    default:
        return {};
    }
}
