#pragma once

#include <QDockWidget>

#include <memory>

class QAction;
class TimelineCache;
class TimelinePanel;

// The speaker timeline as a dock of the main window (below the list by default; it can float or fill
// a second screen). Owns the panel and the cache, and gives the window its actions: show or hide the
// timeline, and open a local file. The panel works only while the dock is on screen.
class TimelineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TimelineDock(QWidget *parent = nullptr);
    ~TimelineDock() override;

    TimelinePanel *panel() const { return m_panel; }
    // Checkable: shows or hides the dock (Ctrl+T).
    QAction *toggleAction() const { return m_toggle; }
    // Opens a speaker timeline, participants or participant events file from disk (Ctrl+O).
    QAction *openFileAction() const { return m_openFile; }

    // Shows the dock and the file in it.
    void openFile(const QString &path);
    void askForFile();

private:
    std::unique_ptr<TimelineCache> m_cache;
    TimelinePanel *m_panel = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_openFile = nullptr;
};
