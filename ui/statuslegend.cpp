#include "statuslegend.h"

#include "domain/artifact.h"
#include "statuscolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

StatusLegend::StatusLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(4);
    for (const QString &code : {u"processing"_s, u"done"_s, u"failed"_s, u"deleted"_s})
        ensureChip(code);
    setCounts({});
}

QToolButton *StatusLegend::ensureChip(const QString &code)
{
    if (QToolButton *existing = m_chips.value(code))
        return existing;
    auto *chip = new QToolButton(this);
    chip->setObjectName(u"legend_"_s + code);
    chip->setCheckable(true);
    chip->setAutoRaise(true);
    chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Never squeezed into an elided count; see restyle() for why its width changes seldom.
    chip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    chip->setAccessibleName(tr("Show only status %1").arg(code));
    chip->setToolTip(
        tr("Show only loaded artifacts whose status is \u201c%1\u201d; click again to show all").arg(code));
    connect(chip, &QToolButton::toggled, this, [this] { Q_EMIT checkedCodesChanged(checkedCodes()); });
    m_chips.insert(code, chip);
    m_layout->addWidget(chip);
    restyle(code, chip);
    return chip;
}

void StatusLegend::restyle(const QString &code, QToolButton *chip)
{
    const StatusStyle style = StatusColors::style(statusKindFromCode(code), code, palette());
    chip->setIcon(style.icon);
    chip->setText(u"%1 %2"_s.arg(style.label).arg(m_counts.value(code)));
    // Room for a count of up to five digits, so that the quick filter beside the legend does not
    // change width whenever a page arrives.
    const QString widest = u"%1 %2"_s.arg(style.label, u"00000"_s);
    const int textSlack
        = chip->fontMetrics().horizontalAdvance(widest) - chip->fontMetrics().horizontalAdvance(chip->text());
    chip->setMinimumWidth(0);
    chip->setMinimumWidth(chip->sizeHint().width() + std::max(0, textSlack));
}

void StatusLegend::setCounts(const QMap<QString, int> &counts)
{
    m_counts = counts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ensureChip(it.key());
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        restyle(it.key(), it.value());
}

QSet<QString> StatusLegend::checkedCodes() const
{
    QSet<QString> codes;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            codes.insert(it.key());
    }
    return codes;
}

void StatusLegend::setCheckedCodes(const QSet<QString> &codes)
{
    for (const QString &code : codes)
        ensureChip(code);
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(codes.contains(it.key()));
    }
    Q_EMIT checkedCodesChanged(checkedCodes());
}

void StatusLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
            restyle(it.key(), it.value());
    }
    QWidget::changeEvent(event);
}
