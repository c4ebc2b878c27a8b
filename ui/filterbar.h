#pragma once

#include "domain/artifact.h"
#include "twopartbar.h"

#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The server-side filters of the List endpoint (recording id, status code, created after/before),
// applied with Enter or the Apply button, plus named filters a person saved for later. One row when
// the window is wide enough, two when it is not. What it shows
// is only a draft until applied: filter() is the last applied filter.
class FilterBar : public TwoPartBar
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    ListFilter filter() const { return m_applied; }
    // Shows and applies a filter without emitting applied() (restoring settings, opening a recording).
    void setFilter(const ListFilter &filter);
    // What the fields say now, applied or not.
    ListFilter draft() const;
    QLineEdit *recordingEdit() const { return m_recording; }
    // Loaded recording ids starting with a prefix, so that the short id the table shows is taken too.
    using RecordingLookup = std::function<QStringList(const QString &prefix)>;
    void setRecordingLookup(RecordingLookup lookup) { m_lookup = std::move(lookup); }
    // Why the recording id was not taken, in words beside the field (empty when it was).
    QString recordingProblem() const;

Q_SIGNALS:
    void applied(const ListFilter &filter);
    // The user pressed Clear: every filter should go, the client-side ones too.
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void clear();
    void rebuildSavedMenu();
    void saveCurrent();
    void updateValidity();
    void showRecordingProblem(const QString &text);
    bool typeIntoDateTime(QDateTimeEdit *edit, const QString &typed);

    QLineEdit *m_recording = nullptr;
    QLabel *m_recordingProblem = nullptr;
    RecordingLookup m_lookup;
    QComboBox *m_status = nullptr;
    QCheckBox *m_afterEnabled = nullptr;
    QDateTimeEdit *m_after = nullptr;
    QCheckBox *m_beforeEnabled = nullptr;
    QDateTimeEdit *m_before = nullptr;
    QPushButton *m_apply = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_saved = nullptr;
    ListFilter m_applied;
    // Per date field, the section the last digit was typed into (see typeIntoDateTime()).
    QHash<const QObject *, std::optional<int>> m_sectionAtDigit;
};
