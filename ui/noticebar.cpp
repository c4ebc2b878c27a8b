#include "noticebar.h"

#include "statuscolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(u"noticeText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Notice")); // replaced by the text itself once there is one
    m_action->setObjectName(u"noticeAction"_s);
    m_action->setAccessibleName(tr("Act on the notice"));
    m_action->setToolTip(tr("Act on the notice"));
    m_close->setObjectName(u"noticeClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss the notice"));
    m_close->setToolTip(tr("Dismiss this notice"));

    // The text takes the whole width (a side pane is narrow); the action sits under it.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 4, 6);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_close, 0, 1, Qt::AlignTop);
    layout->addWidget(m_action, 1, 0, Qt::AlignLeft);
    layout->setColumnStretch(0, 1);

    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_dismissOnAction)
            dismiss();
        Q_EMIT actionTriggered();
    });
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    applyTint();
    hide();
}

void NoticeBar::showNotice(const QString &text, const QString &actionText, const QString &actionToolTip)
{
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(u'&'));
    m_action->setToolTip(actionToolTip);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void NoticeBar::dismiss()
{
    hide();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTint();
}

void NoticeBar::applyTint()
{
    // Window and Base both: the frame fills with Window, the label inherits it.
    QPalette pal = palette();
    const QColor tint = StatusColors::invalidBase(pal);
    if (pal.color(QPalette::Window) == tint)
        return; // our own change, echoed back as a PaletteChange
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}
