#include "conflictview.h"

#include "valuetext.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { KeyColumn, BaseColumn, MineColumn, TheirsColumn, SpareColumn };

QLabel *valueLabel(const std::optional<MetadataValue> &value, QWidget *parent)
{
    const ValueText::Shown shown = ValueText::show(value);
    auto *label = new QLabel(shown.text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(shown.toolTip);
    label->setFont(ValueText::fontFor(shown, label->font()));
    return label;
}
} // namespace

ConflictView::ConflictView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_rowsWidget(new QWidget)
    , m_allMine(new QPushButton(tr("Use all &mine"), this))
    , m_allTheirs(new QPushButton(tr("Use all &theirs"), this))
{
    setObjectName(u"conflictView"_s);
    m_header->setObjectName(u"conflictHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);

    m_allMine->setObjectName(u"useAllMineButton"_s);
    m_allMine->setAccessibleName(tr("Use all my values"));
    m_allMine->setToolTip(tr("Keep your value for every conflicting key"));
    m_allMine->setAutoDefault(false);
    connect(m_allMine, &QPushButton::clicked, this, &ConflictView::useAllMine);
    m_allTheirs->setObjectName(u"useAllTheirsButton"_s);
    m_allTheirs->setAccessibleName(tr("Use all the server's values"));
    m_allTheirs->setToolTip(tr("Take the value now on the server for every conflicting key"));
    m_allTheirs->setAutoDefault(false);
    connect(m_allTheirs, &QPushButton::clicked, this, &ConflictView::useAllTheirs);

    m_rowsWidget->setObjectName(u"conflictRows"_s);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setColumnStretch(SpareColumn, 1); // columns stay together at the left, as a table reads

    // Many conflicts scroll instead of pushing the dialog's buttons off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"conflictScroll"_s);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the radio buttons inside take the focus, not the area
    // The rows sit on the surrounding background (a group box, a pane), not on a panel of their own.
    scroll->viewport()->setAutoFillBackground(false);
    m_rowsWidget->setAutoFillBackground(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allMine);
    buttons->addWidget(m_allTheirs);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    updateHeader();
}

ConflictView::~ConflictView() = default;

void ConflictView::setMerge(const MetadataMerge::Result &result)
{
    clearRows();
    m_result = result;

    const QStringList headings {tr("Key"), tr("When loaded"), tr("Your value"), tr("On the server now")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column), m_rowsWidget);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        m_grid->addWidget(heading, 0, column);
    }
    for (qsizetype i = 0; i < m_result.conflicts.size(); ++i)
        addRow(i, m_result.conflicts.at(i));
    m_grid->setRowStretch(int(m_result.conflicts.size()) + 1, 1);

    const bool any = !m_result.conflicts.isEmpty();
    m_allMine->setEnabled(any);
    m_allTheirs->setEnabled(any);
    updateHeader();
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged(complete);
    }
    Q_EMIT choicesChanged();
}

void ConflictView::clearRows()
{
    for (const Row &row : std::as_const(m_rows))
        delete row.group;
    m_rows.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
}

void ConflictView::addRow(qsizetype index, const MetadataMerge::Conflict &conflict)
{
    const int gridRow = int(index) + 1;
    const ValueText::Shown key = ValueText::show(MetadataValue(conflict.key));
    auto *keyLabel = new QLabel(conflict.key.isEmpty() ? tr("(empty key)") : key.text, m_rowsWidget);
    keyLabel->setObjectName(u"conflictKey%1"_s.arg(index));
    keyLabel->setTextFormat(Qt::PlainText);
    keyLabel->setToolTip(key.toolTip);
    QLabel *base = valueLabel(conflict.base, m_rowsWidget);
    base->setObjectName(u"conflictBase%1"_s.arg(index));

    // The key as said in accessible names and tooltips; one line, not cut mid-word by the grid.
    const QString named = ValueText::show(MetadataValue(conflict.key), 40).text;
    Row row;
    row.group = new QButtonGroup(this);
    const auto radio = [&](const std::optional<MetadataValue> &value, const QString &name, const QString &accessible,
                           const QString &tip) {
        const ValueText::Shown shown = ValueText::show(value);
        auto *button = new QRadioButton(shown.text, m_rowsWidget);
        button->setObjectName(name);
        button->setFont(ValueText::fontFor(shown, button->font()));
        button->setAccessibleName(accessible);
        button->setAccessibleDescription(shown.toolTip);
        button->setToolTip(tip.arg(shown.toolTip));
        row.group->addButton(button);
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onPicked();
        });
        return button;
    };
    row.mine = radio(conflict.mine, u"conflictMine%1"_s.arg(index), tr("Keep my value for %1").arg(named),
        tr("Keep your value:\n%1"));
    row.theirs = radio(conflict.theirs, u"conflictTheirs%1"_s.arg(index),
        tr("Take the server's value for %1").arg(named), tr("Take the value now on the server:\n%1"));

    m_grid->addWidget(keyLabel, gridRow, KeyColumn);
    m_grid->addWidget(base, gridRow, BaseColumn);
    m_grid->addWidget(row.mine, gridRow, MineColumn);
    m_grid->addWidget(row.theirs, gridRow, TheirsColumn);
    m_rows.append(row);
}

ConflictView::Pick ConflictView::pick(qsizetype row) const
{
    if (row < 0 || row >= m_rows.size())
        return Pick::None;
    const Row &r = m_rows.at(row);
    return r.mine->isChecked() ? Pick::Mine : r.theirs->isChecked() ? Pick::Theirs : Pick::None;
}

void ConflictView::setPick(qsizetype row, Pick pick)
{
    if (row < 0 || row >= m_rows.size() || this->pick(row) == pick)
        return;
    const Row &r = m_rows.at(row);
    if (pick == Pick::None) {
        // An exclusive group never unchecks its last button by itself.
        r.group->setExclusive(false);
        r.mine->setChecked(false);
        r.theirs->setChecked(false);
        r.group->setExclusive(true);
        onPicked();
        return;
    }
    (pick == Pick::Mine ? r.mine : r.theirs)->setChecked(true);
}

void ConflictView::useAllMine()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        setPick(i, Pick::Mine);
}

void ConflictView::useAllTheirs()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        setPick(i, Pick::Theirs);
}

qsizetype ConflictView::unresolvedCount() const
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        count += pick(i) == Pick::None ? 1 : 0;
    return count;
}

bool ConflictView::isComplete() const
{
    return unresolvedCount() == 0;
}

QList<MetadataMerge::Side> ConflictView::choices() const
{
    QList<MetadataMerge::Side> sides;
    sides.reserve(m_result.conflicts.size());
    for (qsizetype i = 0; i < m_result.conflicts.size(); ++i) {
        const MetadataMerge::Conflict &conflict = m_result.conflicts.at(i);
        const Pick p = pick(i);
        sides.append(p == Pick::Mine ? conflict.mine : p == Pick::Theirs ? conflict.theirs : MetadataMerge::Side());
    }
    return sides;
}

std::optional<Metadata> ConflictView::resolved() const
{
    if (!isComplete())
        return std::nullopt;
    return MetadataMerge::resolved(m_result, choices());
}

void ConflictView::onPicked()
{
    updateHeader();
    Q_EMIT choicesChanged();
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged(complete);
    }
}

void ConflictView::updateHeader()
{
    // Counts after a colon rather than in "%n keys": right in every language without plural forms.
    QString text = tr("Keys without a conflict, kept as merged: %1.").arg(m_result.merged.size());
    if (!m_result.conflicts.isEmpty()) {
        text += u' '
            + tr("Keys changed both here and on the server since the map was loaded: %1. Choose which value to keep.")
                  .arg(m_result.conflicts.size());
        if (const qsizetype open = unresolvedCount(); open > 0)
            text += u' ' + tr("Left to choose: %1.").arg(open);
    }
    m_header->setText(text);
    m_header->setAccessibleName(text);
}
