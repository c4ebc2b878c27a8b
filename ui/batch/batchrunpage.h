#pragma once

#include "batch/batchrunner.h"

#include <QPointer>
#include <QWidget>

class BatchResultFilter;
class BatchResultModel;
class NoticeBar;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The batch dialog's second page, for the dry run and the run alike: how far the phase has come
// (a count, requests and artifacts per minute, time left), Pause / Resume and Cancel, the table of
// every artifact with its verdict and result, a summary, and what can be done next (Run, Back,
// Resume, Export CSV, Review in editor). It follows the runner's signals and calls it for pause,
// cancel, run and resume; what lies outside the runner (pages, files, the editor) goes out as signals.
//
// Screen readers hear the phase, its summary and every quarter of the way, not each count: the
// progress line's text changes four times a second under a fixed accessible name.
class BatchRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit BatchRunPage(BatchRunner *runner, QWidget *parent = nullptr);

    // The runner can no longer go on (its connection was closed): says why, and leaves only Export
    // and Close.
    void setDetached(const QString &why);
    bool isDetached() const { return m_detached; }
    // The artifact of the table's current row (empty for none).
    QString currentArtifactId() const;

    BatchResultModel *model() const { return m_model; }
    BatchResultFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *progressLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    NoticeBar *notice() const { return m_notice; }
    QComboBox *filterBox() const { return m_filterBox; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void backRequested();
    void exportRequested();
    void reviewRequested(const QString &artifactId);
    void closeRequested();

private:
    QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip);
    void onPhase();
    void onProgress();
    void onJournalFailed(const QString &why);
    void updateButtons();
    void announce(const QString &text);

    QPointer<BatchRunner> m_runner;
    BatchResultModel *m_model = nullptr;
    BatchResultFilter *m_filter = nullptr;
    QLabel *m_title = nullptr;
    NoticeBar *m_notice = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_filterBox = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_close = nullptr;
    int m_percent = -1; // the progress bar moves by whole percents
    int m_quarter = -1; // the last quarter of the way announced
    bool m_detached = false;
};
