#include "analysis/datacheckspane.h"

#include "analysis/datacheckmodel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPromise>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto silenceKey = "analysis/silenceSeconds"_L1;
constexpr int defaultSilence = 120;

// Checks that found nothing, or could not run, in the palette's quieter text colour: still listed, so
// the user sees what was checked, but the eye goes to what was found.
class CheckDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(DataCheckModel::IsLocationRole).toBool())
            return;
        const auto state = DataCheckModel::State(index.data(DataCheckModel::StateRole).toInt());
        if (state == DataCheckModel::State::Found) {
            option->font.setBold(true);
            return;
        }
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->font.setItalic(state == DataCheckModel::State::NotApplicable);
    }
};

} // namespace

DataChecksPane::DataChecksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DataCheckModel(this))
{
    setObjectName(u"dataChecksPane"_s);
    setAccessibleName(tr("Data checks"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dataChecksSummary"_s);
    m_summary->setAccessibleName(tr("Data checks summary"));
    m_summary->setWordWrap(true);

    m_silence = new QSpinBox(this);
    m_silence->setObjectName(u"silenceSeconds"_s);
    m_silence->setAccessibleName(tr("Silences longer than, in seconds"));
    m_silence->setToolTip(tr("Report stretches where nobody speaks for longer than this"));
    m_silence->setRange(1, 24 * 3600);
    //: Unit after the silence threshold: seconds
    m_silence->setSuffix(tr(" s"));
    m_silence->setKeyboardTracking(false); // typing "300" runs the checks once, not for 3, 30 and 300
    m_silence->setValue(QSettings().value(silenceKey, defaultSilence).toInt());
    auto *silenceLabel = new QLabel(tr("&Silences longer than"), this);
    silenceLabel->setBuddy(m_silence);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"dataChecksView"_s);
    m_view->setAccessibleName(tr("Data check findings"));
    m_view->setToolTip(tr("Each check with what it found; choose a finding to show it on the chart"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CheckDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DataCheckModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DataCheckModel::CountColumn, QHeaderView::ResizeToContents);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"dataCheckExplanation"_s);
    m_explanation->setAccessibleName(tr("What the finding usually means"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setFocusPolicy(Qt::StrongFocus); // keyboard users reach the text to copy it
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *threshold = new QHBoxLayout;
    threshold->addWidget(silenceLabel);
    threshold->addWidget(m_silence);
    threshold->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(threshold);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_explanation);
    setTabOrder(m_silence, m_view);
    setTabOrder(m_view, m_explanation);

    connect(m_silence, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(silenceKey, seconds);
        run();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Selection, not the current index: tabbing into the view makes its first item current without
    // selecting it, and that must not move the chart.
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this](const QItemSelection &selected) {
            if (!m_restoring && !selected.isEmpty())
                reveal(selected.indexes().constFirst());
        });
    connect(m_view, &QAbstractItemView::activated, this, &DataChecksPane::reveal);
    updateSummary();
}

// A worker still running keeps its own copy of the meeting; its result is dropped with the watcher.
DataChecksPane::~DataChecksPane() = default;

void DataChecksPane::setMeeting(const MeetingFiles &meeting)
{
    m_meeting = meeting;
    run();
}

void DataChecksPane::clear()
{
    setMeeting({});
}

int DataChecksPane::silenceSeconds() const
{
    return m_silence->value();
}

void DataChecksPane::setSilenceSeconds(int seconds)
{
    m_silence->setValue(seconds);
}

void DataChecksPane::run()
{
    const quint64 generation = ++m_generation;
    if (!m_meeting.hasTimeline() && !m_meeting.participants && !m_meeting.events) {
        m_checking = false;
        m_model->clear();
        m_explanation->clear();
        updateSummary();
        Q_EMIT checked();
        return;
    }
    DataChecks::Options options;
    options.silenceLongerThan = m_silence->value();
    const qsizetype items
        = m_meeting.timeline().segmentCount() + (m_meeting.events ? qsizetype(m_meeting.events->events.size()) : 0);
    if (items <= m_workerThreshold) {
        present(DataChecks::run(m_meeting, options), generation);
        return;
    }
    m_checking = true;
    updateSummary();
    auto promise = std::make_shared<QPromise<QList<DataChecks::Finding>>>();
    auto *watcher = new QFutureWatcher<QList<DataChecks::Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            present(watcher->result(), generation);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, meeting = m_meeting, options] {
        promise->start();
        promise->addResult(DataChecks::run(meeting, options));
        promise->finish();
    });
}

void DataChecksPane::present(QList<DataChecks::Finding> findings, quint64 generation)
{
    if (generation != m_generation)
        return; // the meeting or the threshold changed meanwhile
    m_checking = false;
    // Keep the chosen check chosen (the threshold changed, say), without moving the chart.
    const DataChecks::Finding *current = m_model->findingAt(m_view->currentIndex());
    const std::optional<DataChecks::Kind> kind = current ? std::optional(current->kind) : std::nullopt;
    m_model->setFindings(std::move(findings));
    m_explanation->clear();
    if (kind) {
        m_restoring = true;
        m_view->setCurrentIndex(m_model->indexOf(*kind));
        m_restoring = false;
    }
    updateSummary();
    Q_EMIT checked();
}

QString DataChecksPane::summaryText() const
{
    return m_summary->text();
}

QString DataChecksPane::explanationText() const
{
    return m_explanation->text();
}

void DataChecksPane::updateSummary()
{
    QString text;
    if (m_checking) {
        text = tr("Checking the meeting\u2026");
    } else if (m_model->findings().isEmpty()) {
        text = tr("No meeting open");
    } else {
        const auto &findings = m_model->findings();
        const int ran = int(std::count_if(
            findings.cbegin(), findings.cend(), [](const DataChecks::Finding &f) { return f.applicable; }));
        const int found = m_model->checksWithFindings();
        if (found > 0)
            //: %n findings in "%1" (the number of checks that found something, e.g. "3 checks")
            text
                = tr("%n finding(s) in %1", nullptr, int(m_model->totalCount())).arg(tr("%n check(s)", nullptr, found));
        else
            text = tr("No problems found in %n check(s)", nullptr, ran);
        if (ran < findings.size())
            text += u"; "_s + tr("%n check(s) could not run", nullptr, int(findings.size() - ran));
    }
    m_summary->setText(text);
    m_view->setEnabled(!m_checking);
}

void DataChecksPane::onCurrentChanged(const QModelIndex &current)
{
    const DataChecks::Finding *finding = m_model->findingAt(current);
    if (!finding) {
        m_explanation->clear();
        return;
    }
    QString text = current.data(DataCheckModel::ExplanationRole).toString();
    if (finding->applicable && finding->count > finding->locations.size())
        text += u' '
            + tr("The first %1 of %2 are listed.")
                  .arg(QLocale().toString(finding->locations.size()), QLocale().toString(finding->count));
    m_explanation->setText(text);
}

void DataChecksPane::reveal(const QModelIndex &index)
{
    const DataChecks::Location *location = m_model->locationAt(index);
    if (!location)
        return;
    Q_EMIT revealRequested(location->from, location->to, int(location->row));
}
