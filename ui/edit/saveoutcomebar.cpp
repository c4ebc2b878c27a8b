#include "saveoutcomebar.h"

#include "statuscolors.h"
#include "valuetext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *textLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString quotedKey(const QString &key)
{
    return u'\u201c' + ValueText::show(MetadataValue(key), 40).text + u'\u201d';
}
} // namespace

SaveOutcomeBar::SaveOutcomeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_stage(textLabel(u"outcomeStage"_s, this))
    , m_waiting(textLabel(u"outcomeWaiting"_s, this))
    , m_summary(textLabel(u"outcomeSummary"_s, this))
    , m_list(new QVBoxLayout)
    , m_explanation(textLabel(u"outcomeExplanation"_s, this))
    , m_removeKept(new QPushButton(tr("Remove &kept keys"), this))
    , m_close(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"saveOutcomeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(u"outcomeIcon"_s);
    m_icon->setFixedSize(16, 16);
    m_stage->setAccessibleName(tr("Save progress"));
    m_waiting->setAccessibleName(tr("Rate limit wait"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_list->setContentsMargins(12, 0, 0, 0);
    m_list->setSpacing(2);

    m_removeKept->setObjectName(u"removeKeptButton"_s);
    m_removeKept->setAccessibleName(tr("Remove kept keys"));
    m_removeKept->setToolTip(tr("Send the map again with each kept key set to null"));
    m_removeKept->setAutoDefault(false);
    connect(m_removeKept, &QPushButton::clicked, this, &SaveOutcomeBar::removeKeptKeysRequested);

    m_close->setObjectName(u"outcomeClose"_s);
    m_close->setText(u"\u2715"_s); // text, not the style's icon: it follows the palette in dark themes
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss the save result"));
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &SaveOutcomeBar::clear);

    m_tick->setObjectName(u"waitingTick"_s);
    m_tick->setInterval(250); // a second's change shows within a quarter of a second
    connect(m_tick, &QTimer::timeout, this, &SaveOutcomeBar::updateWaiting);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_stage);
    text->addWidget(m_waiting);
    text->addWidget(m_summary);
    text->addLayout(m_list);
    text->addWidget(m_explanation);
    text->addWidget(m_removeKept, 0, Qt::AlignLeft);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addLayout(text, 0, 1);
    layout->addWidget(m_close, 0, 2, Qt::AlignTop);
    layout->setColumnStretch(1, 1);

    clear();
}

SaveOutcomeBar::~SaveOutcomeBar() = default;

void SaveOutcomeBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // Wrapped lines need the height their width gives them; layouts inside a scroll area do not always
    // ask, and the end of an explanation would be cut off in a narrow pane.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->wordWrap() && label->isVisibleTo(this) && label->width() > 0)
            label->setMinimumHeight(label->heightForWidth(label->width()));
    }
}

void SaveOutcomeBar::setStage(const QString &text)
{
    clearDifferences();
    m_stage->setText(text);
    m_stage->setVisible(!text.isEmpty());
    setState(State::Working);
}

void SaveOutcomeBar::setWaiting(qint64 msLeft)
{
    if (msLeft <= 0) {
        m_tick->stop();
        m_waitUntil = QDeadlineTimer();
        m_waiting->hide();
        return;
    }
    m_waitUntil = QDeadlineTimer(msLeft);
    m_tick->start();
    updateWaiting();
    show();
}

void SaveOutcomeBar::updateWaiting()
{
    const qint64 left = m_waitUntil.remainingTime();
    if (left <= 0) {
        setWaiting(0);
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    const QString text = tr("Waiting for the rate limit: %1 s").arg(seconds);
    m_waiting->setText(text);
    m_waiting->setVisible(true);
}

QString SaveOutcomeBar::describe(const MetadataVerify::Difference &d)
{
    using Kind = MetadataVerify::Difference::Kind;
    const QString key = quotedKey(d.key);
    switch (d.kind) {
    case Kind::Kept:
        return tr("%1 kept: still there although removed; the server merges instead of replacing. "
                  "The answer holds %2.")
            .arg(key, ValueText::inSentence(d.answered));
    case Kind::Dropped:
        return tr("%1 dropped: sent as %2, missing from the answer.").arg(key, ValueText::inSentence(d.sent));
    case Kind::Altered:
        return tr("%1 altered: sent %2, the answer holds %3.")
            .arg(key, ValueText::inSentence(d.sent), ValueText::inSentence(d.answered));
    case Kind::Added:
        return tr("%1 added: in the answer without being sent, as %2.").arg(key, ValueText::inSentence(d.answered));
    }
    return {};
}

void SaveOutcomeBar::setOutcome(const QList<MetadataVerify::Difference> &differences)
{
    clearDifferences();
    setWaiting(0);
    m_stage->hide();
    if (differences.isEmpty()) {
        m_summary->setText(tr("Saved. The server's answer matches what was sent."));
    } else {
        m_summary->setText(tr("Saved, but the server's answer differs from what was sent:"));
        for (qsizetype i = 0; i < differences.size(); ++i) {
            const MetadataVerify::Difference &d = differences.at(i);
            QLabel *line = textLabel(u"outcomeDifference%1"_s.arg(i), this);
            const QString text = describe(d);
            line->setText(u"\u2022 "_s + text);
            line->setAccessibleName(text);
            QStringList tip;
            if (d.sent)
                tip << tr("Sent: %1").arg(ValueText::show(d.sent, 0).toolTip);
            if (d.answered)
                tip << tr("Answer: %1").arg(ValueText::show(d.answered, 0).toolTip);
            line->setToolTip(tip.join(u'\n'));
            m_list->addWidget(line);
            m_differences.append(line);
        }
    }
    m_summary->setAccessibleName(m_summary->text());
    m_summary->show();
    const bool kept = MetadataVerify::looksLikeMerge(differences);
    m_explanation->setText(kept
            ? tr("This server merges the map it receives into the one it has, so leaving a key out does not remove "
                 "it. \u201cRemove kept keys\u201d sends those keys again as null; the answer will show whether "
                 "that removes them.")
            : QString());
    m_explanation->setVisible(kept);
    m_removeKept->setVisible(kept);
    setState(differences.isEmpty() ? State::Saved : State::Differs);
}

void SaveOutcomeBar::setFailure(const QString &message)
{
    clearDifferences();
    setWaiting(0);
    m_stage->hide();
    m_summary->setText(tr("Not saved: %1").arg(message));
    m_summary->setAccessibleName(m_summary->text());
    m_summary->show();
    setState(State::Failed);
}

void SaveOutcomeBar::clear()
{
    clearDifferences();
    setWaiting(0);
    m_stage->clear();
    m_stage->hide();
    setState(State::Idle);
}

QString SaveOutcomeBar::summaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

QStringList SaveOutcomeBar::differenceTexts() const
{
    QStringList texts;
    for (const QLabel *line : m_differences)
        texts << line->accessibleName();
    return texts;
}

QString SaveOutcomeBar::waitingText() const
{
    return m_waiting->isVisibleTo(this) ? m_waiting->text() : QString();
}

void SaveOutcomeBar::clearDifferences()
{
    qDeleteAll(m_differences);
    m_differences.clear();
    m_summary->clear();
    m_summary->hide();
    m_explanation->hide();
    m_removeKept->hide();
}

void SaveOutcomeBar::setState(State state)
{
    m_state = state;
    setVisible(state != State::Idle);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (state) {
    case State::Saved:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Differs:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case State::Idle:
    case State::Working:
        break;
    }
    m_icon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(16, 16));
    m_icon->setVisible(icon != QStyle::SP_CustomBase);
    applyTint();
}

void SaveOutcomeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTint();
}

void SaveOutcomeBar::applyTint()
{
    const bool attention = m_state == State::Failed || m_state == State::Differs;
    if (!attention) {
        if (m_tinted) {
            m_tinted = false;
            setPalette(QPalette()); // nothing of our own: the inherited palette again
        }
        return;
    }
    // Only Window is set, from the inherited Base: a theme switch re-tints through PaletteChange.
    const QColor tint = StatusColors::invalidBase(palette());
    if (m_tinted && palette().color(QPalette::Window) == tint)
        return; // our own change, echoed back
    m_tinted = true;
    QPalette pal;
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}
