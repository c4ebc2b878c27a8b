#include "timeline/timelinedock.h"

#include "timeline/timelinecache.h"
#include "timeline/timelinepanel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

TimelineDock::TimelineDock(QWidget *parent)
    : QDockWidget(tr("Speaker timeline"), parent)
    , m_cache(std::make_unique<TimelineCache>())
    , m_panel(new TimelinePanel(m_cache.get(), this))
{
    setObjectName(u"timelineDock"_s); // saveState() finds it by this name
    setAccessibleName(tr("Speaker timeline"));
    setWidget(m_panel);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    m_toggle = toggleViewAction();
    m_toggle->setText(tr("Speaker &timeline"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_toggle->setToolTip(tr("Show or hide who spoke when for the selected artifact (%1)")
                             .arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
    m_toggle->setStatusTip(tr("Show or hide the speaker timeline"));

    m_openFile = new QAction(tr("&Open file\u2026"), this);
    m_openFile->setShortcut(QKeySequence::Open);
    m_openFile->setToolTip(tr("Open a speaker timeline, participants or participant events file from disk (%1)")
                               .arg(m_openFile->shortcut().toString(QKeySequence::NativeText)));
    m_openFile->setStatusTip(tr("Open a Recall file from disk; no connection needed"));
    connect(m_openFile, &QAction::triggered, this, &TimelineDock::askForFile);
    connect(m_panel, &TimelinePanel::openFileRequested, this, &TimelineDock::askForFile);

    // Work (downloads, parsing) only while somebody can see it.
    connect(this, &QDockWidget::visibilityChanged, m_panel, &TimelinePanel::setActive);
}

TimelineDock::~TimelineDock() = default;

void TimelineDock::openFile(const QString &path)
{
    show();
    raise();
    m_panel->openFile(path);
    m_panel->setActive(true);
}

void TimelineDock::askForFile()
{
    QSettings settings;
    const QString folder = settings.value("timeline/lastFolder"_L1).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Recall file"), folder, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue("timeline/lastFolder"_L1, QFileInfo(path).absolutePath());
    openFile(path);
}
