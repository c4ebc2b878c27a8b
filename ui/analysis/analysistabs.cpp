#include "analysis/analysistabs.h"

#include "analysis/datacheckspane.h"
#include "analysis/eventspane.h"
#include "analysis/participantspane.h"
#include "analysis/speakerstatsmodel.h"
#include "analysis/statspane.h"
#include "timeline/timelinechart.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr auto tabKey = "timeline/analysisTab"_L1;

} // namespace

AnalysisTabs::AnalysisTabs(TimelineChart *chart, QWidget *parent)
    : QTabWidget(parent)
    , m_chart(chart)
    , m_stats(new StatsPane(this))
    , m_events(new EventsPane(this))
    , m_participants(new ParticipantsPane(this))
    , m_checks(new DataChecksPane(this))
{
    setObjectName(u"timelineAnalysisTabs"_s);
    setAccessibleName(tr("Timeline analysis"));
    setToolTip(tr("Statistics and more about the meeting shown (F6 moves here from the chart)"));
    addTab(m_stats, tr("S&tatistics"));
    setTabToolTip(0, tr("Talk time, turns and overlap per speaker, for the meeting or a range"));
    addTab(m_events, tr("&Events"));
    setTabToolTip(1,
        tr("Every participant event: joins, leaves, webcam, screen sharing, chat; choosing one "
           "shows it on the chart"));
    addTab(m_participants, tr("&Participants"));
    setTabToolTip(2, tr("Everyone in the participants file with every field, extra_data unfolded"));
    addTab(m_checks, tr("&Data checks"));
    setTabToolTip(3,
        tr("What looks odd in the files, how often, and what it usually means; choosing a "
           "finding shows it on the chart"));
    setCurrentIndex(std::clamp(QSettings().value(tabKey, 0).toInt(), 0, count() - 1));
    connect(this, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(tabKey, index); });

    // The statistics' range and the chart's follow each other.
    connect(
        m_chart, &TimelineChart::selectedRangeChanged, this, [this] { m_stats->setRange(m_chart->selectedRange()); });
    connect(m_stats, &StatsPane::rangeEdited, this, [this](std::optional<TimeRange> range) {
        m_chart->setSelectedRange(range);
        if (range && (range->start < m_chart->visibleRange().start || range->end > m_chart->visibleRange().end)) {
            const double margin = range->duration() * 0.05;
            m_chart->setVisibleRange({range->start - margin, range->end + margin});
        }
    });
    connect(m_stats, &StatsPane::rowActivated, m_chart, &TimelineChart::setSelectedRow);
    // Merged in the statistics: marked in the chart's name column.
    connect(m_stats->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_stats->model()->document() == m_chart->document())
            m_chart->setMergedGroups(m_stats->model()->groups());
    });
    connect(m_events, &EventsPane::revealRequested, this, &AnalysisTabs::reveal);
    connect(m_participants, &ParticipantsPane::revealRequested, this, &AnalysisTabs::reveal);
    connect(m_checks, &DataChecksPane::revealRequested, this, &AnalysisTabs::reveal);
}

void AnalysisTabs::setMeeting(const MeetingFiles &meeting, const QString &eventsProblem)
{
    const bool newDocument = meeting.document != m_shown.document;
    const bool newEvents = newDocument || meeting.events != m_shown.events || eventsProblem != m_eventsProblem;
    const bool newParticipants
        = newDocument || meeting.participants != m_shown.participants || meeting.events != m_shown.events;
    const bool anything = newEvents || newParticipants;
    m_shown = meeting;
    m_eventsProblem = eventsProblem;
    if (newDocument)
        m_stats->setDocument(meeting.document);
    if (newEvents)
        m_events->setMeeting(meeting, eventsProblem);
    if (newParticipants)
        m_participants->setMeeting(meeting);
    if (!anything)
        return;
    if (meeting.document)
        m_checks->setMeeting(meeting);
    else
        m_checks->clear();
}

void AnalysisTabs::reveal(double from, double to, int participantIndex)
{
    if (m_chart->document())
        m_chart->reveal(from, to, participantIndex);
}
