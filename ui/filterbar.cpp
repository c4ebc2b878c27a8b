#include "filterbar.h"

#include "core/filtersettings.h"
#include "core/idextractor.h"
#include "statuscolors.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// A complete recording id; the line edit's validator only keeps other characters out while typing.
bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

// The fields show minutes, so a bound is exactly the minute shown: the seconds the field started with
// (it starts at the current time) would silently leave out what was created within that minute.
QDateTime wholeMinute(QDateTime time)
{
    time.setTime(QTime(time.time().hour(), time.time().minute()));
    return time;
}

QDateTimeEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &tip)
{
    auto *edit = new QDateTimeEdit(wholeMinute(QDateTime::currentDateTime()), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setEnabled(false);
    edit->setAccessibleName(name);
    edit->setToolTip(tip);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : TwoPartBar(parent)
{
    // Recording, status and the buttons; then the created-at window, beside them or below.
    QHBoxLayout *ids = first();
    QHBoxLayout *times = second();

    m_recording = new QLineEdit(this);
    m_recording->setObjectName(u"recordingFilter"_s);
    m_recording->setPlaceholderText(tr("Recording id"));
    m_recording->setAccessibleName(tr("Recording id filter"));
    m_recording->setToolTip(tr("Only artifacts of this recording (a UUID)"));
    m_recording->setClearButtonEnabled(true);
    m_recording->setMinimumWidth(200);
    // Anything may be typed or pasted; apply() takes the recording id out of a URL or ticket text and
    // refuses what holds none.

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setToolTip(tr("Ask the server for artifacts with this status only"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &code : {u"processing"_s, u"done"_s, u"failed"_s})
        m_status->addItem(code, code);

    m_afterEnabled = new QCheckBox(tr("Created after"), this);
    m_afterEnabled->setObjectName(u"createdAfterEnabled"_s);
    m_afterEnabled->setToolTip(tr("Only artifacts created at or after the given time"));
    m_after = makeDateEdit(this, tr("Created after"),
        tr("Created at or after this local time (inclusive: from the start of the minute shown)"));
    m_after->setObjectName(u"createdAfter"_s);
    m_beforeEnabled = new QCheckBox(tr("before"), this);
    m_beforeEnabled->setObjectName(u"createdBeforeEnabled"_s);
    m_beforeEnabled->setToolTip(tr("Only artifacts created at or before the given time"));
    m_before = makeDateEdit(this, tr("Created before"),
        tr("Created at or before this local time (inclusive: up to the start of the minute shown)"));
    m_before->setObjectName(u"createdBefore"_s);
    connect(m_afterEnabled, &QCheckBox::toggled, m_after, &QWidget::setEnabled);
    connect(m_beforeEnabled, &QCheckBox::toggled, m_before, &QWidget::setEnabled);

    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyFilter"_s);
    m_apply->setToolTip(tr("Load the list again with these filters (Enter)"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFilter"_s);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every filter: these, the quick filter and the chosen statuses"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_saved = new QToolButton(this);
    m_saved->setObjectName(u"savedFilters"_s);
    m_saved->setText(tr("Saved"));
    m_saved->setToolTip(tr("Saved filters: apply one, or save the current filter under a name"));
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &FilterBar::rebuildSavedMenu);

    m_recordingProblem = new QLabel(this);
    m_recordingProblem->setObjectName(u"recordingProblem"_s);
    m_recordingProblem->setTextFormat(Qt::PlainText);
    m_recordingProblem->setWordWrap(true);
    m_recordingProblem->hide();
    connect(m_recording, &QLineEdit::textEdited, this, [this] { showRecordingProblem({}); });

    ids->addWidget(m_recording, 1);
    ids->addWidget(m_recordingProblem, 1);
    ids->addWidget(m_status);
    ids->addWidget(m_apply);
    ids->addWidget(m_clear);
    ids->addWidget(m_saved);
    times->addWidget(m_afterEnabled);
    times->addWidget(m_after);
    times->addWidget(m_beforeEnabled);
    times->addWidget(m_before);
    times->addStretch();
    // Enter applies from any field, as it does from the recording id.
    for (QWidget *field :
        {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_after), static_cast<QWidget *>(m_before),
            static_cast<QWidget *>(m_afterEnabled), static_cast<QWidget *>(m_beforeEnabled)})
        field->installEventFilter(this);

    connect(m_apply, &QPushButton::clicked, this, &FilterBar::apply);
    connect(m_recording, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_recording, &QLineEdit::textChanged, this, &FilterBar::updateValidity);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

ListFilter FilterBar::draft() const
{
    ListFilter f;
    f.recordingId = m_recording->text().trimmed().toLower();
    f.statusCode = m_status->currentData().toString();
    if (m_afterEnabled->isChecked())
        f.createdAfter = wholeMinute(m_after->dateTime()).toUTC();
    if (m_beforeEnabled->isChecked())
        f.createdBefore = wholeMinute(m_before->dateTime()).toUTC();
    return f;
}

void FilterBar::setFilter(const ListFilter &filter)
{
    m_recording->setText(filter.recordingId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.statusCode)));
    m_afterEnabled->setChecked(filter.createdAfter.isValid());
    if (filter.createdAfter.isValid())
        m_after->setDateTime(filter.createdAfter.toLocalTime());
    m_beforeEnabled->setChecked(filter.createdBefore.isValid());
    if (filter.createdBefore.isValid())
        m_before->setDateTime(filter.createdBefore.toLocalTime());
    m_applied = draft();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return TwoPartBar::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        apply();
        return true;
    }
    if (auto *edit = qobject_cast<QDateTimeEdit *>(watched))
        return typeIntoDateTime(edit, key->text());
    return TwoPartBar::eventFilter(watched, event);
}

bool FilterBar::typeIntoDateTime(QDateTimeEdit *edit, const QString &typed)
{
    // QDateTimeEdit edits one section at a time, which makes typing a whole date awkward: with the
    // text selected (Ctrl+A, a click-drag) the digits never reach the year, and a separator typed
    // after a section filled up and moved on by itself skips the next section too. So typing
    // "2025-07-01 00:00" over a selected date would set 2026-07-01 or 2025-11-07 01:00.
    if (typed.size() != 1)
        return false;
    const QChar c = typed.front();
    if (c.isDigit()) {
        const auto *line = edit->findChild<QLineEdit *>();
        if (line && line->hasSelectedText() && line->selectedText() == line->text())
            edit->setSelectedSection(QDateTimeEdit::YearSection);
        m_sectionAtDigit.insert(edit, static_cast<int>(edit->currentSection()));
        return false;
    }
    const auto before = m_sectionAtDigit.take(edit);
    // The section moved on after the last digit: this separator has nothing left to do.
    return QStringView(u"-:./ T").contains(c) && before && *before != static_cast<int>(edit->currentSection());
}

void FilterBar::apply()
{
    // A pasted URL or ticket line becomes the recording id it contains; a short id, the loaded
    // recording it starts.
    const OpenRequest found = IdExtractor::parse(m_recording->text());
    if (found.kind == OpenRequest::Kind::Prefix) {
        const QStringList matches = m_lookup ? m_lookup(found.id) : QStringList();
        if (matches.size() == 1) {
            m_recording->setText(matches.constFirst());
        } else {
            showRecordingProblem(matches.isEmpty()
                    ? tr("No loaded recording starts with %1: paste the whole id").arg(found.id)
                    : tr("%n loaded recordings start with %1: type more of the id", nullptr, int(matches.size()))
                          .arg(found.id));
            m_recording->setFocus();
            return;
        }
    } else if (found.kind != OpenRequest::Kind::Nothing) {
        m_recording->setText(found.id);
    }
    const ListFilter f = draft();
    if (!f.recordingId.isEmpty() && !isUuid(f.recordingId)) {
        showRecordingProblem(tr("No recording id here: type or paste one, or a link or text that contains one"));
        m_recording->setFocus();
        updateValidity();
        return;
    }
    showRecordingProblem({});
    m_applied = f;
    Q_EMIT applied(f);
}

void FilterBar::showRecordingProblem(const QString &text)
{
    m_recordingProblem->setText(text);
    m_recordingProblem->setAccessibleName(text);
    m_recordingProblem->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_recordingProblem, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

QString FilterBar::recordingProblem() const
{
    return m_recordingProblem->text();
}

void FilterBar::clear()
{
    setFilter({});
    Q_EMIT cleared();
    Q_EMIT applied(m_applied);
}

void FilterBar::updateValidity()
{
    const QString text = m_recording->text().trimmed();
    const bool valid = text.isEmpty() || IdExtractor::parse(text).kind != OpenRequest::Kind::Nothing;
    QPalette pal = palette();
    if (!valid)
        pal.setColor(QPalette::Base, StatusColors::invalidBase(pal));
    m_recording->setPalette(pal);
    m_recording->setToolTip(valid
            ? tr("Only artifacts of this recording: its id, the short id the table shows, or a link with it")
            : tr("No recording id here yet: type or paste a UUID like 9a8b7c6d-0000-4000-8000-00000000000a, "
                 "or a link or text that contains one"));
}

void FilterBar::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    const auto saved = FilterSettings::savedFilters();
    for (const auto &s : saved) {
        menu->addAction(s.name, this, [this, f = s.filter] {
            setFilter(f);
            Q_EMIT applied(m_applied);
        });
    }
    if (!saved.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Remove"));
        for (const auto &s : saved)
            remove->addAction(s.name, this, [name = s.name] { FilterSettings::removeSavedFilter(name); });
        menu->addSeparator();
    }
    menu->addAction(tr("Save current filter\u2026"), this, &FilterBar::saveCurrent);
}

void FilterBar::saveCurrent()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save filter"));
    dialog->setLabelText(tr("Name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            FilterSettings::saveFilter(name.trimmed(), draft());
    });
    dialog->open();
}
